// The one wrapper around the WebExtension API (`browser.*` in Firefox,
// `chrome.*` in Chromium). Every other module calls extension APIs through
// `api`, never `chrome.*` / `browser.*` directly.

// Firefox exposes promise-based `browser`; Chromium's MV3 `chrome` returns
// promises too when no callback is given.
const ext = globalThis.browser ?? globalThis.chrome;

// Chromium reports this on a rare race right after a click (about 1 launch
// in 30); the same call succeeds a moment later.
const kTransientInjectError = /Cannot access contents of the page/;
const kInjectRetryDelayMs = 50;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const api = {
  // runtime
  url: (path) => ext.runtime.getURL(path),
  // Who "we" are, for checking a message's sender.
  self: (context) => ({runtimeId: ext.runtime.id, extensionOrigin: ext.runtime.getURL(''), context}),
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
  openOptionsPage: () => ext.runtime.openOptionsPage(),

  // action
  onActionClicked: (listener) => ext.action.onClicked.addListener(listener),

  // scripting: inject classic scripts into a tab's top frame, retrying once on
  // the transient "Cannot access contents of the page".
  async injectFiles(tabId, files) {
    const run = () => ext.scripting.executeScript({target: {tabId}, files});
    try {
      return await run();
    } catch (error) {
      if (!kTransientInjectError.test(String(error?.message ?? error))) throw error;
      await sleep(kInjectRetryDelayMs);
      return run();
    }
  },

  // storage.local
  storageGet: (keys) => ext.storage.local.get(keys),
  storageSet: (items) => ext.storage.local.set(items),
  storageRemove: (keys) => ext.storage.local.remove(keys),
  // The appearance settings: storage.sync where the browser has it (it falls
  // back to a local store when sync is off), else storage.local. Settings
  // saved locally by an earlier version are read until the first save.
  async settingsGet() {
    if (ext.storage.sync) {
      try {
        const {settings} = await ext.storage.sync.get('settings');
        if (settings) return settings;
      } catch {
        // sync unavailable (e.g. Firefox with it disabled by policy): local below
      }
    }
    const {settings} = await ext.storage.local.get('settings');
    return settings;
  },
  async settingsSet(value) {
    if (ext.storage.sync) {
      try {
        await ext.storage.sync.set({settings: value});
        return;
      } catch {
        // quota or policy: keep them locally
      }
    }
    await ext.storage.local.set({settings: value});
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
