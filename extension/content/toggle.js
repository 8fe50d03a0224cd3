// Injected last on every toolbar click: turns the reader view on or off.
//   off -> on: capture the page's DOM, have the background clean it in WASM,
//              hide the page, show the view.
//   on -> off: remove the view, give the page back exactly as it was.
(() => {
  const ns = globalThis.readerMode;
  const {api, messages, pageState, readerView, settings, format} = ns;

  function close() {
    const open = ns.open;
    if (!open) return;
    ns.open = null;
    open.view.close();
    pageState.restore(open.saved);
  }

  // The page as the browser has it now (scripts may have built it).
  function capture() {
    const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '';
    return doctype + document.documentElement.outerHTML;
  }

  async function openView() {
    ns.busy = true;
    try {
      const url = location.href;
      const html = capture();
      const [reply, s, restoredKeys] = await Promise.all([
        api.sendMessage({type: messages.kPageCaptured, html, url}),
        settings.load(),
        settings.restoredKeys(format.hostnameOf(url)),
      ]);
      if (!reply || reply.error) throw new Error(reply?.error ?? 'no reply from the background');
      const result = JSON.parse(reply.json);
      if (!result.url) result.url = url;
      const view = readerView.open(result, reply.css, s, {onClose: close, restoredKeys});
      const saved = pageState.hide(view.host);
      view.show();
      ns.open = {view, saved};
    } finally {
      ns.busy = false;
    }
  }

  if (ns.open) {
    close();
  } else if (!ns.busy) {
    openView().catch((error) => console.warn('reader mode:', error?.message ?? error));
  }
})();
