// Builds the reader view: a full-viewport host element appended to <html>
// holding the sanitized article as ordinary DOM, so the person's other
// extensions (dictionaries, translators, annotators) and the browser's
// translate see and can change its text as they would the page's. The page
// cannot disturb it: its stylesheets are switched off while the view is open
// and its own content is hidden (content/page_state.js); keys typed in the view
// do not bubble out to the page's handlers; untrusted (script-made) events
// trigger none of the view's actions.
//
// The markup, stylesheet (core/reader_page/reader.css) and words
// (core/reader_page/labels.json) are those of the core's standalone page
// (`reader-clean --format html`); the view adds the controls.

import {api} from '../shared/browser_api.js';
import {settings as settingsStore} from '../shared/settings.js';
import {hostParent, kHostTag} from '../content/page_state.js';
import * as controls from './controls.js';
import * as exporter from './export.js';
import * as fragment from './fragment.js';
import {deferLongArticle, kLongArticleCss} from './long_article.js';
import * as format from './format.js';
import * as picker from './picker.js';
import * as readAloud from './read_aloud.js';
import * as removedPanel from './removed_panel.js';
import {applySettings} from './typography.js';
// The view's stylesheet, shared with the core's standalone page, bundled into
// the content script as text (esbuild's text loader): nothing to fetch per click.
import readerCss from '../../core/reader_page/reader.css';

const kFontSizeStep = 1;  // px per click of A− / A+, or per + / − key
const kSaveDelayMs = 400;  // settings are stored this long after the last change

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

// Keyboard events typed in the view stop at its host: the page's own
// shortcuts (bubbling listeners on the document or window) do not fire.
const kIsolatedKeyEvents = ['keydown', 'keyup', 'keypress'];

// The stylesheet, constructed once per page and adopted by the document while
// the view is open (a constructed sheet is not subject to the page's CSP).
let viewSheet = null;

// Parses the view's stylesheet (about 0.5 ms) if it is not yet: called while
// the page is with the core, so that opening the view does not wait for it.
function prepare() {
  try {
    if (!viewSheet) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(kHostBoxCss + kLongArticleCss + readerCss);
      viewSheet = sheet;
    }
  } catch {
    // no constructed stylesheets here: adoptStyles falls back to <style>
  }
}

// Returns a function that un-adopts it. Where a content script cannot adopt
// one (it may throw, or be ignored, across Firefox's Xray wrappers), a
// <style> element inside the host does the job and leaves with it.
function adoptStyles(host) {
  try {
    prepare();
    if (!viewSheet) throw new Error('no constructed stylesheet');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, viewSheet];
    if (document.adoptedStyleSheets.includes(viewSheet)) {
      return () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== viewSheet);
      };
    }
  } catch {
    // fall through
  }
  host.prepend(h('style', {}, kHostBoxCss + kLongArticleCss + readerCss));
  return () => {};
}

// The host's own box. Its reset, position and size come from the view's sheet
// (kHostBoxCss, adopted while the view is open; the page's sheets are off
// then), so that printing can let it flow over pages: an inline !important
// would win over the print rule. What never changes is also set inline
// through the CSSOM (a page CSP cannot block it), with !important.
const kHostBoxCss = `
  ${kHostTag} {
    all: initial !important;
    display: block !important; position: fixed !important; inset: 0 !important;
    width: 100vw !important; height: 100vh !important; z-index: 2147483647 !important;
    margin: 0 !important; padding: 0 !important; border: 0 !important; color-scheme: light dark !important;
  }
  @media print {
    ${kHostTag} { position: static !important; width: auto !important; height: auto !important; }
  }
`;
function styleHost(host) {
  const props = {display: 'block', 'z-index': '2147483647', margin: '0', padding: '0', border: '0'};
  for (const [name, value] of Object.entries(props)) host.style.setProperty(name, value, 'important');
}

function buildHeader(article) {
  const meta = [];
  if (article.byline) meta.push(h('span', {class: 'rm-byline'}, article.byline));
  const date = format.formatDate(article.publishedTime, article.lang);
  if (date) meta.push(h('time', {datetime: article.publishedTime}, date));
  if (article.readingMinutes > 0) meta.push(h('span', {class: 'rm-reading-time'}, format.readingTime(article.readingMinutes)));
  return h('header', {class: 'rm-header'},
           article.siteName ? h('p', {class: 'rm-site'}, article.siteName) : null,
           h('h1', {class: 'rm-title', id: 'rm-title'}, article.title || document.title || format.text('untitled')),
           meta.length ? h('p', {class: 'rm-meta'}, ...meta) : null);
}

// The lead image, unless the article shows it already (the core decides:
// `leadImageInContent`, the same rule for its standalone page).
function buildLeadImage(article) {
  if (!article.leadImage || article.leadImageInContent) return null;
  let lead;
  try {
    lead = new URL(article.leadImage, article.url || location.href);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(lead.protocol)) return null;
  return h('figure', {class: 'rm-lead'},
           h('img', {src: lead.href, alt: '', loading: 'eager', decoding: 'async'}),
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


// Keys the view answers while it has focus (outside form controls): + and −
// change the text size; Escape closes a panel, leaves picker mode, or closes.
function isFormControl(el) {
  return ['input', 'select', 'textarea'].includes(el?.localName) || el?.isContentEditable;
}

// Builds the view for `result` (the core's JSON, parsed). Returns a handle
// with show() and close(); `onClose` runs when the view asks to close
// (its close button, Escape).
// `alwaysOpen`: the site's "always open" choice; `setAlwaysOpen(on)` asks the
// background to change it (reply {alwaysOpen, askingPermission}).
// `loadExports()`: resolves with the core's result including `markdown` and
// `readerPage` when `result` lacks them.
function open(result, s, {onClose, restoredKeys = new Set(), alwaysOpen = false, setAlwaysOpen = null,
                          loadExports = null}) {
  const host = document.createElement(kHostTag);
  styleHost(host);
  host.dataset.state = 'rendering';

  const hostname = format.hostnameOf(result.url || location.href);
  const contentEl = h('div', {class: 'rm-content'});
  contentEl.append(fragment.parse(result.content || ''));
  const blocksParent = contentBlocksParent(contentEl);
  deferLongArticle(blocksParent);
  hideBrokenImages(contentEl);
  markStandfirst(contentEl, result.excerpt);

  // Not an article (the core's pre-check), or nothing found: a polite message
  // in place; what text there is stays one click away.
  const hasText = Boolean(contentEl.textContent.trim() || contentEl.querySelector('img'));
  let notArticle = null;
  if (!hasText || result.readerable === false) {
    const why = !hasText && result.error ? `${format.text('noArticleText')} (${result.error})` : format.text('noArticleText');
    notArticle = h('section', {class: 'rm-not-article', 'aria-labelledby': 'rm-not-article-title'},
                   h('h2', {id: 'rm-not-article-title'}, format.text('notArticleTitle')),
                   h('p', {}, hasText ? format.text('notArticleBody') : why),
                   hasText ? h('button', {type: 'button', class: 'rm-btn rm-restore', 'data-action': 'show-anyway'},
                               'Show the text it found') : null);
    contentEl.hidden = true;
  }

  const lead = buildLeadImage(result);
  if (lead) hideBrokenImages(lead);
  const articleEl = h('article', {class: 'rm-article', tabindex: '-1', 'aria-labelledby': 'rm-title'},
                      buildHeader(result), notArticle, lead, contentEl);
  const status = h('p', {class: 'rm-status', role: 'status', 'aria-live': 'polite'});
  const panel = removedPanel.build({result, blocksParent, hostname, h, status, restoredKeys});
  const footer = h('footer', {class: 'rm-footer'}, panel.element,
                   result.url ? h('p', {class: 'rm-source'}, `${format.text('source')} `,
                                  h('a', {href: result.url, rel: 'noopener noreferrer'}, hostname || result.url)) : null,
                   status);
  // lang and dir of the article: hyphenation, voices, right-to-left layout.
  const page = h('main', {class: 'rm-page', lang: result.lang || null, dir: result.dir || null}, articleEl, footer);
  const scroller = h('div', {class: 'rm-scroll'}, page);

  let current = s;
  let closed = false;
  const ui = controls.build({h, hostname, lang: result.lang || document.documentElement.lang || '', s, ranges: settingsStore.kRanges, choices: settingsStore.kChoices,
                             onSetting: (partial) => update(partial),
                             alwaysOpen: setAlwaysOpen ? alwaysOpen : null});
  const root = h('div', {class: 'rm-root'}, ui.toolbar, scroller);
  applySettings(root, s);
  ui.sync(s);
  host.append(root);

  const pick = picker.create({articleEl: contentEl, hostname, status,
                              onStop: () => ui.toolbar.querySelector('[data-action=pick]').setAttribute('aria-pressed', 'false')});
  const speech = readAloud.create({
    articleEl: contentEl, scroller, lang: result.lang || document.documentElement.lang || '',
    getSettings: () => current,
    onChange: (state) => ui.setSpeech(state, current.voice),
  });
  ui.setSpeech(speech.state(), current.voice);

  // Applied at once; stored once the person pauses (a slider moved with the
  // keyboard would otherwise write dozens of times a second, past
  // storage.sync's write quota).
  let pendingSave = null;
  let saveTimer = 0;
  function flushSave() {
    clearTimeout(saveTimer);
    if (!pendingSave) return;
    const partial = pendingSave;
    pendingSave = null;
    settingsStore.save(partial);
  }
  function update(partial) {
    current = settingsStore.normalize({...current, ...partial});
    applySettings(root, current);
    ui.sync(current);
    pendingSave = {...pendingSave, ...partial};
    clearTimeout(saveTimer);
    saveTimer = setTimeout(flushSave, kSaveDelayMs);
  }

  async function toggleAlwaysOpen(button) {
    const on = button.getAttribute('aria-pressed') !== 'true';
    let reply;
    try {
      reply = await setAlwaysOpen(on);
    } catch (error) {
      reply = {error: String(error?.message ?? error)};
    }
    button.setAttribute('aria-pressed', String(Boolean(reply?.alwaysOpen)));
    status.textContent = reply?.error ? `Could not change this: ${reply.error}`
      : reply?.askingPermission ? `To open by itself on ${hostname}, reader view needs your permission: see the tab that just opened.`
      : reply?.alwaysOpen ? `Reader view will open by itself on ${hostname}’s articles.`
      : `Reader view will no longer open by itself on ${hostname}.`;
  }

  const say = (text) => {
    status.textContent = text;
  };

  // The core's Markdown and standalone page, asked for once, when the export
  // menu first opens (they are not part of the first clean: see toggle.js).
  let exportsPromise = null;
  function exports() {
    exportsPromise ??= (typeof result.markdown === 'string' || !loadExports ? Promise.resolve(result)
      : loadExports().catch((error) => {
        exportsPromise = null;  // the next export tries again
        console.warn('reader mode: export:', error?.message ?? error);
        return {};
      }));
    return exportsPromise;
  }

  async function exportAs(action) {
    const title = result.title || document.title;
    ui.togglePanel(null, false);  // the choice is made: the menu closes
    const formats = action === 'print' ? {} : await exports();
    const markdown = typeof formats.markdown === 'string' ? formats.markdown : null;
    const readerPage = typeof formats.readerPage === 'string' ? formats.readerPage : null;
    if (action === 'copy-markdown' && markdown !== null) {
      say(await exporter.copyText(markdown, host) ? 'Copied the article as Markdown.' : 'Copying was refused by the browser.');
    } else if (action === 'save-markdown' && markdown !== null) {
      exporter.saveFile(exporter.fileName(title, 'md'), 'text/markdown', markdown);
      say('Saved the article as Markdown.');
    } else if (action === 'save-html' && readerPage !== null) {
      exporter.saveFile(exporter.fileName(title, 'html'), 'text/html', readerPage);
      say('Saved the article as a web page.');
    } else if (action === 'print') {
      window.print();
    } else {
      say('This export is not available for this page.');
    }
  }

  const speechAvailable = () => !['unavailable', 'checking'].includes(speech.state().status);

  root.addEventListener('click', (event) => {
    // Only the person's own clicks act: a page script's synthetic events cannot.
    if (!event.isTrusted) return;
    const action = event.target.closest?.('[data-action]')?.dataset.action;
    if (!action) {
      // A click on a paragraph while reading aloud continues from there.
      if (!pick.active && contentEl.contains(event.target) && !event.target.closest('a') &&
          ['playing', 'paused'].includes(speech.state().status)) {
        speech.startFrom(event.target);
      }
      return;
    }
    if (action === 'close') onClose();
    else if (action === 'auto') toggleAlwaysOpen(event.target.closest('[data-action]'));
    else if (action === 'smaller') update({fontSize: current.fontSize - kFontSizeStep});
    else if (action === 'larger') update({fontSize: current.fontSize + kFontSizeStep});
    else if (action === 'appearance') ui.togglePanel(action);
    else if (action === 'export') {
      exports();
      ui.togglePanel(action);
    }
    else if (action === 'speak' && speechAvailable()) speech.toggle();
    else if (action === 'speak-previous' && speechAvailable()) speech.previous();
    else if (action === 'speak-next' && speechAvailable()) speech.next();
    else if (action === 'show-anyway') {
      contentEl.hidden = false;
      notArticle?.remove();
      speech.refresh();
      contentEl.querySelector('p, h2, h3, li')?.scrollIntoView({block: 'nearest'});
    } else if (['copy-markdown', 'save-markdown', 'save-html', 'print'].includes(action)) {
      exportAs(action);
    } else if (action === 'pick') {
      const on = !pick.active;
      if (on) pick.start(); else pick.stop();
      ui.toolbar.querySelector('[data-action=pick]').setAttribute('aria-pressed', String(on));
    }
  });
  // A restored or picked block changes what is read aloud.
  new MutationObserver(() => speech.refresh()).observe(blocksParent, {childList: true});

  const onKey = (event) => {
    if (closed || !event.isTrusted) return;
    const inForm = isFormControl(event.composedPath?.()[0] ?? event.target);
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      const openPanel = ui.toolbar.querySelector('[aria-expanded=true]');
      if (openPanel) {
        ui.togglePanel(null, false);
        openPanel.focus();
      } else if (pick.active) {
        pick.stop();
      } else {
        onClose();
      }
      return;
    }
    if (inForm || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      update({fontSize: current.fontSize + kFontSizeStep});
    } else if (event.key === '-' || event.key === '−' || event.key === '_') {
      event.preventDefault();
      update({fontSize: current.fontSize - kFontSizeStep});
    }
  };
  root.addEventListener('keydown', onKey);
  const stopAtHost = (event) => event.stopPropagation();
  for (const type of kIsolatedKeyEvents) host.addEventListener(type, stopAtHost);
  // Appearance changed elsewhere (options page, another tab): follow it.
  const stopWatching = api.onStorageChanged((changes) => {
    if (!changes.settings) return;
    settingsStore.load().then((next) => {
      if (closed || pendingSave) return;  // our own change is on its way
      current = next;
      applySettings(root, current);
      ui.sync(current);
    });
  });
  // Escape while focus is still outside the view (e.g. on <body>).
  const onWindowKey = (event) => {
    if (event.key === 'Escape') onKey(event);
  };
  window.addEventListener('keydown', onWindowKey, true);

  panel.applyRemembered();
  let unadopt = () => {};

  return {
    host,
    // Attaches the view (after the caller hid the page) and moves focus into
    // the article, so the keyboard scrolls it and a screen reader starts there.
    show() {
      unadopt = adoptStyles(host);
      hostParent().append(host);
      host.dataset.state = 'ready';
      articleEl.focus({preventScroll: true});
    },
    close() {
      flushSave();
      closed = true;
      stopWatching();
      speech.destroy();
      pick.stop();
      window.removeEventListener('keydown', onWindowKey, true);
      host.remove();
      unadopt();
    },
  };
}

export {open, prepare};
