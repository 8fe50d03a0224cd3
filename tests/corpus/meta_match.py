"""Title and byline comparison for the corpus evaluation.

Human truth (wcxb-dev `title` / `author`): a title matches when it is equal
after normalisation (case-folded, whitespace collapsed, typographic quotes,
apostrophes and dashes unified); token F1 is the bag-of-words F1 of its \\w+
tokens. A byline "contains" the truth's author when either normalised text
holds the other (a list of three authors of which we name one counts; a
wrong name does not).

Readability.js agreement (corpora/readability): a title agrees exactly, or
only modulo a stripped part when the expected title is ours plus a whole
site-name/section part set off by one of the separators the core strips at
(core/meta/title.cpp) at either end: "Title | Site", "Site: Title".
"""
import re
import unicodedata

import html_text

# Typographic characters read as their ASCII forms before comparing.
_kUnify = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00a0": " ", "\u2026": "...",
})

# Separators a site/section part may be set off by (core/meta/title.cpp:
# " | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » ", " :: ", " · ",
# " • ", ": ").
_kSeparators = (" | ", " - ", " \u2013 ", " \u2014 ", " \\ ", " / ", " > ", " \u00bb ",
                " :: ", " \u00b7 ", " \u2022 ", ": ")


def normalize(text):
    """Case-folded, NFC, typographic punctuation unified, whitespace collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text)).translate(_kUnify)
    return html_text.normalize_ws(text).casefold()


def tokens(text):
    return re.findall(r"\w+", normalize(text))


def token_f1(ours, truth):
    """Bag-of-words F1 of \\w+ tokens; both empty is 1, one empty is 0."""
    a, b = tokens(ours), tokens(truth)
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    pool = {}
    for t in b:
        pool[t] = pool.get(t, 0) + 1
    overlap = 0
    for t in a:
        if pool.get(t, 0) > 0:
            pool[t] -= 1
            overlap += 1
    if not overlap:
        return 0.0
    p, r = overlap / len(a), overlap / len(b)
    return 2 * p * r / (p + r)


def title_page(ours, truth):
    """{"exact": bool, "f1": float} of one title against the human truth."""
    return {"exact": normalize(ours) == normalize(truth), "f1": token_f1(ours, truth)}


def byline_page(ours, truth):
    """{"f1", "contains"} of one byline against the truth's author."""
    a, b = normalize(ours), normalize(truth)
    return {"f1": token_f1(ours, truth), "contains": bool(a and b and (a in b or b in a))}


def title_agreement(ours, expected):
    """'exact', 'stripped' (expected = ours + separator + a part, or part +
    separator + ours) or '' when they differ otherwise."""
    ours, expected = html_text.normalize_ws(ours or ""), html_text.normalize_ws(expected or "")
    if ours == expected:
        return "exact"
    if not ours:
        return ""
    for sep in _kSeparators:
        if expected.startswith(ours + sep) and len(expected) > len(ours + sep):
            return "stripped"
        if expected.endswith(sep + ours) and len(expected) > len(sep + ours):
            return "stripped"
    return ""
