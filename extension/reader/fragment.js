// Turns the core's sanitized HTML into inert DOM for the reader view.
//
// The core's sanitizer already removed scripts, handlers and unsafe URLs; this
// is defence in depth: the markup is parsed by DOMParser (an inert document:
// nothing runs, nothing loads), active elements and attributes are dropped
// again, and only then are the nodes moved into the page's document (adopted,
// not copied).
// Never innerHTML on the live page.

// Elements dropped with their subtree.
// Element names compared lowercased (SVG keeps camelCase local names).
const kDropElements = new Set([
  'script', 'noscript', 'style', 'link', 'meta', 'base', 'title', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'applet', 'template', 'form', 'input', 'button',
  'select', 'textarea', 'dialog', 'portal', 'slot', 'foreignobject',
  // SVG animation can rewrite an attribute (e.g. href to javascript:) after
  // this pass ran; <use> can pull in outside content.
  'animate', 'animatemotion', 'animatetransform', 'set', 'use', 'handler', 'listener',
]);
// Attributes holding URLs; anything but these schemes is dropped.
const kUrlAttributes = new Set(['href', 'src', 'xlink:href', 'poster', 'cite', 'action',
                                'formaction', 'background', 'longdesc', 'usemap']);
const kSafeSchemes = /^(?:https?|mailto|tel):/i;
const kRelativeUrl = /^(?![a-z][a-z0-9+.-]*:)/i;  // no scheme at all
const kDataImage = /^data:image\/(?:png|gif|jpe?g|webp|avif);/i;
// Attributes never kept: presentation comes from the reader stylesheet.
const kDropAttributes = new Set(['style', 'srcdoc', 'class', 'is', 'nonce', 'autofocus',
                                 'contenteditable', 'popover', 'tabindex']);

function isSafeUrl(name, value, tag) {
  const v = value.trim().replace(/[\u0000-\u001f\u007f]/g, '');
  if (kSafeSchemes.test(v) || kRelativeUrl.test(v)) return true;
  return name === 'src' && tag === 'img' && kDataImage.test(v);
}

function isSafeSrcset(value, tag) {
  return value.split(',').every((candidate) => {
    const url = candidate.trim().split(/\s+/)[0] ?? '';
    return url === '' || isSafeUrl('src', url, tag);
  });
}

// A script URL (or a data: URL that is not a plain raster image) in any
// attribute is dropped, URL attribute or not: browsers and plugins have
// honoured odd ones (folder=, handler=, xlink:href on anything...).
const kScriptUrlValue = /^(?:javascript:|vbscript:|livescript:|data:(?!image\/(?:png|gif|jpe?g|webp|avif);))/i;

// A value without a ':' names no scheme: it cannot be a script URL, and as a
// URL (or srcset) it is relative, hence safe; only values with one are looked
// at further (most attribute values of an article have none).
function hasUnsafeValue(name, value, tag) {
  if (!value.includes(':')) return false;
  return kScriptUrlValue.test(value.replace(/[\u0000-\u0020]/g, '')) ||
         (kUrlAttributes.has(name) && !isSafeUrl(name, value, tag)) ||
         (name === 'srcset' && !isSafeSrcset(value, tag));
}

function cleanElement(el) {
  const tag = el.localName;
  // Backwards over the live list: removing an attribute moves only those
  // already looked at.
  const attrs = el.attributes;
  for (let i = attrs.length - 1; i >= 0; --i) {
    const attr = attrs[i];
    const name = attr.name.toLowerCase();
    if (name.startsWith('on') || kDropAttributes.has(name) || hasUnsafeValue(name, attr.value, tag)) {
      el.removeAttribute(attr.name);
    }
  }
  if (tag === 'a' && el.hasAttribute('href')) el.setAttribute('rel', 'noopener noreferrer');
  if (tag === 'img') {
    el.setAttribute('loading', 'lazy');
    el.setAttribute('decoding', 'async');
  }
}

// Parses `html` and returns a DocumentFragment owned by `targetDocument`.
function parse(html, targetDocument = document) {
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html');
  const body = parsed.body;
  // Iterative walk: pages nest deeply, recursion could overflow.
  const walker = parsed.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  const drop = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE || kDropElements.has(node.localName.toLowerCase())) {
      drop.push(node);
    } else {
      cleanElement(node);
    }
  }
  for (const node of drop) node.remove();
  const fragment = parsed.createDocumentFragment();
  while (body.firstChild) fragment.appendChild(body.firstChild);
  return targetDocument.adoptNode(fragment);
}

export {parse};
