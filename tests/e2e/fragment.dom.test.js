// DOM tier: the reader view's last line of defence (extension/reader/fragment.js)
// on its own, in Chromium. The core's sanitizer runs first in real use; here
// every XSS payload of the DOMPurify corpus goes straight into fragment.parse()
// and must come out inert: no active elements, no handlers, no script URLs,
// and nothing fires when the result is attached to a live document.
'use strict';
const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const paths = require('./paths');

const kCorpus = path.join(paths.repo, '..', 'shared', 'corpora', 'dompurify', 'expect.json');
// Time given to handlers, SMIL animations and image errors to fire.
const kSettleMs = 500;

// Payloads that must not survive, beyond the corpus (SVG camelCase names, SMIL).
const kExtraPayloads = [
  '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>',
  '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
  '<svg><set attributeName="onmouseover" to="alert(1)"/></svg>',
  '<a href="java&#x09;script:alert(1)">x</a><a href=" JAVASCRIPT:alert(1)">y</a>',
  '<img src=x onerror=alert(1)><img srcset="javascript:alert(1) 1x, /ok.png 2x">',
  '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">b</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:/">',
  '<div style="background:url(javascript:alert(1))">s</div><style>*{x:expression(alert(1))}</style>',
];

const skip = fs.existsSync(kCorpus) ? false : `no corpus at ${kCorpus}`;
let context;
let page;

before(async () => {
  const {chromium} = paths.requireDependency('playwright-core');
  context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'reader-dom-')), {
    executablePath: paths.chromium, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  page = await context.newPage();
  await page.setContent('<!DOCTYPE html><html><body><main id="out"></main></body></html>');
  await page.evaluate(() => {
    window.__fired = [];
    for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
      window[name] = (...args) => window.__fired.push(`${name}(${args.join(',')})`);
    }
  });
  await page.addScriptTag({content: paths.bundleForPage('reader/fragment.js', 'readerFragment')});
});

after(async () => {
  await context?.close();
});

// Parses each payload, attaches all results to the live document, and
// returns the problems found: per payload for what is left in the markup, and
// for the whole batch what fired while the results were attached.
async function check(payloads) {
  return page.evaluate(async ([htmls, settleMs]) => {
    const out = document.getElementById('out');
    const problems = [];
    const active = 'script,iframe,frame,frameset,object,embed,applet,form,base,meta,link,style,template,' +
                   'animate,set,animateMotion,animateTransform,use,foreignObject';
    // Each result goes into its own shadow root, as in the reader view (named
    // elements there cannot clobber document.createElement and friends).
    htmls.forEach((html, i) => {
      const holder = out.appendChild(document.createElement('div')).attachShadow({mode: 'open'});
      holder.append(window.readerFragment.parse(html));
      for (const el of holder.querySelectorAll(active)) problems.push(`#${i}: element <${el.localName}>`);
      for (const el of holder.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          const v = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          if (/^on/i.test(attr.name)) problems.push(`#${i}: handler ${attr.name} on <${el.localName}>`);
          if (attr.name === 'style') problems.push(`#${i}: style on <${el.localName}>`);
          if (/(^|,)(javascript|vbscript):/.test(v) || (/^data:/.test(v) && !/^data:image\/(png|gif|jpe?g|webp|avif);/.test(v))) {
            problems.push(`#${i}: url ${attr.name}=${attr.value.slice(0, 40)} on <${el.localName}>`);
          }
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    problems.push(...window.__fired.splice(0).map((f) => `fired ${f}`));
    out.replaceChildren();
    return problems;
  }, [payloads, kSettleMs]);
}

test('extra payloads come out inert', async () => {
  assert.deepEqual(await check(kExtraPayloads), []);
  // ... while ordinary markup survives.
  const kept = await page.evaluate(() => {
    const holder = document.createElement('div');
    holder.append(window.readerFragment.parse(
      '<p>a <a href="https://example.com/x">link</a></p><figure><img src="https://example.com/i.png" alt="i"><figcaption>c</figcaption></figure>'));
    return holder.innerHTML;
  });
  assert.match(kept, /<a href="https:\/\/example.com\/x" rel="noopener noreferrer">link<\/a>/);
  assert.match(kept, /<img src="https:\/\/example.com\/i.png" alt="i" loading="lazy" decoding="async">/);
  assert.match(kept, /<figcaption>c<\/figcaption>/);
});

test('DOMPurify corpus: every payload comes out inert', {skip}, async () => {
  const cases = JSON.parse(fs.readFileSync(kCorpus, 'utf8'));
  const problems = await check(cases.map((c) => c.payload));
  assert.deepEqual(problems, []);
  assert.ok(cases.length > 200, `${cases.length} cases`);
});
