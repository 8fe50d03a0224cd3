"""The Readability.js test pages: shingle F1 of textContent against the text
of expected.html, metadata match rates, readerable agreement and the
clutter leak rate of prompt blocks."""
import json
import pathlib

import cli_runner
import html_text
import meta_match
import prompt_rules
import scoring
import split

kUrl = "http://fakehost/test/page.html"   # the URL Readability's own tests use
# Readability's harness hands jsdom the file as a UTF-8 string; some pages
# declare another charset they are not in (qq: gb2312 meta, UTF-8 bytes).
kCharset = "utf-8"
kMetaFields = ("title", "byline", "excerpt", "siteName", "publishedTime", "lang", "dir")


def _norm(value):
    if value is None:
        return ""
    return html_text.normalize_ws(str(value))


def prompt_blocks(source, expected_text_norm):
    """Unique prompt-like source blocks that are not part of the expected text."""
    out = []
    seen = set()
    for block in html_text.text_blocks(source):
        if block in seen:
            continue
        seen.add(block)
        if prompt_rules.is_prompt_block(block) and block not in expected_text_norm:
            out.append(block)
    return out


kMinAttributedChars = 12   # shorter removals ("Share", "Menu") match by accident
kAttributedPrefixChars = 60  # block joins differ between the two texts further in


def kept_by_reference(ours, expected_norm):
    """Clutter-pass removals whose text the reference keeps: where the pass
    and Readability disagree, as (category, rule, text). Extraction's own
    clean-ups (rules 'clean-conditionally:...' etc.) run with the pass off
    too and are not counted."""
    out = []
    for x in ours.get("removed") or []:
        if not isinstance(x, dict) or ":" in (x.get("rule") or ""):
            continue
        # The report's text is a preview (cut at 200 chars): match its start.
        text = html_text.normalize_ws(x.get("text") or "")[:kAttributedPrefixChars]
        if len(text) >= kMinAttributedChars and text in expected_norm:
            out.append((x.get("category"), x.get("rule"), text))
    return out


def evaluate(corpus_dir, cli, workers, rjs=None):
    """Returns (records, summary dict) or None when the corpus is absent.
    rjs: callable(jobs) -> {key: Readability.js result}, or None."""
    root = pathlib.Path(corpus_dir)
    if not root.is_dir():
        return None
    pages = sorted(p for p in root.iterdir() if (p / "source.html").is_file())
    args_on = ["--format", "json", "--url", kUrl, "--charset", kCharset]
    args_off = args_on + ["--no-clutter"]
    jobs = [(args_on, p / "source.html") for p in pages]
    jobs += [(args_off, p / "source.html") for p in pages]
    results = cli_runner.run_many(cli, jobs, workers)
    on, off = results[:len(pages)], results[len(pages):]
    rjs_out = {}
    if rjs is not None:
        rjs_out = rjs([(p.name, kUrl, (lambda path: lambda: path.read_bytes().decode(
            kCharset, errors="replace"))(p / "source.html")) for p in pages])

    records = []
    for page, r_on, r_off in zip(pages, on, off):
        expected_text = html_text.page_text(
            (page / "expected.html").read_text(encoding="utf-8", errors="replace"))
        expected_norm = html_text.normalize_ws(expected_text)
        try:
            meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        source = (page / "source.html").read_bytes().decode(kCharset, errors="replace")
        ours = r_on.json()
        ours_off = r_off.json()
        text = ours.get("textContent") or ""
        text_off = ours_off.get("textContent") or ""
        p, r, tp, fp, fn = scoring.shingle_page(text, expected_text)
        p_off, r_off_, *_ = scoring.shingle_page(text_off, expected_text)
        text_norm = html_text.normalize_ws(text)
        text_off_norm = html_text.normalize_ws(text_off)
        prompts = prompt_blocks(source, expected_norm)
        rec = {
            "page": page.name,
            "precision": p, "recall": r,
            "f1": _f1(p, r),
            "tp": tp, "fp": fp, "fn": fn,
            "precision_noclutter": p_off, "recall_noclutter": r_off_,
            "meta": {},
            "readerable": {"expected": meta.get("readerable"),
                           "ours": ours.get("readerable")},
            "prompts": prompts,
            "leaked": [b for b in prompts if b in text_norm],
            "leaked_noclutter": [b for b in prompts if b in text_off_norm],
            "removed": [(x.get("category"), x.get("rule"))
                        for x in ours.get("removed") or [] if isinstance(x, dict)],
            "kept_by_reference": kept_by_reference(ours, expected_norm),
            "problem": r_on.problem() or r_off.problem(),
            "crashed": r_on.crashed or r_off.crashed,
            "seconds": r_on.seconds,
            "diagnosis": scoring.diff_sample(text, expected_text),
        }
        # Side by side with Readability.js: both content HTMLs through the
        # same text conversion (page_text), scored the same way.
        host = split.host_of_slug(page.name)
        rec["host"], rec["part"] = host, split.part_of(host)
        same = html_text.page_text(ours.get("content") or "")
        sp, sr, *_ = scoring.shingle_page(same, expected_text)
        rec["same"] = {"precision": sp, "recall": sr,
                       "words": len(html_text.word_tokens(same))}
        js = rjs_out.get(page.name)
        if js is not None:
            js_text = html_text.page_text(js.get("content") or "") if js.get("ok") else ""
            jp, jr, *_ = scoring.shingle_page(js_text, expected_text)
            rec["rjs"] = {"precision": jp, "recall": jr,
                          "words": len(html_text.word_tokens(js_text))}
        for field in kMetaFields:
            exp, got = _norm(meta.get(field)), _norm(ours.get(field))
            rec["meta"][field] = {"expected": exp, "ours": got, "match": exp == got}
        # Our title is the clean one: it agrees with Readability's when equal,
        # or when Readability's only adds a whole site/section part to it.
        agreement = meta_match.title_agreement(rec["meta"]["title"]["ours"],
                                               rec["meta"]["title"]["expected"])
        rec["meta"]["title"]["agreement"] = agreement
        rec["meta"]["title"]["match"] = bool(agreement)
        records.append(rec)
    return records, summarize(records)


def compare(records):
    """(ours, Readability.js) shingle f1/precision/recall over `records`,
    both from the content HTML through html_text.page_text."""
    def fig(rows):
        f1, p, r = scoring.shingle_summary([(x["precision"], x["recall"]) for x in rows])
        return {"pages": len(rows), "f1": f1, "precision": p, "recall": r}
    ours = fig([x["same"] for x in records])
    js = [x["rjs"] for x in records if "rjs" in x]
    return ours, (fig(js) if js else None)


def _f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def summarize(records):
    s = {"pages": len(records)}
    s["f1"], s["precision"], s["recall"] = scoring.shingle_summary(
        [(x["precision"], x["recall"]) for x in records])
    s["f1_noclutter"], s["precision_noclutter"], s["recall_noclutter"] = \
        scoring.shingle_summary(
            [(x["precision_noclutter"], x["recall_noclutter"]) for x in records])
    for field in kMetaFields:
        matches = [x["meta"][field]["match"] for x in records]
        nonempty = [x["meta"][field]["match"] for x in records
                    if x["meta"][field]["expected"]]
        s[field] = sum(matches) / len(matches) if matches else 0.0
        s[field + "_nonempty"] = sum(nonempty) / len(nonempty) if nonempty else 1.0
        s[field + "_nonempty_pages"] = len(nonempty)
    s["title_exact"] = sum(x["meta"]["title"]["agreement"] == "exact" for x in records)
    s["title_stripped"] = sum(x["meta"]["title"]["agreement"] == "stripped" for x in records)
    known = [x for x in records if isinstance(x["readerable"]["expected"], bool)]
    s["readerable"] = (sum(x["readerable"]["expected"] == bool(x["readerable"]["ours"])
                           for x in known) / len(known)) if known else 1.0
    s["prompts"] = sum(len(x["prompts"]) for x in records)
    s["leaked"] = sum(len(x["leaked"]) for x in records)
    s["leaked_noclutter"] = sum(len(x["leaked_noclutter"]) for x in records)
    s["leak"] = s["leaked"] / s["prompts"] if s["prompts"] else 0.0
    s["leak_noclutter"] = s["leaked_noclutter"] / s["prompts"] if s["prompts"] else 0.0
    by_category = {}
    for x in records:
        for category, _, _ in x["kept_by_reference"]:
            by_category[category] = by_category.get(category, 0) + 1
    s["kept_by_reference"] = by_category
    s["errors"] = sum(1 for x in records if x["problem"])
    s["crashes"] = sum(1 for x in records if x["crashed"])
    s["seconds"] = sum(x["seconds"] for x in records)
    slowest = max(records, key=lambda x: x["seconds"], default=None)
    s["slowest"] = f"{slowest['seconds']:.2f}s {slowest['page']}" if slowest else ""
    return s


def summary_line(s):
    meta = " ".join(f"{f}={s[f]:.3f}[{s[f + '_nonempty']:.3f}/{s[f + '_nonempty_pages']}]"
                    for f in kMetaFields)
    return (f"readability: pages={s['pages']} f1={s['f1']:.3f} "
            f"precision={s['precision']:.3f} recall={s['recall']:.3f} {meta} "
            f"title_agreement=exact:{s['title_exact']}+stripped:{s['title_stripped']}"
            f"/{s['pages']} "
            f"readerable={s['readerable']:.3f} "
            f"leak={100 * s['leak']:.2f}% ({s['leaked']}/{s['prompts']}) "
            f"f1_noclutter={s['f1_noclutter']:.3f} "
            f"leak_noclutter={100 * s['leak_noclutter']:.2f}% "
            f"removed_but_in_reference={sum(s['kept_by_reference'].values())}"
            f"({','.join(f'{k}:{v}' for k, v in sorted(s['kept_by_reference'].items()))}) "
            f"errors={s['errors']} crashes={s['crashes']} slowest={s['slowest']}")


def worst_lines(records, n):
    lines = []
    ranked = sorted(records, key=lambda x: (x["f1"], x["page"]))[:n]
    for x in ranked:
        bits = [f"  {x['page']}: f1={x['f1']:.3f} p={x['precision']:.3f} r={x['recall']:.3f}"]
        if x["problem"]:
            bits.append(x["problem"])
        if x["diagnosis"]:
            bits.append(x["diagnosis"])
        if x["leaked"]:
            bits.append(f"leaked {len(x['leaked'])}: '{x['leaked'][0][:60]}'")
        f1_off = _f1(x["precision_noclutter"], x["recall_noclutter"])
        if f1_off > x["f1"] + 0.0005:
            bits.append(f"clutter pass cost {f1_off - x['f1']:.3f} f1")
        lines.append("; ".join(bits))
    return lines


def clutter_cost_lines(records, n):
    """Pages whose F1 the clutter pass lowered most, with the removals."""
    rows = sorted(records, key=lambda x: x["f1"] - _f1(x["precision_noclutter"],
                                                        x["recall_noclutter"]))
    lines = []
    for x in rows[:n]:
        cost = _f1(x["precision_noclutter"], x["recall_noclutter"]) - x["f1"]
        if cost <= 0.0005:
            break
        kept = "; ".join(f"{c} '{t[:50]}'" for c, _, t in x["kept_by_reference"])
        rules = sorted({f"{c}/{r}" for c, r in x["removed"]})
        lines.append(f"    {x['page']}: -{cost:.3f} f1; the reference keeps: {kept or '-'}; "
                     f"rules fired: {', '.join(rules)[:120]}")
    return lines


def meta_mismatch_lines(records, n):
    """Up to n mismatches per metadata field: what was expected, what we said."""
    lines = []
    for field in kMetaFields:
        if field == "title":
            stripped = [x for x in records if x["meta"]["title"]["agreement"] == "stripped"]
            lines.append(f"  title: {len(stripped)} agree only modulo a stripped part")
            for x in stripped[:n]:
                m = x["meta"]["title"]
                lines.append(f"    {x['page']}: expected {m['expected'][:70]!r} got {m['ours'][:70]!r}")
        bad = [x for x in records if not x["meta"][field]["match"]]
        if not bad:
            continue
        lines.append(f"  {field}: {len(bad)} mismatches")
        for x in bad[:n]:
            m = x["meta"][field]
            lines.append(f"    {x['page']}: expected {m['expected'][:70]!r} got {m['ours'][:70]!r}")
    return lines
