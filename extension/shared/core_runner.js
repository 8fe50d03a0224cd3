// Runs the WebAssembly core, in whichever extension context hosts it (the
// offscreen document in Chromium, the background page in Firefox, the options
// page for checking rules). The module is compiled and instantiated once per
// context, on the first request or when the context pre-warms it, and reused.
//
// The Emscripten factory is imported dynamically so that a context that never
// runs the core (Chromium's service worker) never loads its glue; service
// workers forbid import(), and Chromium's never calls this.
let corePromise = null;

export function loadCore() {
  corePromise ??= import('../core/reader-core.mjs')
    .then(({default: createReaderCore}) => createReaderCore())
    .catch((error) => {
      corePromise = null;  // let the next request try again
      throw error;
    });
  return corePromise;
}

// Returns the core's JSON text (the shape of `reader-clean --format json`).
// `html` is a JS string (the page's DOM serialised by the content script), so
// it is UTF-8 by the time it reaches the core: say so, or the page's own
// <meta charset> would be believed.
// `exports`: also the core's Markdown and standalone page (the view's export);
// they cost the core time and the reply size, so the view asks for them only
// when the person exports.
export async function cleanPage(html, url, {userRules = '', removeClutter = true, exports = false} = {}) {
  const module = await loadCore();
  const formats = exports ? ['markdown', 'readerPage'] : [];
  const options = JSON.stringify({charset: 'utf-8', userRules, removeClutter, formats});
  try {
    return module.clean(html, url, options);
  } catch (error) {
    // A WebAssembly trap (e.g. out of memory) leaves the instance unusable:
    // drop it so the next page gets a fresh one.
    corePromise = null;
    throw error;
  }
}
