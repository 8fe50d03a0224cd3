// Drives Firefox (stock firefox-esr) over WebDriver BiDi with the built
// extension installed temporarily, unchanged: no test hook, no extra host
// permission. What BiDi has no command for is done the way Firefox's own
// tests do it, in the browser's chrome window (Firefox started with
// -remote-allow-system-access):
// - the toolbar button: the action's triggerAction(window), the path a click
//   on the button takes (fires action.onClicked and grants activeTab);
// - print media: the tab's BrowsingContext.mediumOverride, what the
//   developer tools' "simulate print media" sets.
// The person's clicks and keys in pages are BiDi input actions: the browser
// dispatches them as real input, so they are trusted (isTrusted true) and
// carry user activation, unlike a click() made by a script.
// The profile's prefs: downloads go to `downloadDir` without a dialog, the
// Clipboard API reads without the paste prompt, and optional permissions are
// granted without the doorhanger (the request path still runs).
'use strict';
const {spawn} = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const paths = require('./paths');

const kAddonId = 'reader-mode@example.org';
// Fixed moz-extension:// UUID, so the test knows the options page's URL.
const kAddonUuid = '6a1e0b3c-1111-4222-8333-444455556666';
const kLaunchTimeoutMs = 30000;
const kEventTimeoutMs = 15000;

function profilePrefs(downloadDir) {
  return {
    'extensions.webextensions.uuids': JSON.stringify({[kAddonId]: kAddonUuid}),
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'dom.events.testing.asyncClipboard': true,
    'extensions.webextOptionalPermissionPrompts': false,
  };
}

function webSocketClass() {
  if (globalThis.WebSocket) return globalThis.WebSocket;
  // Node 20 without --experimental-websocket: the `ws` bundled in playwright-core.
  return paths.requireDependency('playwright-core/lib/utilsBundle').ws;
}

// Runs in the chrome window: Firefox's own modules, not a web page's.
const kTriggerAction = `(contextId, addonId) => {
  const {NavigableManager} = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  const {ExtensionParent} = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const browser = NavigableManager.getBrowserById(contextId);
  if (!browser) throw new Error('no tab for context ' + contextId);
  window.gBrowser.selectedTab = window.gBrowser.getTabForBrowser(browser);
  const action = ExtensionParent.apiManager.global.browserActionFor(WebExtensionPolicy.getByID(addonId).extension);
  action.triggerAction(window);
}`;
const kSetMedium = `(contextId, medium) => {
  const {NavigableManager} = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  NavigableManager.getBrowsingContextById(contextId).mediumOverride = medium;
}`;

async function launch({extensionDir, firefox}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-e2e-ffprofile-'));
  const downloadDir = path.join(profile, 'downloads');
  fs.mkdirSync(downloadDir);
  fs.writeFileSync(path.join(profile, 'user.js'), Object.entries(profilePrefs(downloadDir))
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`).join(''));
  const proc = spawn(firefox, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0',
                               '-remote-allow-system-access'],
                     {stdio: ['ignore', 'ignore', 'pipe']});
  let stderr = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`firefox did not start BiDi: ${stderr.slice(-400)}`)), kLaunchTimeoutMs);
    proc.stderr.on('data', (chunk) => {
      stderr += chunk;
      const m = /WebDriver BiDi listening on ws:\/\/[^:]+:(\d+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    proc.on('exit', (code) => reject(new Error(`firefox exited (${code}): ${stderr.slice(-400)}`)));
  });

  const WebSocketImpl = webSocketClass();
  const ws = new WebSocketImpl(`ws://127.0.0.1:${port}/session`);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = (e) => reject(new Error(`BiDi connection failed: ${e.message ?? e}`));
  });
  let nextId = 0;
  const pending = new Map();
  // Events seen and not yet claimed by waitForEvent, and waiters not yet served.
  const events = [];
  const waiters = new Set();
  ws.onmessage = (message) => {
    const msg = JSON.parse(String(message.data));
    if (msg.id !== undefined && pending.has(msg.id)) {
      pending.get(msg.id)(msg);
      pending.delete(msg.id);
    } else if (msg.type === 'event') {
      const waiter = [...waiters].find((w) => w.method === msg.method && w.match(msg.params));
      if (waiter) {
        waiters.delete(waiter);
        waiter.resolve(msg.params);
      } else {
        events.push(msg);
      }
    }
  };
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = ++nextId;
    pending.set(id, (msg) => (msg.type === 'error' ? reject(new Error(`${method}: ${msg.error}: ${msg.message}`)) : resolve(msg.result)));
    ws.send(JSON.stringify({id, method, params}));
  });

  await send('session.new', {capabilities: {}});
  await send('session.subscribe', {events: ['browsingContext.downloadEnd']});
  await send('webExtension.install', {extensionData: {type: 'path', path: extensionDir}});
  const chromeTree = await send('browsingContext.getTree', {'moz:scope': 'chrome'}).catch((error) => {
    throw new Error(`this Firefox gives BiDi no access to its chrome window (-remote-allow-system-access): ${error.message}`);
  });
  const chromeWindow = chromeTree.contexts[0].context;

  const callIn = async (context, fn, args) => {
    const r = await send('script.callFunction', {
      functionDeclaration: fn, target: {context}, awaitPromise: true,
      arguments: args.map((value) => ({type: 'string', value})),
    });
    if (r.type === 'exception') throw new Error(`in ${context}: ${r.exceptionDetails.text}`);
    return r.result;
  };

  const handle = {
    send,
    downloadDir,
    optionsUrl: `moz-extension://${kAddonUuid}/options/options.html`,
    // Evaluates `expression` in a browsing context; returns its JSON value.
    async evaluate(context, expression) {
      const r = await send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (${expression})))()`, target: {context}, awaitPromise: true,
      });
      if (r.type === 'exception') throw new Error(`in page: ${r.exceptionDetails.text}`);
      return r.result.value === undefined ? undefined : JSON.parse(r.result.value);
    },
    // The person clicks the extension's toolbar button with `context`'s tab in front.
    async clickToolbarButton(context) {
      await callIn(chromeWindow, kTriggerAction, [context, kAddonId]);
    },
    // The person clicks the element `expression` yields (scrolled into view
    // first), at its centre: a trusted click with user activation.
    async press(context, expression) {
      const r = await send('script.evaluate', {
        expression: `(() => { const el = ${expression}; el?.scrollIntoView({block: 'center'}); return el; })()`,
        target: {context}, awaitPromise: false,
      });
      if (r.type === 'exception') throw new Error(`in page: ${r.exceptionDetails.text}`);
      if (r.result.type !== 'node') throw new Error(`no element to press: ${expression}`);
      await send('input.performActions', {context, actions: [{
        type: 'pointer', id: 'mouse', parameters: {pointerType: 'mouse'},
        actions: [{type: 'pointerMove', x: 0, y: 0, origin: {type: 'element', element: {sharedId: r.result.sharedId}}},
                  {type: 'pointerDown', button: 0}, {type: 'pointerUp', button: 0}],
      }]});
    },
    // The person presses each key of `keys` (WebDriver key values: '+',
    // '\uE00C' for Escape) where the focus is.
    async type(context, keys) {
      await send('input.performActions', {context, actions: [{
        type: 'key', id: 'keyboard',
        actions: [...keys].flatMap((value) => [{type: 'keyDown', value}, {type: 'keyUp', value}]),
      }]});
    },
    // The CSS media type the tab's pages see ('print', or '' for none).
    async setMedium(context, medium) {
      await callIn(chromeWindow, kSetMedium, [context, medium]);
    },
    // Resolves with the params of the next event `method` matching `match`
    // (one already seen counts), or fails after kEventTimeoutMs.
    waitForEvent(method, match = () => true) {
      const seen = events.findIndex((e) => e.method === method && match(e.params));
      if (seen >= 0) return Promise.resolve(events.splice(seen, 1)[0].params);
      return new Promise((resolve, reject) => {
        const waiter = {method, match, resolve};
        waiters.add(waiter);
        setTimeout(() => {
          if (waiters.delete(waiter)) reject(new Error(`timed out waiting for ${method}`));
        }, kEventTimeoutMs).unref();
      });
    },
    async close() {
      try {
        await send('browser.close');
      } catch {
        // already gone
      }
      ws.close();
      proc.kill('SIGKILL');
      fs.rmSync(profile, {recursive: true, force: true});
    },
  };
  return handle;
}

module.exports = {launch};
