"""The two text-quality measures of /work/shared/corpora/README.md.

shingle_counts / shingle_page / shingle_summary: 4-gram shingle F1 against a
reference text. snippet_page / snippet_summary: trafilatura's with/without
snippet precision and recall.
"""
import collections
import re

from html_text import normalize_ws

kShingleSize = 4                    # README: 4-gram shingles
_token = re.compile(r"\w+")         # README: tokens are \w+, Unicode, case-sensitive


def shingle_counts(text):
    tokens = _token.findall(text)
    n = kShingleSize
    return collections.Counter(
        tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def shingle_page(ours, reference):
    """Per-page (precision, recall, tp, fp, fn) of `ours` against `reference`.

    Multisets: a shingle occurring twice in ours and once in the reference is
    one TP and one FP. Empty sides follow the usual conventions: nothing
    extracted and nothing expected is perfect, nothing extracted against a
    non-empty reference is P=0 R=0 (P counts as 0, not undefined, so an
    empty result is never rewarded); something extracted against a reference
    too short to have a shingle is P=0 R=1 (nothing was missed).
    """
    a = shingle_counts(ours)
    b = shingle_counts(reference)
    tp = sum((a & b).values())
    fp = sum(a.values()) - tp
    fn = sum(b.values()) - tp
    if tp + fp + fn == 0:
        return 1.0, 1.0, 0, 0, 0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, tp, fp, fn


def shingle_summary(pages):
    """pages: list of (precision, recall). Averages, then F1 of the averages."""
    if not pages:
        return 0.0, 0.0, 0.0
    p = sum(x[0] for x in pages) / len(pages)
    r = sum(x[1] for x in pages) / len(pages)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f1, p, r


def snippet_page(text, with_snippets, without_snippets):
    """(tp, fn, fp, missing_with, found_without) for one page."""
    t = normalize_ws(text)
    missing = [s for s in with_snippets if s not in t]
    found = [s for s in without_snippets if s in t]
    return (len(with_snippets) - len(missing), len(missing), len(found),
            missing, found)


def snippet_summary(tp, fn, fp):
    """(f1, precision, recall) summed over pages, as the README defines."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f1, p, r


def _longest_unmatched_run(tokens, other_counts):
    """(start, words) of the longest run of `tokens` whose shingles are not
    matched in other_counts (a multiset, consumed left to right)."""
    n = kShingleSize
    budget = collections.Counter(other_counts)
    best_start, best_len = 0, 0
    run_start = None
    for i in range(len(tokens) - n + 2):
        sh = tuple(tokens[i:i + n]) if i <= len(tokens) - n else None
        matched = sh is not None and budget[sh] > 0
        if matched:
            budget[sh] -= 1
        if sh is None or matched:
            if run_start is not None:
                # Words covered only by unmatched shingles: drop the n-1
                # context words a run shares with a matched neighbour.
                left = n - 1 if run_start > 0 else 0
                right = n - 1 if sh is not None else 0
                length = (i - run_start) + n - 1 - left - right
                if length > best_len:
                    best_start, best_len = run_start + left, length
                run_start = None
        elif run_start is None:
            run_start = i
    return best_start, best_len


def _sample(tokens, start, length, words):
    text = " ".join(tokens[start:start + min(length, words)])
    return text + (" ..." if length > words else "")


def diff_sample(ours, reference, words=10):
    """A one-line diagnosis: the longest lost and the longest extra passage."""
    a = _token.findall(ours)
    b = _token.findall(reference)
    out = []
    start, length = _longest_unmatched_run(b, shingle_counts(ours))
    if length:
        out.append(f"lost {length}w '{_sample(b, start, length, words)}'")
    start, length = _longest_unmatched_run(a, shingle_counts(reference))
    if length:
        out.append(f"extra {length}w '{_sample(a, start, length, words)}'")
    return "; ".join(out)
