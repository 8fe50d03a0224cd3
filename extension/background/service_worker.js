// Background context: a service worker in Chromium, an event page (module) in
// Firefox. It reacts to the toolbar button, and cleans captured pages in WASM.
// It keeps no state it cannot rebuild: settings come from storage per request.
import {api} from '../shared/browser_api.js';
import {checkMessage, messages} from '../shared/messages.js';
import {settings} from '../shared/settings.js';
import {now} from '../shared/timing.js';
import {cleanPage, loadCore} from './core_runner.js';

// The content script: one bundle (content/main.js and what it imports),
// injected into the page's isolated world on every click; it toggles the view.
const kContentScript = 'content/content.js';

let readerCssPromise = null;
// Tab id -> when its toolbar click reached us; sent back with the result (timing only).
const clickedAt = new Map();

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
  clickedAt.set(tab.id, now());
  api.injectFiles(tab.id, [kContentScript]).catch((error) => {
    console.warn('reader mode: cannot run on this page:', error?.message ?? error);
  });
});

api.onMessage((message, sender) => {
  const problem = checkMessage(message, sender, api.self('bg'));
  if (problem) {
    console.warn('reader mode: message ignored:', problem);
    return undefined;
  }
  if (message.type !== messages.kPageCaptured) return undefined;
  const received = now();
  const clicked = clickedAt.get(sender.tab.id) ?? null;
  clickedAt.delete(sender.tab.id);
  return (async () => {
    const [s, userRules, css] = await Promise.all([settings.load(), settings.userRules(), readerCss(), loadCore()]);
    const coreStart = now();
    const json = await cleanPage(message.html, message.url, {userRules, removeClutter: s.removeClutter});
    return {json, css, timing: {clicked, received, coreStart, coreEnd: now()}};
  })();
});
