// Chromium's offscreen document. The service worker creates it at install and
// browser start-up (and on a click if it is missing); it instantiates the
// WebAssembly core at once and answers content scripts' cs-core-page-captured
// directly. A stopped service worker does not take the compiled, instantiated
// core with it, so a click after the worker idled out costs a worker start,
// not a WebAssembly compile. Only chrome.runtime exists here: the content
// script sends the person's rules along with the page.
import {loadCore} from '../shared/core_runner.js';
import {serveCore} from '../shared/core_service.js';
import {warmCore} from '../shared/core_warmup.js';

serveCore(['core']);
loadCore().then(warmCore, (error) => console.warn('reader mode: the core did not load:', error?.message ?? error));
