// The core's side of the cs-core-page-captured message: validated, cleaned in
// WebAssembly, answered with the core's JSON and the timestamps the browser
// benchmark reads. Served by the offscreen document (Chromium) or by the
// background page itself (Firefox).
import {api} from './browser_api.js';
import {checkMessage, messages} from './messages.js';
import {cleanPage, loadCore} from './core_runner.js';
import {now} from './timing.js';

// `contexts`: the message directions this context answers to (see messages.js).
export function serveCore(contexts) {
  const self = api.self(...contexts);
  api.onMessage((message, sender) => {
    if (message?.type !== messages.kPageCaptured) return undefined;
    const problem = checkMessage(message, sender, self);
    if (problem) {
      console.warn('reader mode: message ignored:', problem);
      return undefined;
    }
    const received = now();
    return (async () => {
      await loadCore();
      const coreReady = now();
      const json = await cleanPage(message.html, message.url,
                                   {userRules: message.userRules, removeClutter: message.removeClutter});
      return {json, timing: {received, coreReady, coreStart: coreReady, coreEnd: now()}};
    })();
  });
}
