// Background context: a service worker in Chromium, an event page (module) in
// Firefox. It reacts to the toolbar button by injecting the content script,
// and makes sure the WebAssembly core's host is up (core_host.js). It keeps no
// state it cannot rebuild.
import {api} from '../shared/browser_api.js';
import {checkMessage, messages} from '../shared/messages.js';
import {now} from '../shared/timing.js';
import {ensureCore, initCoreHost, recheckCore} from './core_host.js';

// The content script: one bundle (content/main.js and what it imports),
// injected into the page's isolated world on every click; it toggles the view.
const kContentScript = 'content/content.js';
// When the last click reached this worker, for tests/bench/browser_bench.mjs
// (read through CDP; nothing else uses it).
const kLastClickKey = Symbol.for('reader-mode.last-click');

initCoreHost();

api.onActionClicked((tab) => {
  if (tab?.id === undefined) return;
  globalThis[kLastClickKey] = now();
  // The core's host comes up while the content script captures the page.
  ensureCore().catch((error) => console.warn('reader mode: the core is not available:', error?.message ?? error));
  api.injectFiles(tab.id, [kContentScript]).catch((error) => {
    console.warn('reader mode: cannot run on this page:', error?.message ?? error);
  });
});

const self = api.self('bg');
api.onMessage((message, sender) => {
  if (message?.type !== messages.kCoreMissing) return undefined;
  const problem = checkMessage(message, sender, self);
  if (problem) {
    console.warn('reader mode: message ignored:', problem);
    return undefined;
  }
  return recheckCore().then(() => ({ok: true}));
});
