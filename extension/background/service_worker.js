// Background context: a service worker in Chromium, an event page (module) in
// Firefox. It reacts to the toolbar button, and cleans captured pages in WASM.
// It keeps no state it cannot rebuild: settings come from storage per request.
import '../shared/browser_api.js';
import '../shared/messages.js';
import '../shared/settings.js';
import {cleanPage} from './core_runner.js';

const {api, messages, settings} = globalThis.readerMode;

// Content-script files, injected in this order into the page's isolated world
// on every click; each registers itself once in `globalThis.readerMode` and the
// last one toggles the reader view.
const kContentScripts = [
  'shared/browser_api.js',
  'shared/messages.js',
  'shared/settings.js',
  'content/page_state.js',
  'reader/fragment.js',
  'reader/format.js',
  'reader/removed_panel.js',
  'reader/picker.js',
  'reader/reader_view.js',
  'content/toggle.js',
];

let readerCssPromise = null;

// The reader view's stylesheet, sent along with each result: the content script
// adopts it into the view's shadow root (a page CSP cannot block that).
function readerCss() {
  readerCssPromise ??= fetch(api.url('reader/reader.css'))
    .then((response) => response.text())
    .catch((error) => {
      readerCssPromise = null;
      throw error;
    });
  return readerCssPromise;
}

api.onActionClicked((tab) => {
  if (tab?.id === undefined) return;
  api.injectFiles(tab.id, kContentScripts).catch((error) => {
    console.warn('reader mode: cannot run on this page:', error?.message ?? error);
  });
});

api.onMessage((message) => {
  if (message?.type !== messages.kPageCaptured) return undefined;
  return (async () => {
    const [s, userRules, css] = await Promise.all([settings.load(), settings.userRules(), readerCss()]);
    const json = await cleanPage(String(message.html), String(message.url),
                                 {userRules, removeClutter: s.removeClutter});
    return {json, css};
  })();
});
