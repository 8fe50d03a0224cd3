// clean() in the Node build of the core: CPU time per pass over the
// Readability pages up to 1 MB (process.cpuUsage() around
// core.clean(page, url, '{}') for every page, after one warm-up pass).
// Several builds load into one Node and alternate pass by pass, so that the
// machine's load falls on all of them alike; it prints each build's median
// and minimum. A figure, not a test (README "Speed").
//
//   node tests/bench/wasm_clean_cpu.js [--passes N] [BUILD.js ...]
//   BUILD.js: an Emscripten CommonJS factory with its .wasm beside it
//             (default build-wasm/bin/reader-core.js)
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const kRepo = path.resolve(__dirname, '..', '..');
const kShared = path.resolve(process.env.READER_SHARED_DIR || path.join(kRepo, '..', 'shared'));
const kPages = path.join(kShared, 'corpora', 'readability', 'test-pages');
const kMaxPageBytes = 1 << 20;
const kUrl = 'http://fakehost/test/page.html';  // Readability's own test URL

function main() {
  const args = process.argv.slice(2);
  let passes = 7;
  const builds = [];
  for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--passes') passes = Number(args[++i]);
    else builds.push(path.resolve(args[i]));
  }
  if (builds.length === 0) builds.push(path.join(kRepo, 'build-wasm', 'bin', 'reader-core.js'));
  if (!fs.existsSync(kPages)) {
    console.error(`no Readability pages at ${kPages} (set READER_SHARED_DIR)`);
    process.exit(2);
  }
  const pages = fs.readdirSync(kPages).sort()
    .map((d) => path.join(kPages, d, 'source.html'))
    .filter((f) => fs.existsSync(f) && fs.statSync(f).size <= kMaxPageBytes)
    .map((f) => fs.readFileSync(f));
  return Promise.all(builds.map((js) => require(js)({wasmBinary: fs.readFileSync(js.replace(/\.js$/, '.wasm'))})))
    .then((cores) => {
      const pass = (core) => {
        const start = process.cpuUsage();
        for (const page of pages) core.clean(page, kUrl, '{}');
        const used = process.cpuUsage(start);
        return (used.user + used.system) / 1000;
      };
      cores.forEach(pass);  // warm-up: compilation tiers, first-use tables
      const times = cores.map(() => []);
      for (let i = 0; i < passes; ++i) cores.forEach((core, k) => times[k].push(pass(core)));
      const load = require('node:os').loadavg()[0].toFixed(1);
      times.forEach((t, k) => {
        const sorted = [...t].sort((a, b) => a - b);
        console.log(`${builds[k]}: ${pages.length} pages, CPU per pass median ${sorted[sorted.length >> 1].toFixed(0)} ms, ` +
                    `min ${sorted[0].toFixed(0)} ms (${passes} passes, load ${load})`);
      });
    });
}

main();
