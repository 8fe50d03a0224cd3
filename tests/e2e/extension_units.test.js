// Pure tier: the extension's DOM-free helpers, loaded into Node as the
// content scripts load them (classic scripts registering in
// globalThis.readerMode). No browser needed.
'use strict';
const {test} = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const paths = require('./paths');

const ext = (rel) => path.join(paths.repo, 'extension', rel);
require(ext('shared/messages.js'));
require(ext('shared/settings.js'));
require(ext('reader/format.js'));
const {format, settings, messages} = globalThis.readerMode;

test('format: dates in the article language, reading time, summaries', () => {
  assert.equal(format.formatDate('2023-09-06T11:42:18Z', 'en-GB'), '6 September 2023');
  assert.equal(format.formatDate('2023-09-06T11:42:18Z', 'en-US'), 'September 6, 2023');
  assert.equal(format.formatDate('not a date', 'en'), '');
  assert.equal(format.formatDate('', 'en'), '');
  assert.equal(format.formatDate('2023-09-06', 'xx-invalid-tag-!!'), format.formatDate('2023-09-06', undefined));
  assert.equal(format.readingTime(0), '1 min read');
  assert.equal(format.readingTime(7.4), '7 min read');
  assert.equal(format.removedSummary(0), 'Nothing removed');
  assert.equal(format.removedSummary(1), '1 item removed');
  assert.equal(format.removedSummary(11), '11 items removed');
  assert.deepEqual(format.categoryCounts([{category: 'ad'}, {category: 'newsletter'}, {category: 'ad'}]),
                   [['ad', 2], ['newsletter', 1]]);
  assert.equal(format.categoryLabel('consent'), 'cookie notice');
  assert.equal(format.categoryLabel('brand-new'), 'brand-new');
  assert.equal(format.hostnameOf('https://www.theweek.com/a?b'), 'www.theweek.com');
  assert.equal(format.hostnameOf('not a url'), '');
  const long = 'word '.repeat(100);
  assert.ok(format.preview(long).endsWith('…') && format.preview(long).length <= 140);
  assert.equal(format.preview('  a \n b  '), 'a b');
});

test('settings: defaults, clamping, restore keys', () => {
  assert.deepEqual(settings.normalize(undefined), {...settings.kDefaults});
  const s = settings.normalize({fontSize: 99, fontFamily: 'comic', theme: 'dark', width: 'wide', removeClutter: false});
  assert.equal(s.fontSize, settings.kFontSizeMax);
  assert.equal(s.fontFamily, 'serif');
  assert.equal(s.theme, 'dark');
  assert.equal(s.width, 'wide');
  assert.equal(s.removeClutter, false);
  assert.equal(settings.normalize({fontSize: 'x'}).fontSize, settings.kDefaults.fontSize);
  // Keys: rule + a stable hash of the text; different text, different key.
  const a = settings.restoreKey({rule: 'newsletter.attr', text: 'Sign up for our newsletter'});
  assert.equal(a, settings.restoreKey({rule: 'newsletter.attr', text: 'Sign up for our newsletter'}));
  assert.notEqual(a, settings.restoreKey({rule: 'newsletter.attr', text: 'Sign up for our newsletters'}));
  assert.match(a, /^newsletter\.attr\|[0-9a-f]{8}$/);
  assert.equal(settings.textHash(''), '811c9dc5');  // FNV-1a offset basis
});

test('message names say their direction', () => {
  for (const name of Object.values(messages)) assert.match(name, /^(cs|bg|op)-(cs|bg|op)-[a-z-]+$/);
});
