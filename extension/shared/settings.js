// Settings and per-site memory. Appearance settings live in storage.sync
// where the browser has it (they follow the person to their other browsers),
// else in storage.local; per-site memory and rules stay in storage.local. The
// background keeps no state of its own: everything here can be read again at
// any time.
//
//   settings   appearance and reading (kDefaults below)
//   userRules  cosmetic filter text ("example.com##.promo"; "!" starts a comment)
//   restored   {hostname: ["rule|texthash", ...]}  removals the user restored
import {api} from './browser_api.js';
import {bound, touch} from './sites.js';

const kDefaults = Object.freeze({
  fontFamily: 'serif',  // kChoices.fontFamily
  fontSize: 19,         // px; body copy reads best at 18-21 px on a desktop screen
  lineHeight: 1.6,      // unitless; WCAG 1.4.12 asks that 1.5 and more work
  letterSpacing: 0,     // em (WCAG 1.4.12: up to 0.12)
  wordSpacing: 0,       // em (WCAG 1.4.12: up to 0.16)
  width: 66,            // ch; 45-75 characters a line is the classic measure
  align: 'start',       // 'start' (ragged) | 'justify' (hyphenated by the article's lang)
  theme: 'auto',        // kChoices.theme; 'auto' follows prefers-color-scheme
  speechRate: 1,        // read-aloud speed (speechSynthesis rate)
  voice: '',            // read-aloud voice (voiceURI); '' = the best for the article's lang
  removeClutter: true,  // run the core's clutter pass
});

// Numeric settings: bounds and step (the appearance panel's sliders use them).
const kRanges = Object.freeze({
  fontSize: {min: 14, max: 32, step: 1},
  lineHeight: {min: 1.2, max: 2.4, step: 0.1},
  letterSpacing: {min: 0, max: 0.16, step: 0.01},
  wordSpacing: {min: 0, max: 0.4, step: 0.02},
  width: {min: 40, max: 100, step: 2},
  speechRate: {min: 0.5, max: 2, step: 0.1},
});
const kChoices = Object.freeze({
  fontFamily: ['serif', 'sans', 'mono', 'dyslexic'],
  align: ['start', 'justify'],
  theme: ['auto', 'light', 'sepia', 'dark', 'contrast'],
});
// Widths saved by earlier versions as words.
const kLegacyWidths = {narrow: 56, medium: 66, wide: 80};
const kFontSizeMin = kRanges.fontSize.min;
const kFontSizeMax = kRanges.fontSize.max;

// Read-modify-write updates run one after another, so two quick clicks
// (two restores, two picks) cannot overwrite each other's change.
let updateQueue = Promise.resolve();
function serialized(update) {
  const run = updateQueue.then(update);
  updateQueue = run.catch(() => {});
  return run;
}

// Snaps `value` to the range's step grid, within its bounds (NaN -> fallback).
function clampToRange(value, {min, max, step}, fallback) {
  const n = Number(value);
  if (value === null || value === '' || !Number.isFinite(n)) return fallback;
  const snapped = min + Math.round((Math.min(max, Math.max(min, n)) - min) / step) * step;
  return Number(snapped.toFixed(4));
}

function normalize(stored) {
  const s = {...kDefaults, ...(stored && typeof stored === 'object' ? stored : {})};
  if (typeof s.width === 'string' && Object.hasOwn(kLegacyWidths, s.width)) s.width = kLegacyWidths[s.width];
  for (const [key, range] of Object.entries(kRanges)) s[key] = clampToRange(s[key], range, kDefaults[key]);
  for (const [key, choices] of Object.entries(kChoices)) if (!choices.includes(s[key])) s[key] = kDefaults[key];
  s.voice = typeof s.voice === 'string' ? s.voice : '';
  s.removeClutter = s.removeClutter !== false;
  for (const key of Object.keys(s)) if (!Object.hasOwn(kDefaults, key)) delete s[key];
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
  kRanges,
  kChoices,
  normalize,
  async load() {
    return normalize(await api.settingsGet());
  },
  save: (partial) => serialized(async () => {
    const current = await settings.load();
    const next = normalize({...current, ...partial});
    await api.settingsSet(next);
    return next;
  }),
  // What opening the view on `hostname` needs, in one read of each storage area:
  // {settings, userRules, restoredKeys, alwaysOpen}.
  async forPage(hostname) {
    const [{userRules, restored, sites}, stored] =
      await Promise.all([api.storageGet(['userRules', 'restored', 'sites']), api.settingsGet()]);
    return {
      settings: normalize(stored),
      userRules: typeof userRules === 'string' ? userRules : '',
      restoredKeys: new Set((restored && restored[hostname]) || []),
      alwaysOpen: Boolean(sites?.[hostname]?.alwaysOpen),
    };
  },
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
  // Remembered per site, within the bounds of sites.js.
  setRestored: (hostname, key, on) => serialized(async () => {
    const {restored = {}, sites = {}} = await api.storageGet(['restored', 'sites']);
    const keys = new Set(restored[hostname] || []);
    if (on) keys.add(key); else keys.delete(key);
    if (keys.size) restored[hostname] = [...keys]; else delete restored[hostname];
    touch(sites, hostname);
    bound(restored, sites);
    await api.storageSet({restored, sites});
  }),
  forgetRestored: () => api.storageRemove('restored'),
  textHash,
};
