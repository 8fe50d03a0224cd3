// Pure tier for the reader view's reading features: settings, shared labels,
// sentence splitting and voice choice for read-aloud, export file names, and
// the read-aloud controller driven by a scripted voice over a DOM (linkedom; the highlight itself is checked in Chromium).
'use strict';
const {test, before} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {pathToFileURL} = require('node:url');
const paths = require('./paths');

const ext = (rel) => import(pathToFileURL(path.join(paths.repo, 'extension', rel)).href);
let settings;
let format;
let readAloud;
let exporter;
let longArticle;

before(async () => {
  ({settings} = await ext('shared/settings.js'));
  format = await ext('reader/format.js');
  readAloud = await ext('reader/read_aloud.js');
  exporter = await ext('reader/export.js');
  longArticle = await ext('reader/long_article.js');
});

test('settings: every reading setting is clamped to its range and step', () => {
  const d = settings.normalize(undefined);
  assert.deepEqual(d, {...settings.kDefaults});
  const s = settings.normalize({lineHeight: 9, letterSpacing: -1, wordSpacing: 0.131, width: 12,
                                speechRate: '1.26', align: 'center', theme: 'contrast', fontFamily: 'dyslexic',
                                voice: 42, junk: 'x'});
  assert.equal(s.lineHeight, settings.kRanges.lineHeight.max);
  assert.equal(s.letterSpacing, 0);
  assert.equal(s.wordSpacing, 0.14);
  assert.equal(s.width, settings.kRanges.width.min);
  assert.equal(s.speechRate, 1.3);
  assert.equal(s.align, 'start');
  assert.equal(s.theme, 'contrast');
  assert.equal(s.fontFamily, 'dyslexic');
  assert.equal(s.voice, '');
  assert.ok(!('junk' in s));
  for (const [legacy, ch] of [['narrow', 56], ['medium', 66], ['wide', 80]]) {
    assert.equal(settings.normalize({width: legacy}).width, ch);
  }
  assert.deepEqual(settings.kChoices.theme, ['auto', 'light', 'sepia', 'dark', 'contrast']);
  assert.deepEqual(settings.kChoices.fontFamily, ['serif', 'sans', 'mono', 'dyslexic']);
});

test('labels: the view reads the core page\'s labels.json', () => {
  const labels = JSON.parse(fs.readFileSync(path.join(paths.repo, 'core', 'reader_page', 'labels.json'), 'utf8'));
  for (const [category, forms] of Object.entries(labels.categories)) {
    assert.equal(format.categoryLabel(category, 1), forms.one);
    assert.equal(format.categoryLabel(category, 2), forms.other);
  }
  assert.equal(format.categorySummary([{category: 'consent'}, {category: 'newsletter'}, {category: 'consent'}]),
               '2 cookie notices, 1 newsletter sign-up');
  assert.equal(format.text('notArticleTitle'), labels.text.notArticleTitle);
  // The extension carries no copy of the stylesheet: the build copies the core's.
  assert.ok(!fs.existsSync(path.join(paths.repo, 'extension', 'reader', 'reader.css')));
});

test('read aloud: sentences, in several languages', () => {
  const text = '  Dr. Smith arrived. He said “hello!” Then he left.  And?';
  const parts = readAloud.splitSentences(text, 'en').map(([a, b]) => text.slice(a, b));
  assert.ok(parts.length >= 3, JSON.stringify(parts));
  assert.equal(parts[parts.length - 1], 'And?');
  assert.ok(parts.every((p) => p === p.trim() && p.length));
  const ja = '今日は晴れです。明日は雨でしょう。';
  assert.deepEqual(readAloud.splitSentences(ja, 'ja').map(([a, b]) => ja.slice(a, b)), ['今日は晴れです。', '明日は雨でしょう。']);
  assert.deepEqual(readAloud.splitSentences('   ', 'en'), []);
});

test('read aloud: the voice for the article\'s language', () => {
  const voices = [
    {voiceURI: 'en-1', name: 'English', lang: 'en-US', default: true},
    {voiceURI: 'de-1', name: 'Deutsch', lang: 'de-DE', default: false},
    {voiceURI: 'de-2', name: 'Deutsch 2', lang: 'de_AT', default: false},
  ];
  assert.equal(readAloud.chooseVoice(voices, 'de', '').voiceURI, 'de-1');
  assert.equal(readAloud.chooseVoice(voices, 'de-AT', 'de-2').voiceURI, 'de-2');
  assert.equal(readAloud.chooseVoice(voices, 'fr', '').voiceURI, 'en-1');
  assert.equal(readAloud.chooseVoice(voices, 'de', 'gone').voiceURI, 'de-1');
  assert.equal(readAloud.chooseVoice([], 'de', ''), null);
});

test('export: file names from titles', () => {
  assert.equal(exporter.fileName('Would North Korean weapons tilt the war Russia’s way?', 'md'),
               'would-north-korean-weapons-tilt-the-war-russia-s-way.md');
  assert.equal(exporter.fileName('  ', 'html'), 'article.html');
  assert.equal(exporter.fileName('Привет, мир', 'md'), 'привет-мир.md');
  assert.ok(exporter.fileName('x'.repeat(300), 'md').length <= 83);
});

// A scripted voice: speaks each utterance "instantly" when told to.
function fakeSynth(voices) {
  const queue = [];
  const synth = {
    spoken: [],
    getVoices: () => voices,
    addEventListener() {},
    speak(u) {
      queue.push(u);
      synth.spoken.push(u.text);
    },
    cancel() {
      const pending = queue.splice(0);
      for (const u of pending) u.onerror?.({error: 'interrupted'});
    },
    finishOne() {
      const u = queue.shift();
      u?.onend?.({});
    },
  };
  return synth;
}
class FakeUtterance {
  constructor(text) {
    this.text = text;
  }
}

test('read aloud: the controller walks sentences and paragraphs, jumps and stops', async () => {
  const {parseHTML} = paths.requireDependency('linkedom');
  const {document} = parseHTML('<html><body><div id="a"><h2>Title here.</h2>' +
    '<p>First one. Second one.</p><ul><li><p>Inner para.</p></li></ul><p hidden>Hidden.</p><p> </p></div></body></html>');
  const articleEl = document.getElementById('a');
  const blocks = readAloud.readableBlocks(articleEl);
  assert.deepEqual(blocks.map((b) => b.textContent), ['Title here.', 'First one. Second one.', 'Inner para.']);

  const synth = fakeSynth([{voiceURI: 'v', name: 'V', lang: 'en-GB', default: true}]);
  const states = [];
  const c = readAloud.create({articleEl, lang: 'en', getSettings: () => ({speechRate: 1.2, voice: ''}),
                              onChange: (s) => states.push(s), synth, Utterance: FakeUtterance,
                              highlights: null, Highlight: null});
  assert.equal(c.state().status, 'stopped');
  c.play();
  assert.equal(c.state().status, 'playing');
  assert.equal(c.current.rate, 1.2);
  assert.equal(c.current.lang, 'en-GB');
  assert.equal(c.state().text, 'Title here.');
  assert.ok(blocks[0].classList.contains('rm-speaking-block'));
  synth.finishOne();
  assert.equal(c.state().text, 'First one.');
  synth.finishOne();
  assert.equal(c.state().text, 'Second one.');
  assert.equal(blocks[1].dataset.rmSentence, '1');
  c.next();
  assert.equal(c.state().text, 'Inner para.');
  c.pause();
  assert.equal(c.state().status, 'paused');
  c.startFrom(blocks[0].firstChild);
  assert.equal(c.state().status, 'playing');
  assert.equal(c.state().text, 'Title here.');
  synth.finishOne();
  synth.finishOne();
  synth.finishOne();
  synth.finishOne();  // past the last sentence: stops, marks cleared
  assert.equal(c.state().status, 'stopped');
  assert.equal(articleEl.querySelectorAll('.rm-speaking-block').length, 0);
  assert.deepEqual(synth.spoken, ['Title here.', 'First one.', 'Second one.', 'Inner para.',
                                  'Title here.', 'First one.', 'Second one.', 'Inner para.']);
  c.destroy();
});

test('read aloud: no voice -> unavailable, and play does nothing', async () => {
  const {parseHTML} = paths.requireDependency('linkedom');
  const {document} = parseHTML('<html><body><div id="a"><p>Text.</p></div></body></html>');
  const synth = fakeSynth([]);
  const c = readAloud.create({articleEl: document.getElementById('a'), lang: 'en', getSettings: () => ({speechRate: 1, voice: ''}),
                              synth, Utterance: FakeUtterance, highlights: null, Highlight: null});
  assert.equal(c.state().status, 'checking');
  await new Promise((resolve) => setTimeout(resolve, 1700));
  assert.equal(c.state().status, 'unavailable');
  c.play();
  assert.deepEqual(synth.spoken, []);
  c.destroy();
  const none = readAloud.create({articleEl: document.getElementById('a'), lang: 'en', getSettings: () => ({}),
                                 synth: undefined, Utterance: undefined});
  assert.equal(none.state().status, 'unavailable');
});

test('the dyslexia-friendly face: shipped subset within 150 KB, with its licence', () => {
  const dir = path.join(paths.repo, 'extension', 'fonts');
  const faces = fs.readdirSync(dir).filter((f) => f.endsWith('.woff2'));
  assert.deepEqual(faces.sort(), ['opendyslexic-bold.woff2', 'opendyslexic-regular.woff2']);
  const total = faces.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  assert.ok(total <= 150 * 1024, `${total} bytes`);
  for (const f of faces) assert.equal(fs.readFileSync(path.join(dir, f)).subarray(0, 4).toString('latin1'), 'wOF2');
  assert.match(fs.readFileSync(path.join(dir, 'LICENSE-OpenDyslexic.txt'), 'utf8'), /CC-BY-3.0/);
  const manifest = JSON.parse(fs.readFileSync(path.join(paths.repo, 'extension', 'manifest.json'), 'utf8'));
  assert.ok(manifest.web_accessible_resources.some((r) => r.resources.includes('fonts/*.woff2')));
});

test('long article: only the blocks past its first screens are deferred, through the wrappers around them', () => {
  const {parseHTML} = paths.requireDependency('linkedom');
  const {kDeferredAttribute, kEagerChars, kMinDeferredChars, deferLongArticle} = longArticle;
  const para = (i) => `<p>${String(i).padStart(4, '0')} ${'word '.repeat(199)}</p>`;  // 1,000 characters
  const page = (count) => parseHTML(`<html><body><div id="c"><section><h2>Heading</h2>${
    Array.from({length: count}, (_, i) => para(i)).join('')}</section></div></body></html>`).document;
  const deferred = (doc) => [...doc.querySelectorAll(`[${kDeferredAttribute}]`)].map((el) => el.textContent.slice(0, 4));

  // 40 paragraphs of 1,000 characters under <div><section>: the heading and the
  // paragraphs up to kEagerChars of text stay; every later block is deferred.
  const long = page(40);
  const eagerParagraphs = Math.ceil((kEagerChars - 'Heading'.length) / 1000);
  assert.equal(deferLongArticle(long.getElementById('c')), 40 - eagerParagraphs);
  assert.deepEqual(deferred(long), Array.from({length: 40 - eagerParagraphs}, (_, i) => String(eagerParagraphs + i).padStart(4, '0')));
  assert.equal(long.querySelector('section').hasAttribute(kDeferredAttribute), false, 'the wrapper itself is not deferred');
  assert.equal(long.querySelectorAll('[class]').length, 0, 'no class added (the picker builds rules from classes)');

  // Too little below the first screens: nothing deferred.
  const short = page(Math.floor((kEagerChars + kMinDeferredChars) / 1000) - 1);
  assert.equal(deferLongArticle(short.getElementById('c')), 0);
  assert.deepEqual(deferred(short), []);
});
