// Long articles: the blocks past an article's first screens are laid out and
// painted only when they come near the viewport (`content-visibility: auto`;
// their height is estimated until then and remembered once seen), so the
// view's first frame does not wait for the layout of the whole article.
// Evidence (Chromium tracing, 3 warm openings each, the page's main-thread
// time from the click to the second frame): Wikipedia's 41,500-character
// article 53.8 -> 35.2 ms, lazy-image-2 44.8 -> 36.6 ms, wikipedia-3 37.9 ->
// 34.4 ms; short articles (nytimes-1, engadget) are left as they are.
//
// Only blocks well below the first screen are deferred: Chromium renders such
// a block as soon as it is within about 1.5 viewports of the screen, and one
// rendered in the opening frame costs a second layout and paint there (with
// every block past the 20th deferred, engadget's opening took 3.8 ms more).
// Printing lays everything out.

const kEagerChars = 8000;        // about four screens of text at the default size
const kMinDeferredChars = 8000;  // less than this left below: not worth it
// An attribute, not a class: "Remove this…" (picker.js) builds its rules from
// class names, and the view's own must never end up in one.
const kDeferredAttribute = 'data-rm-later';

// Part of the view's stylesheet. `content-visibility: auto` also contains
// paint, which clips what a block's descendants draw outside it: the
// read-aloud bar left of a paragraph inside a deferred <div>
// (.rm-speaking-block's box-shadow) and the picker's outline were cut off;
// `overflow-clip-margin` gives them room (checked in Chromium: a child's
// -12px shadow shows with it, not without).
export const kLongArticleCss = `
  [${kDeferredAttribute}] {
    content-visibility: auto; contain-intrinsic-size: auto 10em; overflow-clip-margin: 1em;
  }
  @media print {
    [${kDeferredAttribute}] { content-visibility: visible; }
  }
`;

// Wrappers the core leaves around the blocks (its content <div> often holds
// one <div> or <section> that holds them).
const kWrappers = ['div', 'section', 'article', 'main'];

// Marks the blocks of the article under `contentParent` that come after its first kEagerChars of
// text, when at least kMinDeferredChars follow. Returns how many it marked.
export function deferLongArticle(contentParent) {
  let parent = contentParent;
  while (parent.childElementCount === 1 && kWrappers.includes(parent.firstElementChild.localName)) {
    parent = parent.firstElementChild;
  }
  const blocks = parent.children;
  const lengths = Array.from(blocks, (block) => block.textContent.length);
  const total = lengths.reduce((sum, n) => sum + n, 0);
  let eager = 0;
  let first = 0;
  while (first < blocks.length && eager < kEagerChars) eager += lengths[first++];
  if (total - eager < kMinDeferredChars) return 0;
  for (let i = first; i < blocks.length; ++i) blocks[i].setAttribute(kDeferredAttribute, '');
  return blocks.length - first;
}

export {kDeferredAttribute, kEagerChars, kMinDeferredChars};
