// Hides the page while the reader view is shown, and gives it back exactly.
//
// Hidden from sight by a document-level constructed stylesheet (no attribute of
// the page changes for that, and a page CSP cannot block it); hidden from
// assistive technology and from focus by `inert` + `aria-hidden="true"` on every
// element child of <html> but <head> and the view's host. The original values
// of those two attributes, the scroll position and the focused element are
// saved and put back on restore.

// The view's host element, appended to <html>.
const kHostTag = 'reader-mode-view';
const kHiddenAttributes = ['inert', 'aria-hidden'];

// Page content stays laid out (so scrollable boxes keep their positions) but
// invisible; the root stops scrolling so wheel events cannot move the page
// underneath the view.
const kHideCss = `
  html:has(> ${kHostTag}) { overflow: hidden !important; }
  html:has(> ${kHostTag}) > :not(head):not(${kHostTag}) { visibility: hidden !important; }
  /* Printing the view: the page takes no paper. (No :has() here: Chromium
     does not re-match it when the media changes; the sheet is only adopted
     while the view is open anyway.) */
  @media print {
    html { overflow: visible !important; }
    html > :not(head):not(${kHostTag}) { display: none !important; }
  }
`;

let hideSheetCache = null;

function hideSheet() {
  if (!hideSheetCache) {
    hideSheetCache = new CSSStyleSheet();
    hideSheetCache.replaceSync(kHideCss);
  }
  return hideSheetCache;
}

// Returns a token for restore().
function hide(host) {
  const saved = {
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    focused: document.activeElement,
    elements: [],
    sheetAdded: false,
    fallbackStyles: [],
  };
  for (const el of document.documentElement.children) {
    if (el === host || el.localName === 'head') continue;
    const attrs = {};
    for (const name of kHiddenAttributes) attrs[name] = el.getAttribute(name);
    saved.elements.push({el, attrs});
    el.setAttribute('inert', '');
    // Chromium refuses aria-hidden on <body> (it would hide the whole tree,
    // and logs a warning); `inert` already takes the body out of the tree.
    if (el !== document.body) el.setAttribute('aria-hidden', 'true');
  }
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
    }
    const root = document.documentElement;
    saved.fallbackStyles.push({el: root, style: root.getAttribute('style')});
    root.style.setProperty('overflow', 'hidden', 'important');
  }
  return saved;
}

function restore(saved) {
  if (saved.sheetAdded) {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== hideSheetCache);
  }
  for (const {el, style} of saved.fallbackStyles) {
    if (style === null) el.removeAttribute('style'); else el.setAttribute('style', style);
  }
  for (const {el, attrs} of saved.elements) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null) el.removeAttribute(name); else el.setAttribute(name, value);
    }
  }
  window.scrollTo({left: saved.scrollX, top: saved.scrollY, behavior: 'instant'});
  if (saved.focused && saved.focused !== document.body && saved.focused.isConnected) {
    saved.focused.focus?.({preventScroll: true});
  }
}

export {kHostTag, hide, restore};
