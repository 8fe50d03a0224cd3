// WASM parity on what the repository carries: the Node build of the core
// (build-wasm/bin/reader-core.js) must return, byte for byte, the JSON the
// native CLI prints with `reader-clean --format json --url URL FILE` for the
// fixture, hold the fixture's expectations, and never throw on bad input.
// The corpus samples are parity_corpus.test.js (a ctest of their own, skipped
// without ../shared).
//
//   node --test tests/wasm/parity.test.js
'use strict';
const {test} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const {
  parity, kFixture, kExpected, requireCli, nativeJson, wasmJson, assertSameJson, normalize,
} = require('./parity_common.js');

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
  const fromString = JSON.parse(parity.core.clean(html, kExpected.url, JSON.stringify({charset: 'utf-8'})));
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
  const empty = JSON.parse(parity.core.clean('', 'https://example.com/', '{}'));
  assert.notEqual(empty.status, 'ok');
  const binary = JSON.parse(parity.core.clean(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
                                       'https://example.com/', '{}'));
  assert.notEqual(binary.status, 'ok');
  const malformed = JSON.parse(parity.core.clean('<p>hello</p>', 'https://example.com/', '{not json'));
  assert.equal(typeof malformed.content, 'string');
  const invalidUtf8 = JSON.parse(parity.core.clean(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x70, 0x3e]),
                                            'https://example.com/', '{"charset": "utf-8"}'));
  assert.equal(typeof invalidUtf8.textContent, 'string');
});

