// End to end in Chromium: the built extension (build-wasm/extension) on the
// theweek fixture served with a strict CSP; toolbar click -> reader view ->
// removed items / restore / picker -> click -> the page exactly as before.
//
//   node --test tests/e2e/   (READER_WASM_BUILD_DIR, READER_E2E_OUT, READER_CHROMIUM override paths)
'use strict';
const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const {execFile} = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const {promisify} = require('node:util');

const paths = require('./paths');
const {launch, clickAction, inShadow, clickInShadow, accessibleNames, waitForView} = require('./browser');
const {serveFixture, openInFront} = require('./fixture_server');

const expected = JSON.parse(fs.readFileSync(paths.expected, 'utf8'));
// The page is served from 127.0.0.1 under its real host name (Chromium maps the
// name), so the core sees the URL it was written for and site rules apply.
const kHost = new URL(expected.url).hostname;
const kPath = new URL(expected.url).pathname;
// How far the page is scrolled before the reader view opens: restore must put it back.
const kScrollY = 640;
const kWarmRuns = 5;

let server;
let port;
let browser;
let page;
let pageUrl;
const timings = {cold: null, warm: []};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

before(async () => {
  paths.requireBuiltExtension();
  fs.mkdirSync(paths.out, {recursive: true});
  server = await serveFixture({path: kPath});
  port = server.port;
  pageUrl = `http://${kHost}:${port}${kPath}`;
  browser = await launch({extensionDir: paths.extension, hostResolverRules: `MAP ${kHost} 127.0.0.1`});
  page = await openInFront(browser.context, pageUrl);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (timings.cold !== null) {
    console.log(`# click -> reader view: cold ${timings.cold.toFixed(0)} ms, warm median ` +
                `${median(timings.warm).toFixed(0)} ms (${timings.warm.map((t) => t.toFixed(0)).join(', ')})`);
  }
  console.log(`# screenshots in ${paths.out}`);
});

async function toggle(open) {
  const start = performance.now();
  await clickAction(browser, pageUrl);
  await waitForView(page, open);
  return performance.now() - start;
}

const pageSnapshot = () => page.evaluate(() => ({
  html: document.documentElement.outerHTML,
  scrollY: window.scrollY,
  adopted: document.adoptedStyleSheets.length,
}));

const viewText = (selector = '.rm-root') =>
  inShadow(page, 'function (s) { return this.querySelector(s)?.textContent ?? null; }', [selector]);

// outerHTML before and after must be identical; on failure, show where they part.
function assertSameHtml(actual, expected) {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) ++i;
  assert.fail(`page differs at ${i}: now ${JSON.stringify(actual.slice(Math.max(0, i - 80), i + 80))}, ` +
              `was ${JSON.stringify(expected.slice(Math.max(0, i - 80), i + 80))}`);
}

const normalize = (s) => String(s).replace(/\s+/g, ' ').trim();

test('reader view: article shown, clutter gone, page hidden from AT, restored exactly', async (t) => {
  await page.evaluate((y) => window.scrollTo(0, y), kScrollY);
  const beforeOpen = await pageSnapshot();
  assert.ok(beforeOpen.scrollY > 0, 'the fixture page scrolls');

  timings.cold = await toggle(true);

  await t.test('the view is ordinary DOM: other scripts read its text by plain traversal', async () => {
    const seen = await page.evaluate((tag) => {
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement.closest(tag)) text += n.data;
      return {shadow: document.querySelector(tag).shadowRoot, text: text.replace(/\s+/g, ' ')};
    }, 'reader-mode-view');
    assert.equal(seen.shadow, null);
    assert.ok(seen.text.includes(normalize(expected.content_must_contain[0]).slice(0, 40)), seen.text.slice(0, 200));
  });

  await t.test('title, byline and paragraphs are shown', async () => {
    const title = normalize(await viewText('.rm-title'));
    assert.equal(title, expected.title);
    assert.match(await viewText('.rm-meta'), new RegExp(expected.byline_contains));
    assert.match(await viewText('.rm-meta'), /\d+ min read/);
    assert.match(await viewText('.rm-site'), new RegExp(expected.siteName));
    const body = normalize(await viewText('.rm-content'));
    for (const s of expected.content_must_contain) assert.ok(body.includes(s), `article shows "${s}"`);
    const paragraphs = await inShadow(page, 'function () { return this.querySelectorAll(".rm-content p").length; }');
    assert.ok(paragraphs >= 3, `${paragraphs} paragraphs`);
  });

  await t.test('no clutter in the rendered view', async () => {
    const text = normalize(await inShadow(page, `function () {
      const root = this.querySelector('.rm-root').cloneNode(true);
      root.querySelector('.rm-removed-list')?.remove();  // the list of removed items, collapsed
      return root.textContent;
    }`));
    for (const s of expected.content_must_not_contain) assert.ok(!text.includes(s), `view must not show "${s}"`);
  });

  await t.test('assistive technology gets the reader view, not the page', async () => {
    const names = await accessibleNames(page);
    const all = names.map((n) => n.name).join('\n');
    assert.ok(names.some((n) => n.role === 'heading' && normalize(n.name) === expected.title), 'title heading');
    assert.ok(all.includes(expected.content_must_contain[0].slice(0, 40)), 'article text');
    for (const s of expected.content_must_not_contain) assert.ok(!all.includes(s), `AX tree must not contain "${s}"`);
    // The page's own navigation/footer: hidden behind aria-hidden + inert.
    assert.ok(!names.some((n) => n.role === 'navigation' && !/Reader view/.test(n.name)), 'no page navigation landmark');
  });

  await page.screenshot({path: path.join(paths.out, 'reader.png'), caret: 'initial'});

  await t.test('"N items removed" with categories; restore puts a block back where it stood', async () => {
    const summary = normalize(await viewText('.rm-removed-toggle'));
    const m = /^(\d+) items? removed/.exec(summary);
    assert.ok(m, summary);
    const count = Number(m[1]);
    assert.ok(count >= expected.removed_categories_at_least.length, summary);
    for (const c of expected.removed_categories_at_least) assert.ok(summary.includes(c), `"${summary}" names ${c}`);

    await clickInShadow(page, '.rm-removed-toggle');
    const items = await inShadow(page, `function () {
      return [...this.querySelectorAll('.rm-removed-item')].map((li) => ({
        category: li.querySelector('.rm-cat').textContent,
        preview: li.querySelector('.rm-preview').textContent,
        visible: li.getBoundingClientRect().height > 0,
      }));
    }`);
    assert.equal(items.length, count);
    assert.ok(items.every((i) => i.visible), 'the list opens');

    const beforeRestore = await inShadow(page, 'function () { return this.querySelectorAll(".rm-restored").length; }');
    assert.equal(beforeRestore, 0);
    await clickInShadow(page, '.rm-restore');
    const restored = await inShadow(page, `function () {
      const blocks = [...this.querySelectorAll('.rm-restored')];
      return blocks.map((b) => b.textContent.replace(/\\s+/g, ' ').trim());
    }`);
    assert.equal(restored.length, 1);
    // It stands where the core found it: before top-level block number `anchor`
    // of the article (or after the last one for -1).
    const placement = await inShadow(page, `function () {
      const block = this.querySelector('.rm-restored');
      const siblings = [...block.parentElement.children].filter((e) => !e.classList.contains('rm-restored'));
      const before = siblings.filter((e) => e.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING).length;
      return {anchor: Number(block.dataset.rmAnchor), before, total: siblings.length};
    }`);
    assert.equal(placement.before, placement.anchor === -1 ? placement.total : placement.anchor, JSON.stringify(placement));
    const previewWords = items[0].preview.replace(/…$/, '').trim().slice(0, 30);
    assert.ok(restored[0].includes(previewWords), `restored block "${restored[0].slice(0, 80)}" holds "${previewWords}"`);
    const remembered = await browser.worker.evaluate(() => chrome.storage.local.get('restored'));
    assert.equal(Object.keys(remembered.restored ?? {}).length, 1, 'the restore is remembered for the site');
    assert.ok(remembered.restored[kHostFor(pageUrl)], JSON.stringify(remembered));

    await inShadow(page, 'function () { this.querySelector(".rm-restored").scrollIntoView({block: "center"}); }');
    await page.screenshot({path: path.join(paths.out, 'reader-restored-item.png'), caret: 'initial'});
    // Hide it again: storage forgets it, the view drops the block.
    await clickInShadow(page, '.rm-restore');
    assert.equal(await inShadow(page, 'function () { return this.querySelectorAll(".rm-restored").length; }'), 0);
    const forgotten = await browser.worker.evaluate(() => chrome.storage.local.get('restored'));
    assert.deepEqual(forgotten.restored ?? {}, {});
  });

  await toggle(false);

  await t.test('closing gives the page back exactly', async () => {
    const afterClose = await pageSnapshot();
    assert.equal(afterClose.scrollY, beforeOpen.scrollY);
    assert.equal(afterClose.adopted, beforeOpen.adopted);
    assertSameHtml(afterClose.html, beforeOpen.html);
  });
  await page.screenshot({path: path.join(paths.out, 'restored.png'), caret: 'initial'});
});

function kHostFor(url) {
  return new URL(url).hostname;
}

test('a remembered restore is re-applied on the next visit', async () => {
  await toggle(true);
  await clickInShadow(page, '.rm-removed-toggle');
  await clickInShadow(page, '.rm-restore');
  await toggle(false);
  await toggle(true);
  const restored = await inShadow(page, 'function () { return this.querySelectorAll(".rm-restored").length; }');
  assert.equal(restored, 1);
  await clickInShadow(page, '.rm-removed-toggle');
  await clickInShadow(page, '.rm-restore');  // forget it again
  await toggle(false);
});

test('warm clicks, and Escape closes the view', async () => {
  const beforeOpen = await pageSnapshot();
  for (let i = 0; i < kWarmRuns; ++i) {
    timings.warm.push(await toggle(true));
    await toggle(false);
  }
  await toggle(true);
  // A+ grows the text and is remembered; a change made elsewhere (options
  // page) reaches the open view.
  const fontSize = () => inShadow(page, 'function () { return getComputedStyle(this.querySelector(".rm-root")).fontSize; }');
  assert.equal(await fontSize(), '19px');
  await clickInShadow(page, '[data-action=larger]');
  assert.equal(await fontSize(), '20px');
  // Settings live in storage.sync, stored shortly after the last change.
  for (let tries = 0; tries < 50; ++tries) {
    const {settings} = await browser.worker.evaluate(() => chrome.storage.sync.get('settings'));
    if (settings?.fontSize === 20) break;
    assert.ok(tries < 49, 'font size saved');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await browser.worker.evaluate(() => chrome.storage.sync.get('settings').then(({settings}) =>
    chrome.storage.sync.set({settings: {...settings, theme: 'sepia'}, settingsSavedAt: Date.now()})));
  let theme = null;
  for (let tries = 0; tries < 50 && theme !== 'sepia'; ++tries) {
    theme = await inShadow(page, 'function () { return this.querySelector(".rm-root").dataset.theme; }');
  }
  assert.equal(theme, 'sepia');
  await page.screenshot({path: path.join(paths.out, 'reader-sepia.png'), caret: 'initial'});
  await browser.worker.evaluate(() => chrome.storage.sync.remove(['settings', 'settingsSavedAt']));
  for (let tries = 0; tries < 50 && theme !== 'auto'; ++tries) {
    theme = await inShadow(page, 'function () { return this.querySelector(".rm-root").dataset.theme; }');
  }
  assert.equal(theme, 'auto');
  // The automatic theme follows the system's dark mode.
  await page.emulateMedia({colorScheme: 'dark'});
  const background = await inShadow(page, 'function () { return getComputedStyle(this.querySelector(".rm-root")).backgroundColor; }');
  assert.equal(background, 'rgb(27, 28, 30)');
  await page.screenshot({path: path.join(paths.out, 'reader-dark.png'), caret: 'initial'});
  await page.emulateMedia({colorScheme: 'light'});
  await page.keyboard.press('Escape');
  await waitForView(page, false);
  const afterClose = await pageSnapshot();
  assertSameHtml(afterClose.html, beforeOpen.html);
  assert.equal(afterClose.scrollY, beforeOpen.scrollY);
});

test('"Remove this…" saves a site rule and takes the block out', async () => {
  await toggle(true);
  // Two picks: the standfirst, whose page element has a class (-> a class
  // selector), and the last paragraph, which has none (-> :has-text()).
  const targets = await inShadow(page, `function () {
    const ps = [...this.querySelectorAll('.rm-content p')];
    const first = ps[0];
    const last = ps[ps.length - 1];
    first.dataset.e2eTarget = 'first';
    last.dataset.e2eTarget = 'last';
    const text = (p) => p.textContent.replace(/\\s+/g, ' ').trim();
    return {first: text(first), last: text(last)};
  }`);
  for (const which of ['first', 'last']) {
    await clickInShadow(page, '[data-action=pick]');
    await clickInShadow(page, `[data-e2e-target=${which}]`);
  }
  // Both rules land in storage (the writes are queued, not racing).
  let userRules = '';
  for (let tries = 0; tries < 50 && userRules.trim().split('\n').length < 2; ++tries) {
    ({userRules = ''} = await browser.worker.evaluate(() => chrome.storage.local.get('userRules')));
  }
  const rules = userRules.trim().split('\n');
  assert.equal(rules.length, 2, userRules);
  assert.equal(rules[0], `${kHost}##p.strapline`);
  assert.ok(rules[1].startsWith(`${kHost}##p:has-text(${targets.last.slice(0, 20)}`), rules[1]);
  const text = normalize(await viewText('.rm-content'));
  assert.ok(!text.includes(targets.first) && !text.includes(targets.last), 'the picked blocks left the view');
  assert.match(await viewText('.rm-status'), /Saved rule/);

  // Next time the core removes them itself, as user rules. (The core starts
  // cleaning with the last rules it saw, none here; the view must show the
  // clean with the rules this opening sent.)
  await toggle(false);
  await toggle(true);
  const again = normalize(await viewText('.rm-content'));
  assert.ok(!again.includes(targets.first), `"${rules[0]}" removes the standfirst on the next visit`);
  assert.ok(!again.includes(targets.last), `"${rules[1]}" removes the paragraph on the next visit`);
  assert.match(normalize(await viewText('.rm-removed-toggle')), /2 blocks you removed/);
  // And the other way: the rules gone, the blocks are back (the core's guess
  // is now the two rules).
  await toggle(false);
  await browser.worker.evaluate(() => chrome.storage.local.remove('userRules'));
  await toggle(true);
  const back = normalize(await viewText('.rm-content'));
  assert.ok(back.includes(targets.first) && back.includes(targets.last), 'without the rules the blocks are back');
  await toggle(false);
});

test('the core’s offscreen document closed: the next click brings it back and the view opens', async () => {
  const offscreenCount = () => browser.worker.evaluate(
    async () => (await chrome.runtime.getContexts({contextTypes: ['OFFSCREEN_DOCUMENT']})).length);
  assert.equal(await offscreenCount(), 1, 'the core runs in an offscreen document');
  // As the browser may do, or as right after start-up before it has loaded:
  // the content script finds nothing serving the page, the background brings
  // the document back, and the request is sent again.
  await browser.worker.evaluate(() => chrome.offscreen.closeDocument());
  assert.equal(await offscreenCount(), 0);
  await toggle(true);
  const text = normalize(await viewText('.rm-content'));
  assert.ok(text.includes(normalize(expected.content_must_contain[0]).slice(0, 40)), text.slice(0, 200));
  assert.equal(await offscreenCount(), 1, 'the document is back');
  await toggle(false);
});

test('options page: the WASM core checks user rules as they are typed', async () => {
  const options = await browser.context.newPage();
  try {
    await options.goto(`chrome-extension://${browser.extensionId}/options/options.html`);
    await options.fill('#user-rules', `${kHost}##p:bogus-pseudo(1)\n! a comment\n${kHost}##.promo\n`);
    await options.waitForSelector('#rule-errors li', {timeout: 10000});
    const errors = await options.$$eval('#rule-errors li', (lis) => lis.map((li) => li.textContent));
    await options.screenshot({path: path.join(paths.out, 'options.png'), fullPage: true, caret: 'initial'});
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.match(errors[0], /^line 1\b/);
    await options.fill('#user-rules', `${kHost}##.promo\n`);
    await options.waitForFunction(() => !document.querySelector('#rule-errors li'), null, {timeout: 10000});
    await options.click('#rules-save');
    await options.waitForFunction(() => document.querySelector('#rules-status').textContent === 'Saved.');
    const {userRules} = await browser.worker.evaluate(() => chrome.storage.local.get('userRules'));
    assert.equal(userRules, `${kHost}##.promo\n`);
    await browser.worker.evaluate(() => chrome.storage.local.remove('userRules'));
  } finally {
    await options.close();
  }
});

test('the keyboard shortcut Alt+Shift+U is assigned to the toolbar action', async () => {
  const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
  const action = commands.find((c) => c.name === '_execute_action');
  assert.equal(action?.shortcut, 'Alt+Shift+U', JSON.stringify(commands));
});

test('web-ext lint: no errors', async () => {
  assert.ok(fs.existsSync(paths.webExt), `web-ext is not installed: run \`npm ci\` in ${path.dirname(path.dirname(paths.webExt))}`);
  let stdout;
  try {
    ({stdout} = await promisify(execFile)(paths.webExt, ['lint', '--source-dir', paths.extension, '--output', 'json', '--no-config-discovery'],
                                          {maxBuffer: 16 << 20}));
  } catch (error) {
    stdout = error.stdout;  // exits non-zero when there are errors
  }
  const report = JSON.parse(stdout);
  assert.deepEqual(report.errors.map((e) => `${e.code}: ${e.message} (${e.file})`), []);
  assert.equal(report.summary.errors, 0);
});
