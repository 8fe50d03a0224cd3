// End to end in Chromium: per-site memory and "always open in reader view on
// this site", the options page's Sites section, and restricted pages.
//
// Headless Chromium cannot answer a permission prompt, so this test runs a
// COPY of the built extension whose manifest already holds the test site's
// host permission: permissions.request then resolves without a prompt, and
// everything else (the view's button, the options page's request in a click
// handler, the registered content script, deletion, bounds) runs as shipped.
'use strict';
const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const paths = require('./paths');
const {launch, clickAction, clickInShadow, inShadow, waitForView, kHostTag} = require('./browser');
const {serveFixture, openInFront} = require('./fixture_server');

const expected = JSON.parse(fs.readFileSync(paths.expected, 'utf8'));
const kHost = new URL(expected.url).hostname;
const kPath = new URL(expected.url).pathname;
// How long a page is given to open the view by itself before we say it did not.
const kNoAutoOpenMs = 1500;

let server;
let browser;
let page;
let pageUrl;
let extensionCopy;

function copyWithSitePermission() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-e2e-sites-ext-'));
  fs.cpSync(paths.extension, dir, {recursive: true});
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [`*://${kHost}/*`];
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

before(async () => {
  paths.requireBuiltExtension();
  fs.mkdirSync(paths.out, {recursive: true});
  server = await serveFixture();
  pageUrl = `http://${kHost}:${server.port}${kPath}`;
  extensionCopy = copyWithSitePermission();
  browser = await launch({extensionDir: extensionCopy, hostResolverRules: `MAP ${kHost} 127.0.0.1`});
  page = await openInFront(browser.context, pageUrl);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (extensionCopy) fs.rmSync(extensionCopy, {recursive: true, force: true});
});

// The extension's own view of things, from its service worker.
const inWorker = async (fn, arg) => {
  const worker = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId)) ?? browser.worker;
  return worker.evaluate(fn, arg);
};
const stored = () => inWorker(() => chrome.storage.local.get(['sites', 'restored', 'userRules']));
const registeredMatches = () => inWorker(async () =>
  (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches));
// The registration follows the stored choice asynchronously (the options page
// shows the choice once storage has it): wait up to 5 s for it to settle on
// `want`, then return what is registered.
async function settledMatches(want) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const got = await registeredMatches();
    if (JSON.stringify(got) === JSON.stringify(want) || Date.now() > deadline) return got;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function expectNoView() {
  await page.waitForTimeout(kNoAutoOpenMs);
  assert.equal(await page.evaluate((tag) => Boolean(document.querySelector(tag)), kHostTag), false);
}

async function openOptions(hash = '') {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options/options.html${hash}`);
  await options.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  return options;
}

test('always open on this site, review and delete, bounds', async (t) => {
  await clickAction(browser, pageUrl);
  await waitForView(page, true);

  await t.test("the view's button turns 'always open' on for this site", async () => {
    assert.equal(await inShadow(page, 'function () { return this.querySelector("[data-action=auto]").getAttribute("aria-pressed"); }'), 'false');
    await clickInShadow(page, '[data-action=auto]');
    await page.waitForFunction((tag) =>
      document.querySelector(`${tag} [data-action=auto]`)?.getAttribute('aria-pressed') === 'true', kHostTag);
    const {sites} = await stored();
    assert.equal(sites[kHost].alwaysOpen, true);
    assert.ok(sites[kHost].touched > 0);
    assert.deepEqual(await settledMatches([`*://${kHost}/*`]), [`*://${kHost}/*`]);
  });

  // A restore and a picker rule for the site, to review below.
  await clickInShadow(page, '.rm-removed-toggle');
  await clickInShadow(page, '.rm-restore');
  await inWorker((host) => chrome.storage.local.set({userRules: `${host}##.promo-box\nother.example##.ad\n`}), kHost);
  await clickAction(browser, pageUrl);
  await waitForView(page, false);

  await t.test('the site opens in reader view by itself on the next visit', async () => {
    await page.reload({waitUntil: 'load'});
    await waitForView(page, true);
    // The restore is re-applied there too, and the button shows the choice.
    assert.equal(await inShadow(page, 'function () { return this.querySelectorAll(".rm-restored").length; }'), 1);
    assert.equal(await inShadow(page, 'function () { return this.querySelector("[data-action=auto]").getAttribute("aria-pressed"); }'), 'true');
    await page.screenshot({path: path.join(paths.out, 'reader-always-open.png'), caret: 'initial'});
    // The toolbar button closes a view the site opened by itself.
    await clickAction(browser, pageUrl);
    await waitForView(page, false);
  });

  await t.test('the options page lists what is kept for the site, and deletes it', async () => {
    const options = await openOptions();
    const row = await options.evaluate((host) => {
      const tr = document.querySelector(`#sites tr[data-site="${host}"]`);
      return tr && {always: tr.querySelector('input[type=checkbox]').checked,
                    cells: [...tr.children].map((c) => c.textContent.trim())};
    }, kHost);
    assert.ok(row, 'a row for the site');
    assert.equal(row.always, true);
    assert.equal(row.cells[2], '1', 'one restored block');
    assert.match(row.cells[3], /##\.promo-box/);
    await options.screenshot({path: path.join(paths.out, 'options-sites.png'), fullPage: true});
    await options.click(`#sites tr[data-site="${kHost}"] button`);
    await options.waitForFunction((host) => !document.querySelector(`#sites tr[data-site="${host}"]`), kHost);
    const after = await stored();
    assert.equal(after.sites?.[kHost], undefined);
    assert.equal(after.restored?.[kHost], undefined);
    assert.equal(after.userRules, 'other.example##.ad\n', "only the site's own rule is gone");
    await options.waitForFunction(() => true);
    assert.deepEqual(await settledMatches([]), []);
    await options.close();
    await page.reload({waitUntil: 'load'});
    await expectNoView();
  });

  await t.test('the options page asks for the permission in the click, at #site=', async () => {
    const options = await openOptions(`#site=${kHost}`);
    assert.equal(await options.isVisible('#site-ask'), true);
    await options.click('#site-ask-allow');
    await options.waitForFunction((host) => document.querySelector(`#sites tr[data-site="${host}"] input`)?.checked, kHost);
    assert.deepEqual(await settledMatches([`*://${kHost}/*`]), [`*://${kHost}/*`]);
    await options.close();
  });

  await t.test('per-site memory is bounded: the oldest sites are dropped, chosen ones kept', async () => {
    // 250 sites with a restore each, changed long ago.
    await inWorker(() => {
      const restored = {};
      const sites = {};
      for (let i = 0; i < 250; ++i) {
        restored[`site${i}.example`] = ['rule|00000000'];
        sites[`site${i}.example`] = {alwaysOpen: false, touched: 1000 + i};
      }
      return chrome.storage.local.get('sites').then((s) =>
        chrome.storage.local.set({restored, sites: {...sites, ...s.sites}}));
    });
    // A new choice in a reader view applies the bound.
    await page.reload({waitUntil: 'load'});
    await waitForView(page, true);
    await clickInShadow(page, '.rm-removed-toggle');
    await clickInShadow(page, '.rm-restore');
    await page.waitForTimeout(300);
    const {restored, sites} = await stored();
    const hosts = new Set([...Object.keys(restored), ...Object.keys(sites)]);
    assert.equal(hosts.size, 200);
    assert.ok(hosts.has(kHost), 'the site just changed is kept');
    assert.ok(!hosts.has('site0.example') && hosts.has('site249.example'), 'the oldest went first');
    assert.equal(sites[kHost].alwaysOpen, true);
  });
});

test('restricted pages: a polite note on the button, nothing broken', async () => {
  const restricted = await browser.context.newPage();
  await restricted.goto('chrome://version/');
  await restricted.bringToFront();
  await clickAction(browser, 'chrome://version/');
  const note = await (async () => {
    for (let i = 0; i < 100; ++i) {
      const n = await inWorker(async () => {
        const [tab] = await chrome.tabs.query({active: true, currentWindow: true});
        return {badge: await chrome.action.getBadgeText({tabId: tab.id}), title: await chrome.action.getTitle({tabId: tab.id})};
      });
      if (n.badge) return n;
      await new Promise((r) => setTimeout(r, 50));
    }
    return null;
  })();
  assert.ok(note, 'the button shows a note');
  assert.match(note.title, /can’t open on the browser’s own pages/);
  await restricted.close();
  // The extension still works on an ordinary page.
  await page.bringToFront();
  if (await page.evaluate((tag) => Boolean(document.querySelector(tag)), kHostTag)) {
    await clickAction(browser, pageUrl);
    await waitForView(page, false);
  }
  await clickAction(browser, pageUrl);
  await waitForView(page, true);
});
