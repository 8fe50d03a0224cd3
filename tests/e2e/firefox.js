// Drives Firefox (stock firefox-esr) over WebDriver BiDi with the built
// extension installed temporarily. BiDi has no way to click a toolbar button,
// so the test runs a COPY of the extension with a test hook added: its
// background injects the content script exactly as action.onClicked does
// when the tab's title becomes "reader-e2e-click-N" (and opens the options
// page for "reader-e2e-options"). The copy also gets <all_urls>, which
// activeTab would otherwise grant on the click.
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

const kTestHook = `
// --- added by tests/e2e/firefox.js (test copy only) ---
globalThis.browser.tabs.onUpdated.addListener((tabId, info) => {
  if (/^reader-e2e-click-/.test(info.title || '')) {
    globalThis.browser.scripting.executeScript({target: {tabId}, files: ['content/content.js']});
  }
  if (info.title === 'reader-e2e-options') globalThis.browser.runtime.openOptionsPage();
});
`;

function webSocketClass() {
  if (globalThis.WebSocket) return globalThis.WebSocket;
  // Node 20 without --experimental-websocket: the `ws` bundled in playwright-core.
  return paths.requireDependency('playwright-core/lib/utilsBundle').ws;
}

function testCopy(extensionDir) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-e2e-ffext-'));
  fs.cpSync(extensionDir, copy, {recursive: true});
  const manifestPath = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['<all_urls>'];
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  fs.appendFileSync(path.join(copy, manifest.background.scripts[0]), kTestHook);
  return copy;
}

async function launch({extensionDir, firefox}) {
  const addon = testCopy(extensionDir);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-e2e-ffprofile-'));
  fs.writeFileSync(path.join(profile, 'user.js'),
                   `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({[kAddonId]: kAddonUuid}))});\n`);
  const proc = spawn(firefox, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'],
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
  ws.onmessage = (event) => {
    const msg = JSON.parse(String(event.data));
    if (msg.id !== undefined && pending.has(msg.id)) {
      pending.get(msg.id)(msg);
      pending.delete(msg.id);
    }
  };
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = ++nextId;
    pending.set(id, (msg) => (msg.type === 'error' ? reject(new Error(`${method}: ${msg.error}: ${msg.message}`)) : resolve(msg.result)));
    ws.send(JSON.stringify({id, method, params}));
  });

  await send('session.new', {capabilities: {}});
  await send('webExtension.install', {extensionData: {type: 'path', path: addon}});

  return {
    send,
    optionsUrl: `moz-extension://${kAddonUuid}/options/options.html`,
    // Evaluates `expression` in a browsing context; returns its JSON value.
    async evaluate(context, expression) {
      const r = await send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (${expression})))()`, target: {context}, awaitPromise: true,
      });
      if (r.type === 'exception') throw new Error(`in page: ${r.exceptionDetails.text}`);
      return r.result.value === undefined ? undefined : JSON.parse(r.result.value);
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
      fs.rmSync(addon, {recursive: true, force: true});
    },
  };
}

module.exports = {launch};
