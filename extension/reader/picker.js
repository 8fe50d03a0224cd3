// "Remove this…": in picker mode, hovering highlights a block of the article;
// clicking saves a cosmetic rule `hostname##selector` in the user rules (so the
// core removes it next time) and takes the block out of the view.
//
// The selector comes from the block's ORIGINAL page element (the page is still
// in the DOM, hidden): its tag and classes, when they match only a few elements
// and none of them holds the article. Otherwise the rule names the text:
// `hostname##p:has-text(first words)`.

import {settings} from '../shared/settings.js';

const kBlockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'blockquote',
                            'figure', 'table', 'pre', 'div', 'section', 'aside', 'details', 'hr']);
// A selector matching more elements than this is too broad to be the user's intent.
const kMaxSelectorMatches = 5;
// A matched element holding this share of the page's text is (part of) the article.
const kMaxTextShare = 0.5;
// Original elements compared by text before giving up (keeps a click fast on huge pages).
const kMaxCandidates = 3000;
// Ancestors with the same text that may lend their classes to the selector.
const kMaxSameTextAncestors = 3;
const kSnippetChars = 60;

const normalize = (text) => String(text ?? '').replace(/\s+/g, ' ').trim();

// Class names that look stable: no long digit runs or hashes (css-1x9a8b).
const isStableClass = (c) => /^[A-Za-z_][\w-]*$/.test(c) && !/\d{3,}/.test(c) && !/^css-/.test(c) && c.length <= 40;

function findOriginal(block) {
  const text = normalize(block.textContent);
  if (!text) return null;
  const candidates = document.body?.getElementsByTagName(block.localName) ?? [];
  const limit = Math.min(candidates.length, kMaxCandidates);
  for (let i = 0; i < limit; ++i) {
    const el = candidates[i];
    if (normalize(el.textContent) === text) return el;
  }
  return null;
}

function classSelector(el) {
  const classes = [...el.classList].filter(isStableClass).slice(0, 3);
  if (classes.length) return el.localName + classes.map((c) => '.' + CSS.escape(c)).join('');
  if (el.id && isStableClass(el.id)) return `${el.localName}#${CSS.escape(el.id)}`;
  return '';
}

function isNarrow(selector) {
  let matches;
  try {
    matches = document.querySelectorAll(selector);
  } catch {
    return false;
  }
  if (matches.length < 1 || matches.length > kMaxSelectorMatches) return false;
  const total = normalize(document.body?.textContent).length || 1;
  return [...matches].every((m) => normalize(m.textContent).length < kMaxTextShare * total);
}

function textRule(hostname, block) {
  // :has-text() ends at the first ')': keep the words before any parenthesis.
  let snippet = normalize(block.textContent).split(/[()]/)[0].trim();
  if (snippet.length > kSnippetChars) {
    const cut = snippet.lastIndexOf(' ', kSnippetChars);
    snippet = snippet.slice(0, cut > kSnippetChars / 2 ? cut : kSnippetChars);
  }
  if (!snippet) return '';
  return `${hostname}##${block.localName}:has-text(${snippet})`;
}

function ruleFor(hostname, block) {
  let el = findOriginal(block);
  let best = '';
  for (let hops = 0; el && hops <= kMaxSameTextAncestors; ++hops) {
    const selector = classSelector(el);
    if (selector && isNarrow(selector)) best = selector;
    const parent = el.parentElement;
    if (!parent || parent === document.body ||
        normalize(parent.textContent) !== normalize(el.textContent)) break;
    el = parent;
  }
  return best ? `${hostname}##${best}` : textRule(hostname, block);
}

function blockOf(target, article) {
  let el = target?.nodeType === Node.ELEMENT_NODE ? target : target?.parentElement;
  while (el && el !== article && !kBlockTags.has(el.localName)) el = el.parentElement;
  if (!el || el === article) return null;
  // A list item alone is rarely what a reader wants gone: take its list.
  if (el.localName === 'li') el = el.closest('ul, ol') ?? el;
  return el;
}

function create({articleEl, hostname, status, onStop}) {
  let hovered = null;
  const state = {active: false};

  const setHover = (el) => {
    hovered?.classList.remove('rm-pick-hover');
    hovered = el;
    hovered?.classList.add('rm-pick-hover');
  };
  // Only the person's own pointer (event.isTrusted): a page script's
  // synthetic click must not write a rule.
  const onOver = (event) => event.isTrusted && setHover(blockOf(event.target, articleEl));
  const onLeave = () => setHover(null);
  const onClick = async (event) => {
    if (!event.isTrusted) return;
    const block = blockOf(event.target, articleEl);
    if (!block) return;
    event.preventDefault();
    event.stopPropagation();
    const rule = ruleFor(hostname, block);
    stop();
    if (!rule) {
      status.textContent = 'This block has nothing to build a rule from.';
      return;
    }
    block.remove();
    await settings.appendUserRule(rule);
    status.textContent = `Saved rule “${rule}”. Edit your rules in the extension options.`;
  };

  function start() {
    if (state.active) return;
    state.active = true;
    articleEl.classList.add('rm-picking');
    articleEl.addEventListener('mouseover', onOver);
    articleEl.addEventListener('mouseleave', onLeave);
    articleEl.addEventListener('click', onClick, true);
    status.textContent = 'Click a block to remove it from this site’s pages. Esc cancels.';
  }

  function stop() {
    if (!state.active) return;
    state.active = false;
    setHover(null);
    articleEl.classList.remove('rm-picking');
    articleEl.removeEventListener('mouseover', onOver);
    articleEl.removeEventListener('mouseleave', onLeave);
    articleEl.removeEventListener('click', onClick, true);
    onStop?.();
  }

  return {
    get active() {
      return state.active;
    },
    start,
    stop,
  };
}

export {create, ruleFor};
