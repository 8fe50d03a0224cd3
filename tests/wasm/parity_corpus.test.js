// WASM parity on corpus samples (../shared): Readability pages, and wcxb-dev
// pages where the learned block scorer and container choice act. A ctest of
// its own (wasm_parity_corpus), skipped when the corpora are absent.
//
//   node --test tests/wasm/parity_corpus.test.js
'use strict';
const {execFileSync} = require('node:child_process');
const {test} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {
  parity, kCli, kShared, kReadabilityPages, kReadabilityUrl, kSampleSize,
  requireCli, nativeJson, wasmJson, assertSameJson,
} = require('./parity_common.js');

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
// Every k-th wcxb-dev page (sorted ids) of the given types, up to size.
function wcxbSample(types, size) {
  const pages = Object.keys(wcxbTruth).sort()
    .filter((k) => types.includes(wcxbTruth[k].type) && /^https?:\/\//.test(wcxbTruth[k].url || '') &&
                   fs.existsSync(path.join(kWcxb, 'html', `${k}.html.gz`)));
  return pages.filter((_, i) => i % Math.max(1, Math.floor(pages.length / size)) === 0).slice(0, size);
}

// Cleans wcxb-dev page `id` natively and in WASM (UTF-8, its URL), asserts
// the JSON is identical and returns the native CLI's arguments, the page's
// bytes and its JSON text.
function assertWcxbParity(id) {
  const bytes = require('node:zlib').gunzipSync(fs.readFileSync(path.join(kWcxb, 'html', `${id}.html.gz`)));
  const url = wcxbTruth[id].url;
  const args = ['--format', 'json', '--charset', 'utf-8', '--url', url, '-'];
  const native = execFileSync(kCli, args, {input: bytes, maxBuffer: 256 << 20, encoding: 'utf8'})
    .replace(/\n$/, '');
  assertSameJson(parity.core.clean(bytes, url, JSON.stringify({charset: 'utf-8'})), native, id);
  return {args, bytes, native};
}

const forumSample = wcxbSample(['forum'], kForumSampleSize);

test('wcxb-dev forum sample (learned block pruning): WASM JSON is identical to the native CLI',
     {skip: forumSample.length ? false : `no wcxb-dev corpus at ${kWcxb}`}, async (t) => {
  requireCli();
  let learned = 0;
  for (const id of forumSample) {
    await t.test(id, () => {
      const {native} = assertWcxbParity(id);
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
const choiceSample = wcxbSample(['collection', 'listing', 'product'], kChoiceSampleSize);

test('wcxb-dev collection/listing/product sample (learned container choice): WASM JSON is identical to the native CLI',
     {skip: choiceSample.length ? false : `no wcxb-dev corpus at ${kWcxb}`}, async (t) => {
  requireCli();
  let chosen = 0;
  for (const id of choiceSample) {
    await t.test(id, () => {
      const {args, bytes} = assertWcxbParity(id);
      // --blocks marks the candidate the model takes (and keeps the rules' article).
      const diag = JSON.parse(execFileSync(kCli, ['--blocks'].concat(args),
                                           {input: bytes, maxBuffer: 256 << 20, encoding: 'utf8'}));
      chosen += ((diag.containers || {}).rows || []).filter((r) => r.chosen).length;
    });
  }
  // The sample exercises the choice: the model took another container somewhere.
  assert.ok(chosen > 0, 'no learned container choice in the sample');
});

