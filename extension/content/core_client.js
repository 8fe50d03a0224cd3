// The content script's side of the core: sends the page to the context that
// hosts the WebAssembly core (Chromium's offscreen document, Firefox's
// background page) on a port of its own, and returns the core's reply.
//
// The page goes first, as soon as it is serialised; the person's rules follow
// when storage has answered, so the page travels while storage is read.
// Nothing answering (the offscreen document closed by the browser, or still
// loading right after start-up) is not an error yet: the background brings the
// core's context up and the request is sent again, a few times.
import {api} from '../shared/browser_api.js';
import {channels, messages} from '../shared/messages.js';

// Delays before the attempts after the first: a new offscreen document
// loads its script in tens of ms, but right after the browser starts, on a
// busy machine, it has been seen to take longer; a real failure is still
// reported within about three seconds.
const kRetryDelaysMs = [0, 50, 150, 300, 500, 1000, 1000];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// `rules`: a promise of {userRules, removeClutter}; `exports`: also the
// Markdown and the standalone page. Resolves with {json, timing}; rejects
// with the last error.
export async function clean(html, url, rules, {exports = false} = {}) {
  const page = {type: messages.kPageCaptured, html, url, exports};
  let lastError = null;
  for (let attempt = 0; attempt <= kRetryDelaysMs.length; ++attempt) {
    if (attempt > 0) {
      // The background makes sure the core's context exists.
      await api.sendMessage({type: messages.kCoreMissing}).catch(() => {});
      await sleep(kRetryDelaysMs[attempt - 1]);
    }
    try {
      const channel = api.connect(channels.kClean);
      channel.post(page);
      const {userRules, removeClutter} = await rules;
      channel.post({type: messages.kCleanOptions, userRules, removeClutter});
      const reply = await channel.reply;
      if (reply?.json) return reply;
      // The core answered with an error (e.g. a WebAssembly trap; its
      // instance is replaced): one more attempt is worth it, not seven.
      lastError = new Error(reply?.error ?? 'no reply from the reader core');
      if (attempt > 0) break;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
