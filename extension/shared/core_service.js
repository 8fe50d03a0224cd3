// The core's side of the channels.kClean port: the page, then the person's
// rules, each validated; cleaned in WebAssembly; answered with the core's JSON
// and the timestamps the browser benchmark reads. Served by the offscreen
// document (Chromium) or by the background page itself (Firefox).
//
// The rules arrive a few milliseconds after the page (the content script reads
// them from storage while the page travels). They rarely change from one page
// to the next, so the clean starts at once with the last rules seen; if the
// rules that arrive differ, the page is cleaned again with them. The reply is
// always the clean with the rules its own request sent.
import {api} from './browser_api.js';
import {channels, checkMessage, messages} from './messages.js';
import {cleanPage, loadCore} from './core_runner.js';
import {now} from './timing.js';

// The options of the last request: {userRules, removeClutter}, or null.
let lastRules = null;

const sameRules = (a, b) => a.userRules === b.userRules && a.removeClutter === b.removeClutter;

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
    let optionsAt = NaN;
    const rulesArrive = expect(messages.kCleanOptions).then(({userRules, removeClutter}) => {
      optionsAt = now();
      return {userRules, removeClutter};
    });
    // Not left unhandled while the speculative clean runs.
    rulesArrive.catch(() => {});
    const clean = (rules) => cleanPage(page.html, page.url, {...rules, exports: page.exports});

    let json = null;
    let coreReady;
    let coreStart;
    const guess = lastRules;
    if (guess) {
      await core;
      coreReady = now();
      coreStart = coreReady;
      json = await clean(guess);
    }
    const rules = await rulesArrive;
    lastRules = rules;
    if (!guess) {
      await core;
      coreReady = now();
      coreStart = Math.max(coreReady, optionsAt);
    }
    if (!guess || !sameRules(guess, rules)) json = await clean(rules);
    // Waiting for the core to load, on the way from the page to the reply.
    const coreLoad = Math.max(0, coreReady - (guess ? received : Math.max(received, optionsAt)));
    return {json, timing: {received, optionsAt, coreReady, coreLoad, coreStart, coreEnd: now()}};
  });
}
