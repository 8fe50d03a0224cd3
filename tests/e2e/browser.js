// Drives Chromium with the built extension loaded: launch, click the toolbar
// button through CDP, and look inside the reader view's closed shadow root.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const paths = require('./paths');

const kHostTag = 'reader-mode-view';

// `otherExtensions`: more unpacked extensions to load alongside ours (the
// person's other extensions); ours must be the only one with a service worker.
// `args`: more Chromium switches (e.g. --enable-speech-dispatcher for voices).
async function launch({extensionDir, hostResolverRules, otherExtensions = [], args = []}) {
  const all = [extensionDir, ...otherExtensions].join(',');
  const {chromium} = paths.requireDependency('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: paths.chromium,
    headless: true,
    viewport: {width: 1100, height: 900},
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${all}`, `--load-extension=${all}`,
      ...(hostResolverRules ? [`--host-resolver-rules=${hostResolverRules}`] : []),
      ...args,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const browserSession = await context.browser().newBrowserCDPSession();
  return {
    context,
    worker,
    extensionId,
    browserSession,
    async close() {
      await context.close();
      fs.rmSync(profile, {recursive: true, force: true});
    },
  };
}

// Clicks the extension's toolbar button for the tab showing `url`: the real
// action path (action.onClicked, activeTab granted). Needs the TAB target id.
async function clickAction(browser, url) {
  const {targetInfos} = await browser.browserSession.send('Target.getTargets', {filter: [{type: 'tab'}]});
  const tabs = targetInfos.filter((t) => t.url === url);
  const tab = tabs.find((t) => t.embedderData?.tabActive) ?? tabs[0];
  if (!tab) throw new Error(`no tab target for ${url}: ${JSON.stringify(targetInfos.map((t) => t.url))}`);
  await browser.browserSession.send('Extensions.triggerAction', {id: browser.extensionId, targetId: tab.targetId});
}

// Runs `fn` (source text of `function () {...}`) with `this` = the view's root
// node (its host element: the view is ordinary DOM; a shadow root if a build
// puts one there); returns its JSON-serialisable value, or null without a view.
async function inShadow(page, fn, args = []) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const {root} = await cdp.send('DOM.getDocument', {depth: -1, pierce: true});
    const stack = [root];
    let shadowId = null;
    while (stack.length && shadowId === null) {
      const node = stack.pop();
      if (node.localName === kHostTag) shadowId = (node.shadowRoots?.[0] ?? node).backendNodeId;
      for (const child of node.children ?? []) stack.push(child);
    }
    if (shadowId === null) return null;
    const {object} = await cdp.send('DOM.resolveNode', {backendNodeId: shadowId});
    const {result, exceptionDetails} = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({value})),
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

// Clicks, with the mouse, the first element matching `selector` in the view.
async function clickInShadow(page, selector) {
  const box = await inShadow(page, `function (sel) {
    const el = this.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({block: 'center'});
    const r = el.getBoundingClientRect();
    return {x: r.x + r.width / 2, y: r.y + r.height / 2};
  }`, [selector]);
  if (!box) throw new Error(`nothing matches ${selector} in the reader view`);
  await page.mouse.click(box.x, box.y);
}

// The names a screen reader would be given: the non-ignored nodes of the
// tab's accessibility tree (shadow roots included).
async function accessibleNames(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const {nodes} = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((n) => !n.ignored).map((n) => ({role: n.role?.value, name: String(n.name?.value ?? '')}));
  } finally {
    await cdp.detach();
  }
}

async function viewState(page) {
  return page.evaluate((tag) => document.querySelector(tag)?.dataset.state ?? 'none', kHostTag);
}

async function waitForView(page, open) {
  await page.waitForFunction(
    ([tag, want]) => (want ? document.querySelector(tag)?.dataset.state === 'ready' : !document.querySelector(tag)),
    [kHostTag, open], {polling: 5, timeout: 15000});
}

module.exports = {kHostTag, launch, clickAction, inShadow, clickInShadow, accessibleNames, viewState, waitForView};
