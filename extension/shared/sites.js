// Per-site memory, kept in storage.local, and only what the person chose:
//   restored  {hostname: ["rule|texthash", ...]}   blocks they restored (settings.js)
//   sites     {hostname: {alwaysOpen, touched}}    "always open on this site", and
//             when they last changed anything for the site
//   userRules lines "hostname##selector"           blocks they removed with the picker
// No visit is ever recorded: `touched` changes only when the person makes a
// per-site choice. The memory is bounded: past kMaxSites sites, the ones
// changed longest ago lose their restores (sites set to always open are kept:
// each is an explicit grant, shown in the options page); a site keeps at most
// kMaxRestoresPerSite restores, the oldest dropped first.
import {api} from './browser_api.js';

export const kMaxSites = 200;
export const kMaxRestoresPerSite = 100;

// Host permission pattern for a site (both schemes, that host only).
export const originPattern = (hostname) => `*://${hostname}/*`;

// A picker rule belongs to `hostname` when it names it before `##`.
export const isSiteRule = (line, hostname) => line.startsWith(`${hostname}##`);

// Applies the bounds to {restored, sites} (changed in place); returns the
// hostnames whose memory was dropped. Pure: unit-tested.
export function bound(restored, sites) {
  for (const [host, keys] of Object.entries(restored)) {
    if (keys.length > kMaxRestoresPerSite) restored[host] = keys.slice(keys.length - kMaxRestoresPerSite);
  }
  const hosts = [...new Set([...Object.keys(restored), ...Object.keys(sites)])];
  const dropped = [];
  if (hosts.length <= kMaxSites) return dropped;
  const evictable = hosts.filter((h) => !sites[h]?.alwaysOpen)
    .sort((a, b) => (sites[a]?.touched ?? 0) - (sites[b]?.touched ?? 0));
  for (const host of evictable.slice(0, hosts.length - kMaxSites)) {
    delete restored[host];
    delete sites[host];
    dropped.push(host);
  }
  return dropped;
}

// Marks `hostname` as changed by the person now.
export function touch(sites, hostname, now = Date.now()) {
  sites[hostname] = {alwaysOpen: false, ...sites[hostname], touched: now};
}

async function read() {
  const {restored = {}, sites = {}, userRules = ''} = await api.storageGet(['restored', 'sites', 'userRules']);
  return {restored, sites, userRules: typeof userRules === 'string' ? userRules : ''};
}

// Every site with memory: [{hostname, alwaysOpen, restores, rules, touched}],
// most recently changed first.
export async function list() {
  const {restored, sites, userRules} = await read();
  const ruleLines = userRules.split('\n').filter((l) => /^[^#!\s][^#\s]*##/.test(l));
  const hosts = new Set([...Object.keys(restored), ...Object.keys(sites),
                         ...ruleLines.map((l) => l.slice(0, l.indexOf('##')))]);
  return [...hosts].map((hostname) => ({
    hostname,
    alwaysOpen: Boolean(sites[hostname]?.alwaysOpen),
    restores: (restored[hostname] ?? []).length,
    rules: ruleLines.filter((l) => isSiteRule(l, hostname)),
    touched: sites[hostname]?.touched ?? 0,
  })).sort((a, b) => b.touched - a.touched || a.hostname.localeCompare(b.hostname));
}

export async function alwaysOpenHosts() {
  const {sites} = await read();
  return Object.keys(sites).filter((h) => sites[h].alwaysOpen);
}

export async function isAlwaysOpen(hostname) {
  const {sites = {}} = await api.storageGet('sites');
  return Boolean(sites[hostname]?.alwaysOpen);
}

export async function setAlwaysOpen(hostname, on) {
  const {restored, sites} = await read();
  touch(sites, hostname);
  sites[hostname].alwaysOpen = on;
  bound(restored, sites);
  await api.storageSet({restored, sites});
}

// Drops everything kept for `hostname`: restores, the always-open choice and
// the picker rules that name it.
export async function forget(hostname) {
  const {restored, sites, userRules} = await read();
  delete restored[hostname];
  delete sites[hostname];
  const rules = userRules.split('\n').filter((l) => !isSiteRule(l, hostname)).join('\n');
  await api.storageSet({restored, sites, userRules: rules});
}
