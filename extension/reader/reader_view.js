// Builds the reader view: a full-viewport host element appended to <html>
// whose closed shadow root holds the stylesheet and the sanitized article, so
// neither the page's CSS nor its scripts reach the article.

import {api} from '../shared/browser_api.js';
import {settings as settingsStore} from '../shared/settings.js';
import {kHostTag} from '../content/page_state.js';
import * as fragment from './fragment.js';
import * as format from './format.js';
import * as picker from './picker.js';
import * as removedPanel from './removed_panel.js';

const kThemes = ['auto', 'light', 'sepia', 'dark'];
const kThemeLabels = {auto: 'Theme: automatic', light: 'Theme: light', sepia: 'Theme: sepia', dark: 'Theme: dark'};
const kFontSizeStep = 1;  // px per click of A− / A+

// Tiny element builder: h('p', {class: 'x'}, 'text', child).
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === '') continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

// A constructed stylesheet is not subject to the page's CSP. Where a content
// script cannot adopt one (it may throw, or be ignored, across Firefox's
// Xray wrappers), a <style> element in the shadow root does the job.
function adoptStyles(shadow, css) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through
  }
  shadow.append(h('style', {}, css));
}

// The host's own box, set through the CSSOM (a page CSP cannot block it) with
// !important so page rules cannot move or restyle it.
function styleHost(host) {
  const props = {
    all: 'initial', display: 'block', position: 'fixed', inset: '0', 'z-index': '2147483647',
    width: '100vw', height: '100vh', margin: '0', padding: '0', border: '0',
    'color-scheme': 'light dark',
  };
  for (const [name, value] of Object.entries(props)) host.style.setProperty(name, value, 'important');
}

function applySettings(root, s) {
  root.dataset.theme = s.theme;
  root.dataset.font = s.fontFamily;
  root.dataset.width = s.width;
  root.style.setProperty('--rm-font-size', `${s.fontSize}px`);
}

function buildHeader(article) {
  const meta = [];
  if (article.byline) meta.push(h('span', {class: 'rm-byline'}, article.byline));
  const date = format.formatDate(article.publishedTime, article.lang);
  if (date) meta.push(h('time', {datetime: article.publishedTime}, date));
  if (article.readingMinutes > 0) meta.push(h('span', {class: 'rm-reading-time'}, format.readingTime(article.readingMinutes)));
  const metaLine = meta.length ? h('p', {class: 'rm-meta'}) : null;
  meta.forEach((item, i) => {
    if (i) metaLine.append(h('span', {class: 'rm-sep', 'aria-hidden': 'true'}, '·'));
    metaLine.append(item);
  });
  return h('header', {class: 'rm-header'},
           article.siteName ? h('p', {class: 'rm-site'}, article.siteName) : null,
           h('h1', {class: 'rm-title'}, article.title || document.title || 'Untitled'),
           metaLine);
}

// The lead image, unless the article body already shows it.
function buildLeadImage(article, content) {
  if (!article.leadImage) return null;
  const lead = (() => {
    try {
      return new URL(article.leadImage, article.url || location.href);
    } catch {
      return null;
    }
  })();
  if (!lead || !/^https?:$/.test(lead.protocol)) return null;
  const file = lead.pathname.split('/').pop();
  for (const img of content.querySelectorAll('img')) {
    const src = img.getAttribute('src') || '';
    if (src === article.leadImage || (file && file.length > 4 && src.includes(file))) return null;
  }
  return h('figure', {class: 'rm-lead'},
           h('img', {src: lead.href, alt: article.leadImageCaption || '', loading: 'eager', decoding: 'async'}),
           article.leadImageCaption ? h('figcaption', {}, article.leadImageCaption) : null);
}

// An image that cannot load (offline, blocked by the page's CSP) leaves no
// broken-image icon behind: it hides, with its figure only when the figure
// has nothing else to say (a caption stays: it is part of the article).
function hideBrokenImages(root) {
  for (const img of root.querySelectorAll('img')) {
    img.addEventListener('error', () => {
      const figure = img.closest('figure');
      const caption = figure && figure.querySelector('figcaption');
      const alone = figure && figure.querySelectorAll('img').length === 1 &&
                    !(caption && caption.textContent.trim());
      (alone ? figure : img).hidden = true;
    }, {once: true});
  }
}

// A short first paragraph that is the article's summary (the excerpt from
// the page's description) is set as a standfirst, the way the publication
// showed it. A long or linked one is the body's first paragraph, which some
// pages reuse as their description: it stays body text.
const kMaxStandfirstChars = 240;
function markStandfirst(root, excerpt) {
  const paragraphs = root.querySelectorAll('p');
  const first = paragraphs[0];
  const squash = (t) => String(t ?? '').replace(/\s+/g, ' ').trim();
  if (paragraphs.length < 2 || !excerpt || first.querySelector('a')) return;
  const text = squash(first.textContent);
  if (text.length <= kMaxStandfirstChars && text === squash(excerpt)) first.classList.add('rm-standfirst');
}

// The element whose children the core's `anchor` indices count: the content
// <div> the core returns (or the article itself if the markup differs).
function contentBlocksParent(articleEl) {
  const first = articleEl.firstElementChild;
  if (first && first === articleEl.lastElementChild && first.localName === 'div') return first;
  return articleEl;
}

// Builds the view for `result` (the core's JSON, parsed). Returns a handle
// with show() and close(); `onClose` runs when the view asks to close
// (its close button, Escape).
function open(result, css, s, {onClose, restoredKeys = new Set()}) {
  const host = document.createElement(kHostTag);
  styleHost(host);
  host.dataset.state = 'rendering';
  const shadow = host.attachShadow({mode: 'closed'});
  adoptStyles(shadow, css);

  const hostname = format.hostnameOf(result.url || location.href);
  const content = fragment.parse(result.content || '');
  const articleEl = h('article', {class: 'rm-content'});
  articleEl.append(content);
  if (!articleEl.textContent.trim() && !articleEl.querySelector('img')) {
    articleEl.replaceChildren(h('p', {class: 'rm-empty'},
                                 result.error ? `No article here: ${result.error}.` : 'No article was found on this page.'));
  }
  const blocksParent = contentBlocksParent(articleEl);
  hideBrokenImages(articleEl);
  markStandfirst(articleEl, result.excerpt);

  const btn = (action, label, text, extra = {}) =>
    h('button', {type: 'button', class: `rm-btn rm-btn-${action}`, 'data-action': action,
                 'aria-label': label, title: label, ...extra}, text);
  const toolbar = h('div', {class: 'rm-toolbar', role: 'toolbar', 'aria-label': 'Reader view'},
                    h('span', {class: 'rm-toolbar-site'}, hostname),
                    h('span', {class: 'rm-toolbar-spacer'}),
                    btn('smaller', 'Smaller text', 'A−'),
                    btn('larger', 'Larger text', 'A+'),
                    btn('theme', kThemeLabels[s.theme], '◐'),
                    btn('pick', 'Remove a block from this site’s pages', 'Remove this…', {'aria-pressed': 'false'}),
                    btn('close', 'Close reader view (Esc)', '✕'));

  const lead = buildLeadImage(result, articleEl);
  if (lead) hideBrokenImages(lead);
  // The core's cheap pre-check says this is probably not an article page.
  const notice = result.readerable === false && articleEl.textContent.trim()
    ? h('p', {class: 'rm-notice'}, 'This page may not be an article: the reader view shows the text it could find.')
    : null;
  const page = h('main', {class: 'rm-page', lang: result.lang || null, dir: result.dir || null},
                 buildHeader(result), notice, lead, articleEl);
  const status = h('p', {class: 'rm-status', role: 'status', 'aria-live': 'polite'});
  const panel = removedPanel.build({result, blocksParent: blocksParent, hostname, h, status, restoredKeys});
  const footer = h('footer', {class: 'rm-footer'}, panel.element,
                   result.url ? h('p', {class: 'rm-source'}, 'Source: ',
                                  h('a', {href: result.url, rel: 'noopener noreferrer'}, hostname || result.url)) : null,
                   status);
  page.append(footer);

  const scroller = h('div', {class: 'rm-scroll', tabindex: '-1'}, page);
  const root = h('div', {class: 'rm-root', role: 'document', 'aria-label': `Reader view: ${result.title || ''}`},
                 toolbar, scroller);
  applySettings(root, s);
  shadow.append(root);

  let current = s;
  let closed = false;
  const pick = picker.create({articleEl: articleEl, hostname, status,
                              onStop: () => toolbar.querySelector('[data-action=pick]').setAttribute('aria-pressed', 'false')});

  async function update(partial) {
    current = settingsStore.normalize({...current, ...partial});
    applySettings(root, current);
    toolbar.querySelector('[data-action=theme]').setAttribute('aria-label', kThemeLabels[current.theme]);
    await settingsStore.save(partial);
  }

  toolbar.addEventListener('click', (event) => {
    const action = event.target.closest?.('[data-action]')?.dataset.action;
    if (action === 'close') onClose();
    else if (action === 'smaller') update({fontSize: current.fontSize - kFontSizeStep});
    else if (action === 'larger') update({fontSize: current.fontSize + kFontSizeStep});
    else if (action === 'theme') update({theme: kThemes[(kThemes.indexOf(current.theme) + 1) % kThemes.length]});
    else if (action === 'pick') {
      const on = !pick.active;
      if (on) pick.start(); else pick.stop();
      toolbar.querySelector('[data-action=pick]').setAttribute('aria-pressed', String(on));
    }
  });

  // Escape leaves picker mode first, then closes the view. Listening inside
  // the shadow root runs before the page's bubbling listeners can object.
  const onKey = (event) => {
    if (event.key !== 'Escape' || closed) return;
    event.stopPropagation();
    event.preventDefault();
    if (pick.active) {
      pick.stop();
    } else {
      onClose();
    }
  };
  root.addEventListener('keydown', onKey);
  // Appearance changed elsewhere (options page, another tab): follow it.
  const stopWatching = api.onStorageChanged((changes) => {
    if (!changes.settings) return;
    // newValue is undefined when the settings were removed: the defaults.
    current = settingsStore.normalize(changes.settings.newValue);
    applySettings(root, current);
  });
  // Escape while focus is still outside the view (e.g. on <body>).
  window.addEventListener('keydown', onKey, true);

  panel.applyRemembered();

  return {
    host,
    // Attaches the view (after the caller hid the page) and focuses it so the
    // keyboard scrolls the article.
    show() {
      document.documentElement.append(host);
      host.dataset.state = 'ready';
      scroller.focus({preventScroll: true});
    },
    close() {
      closed = true;
      stopWatching();
      pick.stop();
      window.removeEventListener('keydown', onKey, true);
      host.remove();
    },
  };
}

export {open};
