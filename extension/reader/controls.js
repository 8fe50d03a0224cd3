// The reader view's controls: the toolbar (a `header` landmark) and its two
// panels, Appearance and Export. Every control is a native button, radio,
// slider or select with a visible or accessible label, reachable by Tab.
// Buttons carry `data-action`; the view handles them in one place.

const kFontNames = {serif: 'Serif', sans: 'Sans-serif', mono: 'Monospace', dyslexic: 'OpenDyslexic'};
const kThemeNames = {auto: 'Automatic', light: 'Light', sepia: 'Sepia', dark: 'Dark', contrast: 'High contrast'};
const kAlignNames = {start: 'Ragged', justify: 'Justified'};
// Sliders: label, how the value reads.
const kSliders = [
  ['fontSize', 'Text size', (v) => `${v} px`],
  ['lineHeight', 'Line height', (v) => v.toFixed(1)],
  ['letterSpacing', 'Letter spacing', (v) => `${v.toFixed(2)} em`],
  ['wordSpacing', 'Word spacing', (v) => `${v.toFixed(2)} em`],
  ['width', 'Line length', (v) => `${v} ch`],
];
const kSpeechLabels = {
  checking: 'Read aloud (looking for a voice…)',
  unavailable: 'Read aloud: no voice is available in this browser',
  stopped: 'Read aloud',
  paused: 'Resume reading aloud',
  playing: 'Pause reading aloud',
};

// `alwaysOpen`: null hides the "Always here" button (per-site auto-open), else its state.
export function build({h, hostname, lang = '', s, ranges, choices, onSetting, alwaysOpen = null}) {
  // A button whose visible text is its name; `title` may say more.
  const btn = (action, title, text, extra = {}) =>
    h('button', {type: 'button', class: `rm-btn rm-btn-${action}`, 'data-action': action, title, ...extra}, text);
  // An icon button: the glyph is hidden from assistive technology, the name is
  // text for screen readers only (so the name never contradicts what is seen).
  const iconBtn = (action, label, glyph, extra = {}) =>
    h('button', {type: 'button', class: `rm-btn rm-btn-${action}`, 'data-action': action, title: label, ...extra},
      h('span', {class: 'rm-glyph', 'aria-hidden': 'true'}, glyph), h('span', {class: 'rm-sr'}, label));

  // ---- Appearance panel ----
  const radios = (key, names, legend) => h('fieldset', {},
    h('legend', {}, legend),
    h('div', {class: 'rm-choices'}, ...choices[key].map((value) =>
      h('label', {class: 'rm-choice'},
        h('input', {type: 'radio', name: `rm-${key}`, value, 'data-setting': key}),
        h('span', {}, names[value])))));
  const slider = ([key, label, show]) => {
    const id = `rm-${key}`;
    const r = ranges[key];
    return h('div', {class: 'rm-field'},
             h('label', {for: id}, label),
             h('input', {type: 'range', id, min: r.min, max: r.max, step: r.step, 'data-setting': key}),
             h('output', {for: id, 'data-output': key, 'aria-hidden': 'true'}, show(s[key])));
  };
  const voiceSelect = h('select', {id: 'rm-voice', 'data-setting': 'voice'});
  const voiceNote = h('p', {class: 'rm-panel-note', 'data-speech-note': ''});
  const appearance = h('div', {class: 'rm-panel', id: 'rm-panel-appearance', role: 'group',
                               'aria-label': 'Appearance and reading', hidden: true},
    radios('fontFamily', kFontNames, 'Typeface'),
    radios('theme', kThemeNames, 'Theme'),
    radios('align', kAlignNames, 'Alignment'),
    h('fieldset', {}, h('legend', {}, 'Spacing and size'), ...kSliders.map(slider)),
    h('fieldset', {}, h('legend', {}, 'Read aloud'),
      slider(['speechRate', 'Speed', (v) => `${v.toFixed(1)}×`]),
      h('div', {class: 'rm-field'}, h('label', {for: 'rm-voice'}, 'Voice'), voiceSelect),
      voiceNote));

  // ---- Export panel ----
  const exportPanel = h('div', {class: 'rm-panel', id: 'rm-panel-export', role: 'group',
                                'aria-label': 'Export', hidden: true},
    h('div', {class: 'rm-menu'},
      btn('copy-markdown', 'Copy the article as Markdown', 'Copy as Markdown'),
      btn('save-markdown', 'Save the article as a Markdown file', 'Save as Markdown (.md)'),
      btn('save-html', 'Save the article as a standalone web page', 'Save as a web page (.html)'),
      btn('print', 'Print the article', 'Print…')));

  const speakButton = iconBtn('speak', kSpeechLabels.checking, '▶', {'aria-pressed': 'false'});
  const toolbar = h('header', {class: 'rm-toolbar', 'aria-label': 'Reader view controls'},
    h('span', {class: 'rm-toolbar-site'}, hostname),
    h('span', {class: 'rm-toolbar-spacer'}),
    h('div', {class: 'rm-group', role: 'group', 'aria-label': 'Read aloud'},
      iconBtn('speak-previous', 'Previous paragraph', '|◀'),
      speakButton,
      iconBtn('speak-next', 'Next paragraph', '▶|')),
    h('div', {class: 'rm-group', role: 'group', 'aria-label': 'Text size'},
      iconBtn('smaller', 'Smaller text (−)', 'A−'),
      iconBtn('larger', 'Larger text (+)', 'A+')),
    h('div', {class: 'rm-group'},
      iconBtn('appearance', 'Appearance and reading settings', 'Aa',
              {'aria-expanded': 'false', 'aria-controls': 'rm-panel-appearance'}),
      btn('export', 'Copy, save or print the article', 'Export',
          {'aria-expanded': 'false', 'aria-controls': 'rm-panel-export'}),
      alwaysOpen !== null ? btn('auto', `Always open in reader view on ${hostname}`, 'Always here',
                                {'aria-pressed': String(alwaysOpen)}) : null,
      btn('pick', 'Remove a block from this site’s pages', 'Remove this…', {'aria-pressed': 'false'}),
      iconBtn('close', 'Close reader view (Esc)', '✕')),
    appearance,
    exportPanel);

  // Settings changed by the panel's controls.
  toolbar.addEventListener('input', (event) => {
    const key = event.target.dataset?.setting;
    if (!key || !event.isTrusted) return;
    const value = event.target.type === 'range' ? Number(event.target.value) : event.target.value;
    onSetting({[key]: value});
  });

  const panels = {appearance, export: exportPanel};
  function togglePanel(name, open) {
    for (const [other, panel] of Object.entries(panels)) {
      const show = other === name ? (open ?? panel.hidden) : false;
      panel.hidden = !show;
      toolbar.querySelector(`[data-action=${other}]`).setAttribute('aria-expanded', String(show));
    }
  }

  // The voice list: the article's language (a speech-dispatcher setup offers
  // thousands of voices), the saved voice, at most kMaxVoiceOptions.
  const kMaxVoiceOptions = 200;
  const primary = (tag) => String(tag || '').toLowerCase().split(/[-_]/)[0];
  let voices = [];
  function fillVoices(all, selected) {
    const sameLang = all.filter((v) => primary(v.lang) === primary(lang) || v.voiceURI === selected);
    const list = (sameLang.length ? sameLang : all).slice(0, kMaxVoiceOptions);
    const key = list.map((v) => v.voiceURI).join('\n');
    if (key !== voices.map((v) => v.voiceURI).join('\n')) {
      voices = list;
      voiceSelect.replaceChildren(h('option', {value: ''}, 'Automatic (the article’s language)'),
                                  ...list.map((v) => h('option', {value: v.voiceURI}, `${v.name} (${v.lang})`)));
    }
    voiceSelect.value = list.some((v) => v.voiceURI === selected) ? selected : '';
  }

  return {
    toolbar,
    togglePanel,
    // The panel's controls show `s`.
    sync(next) {
      for (const input of toolbar.querySelectorAll('input[data-setting]')) {
        const key = input.dataset.setting;
        if (input.type === 'radio') input.checked = input.value === next[key];
        else input.value = String(next[key]);
      }
      for (const output of toolbar.querySelectorAll('output[data-output]')) {
        const key = output.dataset.output;
        const show = [...kSliders, ['speechRate', '', (v) => `${v.toFixed(1)}×`]].find(([k]) => k === key)[2];
        output.textContent = show(next[key]);
      }
      if (voices.length) voiceSelect.value = voices.some((v) => v.voiceURI === next.voice) ? next.voice : '';
    },
    // The read-aloud controller's state, shown on its buttons.
    setSpeech(state, savedVoice) {
      const available = state.status !== 'unavailable' && state.status !== 'checking';
      speakButton.querySelector('.rm-sr').textContent = kSpeechLabels[state.status];
      speakButton.title = kSpeechLabels[state.status];
      speakButton.querySelector('.rm-glyph').textContent = state.status === 'playing' ? '❚❚' : '▶';
      speakButton.setAttribute('aria-pressed', String(state.status === 'playing'));
      // aria-disabled, not disabled: the buttons stay reachable by Tab and
      // say why they do nothing.
      speakButton.setAttribute('aria-disabled', String(!available));
      for (const action of ['speak-previous', 'speak-next']) {
        toolbar.querySelector(`[data-action=${action}]`).setAttribute('aria-disabled', String(!available));
      }
      voiceSelect.disabled = !state.voices.length;
      fillVoices(state.voices, savedVoice);
      voiceNote.textContent = state.status === 'unavailable'
        ? 'This browser offers no voice, so the article cannot be read aloud here.'
        : 'Click a paragraph while reading to continue from there.';
    },
  };
}
