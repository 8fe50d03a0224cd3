"""HTML to plain text for scoring, using only the standard library.

Two views of a page:
  page_text(html)   -> text with a newline around every block element
                       (used for the text of expected.html and for the
                       whole-page baseline);
  text_blocks(html) -> the contiguous runs of inline text inside block
                       elements (a block's "own text", split at nested
                       blocks), whitespace-normalised; used by the clutter
                       leak check.
Plus decode_page(bytes): BOM, then <meta charset>, else windows-1252, the
way the corpora README says the pages must be read.
"""
import codecs
import html.parser
import re

# Elements whose content is never visible text. Not <math>: MathML renders
# its text (readability's mathjax page: the equations in expected.html are
# the article; skipping them made every shingle across an equation a miss).
kSkipTags = frozenset({"script", "style", "noscript", "template",
                       "svg", "iframe", "object", "select", "textarea"})

# Block-level elements (HTML Living Standard "flow" containers that start a
# new line when rendered), plus table parts and line-breaking voids.
kBlockTags = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center",
    "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
    "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul", "br", "option", "button", "label",
})

# Void elements never get an end tag, so they never open a level.
kVoidTags = frozenset({"area", "base", "br", "col", "embed", "hr", "img",
                       "input", "link", "meta", "param", "source", "track",
                       "wbr"})

# A start tag of the key implicitly closes an open element of these names
# (a simplified HTML Living Standard 13.2.6.4.7 "in body" p/li/dd rules).
kImpliedEnd = {
    "p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"},
    "tr": {"tr", "td", "th"}, "td": {"td", "th"}, "th": {"td", "th"},
    "option": {"option"},
}
for _t in ("div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
           "section", "article", "blockquote", "pre", "form", "header",
           "footer", "nav", "aside", "figure", "dl", "hr"):
    kImpliedEnd.setdefault(_t, set()).add("p")

_ws = re.compile(r"\s+")
_word = re.compile(r"\w+")


def normalize_ws(text):
    """The corpora README's whitespace normalisation."""
    return _ws.sub(" ", text).strip()


def word_tokens(text):
    """The word F1 tokens of the corpora README: \\w+ of the lower-cased text."""
    return _word.findall(text.lower())


class _TextParser(html.parser.HTMLParser):
    def __init__(self, body_only):
        super().__init__(convert_charrefs=True)
        self.body_only = body_only
        self.stack = []          # open element names (approximate tree)
        self.skip_depth = 0      # > 0 inside a kSkipTags element
        self.parts = []          # page_text pieces
        self.run = []            # current inline run for text_blocks
        self.blocks = []
        self.seen_body = False

    # -- helpers --
    def _flush_run(self):
        if self.run:
            text = normalize_ws("".join(self.run))
            if text:
                self.blocks.append(text)
            self.run = []

    def _boundary(self):
        self.parts.append("\n")
        self._flush_run()

    def _pop_to(self, tag):
        """Pops open elements up to and including the last `tag`."""
        if tag not in self.stack:
            return False
        while self.stack:
            top = self.stack.pop()
            if top in kSkipTags:
                self.skip_depth -= 1
            if top in kBlockTags:
                self._boundary()
            if top == tag:
                break
        return True

    # -- HTMLParser callbacks --
    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.seen_body = True
        closes = kImpliedEnd.get(tag)
        if closes and self.stack and self.stack[-1] in closes:
            self._pop_to(self.stack[-1])
        if tag in kBlockTags:
            self._boundary()
        if tag in kVoidTags:
            return
        self.stack.append(tag)
        if tag in kSkipTags:
            self.skip_depth += 1

    def handle_startendtag(self, tag, attrs):
        # <div/> in HTML is a start tag; only voids are really empty.
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in kVoidTags:
            if tag == "br":
                self._boundary()
            return
        if not self._pop_to(tag) and tag in kBlockTags:
            self._boundary()   # stray </p> still breaks the line

    def handle_data(self, data):
        if self.skip_depth > 0:
            return
        if self.body_only and not self.seen_body and "head" in self.stack:
            return
        self.parts.append(data)
        self.run.append(data)

    def close(self):
        super().close()
        self._flush_run()


def _parse(markup, body_only=False):
    p = _TextParser(body_only)
    try:
        p.feed(markup)
        p.close()
    except Exception:   # html.parser is lenient; never let a page abort the run
        p._flush_run()
    return p


def page_text(markup):
    """All visible text, one newline around each block element."""
    text = "".join(_parse(markup).parts)
    lines = (normalize_ws(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def text_blocks(markup):
    """Whitespace-normalised inline-text runs of block elements, in order."""
    return _parse(markup).blocks


# -- decoding --------------------------------------------------------------
_meta_charset = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.I)
kPrescanBytes = 1024 * 8  # HTML LS prescans 1024 bytes; pages put <meta> late


def sniff_charset(data):
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    m = _meta_charset.search(data[:kPrescanBytes])
    if m:
        label = m.group(1).decode("ascii", "replace").lower()
        # Encoding Standard: these labels all mean windows-1252.
        if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii",
                     "iso8859-1", "l1"):
            return "cp1252"
        try:
            codecs.lookup(label)
            return "utf-8" if label.startswith("utf-16") else label
        except LookupError:
            pass
    return "cp1252"


def decode_page(data):
    return data.decode(sniff_charset(data), errors="replace")
