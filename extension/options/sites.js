// The options page's "Sites" section: review and delete what is kept per site,
// and "always open in reader view" on a site, asking for that site's host
// permission in the handler of the person's click (the only place the browser
// allows it; Firefox grants host permissions only this way). The reader view's
// button opens this page at #site=hostname to ask.
import {api} from '../shared/browser_api.js';
import {messages} from '../shared/messages.js';
import * as sites from '../shared/sites.js';

const $ = (id) => document.getElementById(id);

function cell(...children) {
  const td = document.createElement('td');
  td.append(...children);
  return td;
}

function setStatus(text) {
  $('sites-status').textContent = text;
}

const sitesChanged = () => api.sendMessage({type: messages.kSitesChanged}).catch(() => {});

// Asks for the site's permission (must run inside the click handler) and,
// if granted, turns "always open" on.
async function allowAlwaysOpen(hostname) {
  const granted = await api.requestOrigins([sites.originPattern(hostname)]);
  if (granted) await sites.setAlwaysOpen(hostname, true);
  await sitesChanged();
  setStatus(granted ? `Reader view will open by itself on ${hostname}’s articles.`
                    : `No permission for ${hostname}: reader view will open only when you press its button.`);
  return granted;
}

async function stopAlwaysOpen(hostname) {
  await sites.setAlwaysOpen(hostname, false);
  await api.removeOrigins([sites.originPattern(hostname)]).catch(() => {});
  await sitesChanged();
  setStatus(`Reader view will no longer open by itself on ${hostname}.`);
}

async function render() {
  const rows = await sites.list();
  $('sites-empty').hidden = rows.length > 0;
  $('sites').hidden = rows.length === 0;
  $('sites').tBodies[0].replaceChildren(...rows.map((site) => {
    const tr = document.createElement('tr');
    tr.dataset.site = site.hostname;
    const always = document.createElement('input');
    always.type = 'checkbox';
    always.checked = site.alwaysOpen;
    always.setAttribute('aria-label', `Always open in reader view on ${site.hostname}`);
    always.addEventListener('change', async () => {
      if (always.checked) always.checked = await allowAlwaysOpen(site.hostname);
      else await stopAlwaysOpen(site.hostname);
    });
    const rules = site.rules.map((rule) => {
      const code = document.createElement('code');
      code.textContent = rule;
      return code;
    });
    const forget = document.createElement('button');
    forget.type = 'button';
    forget.textContent = 'Delete';
    forget.setAttribute('aria-label', `Delete everything kept for ${site.hostname}`);
    forget.addEventListener('click', async () => {
      await sites.forget(site.hostname);
      await api.removeOrigins([sites.originPattern(site.hostname)]).catch(() => {});
      await sitesChanged();
      setStatus(`Forgot ${site.hostname}.`);
      await render();
    });
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = site.hostname;
    tr.append(th, cell(always), cell(String(site.restores)), cell(...(rules.length ? rules : ['—'])), cell(forget));
    return tr;
  }));
}

// #site=hostname: the reader view's "Always here" asked for this site.
function askFromHash() {
  const m = /^#site=(.+)$/.exec(location.hash);
  if (!m) return;
  const hostname = decodeURIComponent(m[1]);
  if (!/^[a-z0-9.-]+$/i.test(hostname)) return;
  $('site-ask-text').textContent =
    `Open articles on ${hostname} in reader view by themselves? Reader Mode needs your permission to read ` +
    `pages on ${hostname} as they load; it asks for that site only.`;
  $('site-ask').hidden = false;
  $('site-ask-allow').addEventListener('click', async () => {
    await allowAlwaysOpen(hostname);
    $('site-ask').hidden = true;
    await render();
  });
  $('site-ask-cancel').addEventListener('click', () => {
    $('site-ask').hidden = true;
  });
  $('site-ask-allow').focus();
}

export async function initSites() {
  askFromHash();
  await render();
  // Restores and picks made in a reader view meanwhile.
  api.onStorageChanged((changes) => {
    if (changes.restored || changes.sites || changes.userRules) render();
  });
}
