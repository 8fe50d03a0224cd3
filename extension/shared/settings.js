// Settings and per-site memory kept in storage.local. The background keeps no
// state of its own: everything here can be read again at any time.
//
//   settings   {fontSize, fontFamily, theme, width, removeClutter}
//   userRules  cosmetic filter text ("example.com##.promo"; "!" starts a comment)
//   restored   {hostname: ["rule|texthash", ...]}  removals the user restored
import {api} from './browser_api.js';

const kDefaults = Object.freeze({
  fontSize: 19,        // px; body copy reads best at 18-21 px on a desktop screen
  fontFamily: 'serif', // 'serif' | 'sans'
  theme: 'auto',       // 'auto' (follows prefers-color-scheme) | 'light' | 'sepia' | 'dark'
  width: 'medium',     // 'narrow' (~55ch) | 'medium' (~65ch) | 'wide' (~80ch)
  removeClutter: true, // run the core's clutter pass
});
const kFontSizeMin = 14;
const kFontSizeMax = 28;

// Read-modify-write updates run one after another, so two quick clicks
// (two restores, two picks) cannot overwrite each other's change.
let updateQueue = Promise.resolve();
function serialized(update) {
  const run = updateQueue.then(update);
  updateQueue = run.catch(() => {});
  return run;
}

function normalize(stored) {
  const s = {...kDefaults, ...(stored ?? {})};
  s.fontSize = Math.min(kFontSizeMax, Math.max(kFontSizeMin, Number(s.fontSize) || kDefaults.fontSize));
  if (!['serif', 'sans'].includes(s.fontFamily)) s.fontFamily = kDefaults.fontFamily;
  if (!['auto', 'light', 'sepia', 'dark'].includes(s.theme)) s.theme = kDefaults.theme;
  if (!['narrow', 'medium', 'wide'].includes(s.width)) s.width = kDefaults.width;
  s.removeClutter = s.removeClutter !== false;
  return s;
}

// A short, stable hash of a removal's text preview (FNV-1a, 32 bits): enough
// to tell a site's removed blocks apart without storing their text.
function textHash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; ++i) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export const settings = {
  kDefaults,
  kFontSizeMin,
  kFontSizeMax,
  normalize,
  async load() {
    const {settings} = await api.storageGet('settings');
    return normalize(settings);
  },
  save: (partial) => serialized(async () => {
    const current = await settings.load();
    const next = normalize({...current, ...partial});
    await api.storageSet({settings: next});
    return next;
  }),
  async userRules() {
    const {userRules} = await api.storageGet('userRules');
    return typeof userRules === 'string' ? userRules : '';
  },
  saveUserRules: (text) => api.storageSet({userRules: text}),
  appendUserRule: (rule) => serialized(async () => {
    const current = await settings.userRules();
    const lines = current.split('\n');
    if (lines.includes(rule)) return;
    const prefix = current === '' || current.endsWith('\n') ? current : current + '\n';
    await settings.saveUserRules(prefix + rule + '\n');
  }),
  // Restore memory: a removal is identified by its rule and its text.
  restoreKey: (removal) => `${removal.rule}|${textHash(removal.text ?? '')}`,
  async restoredKeys(hostname) {
    const {restored} = await api.storageGet('restored');
    return new Set((restored && restored[hostname]) || []);
  },
  setRestored: (hostname, key, on) => serialized(async () => {
    const {restored = {}} = await api.storageGet('restored');
    const keys = new Set(restored[hostname] || []);
    if (on) keys.add(key); else keys.delete(key);
    if (keys.size) restored[hostname] = [...keys]; else delete restored[hostname];
    await api.storageSet({restored});
  }),
  forgetRestored: () => api.storageRemove('restored'),
  textHash,
};
