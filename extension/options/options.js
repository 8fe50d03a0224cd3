// Options page: appearance, clutter removal, and the user's cosmetic rules.
// Rules are checked by the WebAssembly core itself (its `ruleErrors`), so the
// page reports exactly what the reader view will accept.
import {settings} from '../shared/settings.js';
import {cleanPage} from '../shared/core_runner.js';
import {initSites} from './sites.js';

const $ = (id) => document.getElementById(id);

// A tiny page the rules are tried on: only the parse errors matter.
const kProbePage = '<!DOCTYPE html><html><head><title>t</title></head><body><p>probe</p></body></html>';
const kProbeUrl = 'https://example.com/';

async function ruleErrors(text) {
  const result = JSON.parse(await cleanPage(kProbePage, kProbeUrl, {userRules: text}));
  return Array.isArray(result.ruleErrors) ? result.ruleErrors : [];
}

function showErrors(errors) {
  const list = $('rule-errors');
  list.replaceChildren(...errors.map((e) => {
    const li = document.createElement('li');
    li.textContent = e;
    return li;
  }));
  $('user-rules').setAttribute('aria-invalid', String(errors.length > 0));
}

function setStatus(text, kind) {
  const status = $('rules-status');
  status.textContent = text;
  status.className = kind;
}

function renderPreview(s) {
  const preview = $('preview');
  preview.style.fontSize = `${s.fontSize}px`;
  preview.classList.toggle('sans', s.fontFamily !== 'serif');
  $('font-size-value').textContent = `${s.fontSize} px`;
}

async function init() {
  const s = await settings.load();
  $('font-size').value = s.fontSize;
  document.querySelector(`input[name=font-family][value=${s.fontFamily}]`).checked = true;
  $('theme').value = s.theme;
  // A width set in the reader view's panel shows as the nearest preset.
  $('width').value = String([56, 66, 80].reduce((a, b) => (Math.abs(b - s.width) < Math.abs(a - s.width) ? b : a)));
  $('remove-clutter').checked = s.removeClutter;
  renderPreview(s);
  $('user-rules').value = await settings.userRules();

  const save = async (partial) => renderPreview(await settings.save(partial));
  $('font-size').addEventListener('input', (e) => save({fontSize: Number(e.target.value)}));
  for (const radio of document.querySelectorAll('input[name=font-family]')) {
    radio.addEventListener('change', (e) => save({fontFamily: e.target.value}));
  }
  $('theme').addEventListener('change', (e) => save({theme: e.target.value}));
  $('width').addEventListener('change', (e) => save({width: Number(e.target.value)}));
  $('remove-clutter').addEventListener('change', (e) => save({removeClutter: e.target.checked}));
  $('restored-reset').addEventListener('click', async () => {
    await settings.forgetRestored();
    $('restored-reset').textContent = 'Forgotten';
  });

  $('rules-save').addEventListener('click', async () => {
    const text = $('user-rules').value;
    try {
      const errors = await ruleErrors(text);
      showErrors(errors);
      await settings.saveUserRules(text);
      setStatus(errors.length ? `Saved; ${errors.length} line(s) will be ignored.` : 'Saved.',
                errors.length ? 'error' : 'ok');
    } catch (error) {
      await settings.saveUserRules(text);
      setStatus(`Saved, but the rules could not be checked: ${error.message ?? error}`, 'error');
    }
  });
  // Check as the user types, without saving.
  let timer = 0;
  $('user-rules').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => showErrors(await ruleErrors($('user-rules').value)), 300);
  });
  await initSites();
  // Every control holds its stored value and listens (tests wait for this).
  document.documentElement.dataset.ready = 'true';
  showErrors(await ruleErrors($('user-rules').value));
}

init();
