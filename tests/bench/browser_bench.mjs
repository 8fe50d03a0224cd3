// Browser benchmark: toolbar click -> reader view rendered, in Debian's Chromium,
// on the Readability corpus pages (<= 1 MB) served over http from 127.0.0.1,
// against Readability.js on the same live pages in the same browser.
//
//   node tests/bench/browser_bench.mjs [--pages N] [--warm N] [--cold N] [--ref N]
//        [--only REGEX] [--extension DIR] [--corpus DIR] [--save-text FILE] [--check-text FILE]
//        [--json FILE]
//
// Per page, in one tab:
//   cold  the service worker is stopped (CDP ServiceWorker.stopWorker, then
//         verified stopped), then the click;
//   warm  the click with the worker running;
//   ref   Readability.js (@mozilla/readability, injected into the page):
//         clone + parse + insert + two animation frames.
// "Rendered" = the view attached to the document and two animation frames
// later, observed from the page's main world. The parts come from the
// extension's own timestamps (content/toggle.js, shared/core_service.js,
// background/service_worker.js):
//   worker   click -> action.onClicked runs in the worker (worker start when cold)
//   inject   onClicked -> the content script runs
//   capture  serialising the page's DOM
//   transfer the page to the core's context (offscreen document) and back, minus the core
//   core     the WebAssembly clean(), plus waiting for the core to load (cold)
//   render   the reply -> attached + two animation frames
//   and, finer: storage (the settings read outlasting the capture; inside
//   transfer), transfer out (captured -> the page reached the core) and back
//   (the core's reply -> the content script), build (reply -> view attached: json, view, hide, show = adopt +
//   attach + focus, which forces the view's style and layout), frames
//   (attached -> rendered)
// --save-text / --check-text write / compare the view's article text per page
// (no regression of the view's correctness between two builds); every run
// also says which pages' openings (cold, warm...) showed different texts.
import {createRequire} from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const paths = require('../e2e/paths.js');
const {launch, clickAction, inShadow, kHostTag} = require('../e2e/browser.js');

const kMaxPageBytes = 1 << 20;
const kTimeoutMs = 15000;
const kExtensionName = 'Reader Mode';

function parseArgs(argv) {
  const args = {pages: Infinity, warm: 2, cold: 1, ref: 2, extension: paths.extension,
                corpus: path.join(paths.repo, '..', 'shared', 'corpora', 'readability', 'test-pages'),
                only: null, saveText: null, checkText: null, json: null};
  for (let i = 0; i < argv.length; ++i) {
    const key = argv[i].replace(/^--/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!(key in args)) throw new Error(`unknown option ${argv[i]}`);
    const value = argv[++i];
    args[key] = typeof args[key] === 'number' ? Number(value) : value;
  }
  return args;
}

function loadPages(corpus, limit, only) {
  if (!fs.existsSync(corpus)) throw new Error(`no corpus at ${corpus}`);
  const wanted = only ? new RegExp(only) : null;
  return fs.readdirSync(corpus).sort()
    .filter((name) => !wanted || wanted.test(name))
    .map((name) => ({name, file: path.join(corpus, name, 'source.html')}))
    .filter((p) => fs.existsSync(p.file) && fs.statSync(p.file).size <= kMaxPageBytes)
    .slice(0, limit);
}

function serve(pages, readabilityJs) {
  const byName = new Map(pages.map((p) => [p.name, p.file]));
  const server = http.createServer((req, res) => {
    const m = /^\/([^/]+)\/$/.exec(req.url);
    if (req.url === '/__readability.js') {
      res.writeHead(200, {'Content-Type': 'text/javascript'});
      res.end(readabilityJs);
    } else if (m && byName.has(m[1])) {
      res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'});
      res.end(fs.readFileSync(byName.get(m[1])));
    } else {
      res.writeHead(404, {'Content-Type': 'text/plain'});
      res.end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const epochNow = () => performance.timeOrigin + performance.now();

function stats(xs) {
  if (!xs.length) return {n: 0, median: NaN, p95: NaN};
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return {n: s.length, median: at(0.5), p95: at(0.95)};
}

function machineLine() {
  const cpus = os.cpus();
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  return `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, load average ${load}`;
}

// The service worker of the extension, through the page's CDP session.
class WorkerControl {
  constructor(cdp, extensionId) {
    this.cdp = cdp;
    this.extensionId = extensionId;
    this.versions = new Map();
    cdp.on('ServiceWorker.workerVersionUpdated', ({versions}) => {
      for (const v of versions) this.versions.set(v.versionId, v);
    });
  }

  async init() {
    await this.cdp.send('ServiceWorker.enable');
  }

  ours() {
    return [...this.versions.values()].filter((v) => v.scriptURL.startsWith(`chrome-extension://${this.extensionId}/`));
  }

  async stop() {
    for (const v of this.ours()) {
      if (v.runningStatus !== 'stopped') await this.cdp.send('ServiceWorker.stopWorker', {versionId: v.versionId});
    }
    const deadline = Date.now() + kTimeoutMs;
    while (this.ours().some((v) => v.runningStatus !== 'stopped')) {
      if (Date.now() > deadline) throw new Error('the service worker did not stop');
      await new Promise((r) => setTimeout(r, 10));
    }
    if (!this.ours().length) throw new Error('the extension has no service worker version to stop');
  }
}

// Evaluates `expression` in the extension's isolated world of the page's main frame.
class IsolatedWorld {
  constructor(cdp) {
    this.cdp = cdp;
    this.contexts = new Map();
    cdp.on('Runtime.executionContextCreated', ({context}) => {
      if (context.auxData?.type === 'isolated' && context.name === kExtensionName) this.contexts.set(context.id, context);
    });
    cdp.on('Runtime.executionContextDestroyed', ({executionContextId}) => this.contexts.delete(executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => this.contexts.clear());
  }

  async init() {
    await this.cdp.send('Runtime.enable');
  }

  async evaluate(expression) {
    const context = [...this.contexts.values()].find((c) => c.auxData?.isDefault === false);
    if (!context) return null;
    const {result} = await this.cdp.send('Runtime.evaluate', {expression, contextId: context.id, returnByValue: true});
    return result.value ?? null;
  }
}

// Resolves with the epoch time at which the view (or `selector`) was attached
// with its article (data-state="ready": a build may attach its shell first,
// while the core works, and add the article when it answers) and two
// animation frames had passed, seen from the page's main world.
function armRenderProbe(page) {
  return page.evaluate(([tag, timeoutMs]) => {
    window.__benchRendered = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no reader view')), timeoutMs);
      const done = () => requestAnimationFrame(() => requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve(performance.timeOrigin + performance.now());
      }));
      let watched = null;
      const observer = new MutationObserver(() => {
        const host = document.querySelector(tag);
        if (host?.dataset.state === 'ready') {
          observer.disconnect();
          done();
        } else if (host && host !== watched) {
          watched = host;
          observer.observe(host, {attributes: true, attributeFilter: ['data-state']});
        }
      });
      // The view is appended to <body> (to <html> without one).
      observer.observe(document.documentElement, {childList: true});
      if (document.body) observer.observe(document.body, {childList: true});
    });
  }, [kHostTag, kTimeoutMs]);
}

async function viewText(page) {
  return inShadow(page, `function () {
    const article = this.querySelector('article');
    return article ? article.textContent.replace(/\\s+/g, ' ').trim() : '';
  }`);
}

// A saved run's texts (`want`: page -> text; older files hold a 16-digit hash
// of it) against this run's: the "article text:" line, then for each page that
// differs where, with a few words either side.
const textHash = (text) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);

function textReport(want, texts, name) {
  const differ = Object.keys(want).filter((k) => k in texts &&
    (/^[0-9a-f]{16}$/.test(want[k]) ? want[k] !== textHash(texts[k]) : want[k] !== texts[k]));
  const lines = [`article text: ${Object.keys(texts).length - differ.length}/${Object.keys(texts).length} pages as in ` +
                 `${name}${differ.length ? `; differ: ${differ.join(', ')}` : ''}`];
  for (const k of differ) {
    const [a, b] = [want[k], texts[k]];
    if (/^[0-9a-f]{16}$/.test(a)) continue;  // a hash says nothing more
    let at = 0;
    while (at < a.length && a[at] === b[at]) ++at;
    const around = (t) => JSON.stringify(t.slice(Math.max(0, at - 30), at + 50));
    lines.push(`  ${k}: from character ${at} of ${a.length}: was ${around(a)}, now (${b.length}) ${around(b)}`);
  }
  return lines;
}

async function waitClosed(page) {
  await page.waitForFunction((tag) => !document.querySelector(tag), kHostTag, {polling: 5, timeout: kTimeoutMs});
}

// Each context's timestamps are performance.timeOrigin + now(): wall-clock
// based, fixed when the context was created. This machine's wall clock has
// been seen to jump (by 0.2-10 s during a run), so a page or worker created
// after a jump disagrees with one created before. Every timestamp is
// therefore moved onto this process's clock: a context's offset is measured
// right after each opening (the reading with the shortest round trip of three).
const kClockReadings = 3;
const kNowExpression = 'performance.timeOrigin + performance.now()';

async function clockOffset(readNow) {
  let best = null;
  for (let i = 0; i < kClockReadings; ++i) {
    const before = epochNow();
    const theirs = await readNow();
    const after = epochNow();
    if (typeof theirs !== 'number') return NaN;
    if (!best || after - before < best.rtt) best = {rtt: after - before, offset: theirs - (before + after) / 2};
  }
  return best.offset;
}

// The offscreen document hosting the core: Playwright does not expose it, so
// its clock is read through a (non-flattened) CDP session of the browser.
class OffscreenClock {
  constructor(browserSession, extensionId) {
    this.session = browserSession;
    this.prefix = `chrome-extension://${extensionId}/offscreen/`;
    this.attached = null;  // {targetId, sessionId}
    this.nextId = 1;
    this.pending = new Map();
    browserSession.on('Target.receivedMessageFromTarget', ({sessionId, message}) => {
      const reply = JSON.parse(message);
      if (sessionId === this.attached?.sessionId && this.pending.has(reply.id)) {
        this.pending.get(reply.id)(reply.result?.result?.value ?? null);
        this.pending.delete(reply.id);
      }
    });
  }

  async offset() {
    const {targetInfos} = await this.session.send('Target.getTargets');
    const target = targetInfos.find((t) => t.url.startsWith(this.prefix));
    if (!target) return NaN;
    if (this.attached?.targetId !== target.targetId) {
      const {sessionId} = await this.session.send('Target.attachToTarget', {targetId: target.targetId, flatten: false});
      this.attached = {targetId: target.targetId, sessionId};
    }
    const {sessionId} = this.attached;
    return clockOffset(() => new Promise((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, resolve);
      this.session.send('Target.sendMessageToTarget', {
        sessionId, message: JSON.stringify({id, method: 'Runtime.evaluate', params: {expression: kNowExpression, returnByValue: true}}),
      }).catch(() => resolve(null));
    }));
  }
}

const kPageTimes = ['injected', 'started', 'captured', 'storedAt', 'replied', 'parsed', 'built', 'hidden', 'attached'];
const kCoreTimes = ['received', 'optionsAt', 'coreReady', 'coreStart', 'coreEnd'];

async function measureExtension(ctx, page, url) {
  await armRenderProbe(page);
  const clicked = epochNow();
  await clickAction(ctx.browser, url);
  let rendered = await page.evaluate(() => window.__benchRendered);
  const t = await ctx.isolated.evaluate(`globalThis[Symbol.for('reader-mode.timing')]`);
  // Onto this process's clock (see clockOffset).
  const pageOffset = await clockOffset(() => page.evaluate(kNowExpression));
  rendered -= pageOffset;
  if (t) {
    const click = await lastClick(ctx);
    t.clicked = click ? click.at - click.offset : null;
    for (const k of kPageTimes) if (typeof t[k] === 'number') t[k] -= pageOffset;
    const coreOffset = await ctx.offscreen.offset();
    for (const k of kCoreTimes) if (typeof t[k] === 'number') t[k] -= coreOffset;
  }
  const total = rendered - clicked;
  let parts = null;
  if (t) {
    // Waiting for the core to load (cold) counts as core time (the service
    // says how much of it was on the way; older builds: from the page's arrival).
    const core = (t.coreEnd - t.coreStart) + (t.coreLoad ?? Math.max(0, (t.coreReady ?? t.received) - t.received));
    parts = {
      worker: t.clicked === null ? NaN : t.clicked - clicked,
      inject: t.clicked === null ? NaN : t.injected - t.clicked,
      capture: t.captured - t.started,
      transfer: (t.replied - t.captured) - core,
      core,
      render: rendered - t.replied,
      // Finer grain, not in the sum: waiting for storage after the capture
      // (counted in transfer), building the view, the frames after attaching.
      storage: (t.storedAt ?? t.captured) - t.captured,
      // transfer = out (page captured -> it reached the core) + the core
      // waiting for the options + back (the core's reply -> the content script).
      'transfer out': t.received - t.captured,
      'transfer back': t.replied - t.coreEnd,
      build: t.attached - t.replied,
      // build = JSON parse + the view built + the page hidden + the view attached.
      'build json': (t.parsed ?? NaN) - t.replied,
      'build view': (t.built ?? NaN) - t.parsed,
      'build hide': (t.hidden ?? NaN) - t.built,
      'build show': t.attached - (t.hidden ?? NaN),
      frames: rendered - t.attached,
    };
  }
  return {total, parts};
}

// When the click reached the (possibly restarted) service worker, on its
// clock, with that clock's offset from ours: {at, offset}, or null.
async function lastClick(ctx) {
  const workers = ctx.browser.context.serviceWorkers().filter((w) => w.url().includes(ctx.browser.extensionId));
  for (const worker of workers.reverse()) {
    try {
      const at = await worker.evaluate(() => globalThis[Symbol.for('reader-mode.last-click')] ?? null);
      if (at !== null) return {at, offset: await clockOffset(() => worker.evaluate(kNowExpression))};
    } catch {
      // a stopped worker's handle
    }
  }
  return null;
}

async function closeView(ctx, page, url) {
  await clickAction(ctx.browser, url);
  await waitClosed(page);
}

async function measureReadability(page) {
  await page.addScriptTag({url: '/__readability.js'});
  return page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    const clone = document.cloneNode(true);
    const article = new Readability(clone).parse();
    const host = document.createElement('div');
    host.setAttribute('style', 'position:fixed;inset:0;overflow:auto;background:#fff;z-index:2147483647');
    const heading = document.createElement('h1');
    heading.textContent = article?.title ?? '';
    const body = document.createElement('div');
    body.innerHTML = article?.content ?? '';
    host.append(heading, body);
    document.documentElement.append(host);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
  }));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pages = loadPages(args.corpus, args.pages, args.only);
  if (!fs.existsSync(path.join(args.extension, 'manifest.json'))) {
    throw new Error(`no built extension at ${args.extension}: build it with \`cmake --build build-wasm\``);
  }
  const readabilityJs = fs.readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  const server = await serve(pages, readabilityJs);
  const origin = `http://127.0.0.1:${server.address().port}`;
  // Every other host fails at once: pages load their own markup and nothing from the network.
  const browser = await launch({extensionDir: path.resolve(args.extension),
                                hostResolverRules: 'MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'});
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const ctx = {browser, worker: new WorkerControl(cdp, browser.extensionId), isolated: new IsolatedWorld(cdp),
               offscreen: new OffscreenClock(browser.browserSession, browser.extensionId)};
  await ctx.worker.init();
  await ctx.isolated.init();

  const results = {cold: [], warm: [], ref: []};
  const parts = {cold: [], warm: []};
  const texts = {};
  const variants = {};
  const openings = [];  // every opening, for --json
  const failures = [];
  const started = Date.now();
  for (const [i, p] of pages.entries()) {
    const url = `${origin}/${p.name}/`;
    try {
      await page.goto(url, {waitUntil: 'load', timeout: kTimeoutMs});
      await page.bringToFront();
      if (page.url() !== url) throw new Error(`the page navigated away to ${page.url()}`);
      const runs = [...Array(args.cold).fill('cold'), ...Array(args.warm).fill('warm')];
      for (const kind of runs) {
        if (kind === 'cold') await ctx.worker.stop();
        const m = await measureExtension(ctx, page, url);
        results[kind].push(m.total);
        openings.push({page: p.name, bytes: fs.statSync(p.file).size, kind, total: m.total, parts: m.parts});
        if (m.parts) parts[kind].push(m.parts);
        // Every opening's text: the first is the page's (--save-text,
        // --check-text); others that differ from it make the page unstable
        // within this run (printed at the end).
        const text = (await viewText(page)) ?? '';
        texts[p.name] ??= text;
        (variants[p.name] ??= new Set()).add(text);
        await closeView(ctx, page, url);
      }
      for (let r = 0; r < args.ref; ++r) {
        if (r) await page.goto(url, {waitUntil: 'load', timeout: kTimeoutMs});
        // Some pages send themselves elsewhere a moment after loading.
        if (page.url() !== url) throw new Error(`the page navigated away to ${page.url()}`);
        results.ref.push(await measureReadability(page));
      }
    } catch (error) {
      failures.push(`${p.name}: ${error.message.split('\n')[0]}`);
    }
    if ((i + 1) % 20 === 0) process.stderr.write(`browser_bench: ${i + 1}/${pages.length} pages\n`);
  }
  await browser.close();
  server.close();

  const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
  const line = (label, xs) => {
    const s = stats(xs);
    return `${label.padEnd(34)} n=${String(s.n).padStart(4)}  median ${fmt(s.median).padStart(7)} ms  p95 ${fmt(s.p95).padStart(7)} ms`;
  };
  const out = [];
  out.push(`browser_bench: ${pages.length} pages (<= 1 MB) in ${path.basename(paths.chromium)}, ` +
           `${((Date.now() - started) / 1000).toFixed(0)} s`);
  out.push(machineLine());
  out.push(line('extension warm: click -> rendered', results.warm));
  const kParts = ['worker', 'inject', 'capture', 'transfer', 'core', 'render', 'storage', 'transfer out', 'transfer back', 'build',
                  'build json', 'build view', 'build hide', 'build show', 'frames'];
  for (const k of kParts) {
    out.push(line(`  warm ${k}`, parts.warm.map((x) => x[k]).filter(Number.isFinite)));
  }
  out.push(line('extension cold: click -> rendered', results.cold));
  for (const k of kParts) {
    out.push(line(`  cold ${k}`, parts.cold.map((x) => x[k]).filter(Number.isFinite)));
  }
  out.push(line('Readability.js: clone+parse+insert', results.ref));
  const w = stats(results.warm);
  const c = stats(results.cold);
  const r = stats(results.ref);
  out.push(`goals: warm median <= Readability.js median: ${w.median <= r.median ? 'yes' : 'no'}; ` +
           `warm p95 <= 80 ms: ${w.p95 <= 80 ? 'yes' : 'no'}; cold p95 <= 150 ms: ${c.p95 <= 150 ? 'yes' : 'no'}`);
  if (args.checkText) out.push(...textReport(JSON.parse(fs.readFileSync(args.checkText, 'utf8')), texts, path.basename(args.checkText)));
  const unstable = Object.keys(variants).filter((k) => variants[k].size > 1);
  if (unstable.length) {
    out.push(`article text unstable within this run (openings of one page differ): ` +
             unstable.map((k) => `${k} (${variants[k].size} variants)`).join(', '));
  }
  if (args.saveText) fs.writeFileSync(args.saveText, JSON.stringify(texts, null, 1));
  if (args.json) fs.writeFileSync(args.json, JSON.stringify({results, parts, openings, failures, machine: machineLine()}, null, 1));
  for (const f of failures) out.push(`failed: ${f}`);
  console.log(out.join('\n'));
  if (failures.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`browser_bench: ${error.stack ?? error}`);
  process.exit(1);
});
