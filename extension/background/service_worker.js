// Background context: a service worker in Chromium, an event page (module) in
// Firefox. It reacts to the toolbar button by injecting the content script,
// brings the WebAssembly core's host up (core_host.js), and keeps the
// "always open on this site" registration in step (auto_open.js). It keeps no
// state it cannot rebuild.
import {api} from '../shared/browser_api.js';
import {checkMessage, messages} from '../shared/messages.js';
import {now} from '../shared/timing.js';
import {setAlwaysOpen, syncAutoOpen} from './auto_open.js';
import {initCoreHost, recheckCore} from './core_host.js';
import {restrictedNote} from './restricted.js';

// The content script: one bundle (content/main.js and what it imports),
// injected into the page's isolated world on every click; it toggles the view.
const kContentScript = 'content/content.js';
// When the last click reached this worker, for tests/bench/browser_bench.mjs
// (read through CDP; nothing else uses it).
const kLastClickKey = Symbol.for('reader-mode.last-click');
// The page shown from the button where the view cannot open.
const kRestrictedPopup = 'popup/restricted.html';

initCoreHost();
const resync = () => syncAutoOpen().catch((error) => console.warn('reader mode: always-open sites:', error?.message ?? error));
api.onStartup(resync);
api.onInstalled(resync);
api.onPermissionsChanged(resync);

api.onActionClicked((tab) => {
  if (tab?.id === undefined) return;
  globalThis[kLastClickKey] = now();
  // Nothing else before the injection: the core's host outlives this worker
  // (it was set up at start-up or install), and if it is missing the content
  // script says so (cs-bg-core-missing) and asks again.
  api.injectFiles(tab.id, [kContentScript]).then(
    () => api.setActionNote(tab.id, '', null),
    async (error) => {
      // Browser pages, the extension store, the PDF viewer: say so politely,
      // on the button (and in its popup where the browser lets us open it).
      const note = restrictedNote(tab.url, error);
      await api.setActionNote(tab.id, '–', note);
      await api.showActionPopup(tab.id, `${kRestrictedPopup}#${encodeURIComponent(note)}`).catch(() => {});
    });
});

const self = api.self('bg');
api.onMessage((message, sender) => {
  if (![messages.kCoreMissing, messages.kAlwaysOpen, messages.kSitesChanged].includes(message?.type)) return undefined;
  const problem = checkMessage(message, sender, self);
  if (problem) {
    console.warn('reader mode: message ignored:', problem);
    return undefined;
  }
  if (message.type === messages.kCoreMissing) return recheckCore().then(() => ({ok: true}));
  if (message.type === messages.kSitesChanged) return syncAutoOpen().then(() => ({ok: true}));
  // kAlwaysOpen: only for the site of the tab that asks.
  let tabHost = '';
  try {
    tabHost = new URL(sender.url ?? sender.tab?.url ?? '').hostname;
  } catch {
    // no URL: refused below
  }
  if (tabHost !== message.hostname) return Promise.resolve({error: 'not this tab’s site'});
  return setAlwaysOpen(message.hostname, message.on);
});
