// The core's side of the channels.kClean port: the page, then the person's
// rules, each validated; cleaned in WebAssembly; answered with the core's JSON
// and the timestamps the browser benchmark reads. Served by the offscreen
// document (Chromium) or by the background page itself (Firefox).
import {api} from './browser_api.js';
import {channels, checkMessage, messages} from './messages.js';
import {cleanPage, loadCore} from './core_runner.js';
import {now} from './timing.js';

// `contexts`: the message directions this context answers to (see messages.js).
export function serveCore(contexts) {
  const self = api.self(...contexts);
  api.onChannel(channels.kClean, async (receive, sender) => {
    // The core loads (if it has not yet) while the messages arrive.
    const core = loadCore();
    const expect = async (type) => {
      const message = await receive();
      const problem = message?.type === type ? checkMessage(message, sender, self) : `expected ${type}`;
      if (problem) {
        console.warn('reader mode: message refused:', problem);
        throw new Error(problem);
      }
      return message;
    };
    const page = await expect(messages.kPageCaptured);
    const received = now();
    const options = await expect(messages.kCleanOptions);
    const optionsAt = now();
    await core;
    const coreReady = now();
    const coreStart = Math.max(optionsAt, coreReady);
    const json = await cleanPage(page.html, page.url, options);
    return {json, timing: {received, optionsAt, coreReady, coreStart, coreEnd: now()}};
  });
}
