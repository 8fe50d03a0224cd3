// End to end in Chromium: the reader view lives with the person's other
// extensions, and the page cannot disturb it.
//   - another extension (tests/e2e/fixtures/highlighter-extension: a content
//     script on every page that walks document.body and highlights a word where
//     it is visible) highlights a word of the article: it shows in the
//     screenshot and in the accessibility tree;
//   - the page's CSS does not apply to the view (a sheet it had, and one it adds
//     while the view is open);
//   - nodes the page's scripts insert later (a paywall overlay in <body>, a
//     widget in <html>) do not appear;
//   - the page's keyboard handlers do not fire while the view is open (and do
//     after it closes);
//   - untrusted (script-made) events trigger none of the view's actions.
'use strict';
const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const paths = require('./paths');
const {launch, clickAction, inShadow, accessibleNames, waitForView, kHostTag} = require('./browser');
const {serveFixture, openInFront} = require('./fixture_server');

const expected = JSON.parse(fs.readFileSync(paths.expected, 'utf8'));
const kHost = new URL(expected.url).hostname;
const kPath = new URL(expected.url).pathname;
// A word of the article (expected.content_must_contain) for the highlighter.
const kWord = 'geopolitical';
const kRed = 'rgb(255, 0, 0)';
const kBlue = 'rgb(0, 0, 255)';
const kHighlighter = path.join(__dirname, 'fixtures', 'highlighter-extension');

let server;
let browser;
let page;
let pageUrl;

before(async () => {
  paths.requireBuiltExtension();
  fs.mkdirSync(paths.out, {recursive: true});
  server = await serveFixture({path: kPath, extra: {'/late.css': {
    type: 'text/css',
    body: `p, h1, li { color: ${kBlue} !important; } ${kHostTag} { display: none !important; }`,
  }}});
  pageUrl = `http://${kHost}:${server.port}${kPath}?highlight=${kWord}`;
  browser = await launch({extensionDir: paths.extension, hostResolverRules: `MAP ${kHost} 127.0.0.1`,
                          otherExtensions: [kHighlighter]});
  page = await openInFront(browser.context, pageUrl);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// In the page's main world: what the page's own scripts can do.
const pageDo = (fn, arg) => page.evaluate(fn, arg);

test('the reader view with another extension, and a page that tries to disturb it', async (t) => {
  // Before opening: the page's keyboard handlers, and a page stylesheet that
  // would paint every paragraph red.
  await pageDo(([red]) => {
    window.pageKeys = 0;
    document.addEventListener('keydown', () => ++window.pageKeys);
    window.addEventListener('keyup', () => ++window.pageKeys);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`p, h1, li { color: ${red} !important; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, [kRed]);

  await clickAction(browser, pageUrl);
  await waitForView(page, true);

  await t.test("the page's stylesheets do not apply, nor one it adds while the view is open", async () => {
    const colorOf = () => pageDo((tag) => {
      const p = document.querySelector(`${tag} .rm-content p`);
      return {color: getComputedStyle(p).color, shown: document.querySelector(tag).checkVisibility()};
    }, kHostTag);
    const first = await colorOf();
    assert.notEqual(first.color, kRed);
    await pageDo(() => new Promise((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/late.css';
      link.onload = resolve;
      link.onerror = () => reject(new Error('late.css did not load'));
      document.head.append(link);
    }));
    const late = await colorOf();
    assert.deepEqual(late, first);
    assert.ok(late.shown, 'the view is still shown');
  });

  await t.test('nodes the page inserts later do not appear', async () => {
    await pageDo(() => {
      const overlay = (id) => {
        const el = document.createElement('div');
        el.id = id;
        el.textContent = `Subscribe now to keep reading (${id})`;
        el.setAttribute('style', 'position:fixed;inset:0;z-index:2147483647;background:rgb(255,0,0);' +
                                 'visibility:visible;content-visibility:visible;display:block');
        return el;
      };
      document.body.append(overlay('late-paywall'));
      document.documentElement.append(overlay('late-widget'));
    });
    // Let the page's observers and a frame run.
    await pageDo(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const top = await pageDo((tag) => {
      const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      return {inView: Boolean(el?.closest(tag)),
              paywall: document.getElementById('late-paywall').checkVisibility({visibilityProperty: true}),
              widget: document.getElementById('late-widget').checkVisibility({visibilityProperty: true})};
    }, kHostTag);
    assert.deepEqual(top, {inView: true, paywall: false, widget: false});
    const names = (await accessibleNames(page)).map((n) => n.name).join('\n');
    assert.ok(!names.includes('Subscribe now to keep reading'), 'the late nodes are not in the accessibility tree');
  });

  await t.test("the page's keyboard handlers do not fire while the view is open", async () => {
    for (const key of ['j', 'k', 'ArrowDown', 'Space', '/']) await page.keyboard.press(key);
    assert.equal(await pageDo(() => window.pageKeys), 0);
  });

  await t.test("untrusted events trigger none of the view's actions", async () => {
    const state = () => inShadow(page, `function () {
      return {
        listOpen: this.querySelector('.rm-removed')?.open ?? null,
        restored: this.querySelectorAll('.rm-restored').length,
        picking: this.querySelector('[data-action=pick]').getAttribute('aria-pressed'),
        fontSize: this.querySelector('.rm-root').style.getPropertyValue('--rm-font-size'),
      };
    }`);
    const before = await state();
    await pageDo((tag) => {
      const view = document.querySelector(tag);
      view.querySelector('.rm-removed-toggle').click();
      for (const b of view.querySelectorAll('.rm-restore')) b.click();
      for (const b of view.querySelectorAll('[data-action]')) {
        if (b.dataset.action !== 'close') b.click();
      }
      const article = view.querySelector('.rm-content p');
      article.dispatchEvent(new MouseEvent('click', {bubbles: true}));
      view.querySelector('[data-action=close]').click();
      const root = view.querySelector('.rm-root');
      root.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
      window.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
    }, kHostTag);
    assert.deepEqual(await state(), before);
    assert.ok(await pageDo((tag) => Boolean(document.querySelector(tag)), kHostTag), 'the view is still open');
    const rules = await browser.worker.evaluate(() => chrome.storage.local.get('userRules'));
    assert.equal(rules.userRules ?? '', '', 'no rule was written');
  });

  await t.test("another extension's content script highlights a word of the article", async () => {
    await page.waitForFunction((tag) => document.querySelector(`${tag} mark.test-highlighter`), kHostTag,
                               {polling: 20, timeout: 10000});
    const box = await pageDo((tag) => {
      const mark = document.querySelector(`${tag} mark.test-highlighter`);
      mark.scrollIntoView({block: 'center'});
      const r = mark.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return {x: r.x, y: r.y, width: r.width, height: r.height, text: mark.textContent, onTop: hit === mark};
    }, kHostTag);
    assert.equal(box.text, kWord);
    assert.ok(box.onTop, 'nothing covers the highlight');
    await page.screenshot({path: path.join(paths.out, 'reader-other-extension.png'), caret: 'initial'});
    // The highlight changes the pixels where it stands.
    const clip = {x: box.x, y: box.y, width: box.width, height: box.height};
    const withHighlight = await page.screenshot({clip});
    await pageDo((tag) => document.querySelector(`${tag} mark.test-highlighter`).style.setProperty('background', 'transparent'), kHostTag);
    const without = await page.screenshot({clip});
    await pageDo((tag) => document.querySelector(`${tag} mark.test-highlighter`).style.setProperty('background', 'rgb(255, 230, 0)'), kHostTag);
    assert.ok(!withHighlight.equals(without), 'the highlight shows in the screenshot');
    // Assistive technology gets it too: a mark holding the word.
    const cdp = await page.context().newCDPSession(page);
    const {nodes} = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const textOf = (n) => (n.role?.value === 'StaticText' ? n.name?.value ?? ''
                                                          : (n.childIds ?? []).map((id) => textOf(byId.get(id) ?? {})).join(''));
    // The highlighter's own mark (the page's copy of the word may sit in one too).
    const marks = nodes.filter((n) => !n.ignored && n.role?.value === 'mark' && n.backendDOMNodeId);
    assert.ok(marks.length, `a mark in the accessibility tree (roles: ${[...new Set(nodes.map((n) => n.role?.value))].join(', ')})`);
    const ours = await pageDo((tag) => {
      const mark = document.querySelector(`${tag} mark.test-highlighter`);
      return mark.textContent;
    }, kHostTag);
    assert.ok(marks.some((m) => textOf(m).trim() === ours), marks.map(textOf).join(' | '));
  });

  // Closing with a real Escape; afterwards the page's handlers work again.
  await page.keyboard.press('Escape');
  await waitForView(page, false);
  await t.test("the page's keyboard handlers fire again once the view is closed", async () => {
    await page.keyboard.press('j');
    assert.ok(await pageDo(() => window.pageKeys) > 0);
  });
});
