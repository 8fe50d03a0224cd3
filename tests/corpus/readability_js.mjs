// Readability.js side by side: runs npm @mozilla/readability on linkedom over
// pages handed in by tests/corpus/readability_js.py and prints one JSON line
// per page. The Python side decodes the page (the same decoding our CLI run
// is scored with) and turns the returned content HTML into text with the same
// html_text.page_text as ours, so both tools go through one text conversion.
//
//   node readability_js.mjs --version          -> {"readability": "0.6.0", "linkedom": "..."}
//   node readability_js.mjs < jobs.jsonl > out.jsonl
//     job:    {"key": "...", "url": "...", "html": "..."}
//     result: {"key": "...", "ok": true, "content": "<div>...", "title": "...",
//              "byline": "..." or null, "readerable": bool, "ms": 12}
//            or {"key": "...", "ok": false, "error": "..."}
import { createRequire } from 'node:module';
import readline from 'node:readline';
import { parseHTML } from 'linkedom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';

const require = createRequire(import.meta.url);

function versions() {
  return {
    readability: require('@mozilla/readability/package.json').version,
    linkedom: require('linkedom/package.json').version,
  };
}

// linkedom has no documentURI/baseURI of its own; Readability reads them to
// make links absolute. Give it the page URL when there is one.
function setUrl(document, url) {
  if (!url) return;
  for (const name of ['documentURI', 'baseURI', 'URL']) {
    try {
      Object.defineProperty(document, name, { value: url, configurable: true });
    } catch (_) { /* read-only in this linkedom version: Readability falls back */ }
  }
}

function runOne(job) {
  const start = Date.now();
  try {
    const { document } = parseHTML(job.html);
    setUrl(document, job.url);
    let readerable = false;
    try {
      readerable = isProbablyReaderable(document);
    } catch (_) { readerable = false; }
    const article = new Readability(document).parse();
    return {
      key: job.key, ok: true,
      content: article ? (article.content || '') : '',
      title: article ? (article.title || '') : '',
      byline: article ? (article.byline || null) : null,
      readerable,
      ms: Date.now() - start,
    };
  } catch (e) {
    return { key: job.key, ok: false, error: String(e && e.message || e).slice(0, 200),
             ms: Date.now() - start };
  }
}

async function main() {
  if (process.argv.includes('--version')) {
    process.stdout.write(JSON.stringify(versions()) + '\n');
    return;
  }
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const result = runOne(JSON.parse(line));
    // Wait for the pipe when it is full: 1,900 pages of HTML are a lot of bytes.
    if (!process.stdout.write(JSON.stringify(result) + '\n')) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

main().catch((e) => {
  process.stderr.write(`readability_js: ${e && e.stack || e}\n`);
  process.exit(2);
});
