// "Always open in reader view on this site": a content script registered for
// exactly the sites the person chose and granted (optional host permission
// `*://host/*`, asked for at that moment, in the options page: a content
// script cannot ask, and Firefox grants host permissions only when asked).
// The registration is rebuilt from storage and the granted permissions at
// start-up and whenever either changes, so it cannot drift from them.
import {api} from '../shared/browser_api.js';
import * as sites from '../shared/sites.js';

const kScriptId = 'reader-mode-always-open';
// The content script bundle that opens the view when the page is an article.
const kAutoScript = 'content/auto.js';

let syncing = Promise.resolve();

// Registers the script for every always-open site whose permission is granted.
export function syncAutoOpen() {
  syncing = syncing.catch(() => {}).then(async () => {
    const hosts = await sites.alwaysOpenHosts();
    const granted = [];
    for (const host of hosts) {
      if (await api.hasOrigins([sites.originPattern(host)])) granted.push(host);
    }
    await api.setRegisteredScript(kScriptId, granted.map(sites.originPattern), [kAutoScript]);
  });
  return syncing;
}

// The view's button. Turning on needs the site's permission: if it is not
// granted yet, the options page opens at that site to ask for it.
export async function setAlwaysOpen(hostname, on) {
  if (!on) {
    await sites.setAlwaysOpen(hostname, false);
    // Give the access back; a permission the manifest requires cannot be removed.
    await api.removeOrigins([sites.originPattern(hostname)]).catch(() => {});
    await syncAutoOpen();
    return {alwaysOpen: false};
  }
  if (!(await api.hasOrigins([sites.originPattern(hostname)]))) {
    await api.openExtensionTab(`options/options.html#site=${encodeURIComponent(hostname)}`);
    return {alwaysOpen: false, askingPermission: true};
  }
  await sites.setAlwaysOpen(hostname, true);
  await syncAutoOpen();
  return {alwaysOpen: true};
}
