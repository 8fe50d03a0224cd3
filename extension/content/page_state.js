// Hides the page while the reader view is shown, and gives it back exactly.
//
// The view's host is the last child of <body> (of <html> when there is no
// body), where other extensions' content scripts, which walk document.body,
// find it. While the view is open:
//  - the page's content is not rendered: a document-level constructed
//    stylesheet gives every element child of <body> and of <html> (but <head>,
//    <body> and the view's host) `content-visibility: hidden` (its subtree
//    skips style, layout and paint, whatever its descendants' own styles say,
//    and keeps its rendering state for the way back) and `visibility: hidden`;
//    the root stops scrolling; <body>'s inline styles that would move a fixed
//    box (transform, filter...) are overridden;
//  - the page's stylesheets are switched off (`disabled` on each sheet, and on
//    sheets the page adds later), so none of its rules reach the view, which is
//    ordinary DOM in the same document;
//  - the page is taken out of the accessibility tree and of focus by `inert` +
//    `aria-hidden="true"` on the same elements, and on those the page adds later.
// Everything is put back on restore: the two attributes' original values, the
// sheets' `disabled` flags, the scroll position and the focused element. No
// attribute of the page changes for the hiding itself, and a page CSP cannot
// block any of it.

// The view's host element, appended to <html>.
const kHostTag = 'reader-mode-view';
const kHiddenAttributes = ['inert', 'aria-hidden'];

// `:has()` with child combinators only: cheap to keep up to date as the page changes.
const kOpen = `:is(html:has(> ${kHostTag}), html:has(> body > ${kHostTag}))`;
const kHideCss = `
  ${kOpen} { overflow: hidden !important; }
  body:has(> ${kHostTag}) {
    transform: none !important; filter: none !important; perspective: none !important;
    contain: none !important; will-change: auto !important; backdrop-filter: none !important;
    content-visibility: visible !important; visibility: visible !important;
  }
  ${kOpen} > :not(head):not(body):not(${kHostTag}),
  body:has(> ${kHostTag}) > :not(${kHostTag}) {
    content-visibility: hidden !important;
    visibility: hidden !important;
  }
  /* Printing the view: the page takes no paper. (No :has() here: Chromium
     does not re-match it when the media changes; the sheet is only adopted
     while the view is open anyway.) */
  @media print {
    html, body { overflow: visible !important; }
    html > :not(head):not(body):not(${kHostTag}), body > :not(${kHostTag}) { display: none !important; }
  }
`;

// Where the view's host goes: <body>, or <html> for a document without one
// (a frameset, an SVG or XML document).
function hostParent() {
  const body = document.body;
  return body && body.localName === 'body' ? body : document.documentElement;
}

// The page's elements to hide: the children of the host's parent and of
// <html>, but <head>, <body> (when it holds the host) and the host.
function pageChildren(host, parent) {
  const out = [];
  for (const el of parent.children) if (el !== host) out.push(el);
  if (parent !== document.documentElement) {
    for (const el of document.documentElement.children) if (el !== parent) out.push(el);
  }
  return out;
}

let hideSheetCache = null;

function hideSheet() {
  if (!hideSheetCache) {
    hideSheetCache = new CSSStyleSheet();
    hideSheetCache.replaceSync(kHideCss);
  }
  return hideSheetCache;
}

// Switches off the page's stylesheets (those present and those added while
// the view is open), remembering which ones it switched. Sheets inside `host`
// (the view's own <style> fallback) are left alone.
function switchOffPageStyles(host, saved) {
  const switchOff = (sheet) => {
    if (!sheet || sheet === hideSheetCache || sheet.disabled) return;
    if (sheet.ownerNode && host.contains(sheet.ownerNode)) return;
    sheet.disabled = true;
    saved.sheets.push(sheet);
  };
  // A <link> still loading has no sheet yet: switch it off when it arrives.
  const watchLink = (link) => {
    if (link.sheet) {
      switchOff(link.sheet);
      return;
    }
    const onLoad = () => {
      if (saved.active) switchOff(link.sheet);
    };
    link.addEventListener('load', onLoad, {once: true});
    saved.pendingLinks.push({link, onLoad});
  };
  const visit = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE || host.contains(node)) return;
    if (node.localName === 'style') switchOff(node.sheet);
    else if (node.localName === 'link') watchLink(node);
    for (const el of node.querySelectorAll('style, link')) {
      if (el.localName === 'style') switchOff(el.sheet); else watchLink(el);
    }
  };
  try {
    for (const sheet of document.styleSheets) switchOff(sheet);
    for (const sheet of document.adoptedStyleSheets) switchOff(sheet);
  } catch {
    // A sheet the content script cannot reach stays as it is.
  }
  for (const link of document.querySelectorAll('link')) if (!link.sheet) watchLink(link);
  saved.observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        visit(node);
        // A late child of <body> or <html> (an overlay, a widget) leaves the
        // accessibility tree like the rest of the page.
        if ((record.target === saved.parent || record.target === document.documentElement) &&
            node !== host && node !== saved.parent) {
          hideElement(node, saved);
        }
      }
    }
  });
  saved.observer.observe(document.documentElement, {childList: true, subtree: true});
}

// Takes a child of <html> out of focus and of the accessibility tree,
// remembering its attributes.
function hideElement(el, saved) {
  if (el.nodeType !== Node.ELEMENT_NODE || el.localName === 'head') return;
  // Chromium refuses aria-hidden on <body> (it would hide the whole tree, and
  // logs a warning); `inert` already takes a body without the view out.
  const attrs = {};
  for (const name of kHiddenAttributes) attrs[name] = el.getAttribute(name);
  saved.elements.push({el, attrs});
  el.setAttribute('inert', '');
  if (el !== document.body) el.setAttribute('aria-hidden', 'true');
}

// Returns a token for restore(). The host is not attached yet; it will be
// appended to hostParent().
function hide(host) {
  const saved = {
    parent: hostParent(),
    active: true,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    focused: document.activeElement,
    elements: [],
    sheetAdded: false,
    fallbackStyles: [],
    sheets: [],
    pendingLinks: [],
    observer: null,
  };
  for (const el of pageChildren(host, saved.parent)) hideElement(el, saved);
  switchOffPageStyles(host, saved);
  try {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hideSheet()];
    saved.sheetAdded = document.adoptedStyleSheets.includes(hideSheetCache);
  } catch {
    saved.sheetAdded = false;
  }
  if (!saved.sheetAdded) {
    // No constructed stylesheets here: hide through the CSSOM (never blocked
    // by CSP), remembering the exact style attribute text.
    for (const {el} of saved.elements) {
      saved.fallbackStyles.push({el, style: el.getAttribute('style')});
      el.style.setProperty('visibility', 'hidden', 'important');
      el.style.setProperty('content-visibility', 'hidden', 'important');
    }
    const root = document.documentElement;
    saved.fallbackStyles.push({el: root, style: root.getAttribute('style')});
    root.style.setProperty('overflow', 'hidden', 'important');
  }
  return saved;
}

function restore(saved) {
  saved.active = false;
  saved.observer?.disconnect();
  for (const {link, onLoad} of saved.pendingLinks) link.removeEventListener('load', onLoad);
  for (const sheet of saved.sheets) sheet.disabled = false;
  if (saved.sheetAdded) {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== hideSheetCache);
  }
  for (const {el, style} of saved.fallbackStyles) {
    if (style === null) el.removeAttribute('style'); else el.setAttribute('style', style);
  }
  // Newest first: an element hidden twice gets its original attributes last.
  for (const {el, attrs} of [...saved.elements].reverse()) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null) el.removeAttribute(name); else el.setAttribute(name, value);
    }
  }
  window.scrollTo({left: saved.scrollX, top: saved.scrollY, behavior: 'instant'});
  if (saved.focused && saved.focused !== document.body && saved.focused.isConnected) {
    saved.focused.focus?.({preventScroll: true});
  }
}

export {kHostTag, hostParent, hide, restore};
