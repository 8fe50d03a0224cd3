// Export: copy as Markdown, save as .md, save as a standalone .html, print.
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

// While printing, the view's host leaves its fixed full-viewport box so every
// page of the article prints (the print stylesheet does the rest: no
// controls, black on white, link addresses). Returns a function that stops
// watching.
export function watchPrint(host) {
  const query = window.matchMedia('print');
  const saved = {};
  const kPrintProps = {position: 'static', height: 'auto', width: 'auto', overflow: 'visible'};
  const apply = (printing) => {
    for (const [name, value] of Object.entries(kPrintProps)) {
      if (printing) {
        saved[name] ??= host.style.getPropertyValue(name);
        host.style.setProperty(name, value, 'important');
      } else if (name in saved) {
        host.style.setProperty(name, saved[name], 'important');
        delete saved[name];
      }
    }
    host.dataset.printing = String(printing);
  };
  const onChange = (event) => apply(event.matches);
  const before = () => apply(true);
  const after = () => apply(query.matches);
  query.addEventListener('change', onChange);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  if (query.matches) apply(true);
  return () => {
    query.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    apply(false);
  };
}
