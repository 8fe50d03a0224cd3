// Where the WebAssembly core runs, decided once per browser:
//   Chromium: a long-lived offscreen document (offscreen/core.html), created at
//     install and at browser start-up, and again when a content script finds
//     it missing (cs-bg-core-missing); content scripts reach it directly on a
//     port (channels.kClean), so a stopped worker is not on the way.
//   Firefox (no offscreen API): the background page itself, which serves the
//     content scripts' messages and instantiates the core on install/start-up.
import {api} from '../shared/browser_api.js';
import {loadCore} from '../shared/core_runner.js';
import {serveCore} from '../shared/core_service.js';
import {warmCore} from '../shared/core_warmup.js';

const kOffscreenPath = 'offscreen/core.html';
// chrome.offscreen wants a reason from its list; the core is an HTML parser.
const kOffscreenReasons = ['DOM_PARSER'];
const kOffscreenJustification =
  'Parses and cleans the page in WebAssembly, kept compiled between clicks so the reader view opens at once.';

let ready = null;

// Resolves once the core's context exists (and, in Firefox, the core is loaded).
function ensureCore() {
  ready ??= (api.hasOffscreen
    ? api.ensureOffscreenDocument(kOffscreenPath, kOffscreenReasons, kOffscreenJustification)
    : loadCore().then(warmCore)
  ).catch((error) => {
    ready = null;
    throw error;
  });
  return ready;
}

// After the offscreen document was closed under us: check again.
export function recheckCore() {
  ready = null;
  return ensureCore();
}

// Sets up the core's host for this browser; call once at the top level.
export function initCoreHost() {
  if (!api.hasOffscreen) serveCore(['bg', 'core']);
  const prewarm = () => ensureCore().catch((error) => console.warn('reader mode: pre-warm failed:', error?.message ?? error));
  api.onStartup(prewarm);
  api.onInstalled(prewarm);
}
