// The one wrapper around the WebExtension API (`browser.*` in Firefox,
// `chrome.*` in Chromium). Every other module calls extension APIs through
// `api`, never `chrome.*` / `browser.*` directly.

// Firefox exposes promise-based `browser`; Chromium's MV3 `chrome` returns
// promises too when no callback is given.
const ext = globalThis.browser ?? globalThis.chrome;

// Chromium reports this on a rare race right after a click (about 1 launch
// in 30); the same call succeeds a moment later (50 ms was seen to be enough
// once; the later delays cover a busy machine). A page that is really out of
// reach fails every attempt and gets its note about 350 ms later.
const kTransientInjectError = /Cannot access contents of the page/;
const kInjectRetryDelaysMs = [50, 100, 200];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const api = {
  // runtime
  url: (path) => ext.runtime.getURL(path),
  // Who "we" are, for checking a message's sender.
  self: (...contexts) => ({runtimeId: ext.runtime.id, extensionOrigin: ext.runtime.getURL(''), contexts}),
  sendMessage: (message) => ext.runtime.sendMessage(message),
  // Registers `handler(message, sender) -> Promise|undefined`. A promise's
  // value is sent back as the response (Chromium needs `return true` plus
  // sendResponse; Firefox accepts either).
  onMessage(handler) {
    ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
      const reply = handler(message, sender);
      if (!reply) return false;
      reply.then(sendResponse, (error) => sendResponse({error: String(error?.message ?? error)}));
      return true;
    });
  },
  // One request over a port of its own (runtime.connect), for the page's
  // HTML: unlike sendMessage, which every extension context with an onMessage
  // listener receives (the service worker too), a port's messages reach only
  // the context that serves `name` (onChannel). Returns {post(message), reply}:
  // `reply` resolves with the first message back, or rejects when the port
  // closes without one (nothing serves `name`, e.g. the offscreen document is
  // gone or still loading).
  connect(name) {
    const port = ext.runtime.connect({name});
    let closed = false;
    const reply = new Promise((resolve, reject) => {
      port.onMessage.addListener((message) => {
        closed = true;
        resolve(message);
        port.disconnect();
      });
      port.onDisconnect.addListener((p) => {
        closed = true;
        // Chromium sets runtime.lastError, Firefox port.error.
        const why = ext.runtime.lastError?.message ?? p?.error?.message;
        reject(new Error(why || 'the port closed without a reply'));
      });
    });
    // Awaited later (after the caller's other work): not an unhandled rejection meanwhile.
    reply.catch(() => {});
    return {
      post(message) {
        if (!closed) port.postMessage(message);
      },
      reply,
    };
  },
  // Serves ports named `name`: `handler(receive, sender)` reads the port's
  // messages in order (`await receive()`; rejects if the sender goes away) and
  // returns a promise of the one reply, posted back before the port closes.
  onChannel(name, handler) {
    ext.runtime.onConnect.addListener((port) => {
      if (port.name !== name) return;
      const queued = [];
      const waiting = [];
      let gone = false;
      port.onMessage.addListener((message) => {
        if (waiting.length) waiting.shift().resolve(message); else queued.push(message);
      });
      port.onDisconnect.addListener(() => {
        gone = true;
        for (const w of waiting.splice(0)) w.reject(new Error('the sender went away'));
      });
      const receive = () => (queued.length ? Promise.resolve(queued.shift())
        : gone ? Promise.reject(new Error('the sender went away'))
        : new Promise((resolve, reject) => waiting.push({resolve, reject})));
      handler(receive, port.sender)
        .catch((error) => ({error: String(error?.message ?? error)}))
        .then((reply) => {
          if (gone) return;
          try {
            port.postMessage(reply);
            port.disconnect();
          } catch {
            // the sender went away meanwhile
          }
        });
    });
  },
  openOptionsPage: () => ext.runtime.openOptionsPage(),
  // Browser start-up and install/update: the moments to pre-warm.
  onStartup: (listener) => ext.runtime.onStartup.addListener(listener),
  onInstalled: (listener) => ext.runtime.onInstalled.addListener(listener),

  // offscreen (Chromium only; Firefox has no such API).
  hasOffscreen: Boolean(ext?.offscreen),
  // Creates the extension's offscreen document at `path` unless one exists.
  async ensureOffscreenDocument(path, reasons, justification) {
    const url = ext.runtime.getURL(path);
    const existing = await ext.runtime.getContexts({contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url]});
    if (existing.length) return;
    try {
      await ext.offscreen.createDocument({url, reasons, justification});
    } catch (error) {
      // Two callers raced (a click during start-up): one document is enough.
      if (!/single offscreen document/i.test(String(error?.message ?? error))) throw error;
    }
  },

  // action
  onActionClicked: (listener) => ext.action.onClicked.addListener(listener),
  // A per-tab note on the button: badge text and tooltip ('' / null clear them).
  async setActionNote(tabId, badge, title) {
    await Promise.all([ext.action.setBadgeText({tabId, text: badge}), ext.action.setTitle({tabId, title})]);
  },
  // Opens `popup` (an extension page) from the button for this tab once; the
  // next click reaches onActionClicked again. Best effort: needs a user gesture
  // (the click) and a focused window.
  async showActionPopup(tabId, popup) {
    await ext.action.setPopup({tabId, popup});
    try {
      await ext.action.openPopup?.();
    } finally {
      await ext.action.setPopup({tabId, popup: ''});
    }
  },

  // permissions (optional host permissions, one site at a time)
  hasOrigins: (origins) => ext.permissions.contains({origins}),
  // Must run in an extension page, in the handler of the person's click.
  requestOrigins: (origins) => ext.permissions.request({origins}),
  removeOrigins: (origins) => ext.permissions.remove({origins}),
  onPermissionsChanged(listener) {
    ext.permissions.onAdded.addListener(listener);
    ext.permissions.onRemoved.addListener(listener);
  },

  // Content scripts registered at run time (sites the person chose).
  async setRegisteredScript(id, matches, files) {
    const existing = await ext.scripting.getRegisteredContentScripts({ids: [id]});
    if (existing.length) await ext.scripting.unregisterContentScripts({ids: [id]});
    if (!matches.length) return;
    await ext.scripting.registerContentScripts([{id, matches, js: files, runAt: 'document_idle'}]);
  },

  openExtensionTab: (path) => ext.tabs.create({url: ext.runtime.getURL(path)}),

  // scripting: inject classic scripts into a tab's top frame, retrying on
  // the transient "Cannot access contents of the page".
  async injectFiles(tabId, files) {
    for (let attempt = 0; ; ++attempt) {
      try {
        return await ext.scripting.executeScript({target: {tabId}, files});
      } catch (error) {
        if (attempt >= kInjectRetryDelaysMs.length || !kTransientInjectError.test(String(error?.message ?? error))) {
          throw error;
        }
        await sleep(kInjectRetryDelaysMs[attempt]);
      }
    }
  },

  // storage.local
  storageGet: (keys) => ext.storage.local.get(keys),
  storageSet: (items) => ext.storage.local.set(items),
  storageRemove: (keys) => ext.storage.local.remove(keys),
  // The appearance settings: storage.sync where the browser has it (it falls
  // back to a local store when sync is off), else storage.local. A write sync
  // refuses (quota, policy) lands in storage.local; each copy carries the time
  // it was saved and the newer one is read. Settings saved locally by an
  // earlier version (no time) are read until the first save.
  async settingsGet() {
    const read = async (area) => {
      try {
        const got = await area.get(['settings', 'settingsSavedAt']);
        return got.settings ? {value: got.settings, at: Number(got.settingsSavedAt) || 0} : null;
      } catch {
        return null;
      }
    };
    const [synced, local] = await Promise.all([ext.storage.sync ? read(ext.storage.sync) : null,
                                               read(ext.storage.local)]);
    if (synced && (!local || synced.at >= local.at)) return synced.value;
    return local?.value;
  },
  async settingsSet(value) {
    const items = {settings: value, settingsSavedAt: Date.now()};
    if (ext.storage.sync) {
      try {
        await ext.storage.sync.set(items);
        return;
      } catch {
        // quota or policy: keep them locally (read back as the newer copy)
      }
    }
    await ext.storage.local.set(items);
  },

  // Returns a function that removes the listener. Fires for storage.local and
  // storage.sync (settings live in the latter where it exists).
  onStorageChanged(listener) {
    const wrapped = (changes, area) => {
      if (area === 'local' || area === 'sync') listener(changes, area);
    };
    ext.storage.onChanged.addListener(wrapped);
    return () => ext.storage.onChanged.removeListener(wrapped);
  },
};
