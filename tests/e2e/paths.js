// Where the end-to-end test finds its inputs and writes its outputs.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const kRepo = path.resolve(__dirname, '..', '..');
const kWasmBuild = path.resolve(process.env.READER_WASM_BUILD_DIR || path.join(kRepo, 'build-wasm'));

module.exports = {
  repo: kRepo,
  wasmBuild: kWasmBuild,
  extension: path.join(kWasmBuild, 'extension'),
  // Screenshots: under the build dir, never in the source tree.
  out: path.resolve(process.env.READER_E2E_OUT || path.join(kWasmBuild, 'e2e-out')),
  fixture: path.join(kRepo, 'tests', 'fixtures', 'theweek-north-korea.html'),
  expected: path.join(kRepo, 'tests', 'fixtures', 'theweek-north-korea.expected.json'),
  chromium: process.env.READER_CHROMIUM || '/usr/bin/chromium',
  webExt: path.join(kRepo, 'tests', 'node_modules', '.bin', 'web-ext'),

  // Fails with a message saying what to run, instead of a module-not-found trace.
  requireDependency(name) {
    try {
      return require(name);
    } catch (error) {
      throw new Error(`${name} is not installed: run \`npm ci\` in ${path.join(kRepo, 'tests')} ` +
                      `(${error.message.split('\n')[0]})`);
    }
  },

  // An extension ES module (path relative to extension/) bundled by esbuild as
  // a classic script that sets `window[globalName]` to its exports, for
  // injecting into a test page.
  bundleForPage(rel, globalName) {
    const esbuild = module.exports.requireDependency('esbuild');
    const {outputFiles} = esbuild.buildSync({
      entryPoints: [path.join(kRepo, 'extension', rel)], bundle: true, write: false,
      format: 'iife', globalName, target: ['chrome120'], loader: {'.css': 'text'},
    });
    return outputFiles[0].text;
  },

  requireBuiltExtension() {
    const manifest = path.join(kWasmBuild, 'extension', 'manifest.json');
    if (!fs.existsSync(manifest)) {
      throw new Error(`no built extension at ${path.dirname(manifest)}: build it first with ` +
                      '`emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release && cmake --build build-wasm` ' +
                      '(or set READER_WASM_BUILD_DIR)');
    }
  },
};
