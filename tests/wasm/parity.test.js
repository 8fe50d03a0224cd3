// WASM parity: the Node build of the core (build-wasm/bin/reader-core.js) must
// return, byte for byte, the JSON the native CLI prints with
// `reader-clean --format json --url URL FILE`, and hold the fixture's
// expectations.
//
//   node --test tests/wasm/
//   READER_WASM_BUILD_DIR  default <repo>/build-wasm
//   READER_CLI             default <repo>/build/bin/reader-clean
'use strict';
const {test, before} = require('node:test');
const assert = require('node:assert/strict');
const {execFileSync} = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const kRepo = path.resolve(__dirname, '..', '..');
const kWasmBuild = path.resolve(process.env.READER_WASM_BUILD_DIR || path.join(kRepo, 'build-wasm'));
const kCli = path.resolve(process.env.READER_CLI || path.join(kRepo, 'build', 'bin', 'reader-clean'));
const kShared = path.resolve(process.env.READER_SHARED_DIR || path.join(kRepo, '..', 'shared'));
const kReadabilityPages = path.join(kShared, 'corpora', 'readability', 'test-pages');
const kFixture = path.join(kRepo, 'tests', 'fixtures', 'theweek-north-korea.html');
const kExpected = JSON.parse(fs.readFileSync(path.join(kRepo, 'tests', 'fixtures', 'theweek-north-korea.expected.json'), 'utf8'));
// Readability.js's own tests use this base URL for every page.
const kReadabilityUrl = 'http://fakehost/test/page.html';
// Pages compared from the Readability corpus: every k-th of the sorted list.
const kSampleSize = 10;

let core;

before(async () => {
  const js = path.join(kWasmBuild, 'bin', 'reader-core.js');
  const wasm = path.join(kWasmBuild, 'bin', 'reader-core.wasm');
  if (!fs.existsSync(js) || !fs.existsSync(wasm)) {
    throw new Error(`no Node build of the core at ${js}: run ` +
                    '`emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release && cmake --build build-wasm` ' +
                    '(with NODE_PATH=/usr/share/nodejs), or set READER_WASM_BUILD_DIR');
  }
  const factory = require(js);
  core = await factory({wasmBinary: fs.readFileSync(wasm)});
});

function requireCli() {
  if (!fs.existsSync(kCli)) {
    throw new Error(`no native CLI at ${kCli}: build it (cmake --build build --target reader-clean) or set READER_CLI`);
  }
}

function nativeJson(file, url) {
  return execFileSync(kCli, ['--format', 'json', '--url', url, file], {maxBuffer: 256 << 20, encoding: 'utf8'})
    .replace(/\n$/, '');
}

// The page's bytes as they are (a Buffer is a Uint8Array: Embind passes it as
// raw bytes), so the core detects the encoding exactly as the CLI does.
const wasmJson = (file, url, options = {}) => core.clean(fs.readFileSync(file), url, JSON.stringify(options));

function assertSameJson(wasm, native, label) {
  if (wasm === native) return;
  let i = 0;
  while (i < wasm.length && i < native.length && wasm[i] === native[i]) ++i;
  assert.fail(`${label}: WASM and native JSON part at ${i}: ` +
              `wasm ${JSON.stringify(wasm.slice(Math.max(0, i - 60), i + 60))} ` +
              `native ${JSON.stringify(native.slice(Math.max(0, i - 60), i + 60))}`);
}

const normalize = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

test('fixture: WASM JSON is identical to the native CLI', () => {
  requireCli();
  assertSameJson(wasmJson(kFixture, kExpected.url), nativeJson(kFixture, kExpected.url), 'theweek');
});

test('fixture: the expected.json lines hold in WASM', async (t) => {
  const r = JSON.parse(wasmJson(kFixture, kExpected.url));
  const text = normalize(r.textContent);
  assert.equal(r.status, 'ok');
  assert.equal(r.title, kExpected.title);
  assert.ok(normalize(r.byline).includes(kExpected.byline_contains), `byline ${r.byline}`);
  assert.equal(r.siteName, kExpected.siteName);
  assert.equal(r.lang, kExpected.lang);
  assert.ok(String(r.publishedTime).startsWith(kExpected.publishedTime_prefix), `publishedTime ${r.publishedTime}`);
  assert.ok(normalize(r.excerpt).includes(kExpected.excerpt_contains), `excerpt ${r.excerpt}`);
  for (const s of kExpected.content_must_contain) assert.ok(text.includes(s), `content has "${s}"`);
  for (const s of kExpected.content_must_not_contain) {
    assert.ok(!text.includes(s), `textContent must not have "${s}"`);
    assert.ok(!r.content.includes(s), `content must not have "${s}"`);
  }
  const categories = new Set(r.removed.map((m) => m.category));
  for (const c of kExpected.removed_categories_at_least) assert.ok(categories.has(c), `removed a ${c} block`);
  await t.test('every removal can be restored: html, text preview, valid anchor', () => {
    const blocks = r.removed.length;
    assert.ok(blocks > 0);
    r.removed.forEach((m, i) => {
      assert.equal(m.index, i);
      assert.ok(m.html.length > 0 && m.text.length > 0 && m.text.length <= 200, JSON.stringify(m).slice(0, 200));
      assert.ok(Number.isInteger(m.anchor) && m.anchor >= -1, `anchor ${m.anchor}`);
      assert.ok(!/<script|\son\w+=/i.test(m.html), `removal ${i} html is sanitized`);
    });
  });
});

test('a JS string (what the extension passes) gives the same article as the bytes', () => {
  const html = fs.readFileSync(kFixture, 'utf8');
  const fromString = JSON.parse(core.clean(html, kExpected.url, JSON.stringify({charset: 'utf-8'})));
  const fromBytes = JSON.parse(wasmJson(kFixture, kExpected.url));
  assert.deepEqual(fromString, fromBytes);
});

test('options: clutter removal off keeps the blocks; user rules apply and report errors', () => {
  const off = JSON.parse(wasmJson(kFixture, kExpected.url, {removeClutter: false}));
  const on = JSON.parse(wasmJson(kFixture, kExpected.url));
  // Extraction alone may still drop blocks (Readability's conditional clean),
  // but never by a clutter rule.
  const clutterRules = new Set(on.removed.map((m) => m.rule));
  assert.ok(on.removed.length > 0);
  assert.deepEqual(off.removed.filter((m) => clutterRules.has(m.rule)).map((m) => m.rule), []);
  // A user rule naming a paragraph of the article removes it (and says so).
  const target = kExpected.content_must_contain[1];
  const ruled = JSON.parse(wasmJson(kFixture, kExpected.url,
                                    {userRules: `! my rules\ntheweek.com##p:has-text(${target})\n`}));
  assert.ok(normalize(on.textContent).includes(target));
  assert.ok(!normalize(ruled.textContent).includes(target), 'the user rule removed the paragraph');
  assert.deepEqual(ruled.ruleErrors, []);
  assert.ok(ruled.removed.some((m) => m.category === 'user' && m.text.includes(target.slice(0, 40))),
            'the removal is reported with category "user"');
  const bad = JSON.parse(wasmJson(kFixture, kExpected.url, {userRules: 'theweek.com##p:bogus-pseudo(1)\n'}));
  assert.equal(bad.ruleErrors.length, 1, JSON.stringify(bad.ruleErrors));
  assert.match(bad.ruleErrors[0], /line 1/);
});

test('bad input never throws: empty, binary, malformed options', () => {
  const empty = JSON.parse(core.clean('', 'https://example.com/', '{}'));
  assert.notEqual(empty.status, 'ok');
  const binary = JSON.parse(core.clean(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
                                       'https://example.com/', '{}'));
  assert.notEqual(binary.status, 'ok');
  const malformed = JSON.parse(core.clean('<p>hello</p>', 'https://example.com/', '{not json'));
  assert.equal(typeof malformed.content, 'string');
  const invalidUtf8 = JSON.parse(core.clean(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x70, 0x3e]),
                                            'https://example.com/', '{"charset": "utf-8"}'));
  assert.equal(typeof invalidUtf8.textContent, 'string');
});

const corpusPages = fs.existsSync(kReadabilityPages)
  ? fs.readdirSync(kReadabilityPages).filter((d) => fs.existsSync(path.join(kReadabilityPages, d, 'source.html'))).sort()
  : [];
const sample = corpusPages.filter((_, i) => i % Math.max(1, Math.floor(corpusPages.length / kSampleSize)) === 0)
  .slice(0, kSampleSize);

test('readability corpus sample: WASM JSON is identical to the native CLI',
     {skip: corpusPages.length ? false : `no corpus at ${kReadabilityPages}`}, async (t) => {
  requireCli();
  for (const slug of sample) {
    await t.test(slug, () => {
      const file = path.join(kReadabilityPages, slug, 'source.html');
      assertSameJson(wasmJson(file, kReadabilityUrl), nativeJson(file, kReadabilityUrl), slug);
    });
  }
});

// Forum threads are where the learned block scorer removes blocks
// (core/extract/learned_prune.cpp): its tree inference and the features it
// reads must give the same decisions in WASM as natively.
const kWcxb = path.join(kShared, 'corpora', 'wcxb-dev');
const kForumSampleSize = 8;
const wcxbTruth = fs.existsSync(path.join(kWcxb, 'ground-truth.json'))
  ? JSON.parse(fs.readFileSync(path.join(kWcxb, 'ground-truth.json'), 'utf8'))
  : {};
const forumPages = Object.keys(wcxbTruth).sort()
  .filter((k) => wcxbTruth[k].type === 'forum' && /^https?:\/\//.test(wcxbTruth[k].url || '') &&
                 fs.existsSync(path.join(kWcxb, 'html', `${k}.html.gz`)));
const forumSample = forumPages
  .filter((_, i) => i % Math.max(1, Math.floor(forumPages.length / kForumSampleSize)) === 0)
  .slice(0, kForumSampleSize);

test('wcxb-dev forum sample (learned block pruning): WASM JSON is identical to the native CLI',
     {skip: forumSample.length ? false : `no wcxb-dev corpus at ${kWcxb}`}, async (t) => {
  requireCli();
  const zlib = require('node:zlib');
  let learned = 0;
  for (const id of forumSample) {
    await t.test(id, () => {
      const bytes = zlib.gunzipSync(fs.readFileSync(path.join(kWcxb, 'html', `${id}.html.gz`)));
      const url = wcxbTruth[id].url;
      const native = execFileSync(kCli, ['--format', 'json', '--charset', 'utf-8', '--url', url, '-'],
                                  {input: bytes, maxBuffer: 256 << 20, encoding: 'utf8'}).replace(/\n$/, '');
      const wasm = core.clean(bytes, url, JSON.stringify({charset: 'utf-8'}));
      assertSameJson(wasm, native, id);
      learned += JSON.parse(native).removed.filter((r) => r.rule.startsWith('learned scorer p=')).length;
    });
  }
  // The sample exercises the scorer: some of its blocks were removed.
  assert.ok(learned > 0, 'no learned-scorer removal in the forum sample');
});

// Collections, listings and products are where the learned container choice
// (core/extract/container_model.cpp) takes another container than the
// rules': its features and tree inference must decide the same in WASM.
const kChoiceSampleSize = 8;
const choicePages = Object.keys(wcxbTruth).sort()
  .filter((k) => ['collection', 'listing', 'product'].includes(wcxbTruth[k].type) &&
                 /^https?:\/\//.test(wcxbTruth[k].url || '') &&
                 fs.existsSync(path.join(kWcxb, 'html', `${k}.html.gz`)));
const choiceSample = choicePages
  .filter((_, i) => i % Math.max(1, Math.floor(choicePages.length / kChoiceSampleSize)) === 0)
  .slice(0, kChoiceSampleSize);

test('wcxb-dev collection/listing/product sample (learned container choice): WASM JSON is identical to the native CLI',
     {skip: choiceSample.length ? false : `no wcxb-dev corpus at ${kWcxb}`}, async (t) => {
  requireCli();
  const zlib = require('node:zlib');
  let chosen = 0;
  for (const id of choiceSample) {
    await t.test(id, () => {
      const bytes = zlib.gunzipSync(fs.readFileSync(path.join(kWcxb, 'html', `${id}.html.gz`)));
      const url = wcxbTruth[id].url;
      const args = ['--format', 'json', '--charset', 'utf-8', '--url', url, '-'];
      const native = execFileSync(kCli, args, {input: bytes, maxBuffer: 256 << 20, encoding: 'utf8'})
        .replace(/\n$/, '');
      const wasm = core.clean(bytes, url, JSON.stringify({charset: 'utf-8'}));
      assertSameJson(wasm, native, id);
      // --blocks marks the candidate the model takes (and keeps the rules' article).
      const diag = JSON.parse(execFileSync(kCli, ['--blocks'].concat(args),
                                           {input: bytes, maxBuffer: 256 << 20, encoding: 'utf8'}));
      chosen += ((diag.containers || {}).rows || []).filter((r) => r.chosen).length;
    });
  }
  // The sample exercises the choice: the model took another container somewhere.
  assert.ok(chosen > 0, 'no learned container choice in the sample');
});
