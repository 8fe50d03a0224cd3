// Native benchmark: our `reader-clean` process against Readability.js in Node,
// per page of the Readability corpus, one run (issue 12).
//
//   node tests/bench/native_vs_readability.mjs [--limit N] [--pages] [--max-bytes B]
//   READER_CLI         default <repo>/build/bin/reader-clean
//   READER_SHARED_DIR  default <repo>/../shared
//
// Per page:
//   ours      wall time of one `reader-clean --format json --url URL page`
//             process (spawnSync: fork, exec, start-up, read, clean, JSON out);
//   linkedom  parseHTML(html) + new Readability(document).parse(), in this
//             long-running Node process;
//   jsdom     new JSDOM(html, {url}) + new Readability(document).parse().
// Each page is run once per contestant (after one warm-up page each, so the
// JIT and our page cache are not what is timed). Prints the per-page median of
// each, the ratio of medians and the median of the per-page ratios, next to the
// machine line (CPU, cores, load average). Prints figures only; asserts nothing.
// Start-up: the same command on a page of a few bytes, run kStartupRuns times,
// is a process's fixed cost (spawn, exec, start-up, the rules' first use,
// output); its wall median and CPU mean are printed as a share of ours.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const cli = path.resolve(process.env.READER_CLI || path.join(repo, 'build', 'bin', 'reader-clean'));
const shared = path.resolve(process.env.READER_SHARED_DIR || path.join(repo, '..', 'shared'));
const pagesDir = path.join(shared, 'corpora', 'readability', 'test-pages');
// Readability.js's own tests use this base URL for every page.
const kUrl = 'http://fakehost/test/page.html';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? Number(args[i + 1]) : fallback;
};
const limit = option('--limit', Infinity);
// The goals are stated for pages up to 1 MB.
const maxBytes = option('--max-bytes', 1 << 20);
const listPages = args.includes('--pages');

function machineLine() {
  const cpus = os.cpus();
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  return `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, load average ${load}`;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

// CPU time, which a busy machine does not inflate the way it inflates wall
// time: ours from the kernel's account of this process's waited-for children
// (/proc/self/stat cutime + cstime, in clock ticks of 10 ms, so only the sum
// over all pages is meaningful), linkedom's from process.cpuUsage().
function childrenCpuMs() {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of proc(5) (cutime, cstime), counted from the state field (3).
  return (Number(fields[16 - 3]) + Number(fields[17 - 3])) * 10;
}
const cpuMs = (c0) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

if (!fs.existsSync(pagesDir)) {
  console.log(`native-vs-readability: skipped: no corpus at ${pagesDir}`);
  process.exit(0);
}
if (!fs.existsSync(cli)) {
  console.error(`native-vs-readability: no reader-clean at ${cli}: build it ` +
                '(cmake --build build --target reader-clean) or set READER_CLI');
  process.exit(2);
}

const {Readability} = require('@mozilla/readability');
const {parseHTML} = require('linkedom');
// jsdom is pinned to 26 in tests/package.json: jsdom 31 needs Node >= 22 (its
// undici uses zlib's zstd), 26 runs on Node >= 18. Should it fail to load, the
// jsdom column is reported unavailable, not guessed.
let jsdom = null;
let jsdomError = '';
try {
  jsdom = require('jsdom');
} catch (e) {
  jsdomError = `${e.message.split('\n')[0]} (jsdom ${require('jsdom/package.json').version} ` +
               `wants Node ${require('jsdom/package.json').engines?.node}; this is ${process.version})`;
}
// Pages' own console noise and CSS parse errors stay out of the output.
const quiet = jsdom ? new jsdom.VirtualConsole() : null;

function runOurs(file) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cli, ['--format', 'json', '--url', kUrl, file], {maxBuffer: 256 << 20});
  const t = ms(t0);
  if (r.status !== 0 && r.status !== 1) throw new Error(`reader-clean failed on ${file}: ${r.stderr}`);
  return t;
}

let linkedomCpu = 0;
function runLinkedom(html) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const {document} = parseHTML(html);
  new Readability(document).parse();
  const t = ms(t0);
  linkedomCpu += cpuMs(c0);
  return t;
}

function runJsdom(html) {
  if (!jsdom) return NaN;
  const t0 = process.hrtime.bigint();
  const dom = new jsdom.JSDOM(html, {url: kUrl, virtualConsole: quiet});
  new Readability(dom.window.document).parse();
  const t = ms(t0);
  dom.window.close();
  return t;
}

const slugs = fs.readdirSync(pagesDir).sort()
  .filter((s) => fs.existsSync(path.join(pagesDir, s, 'source.html')))
  .filter((s) => fs.statSync(path.join(pagesDir, s, 'source.html')).size <= maxBytes)
  .slice(0, limit);

// Spawn floor: the same spawnSync path running /bin/true, for reading "ours".
const floor = median(Array.from({length: 20}, () => {
  const t0 = process.hrtime.bigint();
  spawnSync('/bin/true');
  return ms(t0);
}));

// Start-up: a page with next to nothing to clean, run this many times.
const kStartupRuns = 200;
const tinyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'native-bench-')), 'tiny.html');
fs.writeFileSync(tinyFile, '<!doctype html><title>t</title><p>x</p>');
runOurs(tinyFile);
const startupCpu0 = childrenCpuMs();
const startupWall = median(Array.from({length: kStartupRuns}, () => runOurs(tinyFile)));
const startupCpu = (childrenCpuMs() - startupCpu0) / kStartupRuns;
fs.rmSync(path.dirname(tinyFile), {recursive: true, force: true});

const warm = path.join(pagesDir, slugs[0], 'source.html');
const warmHtml = fs.readFileSync(warm, 'utf8');
runOurs(warm);
runLinkedom(warmHtml);
runJsdom(warmHtml);

console.log(machineLine());
linkedomCpu = 0;
const oursCpu0 = childrenCpuMs();
const rows = [];
for (const slug of slugs) {
  const file = path.join(pagesDir, slug, 'source.html');
  const html = fs.readFileSync(file, 'utf8');
  const row = {slug, kb: fs.statSync(file).size / 1024};
  row.ours = runOurs(file);
  try { row.linkedom = runLinkedom(html); } catch { row.linkedom = NaN; }
  try { row.jsdom = runJsdom(html); } catch { row.jsdom = NaN; }
  rows.push(row);
  if (listPages) {
    console.log(`${slug.padEnd(36)} ${row.kb.toFixed(0).padStart(5)} KB  ours ${row.ours.toFixed(2).padStart(7)}` +
                `  linkedom ${row.linkedom.toFixed(2).padStart(8)} (${(row.linkedom / row.ours).toFixed(1)}x)` +
                `  jsdom ${row.jsdom.toFixed(2).padStart(8)} (${(row.jsdom / row.ours).toFixed(1)}x)`);
  }
}

const oursCpu = childrenCpuMs() - oursCpu0;
const ok = (k) => rows.filter((r) => Number.isFinite(r[k]));
const mOurs = median(rows.map((r) => r.ours));
for (const peer of ['linkedom', 'jsdom']) {
  const valid = ok(peer);
  if (valid.length === 0) {
    console.log(`native-vs-readability: ${peer}: unavailable: ${peer === 'jsdom' ? jsdomError : 'every page failed'}`);
    continue;
  }
  const ratios = valid.map((r) => r[peer] / r.ours);
  const mPeer = median(valid.map((r) => r[peer]));
  const tenfold = ratios.filter((x) => x >= 10).length;
  console.log(`native-vs-readability: ${peer}: pages=${valid.length} ours_median_ms=${mOurs.toFixed(2)} ` +
              `${peer}_median_ms=${mPeer.toFixed(2)} ratio_of_medians=${(mPeer / mOurs).toFixed(1)}x ` +
              `median_page_ratio=${median(ratios).toFixed(1)}x pages_at_10x=${tenfold}/${valid.length}`);
}
console.log(`native-vs-readability: cpu: ours_mean_ms=${(oursCpu / rows.length).toFixed(2)} ` +
            `linkedom_mean_ms=${(linkedomCpu / rows.length).toFixed(2)} ` +
            `ratio=${(linkedomCpu / oursCpu).toFixed(1)}x (CPU time per page, mean; ours from 10 ms ticks summed)`);
const oursCpuMean = oursCpu / rows.length;
console.log(`native-vs-readability: start-up: ${path.basename(tinyFile)} (${kStartupRuns} processes) ` +
            `wall_median_ms=${startupWall.toFixed(2)} cpu_mean_ms=${startupCpu.toFixed(2)}; ` +
            `share of ours: wall ${(100 * startupWall / mOurs).toFixed(0)}% of the median page ` +
            `(spawn floor ${(100 * floor / mOurs).toFixed(0)}%), cpu ${(100 * startupCpu / oursCpuMean).toFixed(0)}% ` +
            `of the mean page; work per page (ours minus start-up): wall median ` +
            `${(mOurs - startupWall).toFixed(2)} ms, cpu mean ${(oursCpuMean - startupCpu).toFixed(2)} ms`);
console.log(`native-vs-readability: spawn floor (spawnSync /bin/true) median_ms=${floor.toFixed(2)}; ` +
            `ours counts it. ${machineLine()}`);
