// Export: copy as Markdown, save as .md, save as a standalone .html. (Print
// is the browser's, with the shared stylesheet's print rules.)
// The Markdown and the page are the core's own serializers (`markdown` and
// `readerPage` in its JSON, asked for with the clean() option "formats"), so
// the extension and `reader-clean --format markdown|html` give the same files.

// A file name from the article's title: "Would North Korean weapons…" ->
// "would-north-korean-weapons.md". Letters of every script are kept.
const kMaxNameChars = 80;
export function fileName(title, extension) {
  const base = String(title ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, kMaxNameChars)
    .replace(/-+$/, '');
  return `${base || 'article'}.${extension}`;
}

// Saves `text` as a file through a download link (no `downloads` permission).
export function saveFile(name, mime, text) {
  const url = URL.createObjectURL(new Blob([text], {type: `${mime};charset=utf-8`}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  // Outside the page's body (hidden, inert) and outside the view's tree.
  document.documentElement.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// Copies `text`; the Clipboard API first, then the older execCommand path
// (a content script may lack clipboard-write on some pages).
export async function copyText(text, container) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('aria-hidden', 'true');
    area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
    container.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}
