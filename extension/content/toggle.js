// Turns the reader view on or off in this page.
//   off -> on: capture the page's DOM, have the core clean it in WASM,
//              hide the page, show the view.
//   on -> off: remove the view, give the page back exactly as it was.
import {api} from '../shared/browser_api.js';
import {messages} from '../shared/messages.js';
import {settings} from '../shared/settings.js';
import {now} from '../shared/timing.js';
import * as format from '../reader/format.js';
import * as readerView from '../reader/reader_view.js';
import * as coreClient from './core_client.js';
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

// `onlyArticles`: the always-open script's run; a page the core finds not to
// be an article (a site's home page, a search page) stays as it is.
async function openView(injected, {onlyArticles = false} = {}) {
  busy = true;
  try {
    const started = now();
    const url = location.href;
    // The storage read runs while the page is serialised and sent.
    const stored = settings.forPage(format.hostnameOf(url));
    const html = capture();
    const captured = now();
    let storedAt = captured;
    const rules = stored.then(({settings: s, userRules}) => {
      storedAt = now();
      return {userRules, removeClutter: s.removeClutter};
    });
    const replying = coreClient.clean(html, url, rules);
    // While the core works: the view's stylesheet.
    readerView.prepare();
    const reply = await replying;
    const replied = now();
    const {settings: s, restoredKeys, alwaysOpen} = await stored;
    const result = JSON.parse(reply.json);
    const parsed = now();
    if (!result.url) result.url = url;
    if (onlyArticles && (result.readerable === false || !result.content)) return;
    // The export formats, cleaned again from the same page when the person
    // exports (the page is kept for that while the view is open).
    const loadExports = async () => {
      const exported = await coreClient.clean(html, url, rules, {exports: true});
      return JSON.parse(exported.json);
    };
    const view = readerView.open(result, s, {onClose: close, restoredKeys, alwaysOpen, setAlwaysOpen, loadExports});
    const built = now();
    const saved = pageState.hide(view.host);
    const hidden = now();
    view.show();
    open = {view, saved};
    const attached = now();
    const timing = {injected, started, captured, storedAt, replied, parsed, built, hidden, attached, ...reply.timing};
    globalThis[kTimingKey] = timing;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      timing.painted = now();
    }));
  } finally {
    busy = false;
  }
}

// The view's "Always open on this site" button. The background asks for the
// site's permission (in the options page) when it is not granted yet.
async function setAlwaysOpen(on) {
  return api.sendMessage({type: messages.kAlwaysOpen, hostname: location.hostname, on});
}

// `injected`: when this click's content script started running.
export function toggle(injected) {
  if (open) {
    close();
  } else if (!busy) {
    openView(injected).catch((error) => console.warn('reader mode:', error?.message ?? error));
  }
}

// The always-open script: opens the view once per page load, on articles only.
export function openIfArticle(injected) {
  if (open || busy) return;
  openView(injected, {onlyArticles: true}).catch((error) => console.warn('reader mode:', error?.message ?? error));
}
