// Message names between the extension's contexts. A name says its direction:
// `cs` content script, `bg` background (service worker / event page),
// `op` options page.
(() => {
  const ns = (globalThis.readerMode ??= {});
  ns.messages ??= Object.freeze({
    // content script -> background: {type, html, url}; reply {json, css} or {error}.
    kPageCaptured: 'cs-bg-page-captured',
  });
})();
