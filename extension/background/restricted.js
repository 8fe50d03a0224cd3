// What to tell the person when the reader view cannot open on a page: the
// browser does not let extensions into its own pages, the extension stores or
// its PDF viewer. Kinds of page by URL, with the sentence shown on the button
// and in its popup.
const kKinds = [
  // Browser pages: settings, new tab, history, about: pages.
  {test: (u) => /^(chrome|edge|brave|opera|vivaldi|about|chrome-search|devtools|view-source):/.test(u.protocol),
   note: 'Reader view can’t open on the browser’s own pages.'},
  // Extension stores: the browsers keep extensions out of them.
  {test: (u) => /^(chromewebstore\.google\.com|chrome\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com)$/.test(u.hostname),
   note: 'Reader view can’t open on the extension store: the browser keeps extensions out of it.'},
  // PDF documents (the browser's PDF viewer).
  {test: (u) => /\.pdf$/i.test(u.pathname) || /^(chrome-extension|moz-extension):/.test(u.protocol),
   note: 'Reader view can’t open on PDF documents or other extensions’ pages.'},
];
const kGeneric = 'Reader view can’t open on this page: the browser doesn’t let extensions change it.';

// Chromium names the page, or just its scheme ("Cannot access a chrome://
// URL"), in its refusal when the tab's URL is not ours to see.
const kErrorUrl = /\b([a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+|about:[^\s"'<>]+)/i;
const kErrorScheme = /\b([a-z][a-z0-9+.-]*):\/\//i;

export function restrictedNote(url, error) {
  const text = String(error?.message ?? error ?? '');
  if (/extensions gallery/i.test(text)) return kKinds[1].note;
  let parsed = null;
  try {
    const scheme = kErrorScheme.exec(text)?.[1];
    parsed = new URL(url || kErrorUrl.exec(text)?.[1] || (scheme ? `${scheme}://page/` : ''));
  } catch {
    // unknown page
  }
  const kind = parsed && kKinds.find((k) => k.test(parsed));
  if (kind) return kind.note;
  if (/file:/.test(url ?? '') || /file/i.test(String(error?.message ?? ''))) {
    return 'Reader view can’t open on files from your computer unless “Allow access to file URLs” is on for it.';
  }
  return kGeneric;
}
