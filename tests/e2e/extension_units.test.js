// Pure tier: the extension's DOM-free helpers, imported into Node as the ES
// modules the bundles are built from. No browser needed.
'use strict';
const {test, before} = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const paths = require('./paths');

const {pathToFileURL} = require('node:url');

const ext = (rel) => import(pathToFileURL(path.join(paths.repo, 'extension', rel)).href);
let format;
let settings;
let messages;
let channels;
let checkMessage;
let sites;
let restrictedNote;

before(async () => {
  format = await ext('reader/format.js');
  ({settings} = await ext('shared/settings.js'));
  ({messages, channels, checkMessage} = await ext('shared/messages.js'));
  sites = await ext('shared/sites.js');
  ({restrictedNote} = await ext('background/restricted.js'));
});

test('format: dates in the article language, reading time, summaries', () => {
  assert.equal(format.formatDate('2023-09-06T11:42:18Z', 'en-GB'), '6 September 2023');
  assert.equal(format.formatDate('2023-09-06T11:42:18Z', 'en-US'), 'September 6, 2023');
  assert.equal(format.formatDate('not a date', 'en'), '');
  // A page's malformed lang falls back to the default locale, every time (the formatter is kept).
  for (let i = 0; i < 2; ++i) assert.match(format.formatDate('2023-09-06T11:42:18Z', 'x_bad lang'), /2023/);
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
  assert.equal(s.width, 80);  // a width saved as a word by an earlier version
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
  for (const name of [...Object.values(messages), ...Object.values(channels)]) {
    assert.match(name, /^(cs|bg|core|op)-(cs|bg|core|op)-[a-z-]+$/);
  }
});

test('messages: only this extension, from the context the name says, with the right shape', () => {
  const self = {runtimeId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/', contexts: ['core']};
  const good = {type: messages.kPageCaptured, html: '<p>x</p>', url: 'https://example.com/', exports: false};
  const options = {type: messages.kCleanOptions, userRules: '', removeClutter: true};
  const tabTop = {id: 'ext-id', tab: {id: 7}, frameId: 0, url: 'https://example.com/'};
  assert.equal(checkMessage(good, tabTop, self), '');
  // Another extension, a subframe, no tab (an extension page pretending), the wrong receiver.
  assert.match(checkMessage(good, {...tabTop, id: 'other-id'}, self), /not this extension/);
  assert.match(checkMessage(good, {...tabTop, frameId: 3}, self), /wrong context/);
  assert.match(checkMessage(good, {id: 'ext-id', url: 'chrome-extension://ext-id/options/options.html'}, self),
               /wrong context/);
  assert.match(checkMessage(good, tabTop, {...self, contexts: ['bg']}), /not for bg/);
  // Firefox's background answers to both bg and core.
  assert.equal(checkMessage(good, tabTop, {...self, contexts: ['bg', 'core']}), '');
  assert.equal(checkMessage({type: messages.kCoreMissing}, tabTop, {...self, contexts: ['bg']}), '');
  // Shape: missing or mistyped fields, unknown types, non-objects.
  assert.match(checkMessage({...good, html: 42}, tabTop, self), /html is not a string/);
  assert.match(checkMessage({type: messages.kPageCaptured, html: ''}, tabTop, self), /url is not a string/);
  assert.equal(checkMessage(options, tabTop, self), '');
  assert.match(checkMessage({...options, removeClutter: 'yes'}, tabTop, self), /removeClutter is not a boolean/);
  assert.match(checkMessage({...good, exports: undefined}, tabTop, self), /exports is not a boolean/);
  assert.match(checkMessage(options, {...tabTop, frameId: 2}, self), /wrong context/);
  assert.match(checkMessage({type: 'cs-core-launch-missiles'}, tabTop, self), /unknown message/);
  assert.equal(checkMessage(null, tabTop, self), 'not a message');
  assert.equal(checkMessage('cs-bg-page-captured', tabTop, self), 'not a message');
});

test('sites: bounded memory, oldest changed first, always-open sites kept', () => {
  const restored = {};
  const s = {};
  const n = sites.kMaxSites + 5;
  for (let i = 0; i < n; ++i) {
    restored[`h${i}.example`] = ['r|1'];
    sites.touch(s, `h${i}.example`, 1000 + i);
  }
  s['h0.example'].alwaysOpen = true;  // the oldest, but chosen: kept
  restored['big.example'] = Array.from({length: sites.kMaxRestoresPerSite + 7}, (_, i) => `r|${i}`);
  sites.touch(s, 'big.example', 999999);
  const dropped = sites.bound(restored, s);
  assert.deepEqual(dropped, ['h1.example', 'h2.example', 'h3.example', 'h4.example', 'h5.example', 'h6.example']);
  assert.equal(new Set([...Object.keys(restored), ...Object.keys(s)]).size, sites.kMaxSites);
  assert.ok(restored['h0.example'] && s['h0.example'].alwaysOpen);
  assert.equal(restored['big.example'].length, sites.kMaxRestoresPerSite);
  assert.equal(restored['big.example'][0], 'r|7', 'the oldest restores go first');
  assert.deepEqual(sites.bound({a: ['x']}, {}), [], 'under the bound nothing changes');
  assert.ok(sites.isSiteRule('example.com##.x', 'example.com'));
  assert.ok(!sites.isSiteRule('www.example.com##.x', 'example.com'));
  assert.equal(sites.originPattern('example.com'), '*://example.com/*');
});

test('restricted pages: a sentence for each kind', () => {
  assert.match(restrictedNote(undefined, new Error('Cannot access a chrome:// URL')), /browser’s own pages/);
  assert.match(restrictedNote('about:addons'), /browser’s own pages/);
  assert.match(restrictedNote(undefined, new Error('The extensions gallery cannot be scripted.')), /extension store/);
  assert.match(restrictedNote('https://addons.mozilla.org/en-US/firefox/'), /extension store/);
  assert.match(restrictedNote('https://example.com/paper.pdf'), /PDF/);
  assert.match(restrictedNote('file:///home/a.html'), /files from your computer/);
  assert.match(restrictedNote('https://example.com/'), /can’t open on this page/);
});
