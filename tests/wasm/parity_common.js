// What the WASM parity tests share: the Node build of the core loaded once
// before the tests, the native CLI's JSON, the WASM JSON, and a comparison
// that shows where the two part.
//
//   READER_WASM_BUILD_DIR  default <repo>/build-wasm
//   READER_CLI             default <repo>/build/bin/reader-clean
//   READER_SHARED_DIR      default <repo>/../shared (the corpora)
'use strict';
const {before} = require('node:test');
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

const parity = {core: null};

before(async () => {
  const js = path.join(kWasmBuild, 'bin', 'reader-core.js');
  const wasm = path.join(kWasmBuild, 'bin', 'reader-core.wasm');
  if (!fs.existsSync(js) || !fs.existsSync(wasm)) {
    throw new Error(`no Node build of the core at ${js}: run ` +
                    '`emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release && cmake --build build-wasm` ' +
                    '(with NODE_PATH=/usr/share/nodejs), or set READER_WASM_BUILD_DIR');
  }
  const factory = require(js);
  parity.core = await factory({wasmBinary: fs.readFileSync(wasm)});
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
const wasmJson = (file, url, options = {}) => parity.core.clean(fs.readFileSync(file), url, JSON.stringify(options));

function assertSameJson(wasm, native, label) {
  if (wasm === native) return;
  let i = 0;
  while (i < wasm.length && i < native.length && wasm[i] === native[i]) ++i;
  assert.fail(`${label}: WASM and native JSON part at ${i}: ` +
              `wasm ${JSON.stringify(wasm.slice(Math.max(0, i - 60), i + 60))} ` +
              `native ${JSON.stringify(native.slice(Math.max(0, i - 60), i + 60))}`);
}

const normalize = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

module.exports = {
  parity, kCli, kShared, kReadabilityPages, kFixture, kExpected, kReadabilityUrl, kSampleSize,
  requireCli, nativeJson, wasmJson, assertSameJson, normalize,
};
