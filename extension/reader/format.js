// Small text helpers for the reader view: dates, reading time, categories.

// The words people read, shared with the core's standalone page
// (core/reader_page/labels.json; esbuild bundles it, Node imports it).
import labels from '../../core/reader_page/labels.json' with {type: 'json'};

// `{n}` in a label replaced by a count.
function fill(template, n) {
  return String(template ?? '').replaceAll('{n}', String(n));
}

// A text of the shared labels ("" for an unknown key).
export function text(key, n = 0) {
  return fill(labels.text[key], n);
}

// Longest preview shown in the removed-items list.
const kPreviewChars = 140;

// "cookie notice" / "cookie notices"; unknown categories are shown as is.
function categoryLabel(category, count = 1) {
  const forms = Object.hasOwn(labels.categories, category) ? labels.categories[category] : null;
  return forms ? forms[count === 1 ? 'one' : 'other'] : String(category || 'other');
}

// "6 September 2023" in the article's language (falls back to the browser's).
// Formatters by language: making one costs about a millisecond (locale data),
// formatting with it microseconds.
const dateFormats = new Map();
function dateFormat(lang) {
  const options = {year: 'numeric', month: 'long', day: 'numeric'};
  let formatter = dateFormats.get(lang);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(lang || undefined, options);
    } catch {
      formatter = new Intl.DateTimeFormat(undefined, options);
    }
    dateFormats.set(lang, formatter);
  }
  return formatter;
}

function formatDate(iso, lang) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormat(lang).format(date);
}

function readingTime(minutes) {
  return text('readingTime', Math.max(1, Math.round(Number(minutes) || 0)));
}

function preview(value) {
  const t = String(value ?? '').replace(/\s+/g, ' ').trim();
  return t.length > kPreviewChars ? t.slice(0, kPreviewChars - 1).trimEnd() + '…' : t;
}

// "3 items removed"; "1 item removed"; "Nothing removed".
function removedSummary(count) {
  if (!count) return text('removedNone');
  return text(count === 1 ? 'removedOne' : 'removedOther', count);
}

// [["newsletter", 2], ["paywall", 1]] in first-seen order.
function categoryCounts(removed) {
  const counts = new Map();
  for (const r of removed) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
  return [...counts];
}

// "2 cookie notices, 1 newsletter sign-up" (as the core's page says it).
function categorySummary(removed) {
  return categoryCounts(removed).map(([category, n]) => `${n} ${categoryLabel(category, n)}`).join(', ');
}

function hostnameOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export {categoryLabel, formatDate, readingTime, preview, removedSummary, categoryCounts, categorySummary, hostnameOf};
