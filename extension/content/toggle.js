// Turns the reader view on or off in this page.
//   off -> on: capture the page's DOM, have the background clean it in WASM,
//              hide the page, show the view.
//   on -> off: remove the view, give the page back exactly as it was.
import {api} from '../shared/browser_api.js';
import {messages} from '../shared/messages.js';
import {settings} from '../shared/settings.js';
import {now} from '../shared/timing.js';
import * as format from '../reader/format.js';
import * as readerView from '../reader/reader_view.js';
import * as pageState from './page_state.js';

// The timings of the last opening, read by tests/bench/browser_bench.mjs from
// this isolated world (the page cannot see it).
const kTimingKey = Symbol.for('reader-mode.timing');

// The view's state in this page: {view, saved} while open.
let open = null;
let busy = false;

function close() {
  const current = open;
  if (!current) return;
  open = null;
  current.view.close();
  pageState.restore(current.saved);
}

// The page as the browser has it now (scripts may have built it).
function capture() {
  const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '';
  return doctype + document.documentElement.outerHTML;
}

async function openView(injected) {
  busy = true;
  try {
    const started = now();
    const url = location.href;
    const html = capture();
    const captured = now();
    const [reply, s, restoredKeys] = await Promise.all([
      api.sendMessage({type: messages.kPageCaptured, html, url}),
      settings.load(),
      settings.restoredKeys(format.hostnameOf(url)),
    ]);
    if (!reply || reply.error) throw new Error(reply?.error ?? 'no reply from the background');
    const replied = now();
    const result = JSON.parse(reply.json);
    if (!result.url) result.url = url;
    const view = readerView.open(result, reply.css, s, {onClose: close, restoredKeys});
    const saved = pageState.hide(view.host);
    view.show();
    open = {view, saved};
    const attached = now();
    const timing = {injected, started, captured, replied, attached, ...reply.timing};
    globalThis[kTimingKey] = timing;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      timing.painted = now();
    }));
  } finally {
    busy = false;
  }
}

// `injected`: when this click's content script started running.
export function toggle(injected) {
  if (open) {
    close();
  } else if (!busy) {
    openView(injected).catch((error) => console.warn('reader mode:', error?.message ?? error));
  }
}
