"""trafilatura-dev: with/without snippet precision, recall and F1 of the
extracted plain text, and the leak rate of `without` snippets that are
subscription / newsletter / sign-up prompts."""
import json
import pathlib

import cli_runner
import prompt_rules
import scoring
import html_text
import split


def evaluate(corpus_dir, cli, workers, rjs=None):
    """Returns (records, summary dict) or None when the corpus is absent.
    rjs: callable(jobs) -> {key: Readability.js result}, or None."""
    root = pathlib.Path(corpus_dir)
    evaldata = root / "evaldata.json"
    if not evaldata.is_file():
        return None
    entries = json.loads(evaldata.read_text(encoding="utf-8"))
    entries = [e for e in entries if (root / e["file"]).is_file()]
    jobs = []
    for e in entries:
        # The article text is textContent, as for the readability corpus and as
        # trafilatura's own evaluation scores extract(): the title is metadata,
        # reported and matched separately (--format text prints it on top).
        args = ["--format", "json"] + (["--url", e["url"]] if e.get("url") else [])
        jobs.append((args, root / e["file"]))
    jobs += [(args + ["--no-clutter"], path) for args, path in jobs]
    results = cli_runner.run_many(cli, jobs, workers)
    on, off = results[:len(entries)], results[len(entries):]
    rjs_out = {}
    if rjs is not None:
        rjs_out = rjs([(e["file"], e.get("url", ""), (lambda path: lambda: html_text.decode_page(
            path.read_bytes()))(root / e["file"])) for e in entries])

    records = []
    for e, r_on, r_off in zip(entries, on, off):
        text = html_text.normalize_ws(r_on.json().get("textContent") or "")
        text_off = html_text.normalize_ws(r_off.json().get("textContent") or "")
        with_, without = e.get("with", []), e.get("without", [])
        tp, fn, fp, missing, found = scoring.snippet_page(text, with_, without)
        tp_o, fn_o, fp_o, missing_o, found_o = scoring.snippet_page(text_off, with_, without)
        prompts = [s for s in without if prompt_rules.is_prompt(s)]
        records.append({
            "page": e["file"], "url": e.get("url", ""),
            "tp": tp, "fn": fn, "fp": fp, "missing": missing, "found": found,
            "tp_noclutter": tp_o, "fn_noclutter": fn_o, "fp_noclutter": fp_o,
            # Snippets the clutter pass cost (kept with it off) or saved.
            "lost_by_clutter": [m for m in missing if m not in missing_o],
            "removed_by_clutter": [f for f in found_o if f not in found],
            "prompts": prompts,
            "leaked": [s for s in prompts if s in text],
            "leaked_noclutter": [s for s in prompts if s in text_off],
            "chars": len(text),
            "problem": r_on.problem() or r_off.problem(),
            "crashed": r_on.crashed or r_off.crashed,
            "seconds": r_on.seconds,
        })
        # Side by side with Readability.js: both content HTMLs through the
        # same text conversion (page_text), scored the same way.
        rec = records[-1]
        host = split.host_of_url(e.get("url"), fallback=e["file"])
        rec["host"], rec["part"] = host, split.part_of(host)
        same = html_text.page_text(r_on.json().get("content") or "")
        stp, sfn, sfp, *_ = scoring.snippet_page(same, with_, without)
        rec["same"] = {"tp": stp, "fn": sfn, "fp": sfp,
                       "words": len(html_text.word_tokens(same))}
        js = rjs_out.get(e["file"])
        if js is not None:
            js_text = html_text.page_text(js.get("content") or "") if js.get("ok") else ""
            jtp, jfn, jfp, *_ = scoring.snippet_page(js_text, with_, without)
            rec["rjs"] = {"tp": jtp, "fn": jfn, "fp": jfp,
                          "words": len(html_text.word_tokens(js_text))}
    return records, summarize(records)


def compare(records):
    """(ours, Readability.js) snippet f1/precision/recall over `records`,
    both from the content HTML through html_text.page_text."""
    def fig(rows):
        tp, fn, fp = (sum(x[k] for x in rows) for k in ("tp", "fn", "fp"))
        f1, p, r = scoring.snippet_summary(tp, fn, fp)
        return {"pages": len(rows), "f1": f1, "precision": p, "recall": r}
    ours = fig([x["same"] for x in records])
    js = [x["rjs"] for x in records if "rjs" in x]
    return ours, (fig(js) if js else None)


def summarize(records):
    s = {"pages": len(records)}
    tot = lambda k: sum(x[k] for x in records)
    s["tp"], s["fn"], s["fp"] = tot("tp"), tot("fn"), tot("fp")
    s["f1"], s["precision"], s["recall"] = scoring.snippet_summary(s["tp"], s["fn"], s["fp"])
    s["f1_noclutter"], s["precision_noclutter"], s["recall_noclutter"] = \
        scoring.snippet_summary(tot("tp_noclutter"), tot("fn_noclutter"), tot("fp_noclutter"))
    s["prompts"] = sum(len(x["prompts"]) for x in records)
    s["leaked"] = sum(len(x["leaked"]) for x in records)
    s["leaked_noclutter"] = sum(len(x["leaked_noclutter"]) for x in records)
    s["leak"] = s["leaked"] / s["prompts"] if s["prompts"] else 0.0
    s["leak_noclutter"] = s["leaked_noclutter"] / s["prompts"] if s["prompts"] else 0.0
    s["errors"] = sum(1 for x in records if x["problem"])
    s["crashes"] = sum(1 for x in records if x["crashed"])
    s["seconds"] = sum(x["seconds"] for x in records)
    slowest = max(records, key=lambda x: x["seconds"], default=None)
    s["slowest"] = f"{slowest['seconds']:.2f}s {slowest['page']}" if slowest else ""
    return s


def summary_line(s):
    return (f"trafilatura-dev: pages={s['pages']} f1={s['f1']:.3f} "
            f"precision={s['precision']:.3f} recall={s['recall']:.3f} "
            f"(tp={s['tp']} fn={s['fn']} fp={s['fp']}) "
            f"leak={100 * s['leak']:.2f}% ({s['leaked']}/{s['prompts']}) "
            f"f1_noclutter={s['f1_noclutter']:.3f} "
            f"leak_noclutter={100 * s['leak_noclutter']:.2f}% "
            f"errors={s['errors']} crashes={s['crashes']} slowest={s['slowest']}")


def worst_lines(records, n):
    lines = []
    ranked = sorted(records, key=lambda x: (-(x["fn"] + x["fp"]), x["page"]))[:n]
    for x in ranked:
        if x["fn"] + x["fp"] == 0:
            break
        bits = [f"  {x['page']}: fn={x['fn']} fp={x['fp']} chars={x['chars']}"]
        if x["problem"]:
            bits.append(x["problem"])
        if x["missing"]:
            bits.append("lost " + " | ".join(f"'{m[:50]}'" for m in x["missing"][:2]))
        if x["found"]:
            bits.append("kept " + " | ".join(f"'{f[:50]}'" for f in x["found"][:3]))
        if x["lost_by_clutter"]:
            bits.append(f"{len(x['lost_by_clutter'])} lost by the clutter pass")
        lines.append("; ".join(bits))
    return lines
