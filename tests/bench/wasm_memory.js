// WASM memory benchmark (issue 12): peak heap per page and growth across
// consecutive cleans in one instance, with the Node build of the core
// (build-wasm/bin/reader-core.{js,wasm}, non-ES6).
//
//   node tests/bench/wasm_memory.js [--limit N] [--cleans N] [--max-bytes B]
//   READER_WASM_BUILD_DIR  default <repo>/build-wasm
//   READER_SHARED_DIR      default <repo>/../shared
//
// Per page, in a fresh instance (the module is compiled once): one warm-up
// clean of a tiny page first builds what an instance keeps for its life (the
// clutter rules and phrase index, lazily), then the page is cleaned once.
// The page's peak heap is the growth of dlmalloc's peak footprint over the
// footprint before the page, i.e. what the page needed from WebAssembly
// memory at its worst moment; it is printed over the page's size.
// Growth: one instance cleans the pages in turn, N cleans in all (default
// 200); bytes in use after each clean and the WebAssembly memory size are
// compared between the end of the first pass and the end.
// Figures only: nothing here passes or fails on size.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..');
const build = path.resolve(process.env.READER_WASM_BUILD_DIR || path.join(repo, 'build-wasm'));
const shared = path.resolve(process.env.READER_SHARED_DIR || path.join(repo, '..', 'shared'));
const pagesDir = path.join(shared, 'corpora', 'readability', 'test-pages');
const kUrl = 'http://fakehost/test/page.html';
// The issue's goals are stated for pages up to 1 MB.
const kDefaultMaxBytes = 1 << 20;
// Goal: peak heap per page at most this many times the page's size.
const kGoalPeakX = 8;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? Number(args[i + 1]) : fallback;
};
const limit = option('--limit', Infinity);
const cleans = option('--cleans', 200);
const maxBytes = option('--max-bytes', kDefaultMaxBytes);

const machine = () => `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ` +
                      `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`;
const kb = (n) => (n / 1024).toFixed(0);
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}

async function main() {
  if (!fs.existsSync(pagesDir)) {
    console.log(`wasm-memory: skipped: no corpus at ${pagesDir}`);
    return 0;
  }
  const js = path.join(build, 'bin', 'reader-core.js');
  const wasm = path.join(build, 'bin', 'reader-core.wasm');
  if (!fs.existsSync(js) || !fs.existsSync(wasm)) {
    console.error(`wasm-memory: no Node build of the core at ${js}: build build-wasm or set READER_WASM_BUILD_DIR`);
    return 2;
  }
  const factory = require(js);
  const module = new WebAssembly.Module(fs.readFileSync(wasm));
  // A new instance of the compiled module (Emscripten's instantiateWasm hook).
  const instance = () => factory({
    instantiateWasm(imports, receive) {
      const inst = new WebAssembly.Instance(module, imports);
      receive(inst, module);
      return inst.exports;
    },
  });
  const probe = await instance();
  if (typeof probe.memoryStats !== 'function') {
    console.error('wasm-memory: this build has no memoryStats(): rebuild build-wasm');
    return 2;
  }
  const stats = (core) => JSON.parse(core.memoryStats());
  const heapBytes = (core) => (core.HEAP8 || core.HEAPU8).buffer.byteLength;

  const pages = fs.readdirSync(pagesDir).sort()
    .map((slug) => ({slug, file: path.join(pagesDir, slug, 'source.html')}))
    .filter((p) => fs.existsSync(p.file) && fs.statSync(p.file).size <= maxBytes)
    .slice(0, limit)
    .map((p) => ({...p, bytes: fs.readFileSync(p.file)}));
  console.log(machine());

  // One-time cost of an instance: what it keeps after its first clean.
  const tiny = Buffer.from('<title>t</title><p>warm-up</p>');
  let oneTime = 0;
  const peaks = [];
  for (const page of pages) {
    const core = await instance();
    const s0 = stats(core);
    core.clean(tiny, kUrl, '{}');
    const s1 = stats(core);
    oneTime = Math.max(oneTime, s1.inUse - s0.inUse);
    core.clean(page.bytes, kUrl, '{}');
    const s2 = stats(core);
    const peak = s2.maxFootprint - s1.footprint;
    peaks.push({slug: page.slug, size: page.bytes.length, peak, x: peak / page.bytes.length});
  }
  const xs = peaks.map((p) => p.x);
  const worst = peaks.reduce((a, b) => (b.x > a.x ? b : a));
  const over = peaks.filter((p) => p.x > kGoalPeakX);
  console.log(`wasm-memory: instance one-time heap (rules, phrase index) ${kb(oneTime)} KB`);
  console.log(`wasm-memory: peak heap per page over page size: median ${percentile(xs, 0.5).toFixed(1)}x ` +
              `p95 ${percentile(xs, 0.95).toFixed(1)}x max ${worst.x.toFixed(1)}x (${worst.slug}, ${kb(worst.size)} KB); ` +
              `pages over ${kGoalPeakX}x: ${over.length}/${peaks.length}` +
              (over.length ? ` (${over.slice(0, 8).map((p) => `${p.slug} ${kb(p.size)} KB ${p.x.toFixed(1)}x`).join(', ')})` : ''));

  // Pages of a few KB (Readability's synthetic test cases) are measured in
  // the allocator's 4 KB steps of footprint: a page under kSmallPage bytes
  // is over 8x with any DOM at all. Both views are printed.
  const kSmallPage = 4096;
  const large = peaks.filter((p) => p.size >= kSmallPage);
  const small = peaks.filter((p) => p.size < kSmallPage);
  const worstLarge = large.length ? large.reduce((a, b) => (b.x > a.x ? b : a)) : null;
  const maxSmall = small.reduce((m, p) => Math.max(m, p.peak), 0);
  console.log(`wasm-memory: pages of ${kSmallPage / 1024} KB or more: ` +
              (worstLarge ? `max ${worstLarge.x.toFixed(1)}x (${worstLarge.slug}, ${kb(worstLarge.size)} KB), ` +
                            `over ${kGoalPeakX}x: ${large.filter((p) => p.x > kGoalPeakX).length}/${large.length}` : 'none') +
              `; smaller pages: ${small.length}, largest growth ${kb(maxSmall)} KB`);

  // Growth across consecutive cleans in one instance.
  const core = await instance();
  const inUse = [];
  const heap = [];
  for (let i = 0; i < cleans; ++i) {
    core.clean(pages[i % pages.length].bytes, kUrl, '{}');
    inUse.push(stats(core).inUse);
    heap.push(heapBytes(core));
  }
  const pass = Math.min(pages.length, cleans) - 1;
  const growth = inUse[cleans - 1] - inUse[pass];
  console.log(`wasm-memory: ${cleans} cleans in one instance: in use after clean ${pass + 1} ${kb(inUse[pass])} KB, ` +
              `after clean ${cleans} ${kb(inUse[cleans - 1])} KB (growth ${growth} bytes); ` +
              `WebAssembly memory ${kb(heap[pass])} KB -> ${kb(heap[cleans - 1])} KB`);
  console.log(`wasm-memory: pages=${peaks.length} peak_x_median=${percentile(xs, 0.5).toFixed(2)} ` +
              `peak_x_max=${worst.x.toFixed(2)} cleans=${cleans} in_use_growth_bytes=${growth} ` +
              `memory_growth_bytes=${heap[cleans - 1] - heap[pass]}`);
  return 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e);
  process.exit(1);
});
