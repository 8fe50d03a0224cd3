// Small text helpers for the reader view: dates, reading time, categories.

// Human names for the core's removal categories (unknown ones are shown as is).
const kCategoryLabels = {
  subscription: 'subscription',
  newsletter: 'newsletter',
  paywall: 'paywall',
  signin: 'sign-in',
  consent: 'cookie notice',
  social: 'share buttons',
  related: 'related links',
  'author-bio': 'author bio',
  navigation: 'navigation',
  ad: 'ad',
  comments: 'comments',
  promo: 'promotion',
  contact: 'contact box',
  copyright: 'copyright notice',
  credit: 'image credit',
  feedback: 'feedback prompt',
  boilerplate: 'page furniture',
  hidden: 'hidden on the page',
  user: 'your rule',
};
// Longest preview shown in the removed-items list.
const kPreviewChars = 140;

function categoryLabel(category) {
  return kCategoryLabels[category] ?? String(category || 'other');
}

// "6 September 2023" in the article's language (falls back to the browser's).
function formatDate(iso, lang) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const options = {year: 'numeric', month: 'long', day: 'numeric'};
  try {
    return new Intl.DateTimeFormat(lang || undefined, options).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}

function readingTime(minutes) {
  const n = Math.max(1, Math.round(Number(minutes) || 0));
  return `${n} min read`;
}

function preview(text) {
  const t = String(text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > kPreviewChars ? t.slice(0, kPreviewChars - 1).trimEnd() + '…' : t;
}

// "3 items removed"; "1 item removed"; "Nothing removed".
function removedSummary(count) {
  if (!count) return 'Nothing removed';
  return `${count} ${count === 1 ? 'item' : 'items'} removed`;
}

// [["newsletter", 2], ["paywall", 1]] in first-seen order.
function categoryCounts(removed) {
  const counts = new Map();
  for (const r of removed) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
  return [...counts];
}

function hostnameOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export {categoryLabel, formatDate, readingTime, preview, removedSummary, categoryCounts, hostnameOf};
