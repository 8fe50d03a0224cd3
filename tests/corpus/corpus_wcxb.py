"""wcxb-dev: the WCXB development split (1,497 pages from 2026, seven page
types), scored with the benchmark's own word F1: tokens \\w+ lower-cased,
bag-of-words precision/recall/F1 per page, averaged over pages, overall and
per type; plus the share of `with` snippets found and of `without` snippets
leaked (case-insensitive substrings). Titles and bylines are scored against
the human-reviewed `title` and `author` (meta_match.py), ours and
Readability.js's side by side."""
import collections
import gzip
import json
import pathlib

import cli_runner
import html_text
import meta_match
import split

kTypes = ("article", "forum", "documentation", "product", "collection", "listing",
          "service")


def word_counts(text):
    return collections.Counter(html_text.word_tokens(text))


def word_page(ours, reference):
    """(precision, recall, f1) of bag-of-words overlap. Nothing expected and
    nothing extracted is perfect; an empty side otherwise scores 0 precision
    (an empty result is never rewarded) and recall 1 only when nothing was
    expected."""
    a, b = word_counts(ours), word_counts(reference)
    na, nb = sum(a.values()), sum(b.values())
    if na == 0 and nb == 0:
        return 1.0, 1.0, 1.0
    overlap = sum((a & b).values())
    p = overlap / na if na else 0.0
    r = overlap / nb if nb else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def snippet_shares(text, with_, without):
    low = html_text.normalize_ws(text).lower()
    found = [s for s in with_ if html_text.normalize_ws(s).lower() in low]
    leaked = [s for s in without if html_text.normalize_ws(s).lower() in low]
    return len(found), len(leaked)


def load_truth(root):
    path = pathlib.Path(root) / "ground-truth.json"
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def page_loader(path):
    return lambda: gzip.decompress(path.read_bytes())


def evaluate(corpus_dir, cli, workers, rjs=None):
    """Returns (records, summary dict) or None when the corpus is absent.
    rjs: callable(jobs) -> {key: Readability.js result}, or None."""
    root = pathlib.Path(corpus_dir)
    truth = load_truth(root)
    if truth is None:
        return None
    ids = sorted(k for k in truth if (root / "html" / f"{k}.html.gz").is_file())
    jobs = []
    for k in ids:
        url = truth[k].get("url") or ""
        args = ["--format", "json", "--charset", "utf-8"] + cli_runner.url_args(url)
        jobs.append((args, page_loader(root / "html" / f"{k}.html.gz")))
    results = cli_runner.run_many(cli, jobs, workers)
    rjs_out = {}
    if rjs is not None:
        rjs_out = rjs([(k, truth[k].get("url") or "",
                        (lambda ld: lambda: ld().decode("utf-8", errors="replace"))(j[1]))
                       for k, j in zip(ids, jobs)])

    records = []
    for k, res in zip(ids, results):
        t = truth[k]
        ours = res.json()
        text = html_text.page_text(ours.get("content") or "")
        reference = t.get("main_content") or ""
        p, r, f1 = word_page(text, reference)
        with_, without = t.get("with") or [], t.get("without") or []
        found, leaked = snippet_shares(text, with_, without)
        host = split.host_of_url(t.get("url"), fallback="id:" + k)
        rec = {
            "page": k, "url": t.get("url") or "", "type": t.get("type") or "?",
            "host": host, "part": split.part_of(host),
            "precision": p, "recall": r, "f1": f1,
            "with": len(with_), "with_found": found,
            "without": len(without), "without_leaked": leaked,
            "words": len(html_text.word_tokens(text)),
            "reference_words": len(html_text.word_tokens(reference)),
            "pageType": ours.get("pageType"), "readerable": ours.get("readerable"),
            "problem": res.problem(), "crashed": res.crashed, "seconds": res.seconds,
            "title": {"truth": t.get("title") or "", "ours": ours.get("title") or ""},
            "byline": {"truth": t.get("author") or "", "ours": ours.get("byline") or ""},
        }
        js = rjs_out.get(k)
        if js is not None:
            js_text = html_text.page_text(js.get("content") or "") if js.get("ok") else ""
            jp, jr, jf = word_page(js_text, reference)
            jfound, jleaked = snippet_shares(js_text, with_, without)
            rec["rjs"] = {"precision": jp, "recall": jr, "f1": jf, "with_found": jfound,
                          "without_leaked": jleaked,
                          "words": len(html_text.word_tokens(js_text)),
                          "problem": "" if js.get("ok") else js.get("error", "")}
            rec["title"]["rjs"] = (js.get("title") or "") if js.get("ok") else ""
            rec["byline"]["rjs"] = (js.get("byline") or "") if js.get("ok") else ""
        records.append(rec)
    return records, summarize(records)


def _averages(rows):
    n = len(rows)
    if not n:
        return {"pages": 0, "f1": 0.0, "precision": 0.0, "recall": 0.0,
                "with_found": 0.0, "without_leaked": 0.0}
    w = sum(x["with"] for x in rows)
    wo = sum(x["without"] for x in rows)
    return {
        "pages": n,
        "f1": sum(x["f1"] for x in rows) / n,
        "precision": sum(x["precision"] for x in rows) / n,
        "recall": sum(x["recall"] for x in rows) / n,
        "with_found": sum(x["with_found"] for x in rows) / w if w else 1.0,
        "without_leaked": sum(x["without_leaked"] for x in rows) / wo if wo else 0.0,
    }


def headline(records, tool="ours"):
    """Word P/R/F1 and snippet shares, overall and per type, for `ours` or
    `rjs` (records without a Readability.js result are left out of it)."""
    if tool == "rjs":
        rows = [dict(x["rjs"], type=x["type"], **{"with": x["with"], "without": x["without"]})
                for x in records if "rjs" in x]
    else:
        rows = records
    out = _averages(rows)
    for t in kTypes:
        sub = [x for x in rows if x["type"] == t]
        if sub:
            out[t] = _averages(sub)["f1"]
            out[t + "_pages"] = len(sub)
    return out


def summarize(records):
    s = headline(records)
    s["errors"] = sum(1 for x in records if x["problem"])
    s["crashes"] = sum(1 for x in records if x["crashed"])
    s["seconds"] = sum(x["seconds"] for x in records)
    known = [x for x in records if x.get("pageType")]
    s["pageType"] = (sum(x["pageType"] == x["type"] for x in known) / len(records)
                     if records else 0.0)
    slowest = max(records, key=lambda x: x["seconds"], default=None)
    s["slowest"] = f"{slowest['seconds']:.2f}s {slowest['page']}" if slowest else ""
    return s


def summary_line(s):
    types = " ".join(f"{t}={s[t]:.3f}" for t in kTypes if t in s)
    return (f"wcxb-dev: pages={s['pages']} f1={s['f1']:.3f} precision={s['precision']:.3f} "
            f"recall={s['recall']:.3f} {types} with={100 * s['with_found']:.1f}% "
            f"without={100 * s['without_leaked']:.1f}% pageType={s['pageType']:.3f} "
            f"errors={s['errors']} crashes={s['crashes']} slowest={s['slowest']}")


def worst_lines(records, n):
    """The n worst pages of the tuning part (failures are studied there only)."""
    rows = sorted((x for x in records if x["part"] == split.kTuning),
                  key=lambda x: (x["f1"], x["page"]))[:n]
    lines = []
    for x in rows:
        bits = [f"  {x['page']} [{x['type']}, {x['host']}]: f1={x['f1']:.3f} "
                f"p={x['precision']:.3f} r={x['recall']:.3f} words={x['words']}"
                f"/{x['reference_words']}"]
        if "rjs" in x:
            bits.append(f"readability.js f1={x['rjs']['f1']:.3f} words={x['rjs']['words']}")
        if x.get("pageType") and x["pageType"] != x["type"]:
            bits.append(f"pageType={x['pageType']}")
        if x["problem"]:
            bits.append(x["problem"])
        lines.append("; ".join(bits))
    return lines


def compare(records):
    """(ours, Readability.js) word figures over `records`, overall and per type."""
    ours = headline(records)
    js = headline(records, "rjs") if any("rjs" in x for x in records) else None
    return ours, js


kMetaTools = (("ours", "ours"), ("rjs", "readability.js"))
# Human-truth title and byline figures pinned per part (floors.json).
kMetaFloors = ("title_exact", "title_f1", "byline_f1", "byline_contains")


def meta_figures(records, tool):
    """Title exact/token-F1 over pages with a truth title, byline token-F1 /
    contains over pages whose truth names an author, and the share of pages
    without an author where the tool still gives a byline. None when `tool`
    has no results on `records`."""
    rows = [x for x in records if tool in x["title"]]
    if not rows:
        return None
    titled = [x for x in rows if x["title"]["truth"]]
    authored = [x for x in rows if x["byline"]["truth"]]
    anonymous = [x for x in rows if not x["byline"]["truth"]]
    titles = [meta_match.title_page(x["title"][tool], x["title"]["truth"]) for x in titled]
    bylines = [meta_match.byline_page(x["byline"][tool], x["byline"]["truth"]) for x in authored]
    n, m = len(titles), len(bylines)
    return {
        "title_pages": n,
        "title_exact": sum(t["exact"] for t in titles) / n if n else 1.0,
        "title_f1": sum(t["f1"] for t in titles) / n if n else 1.0,
        "byline_pages": m,
        "byline_f1": sum(b["f1"] for b in bylines) / m if m else 1.0,
        "byline_contains": sum(b["contains"] for b in bylines) / m if m else 1.0,
        "byline_spurious": (sum(bool(x["byline"][tool]) for x in anonymous) / len(anonymous)
                            if anonymous else 0.0),
    }


def meta_side_by_side(records):
    """(line, measured key or None, value) rows: title and byline figures
    against the human truth per part, ours/Readability.js(diff)."""
    rows = []
    for part in ("all",) + split.kParts:
        subset = records if part == "all" else [x for x in records if x["part"] == part]
        ours, js = meta_figures(subset, "ours"), meta_figures(subset, "rjs")
        if ours is None:
            continue
        bits = []
        for key, label in (("title_exact", "title"), ("title_f1", "title_f1"),
                           ("byline_f1", "byline_f1"), ("byline_contains", "byline_contains"),
                           ("byline_spurious", "byline_spurious")):
            bit = f"{label}={ours[key]:.3f}"
            if js is not None:
                bit += f"/{js[key]:.3f}({ours[key] - js[key]:+.3f})"
            bits.append(bit)
        rows.append((f"  wcxb-dev {part:<8} titles={ours['title_pages']:<5} "
                     f"authors={ours['byline_pages']:<4} human truth, ours/readability.js(diff): "
                     + " ".join(bits), None, 0.0))
        if part != "all":
            for key in kMetaFloors:
                rows.append(("", f"wcxb-dev.{part}.{key}", ours[key]))
    return rows


def meta_mismatch_lines(records, n):
    """Up to n title and byline misses of the tuning part (truth, ours, R.js)."""
    lines = []
    tuning = [x for x in records if x["part"] == split.kTuning]
    for field in ("title", "byline"):
        if field == "title":
            bad = [x for x in tuning if x["title"]["truth"] and
                   not meta_match.title_page(x["title"]["ours"], x["title"]["truth"])["exact"]]
        else:
            bad = [x for x in tuning if x["byline"]["truth"] and
                   not meta_match.byline_page(x["byline"]["ours"],
                                              x["byline"]["truth"])["contains"]]
        lines.append(f"  {field}: {len(bad)} misses on the tuning part")
        for x in bad[:n]:
            m = x[field]
            js = f" readability.js {m['rjs'][:60]!r}" if "rjs" in m else ""
            lines.append(f"    {x['page']} [{x['host']}]: truth {m['truth'][:60]!r} "
                         f"ours {m['ours'][:60]!r}{js}")
    return lines
