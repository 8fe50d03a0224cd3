// The one live content-side instance in a page's isolated world. Each bundle
// (content/content.js per click, content/auto.js per page load) runs its own
// copy of the modules, so the first one to run keeps its functions under a
// symbol in the isolated world (never visible to the page) and later runs use
// them: the view opened by one is closed by the other.
import {openIfArticle, toggle} from './toggle.js';

const kInstance = Symbol.for('reader-mode.content');

export function instance() {
  globalThis[kInstance] ??= {toggle, openIfArticle};
  return globalThis[kInstance];
}
