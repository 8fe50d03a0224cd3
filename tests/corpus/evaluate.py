#!/usr/bin/env python3
"""Quality gate for extraction and clutter removal.

Runs build/bin/reader-clean over the shared corpora and the clutter fixture,
measures them the way /work/shared/corpora/README.md defines, prints one
summary line per corpus and exits non-zero when a metric is below its pinned
floor in floors.json (or above its ceiling), when the clutter pass lowers F1,
when the fixture fails, or when the CLI crashes or hangs on a page.

Every corpus is split by domain into a tuning and a held-out part (split.py)
and Readability.js (npm @mozilla/readability on linkedom) runs over the same
pages: for each corpus and part (and page type on wcxb-dev) the evaluation
prints our figure, Readability.js's and the difference, both tools' content
HTML going through the same text conversion. Floors pin both parts.

  python3 tests/corpus/evaluate.py                       # the gate
  python3 tests/corpus/evaluate.py --worst 15            # plus the worst pages
  python3 tests/corpus/evaluate.py --json /tmp/eval.json # per-page results
  python3 tests/corpus/evaluate.py --update-floors       # raise floors, never lower
  python3 tests/corpus/evaluate.py --no-readability-js   # skip the side by side

Standard library only (plus Node for Readability.js). Exit status: 0 pass,
1 gate failed, 2 bad usage or no CLI, 77 skipped (no shared corpora).
"""
import argparse
import json
import os
import pathlib
import shutil
import sys
import time

sys.dont_write_bytecode = True   # keep __pycache__ out of the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import corpus_readability  # noqa: E402
import corpus_trafilatura  # noqa: E402
import corpus_wcxb  # noqa: E402
import fixture_check  # noqa: E402
import floors  # noqa: E402
import readability_js  # noqa: E402
import split  # noqa: E402

kHere = pathlib.Path(__file__).resolve().parent
kRepoRoot = kHere.parent.parent
kFloorsRel = "tests/corpus/floors.json"
kDefaultWorkers = 2              # the shared machine has 2 cores
kClutterF1Tolerance = 0.002     # the issue: F1 must not be lower than with clutter off
kSkipped = 77                    # ctest SKIP_RETURN_CODE: no shared corpora here
# Metrics pinned as floors (higher is better) and ceilings (lower is better).
# "<corpus>.<part>.<metric>" pins a part of the domain split (split.py).
kPartMetrics = ("f1",)
kFloorMetrics = {
    "readability": ("f1", "precision", "recall", "title", "byline", "excerpt",
                    "siteName", "publishedTime", "lang", "dir", "readerable")
                   + tuple(f"{p}.{m}" for p in split.kParts for m in kPartMetrics),
    "trafilatura-dev": ("f1", "precision", "recall")
                       + tuple(f"{p}.{m}" for p in split.kParts for m in kPartMetrics),
    "wcxb-dev": ("f1", "precision", "recall")
                + tuple(f"{p}.{m}" for p in split.kParts
                        for m in kPartMetrics + corpus_wcxb.kTypes + corpus_wcxb.kMetaFloors),
}
kCeilingMetrics = {"readability": ("leak",), "trafilatura-dev": ("leak",)}
kCatastropheRatio = 0.5          # one tool outputs less than half the other's words


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", default=str(kRepoRoot / "build" / "bin" / "reader-clean"),
                    help="reader-clean binary (default: build/bin/reader-clean)")
    ap.add_argument("--shared", default=str(kRepoRoot.parent / "shared"),
                    help="shared corpora dir (default: <repo>/../shared)")
    ap.add_argument("--floors", default=str(kHere / "floors.json"))
    ap.add_argument("--json", metavar="OUT", help="write per-page results to OUT")
    ap.add_argument("--worst", type=int, default=0, metavar="N",
                    help="list the N worst pages per corpus")
    ap.add_argument("--update-floors", action="store_true",
                    help="raise floors to measured - 0.005 (never lowers them)")
    ap.add_argument("--only", choices=("readability", "trafilatura-dev", "wcxb-dev", "fixture"),
                    action="append", help="run only this part (repeatable)")
    ap.add_argument("--no-readability-js", action="store_true",
                    help="skip Readability.js (no side-by-side figures)")
    ap.add_argument("--fresh", action="store_true",
                    help="recompute Readability.js outputs instead of using the cache "
                         "(<build>/readability-js-cache, keyed by page hash and version)")
    ap.add_argument("--jobs", type=int, default=kDefaultWorkers,
                    help=f"parallel reader-clean processes (default {kDefaultWorkers})")
    return ap.parse_args(argv)


def _fmt(value):
    return f"{value:.3f}"


def side_by_side(name, module, records):
    """(line, measured key or None, value) rows: for all pages and each part of
    the domain split, our figure, Readability.js's and the difference; on
    wcxb-dev per page type too. Both from the content HTML, same conversion."""
    rows = []
    parts = (("all", records),) + tuple(
        (p, [x for x in records if x.get("part") == p]) for p in split.kParts)
    for part, subset in parts:
        if not subset:
            continue
        ours, js = module.compare(subset)
        figures = [("f1", "f1"), ("precision", "p"), ("recall", "r")]
        if name == "wcxb-dev":
            figures += [(t, t) for t in corpus_wcxb.kTypes if t in ours]
        bits = []
        for key, label in figures:
            bit = f"{label}={_fmt(ours[key])}"
            if js is not None and key in js:
                bit += f"/{_fmt(js[key])}({ours[key] - js[key]:+.3f})"
            bits.append(bit)
        rows.append((f"  {name} {part:<8} pages={len(subset):<5} ours/readability.js(diff): "
                     + " ".join(bits), None, 0.0))
        if part != "all":
            for key, _ in figures:
                if key in kPartMetrics or key in getattr(module, "kTypes", ()):
                    rows.append(("", f"{name}.{part}.{key}", ours[key]))
                    if js is not None and key in js:
                        rows.append(("", f"{name}.{part}.{key}_readability_js", js[key]))
    return [r for r in rows if r[0]] + [r for r in rows if not r[0]]


def catastrophe_lines(name, records):
    """Every page where one tool outputs less than half the other's words."""
    out = []
    for x in records:
        if "rjs" not in x:
            continue
        ours = x.get("same", x)["words"]
        theirs = x["rjs"]["words"]
        if ours < kCatastropheRatio * theirs or theirs < kCatastropheRatio * ours:
            who = "ours < half of readability.js" if ours < theirs else \
                  "readability.js < half of ours"
            extra = f" [{x['type']}]" if "type" in x else ""
            out.append(f"    {x['page']}{extra} ({x.get('part')}, {x.get('host')}): "
                       f"{who}: words {ours} vs {theirs}")
    head = f"  pages where one tool outputs less than half the other's words: {len(out)}"
    return [head] + out


def main(argv):
    args = parse_args(argv)
    start = time.monotonic()
    cli = os.path.abspath(args.cli)
    if not (os.path.isfile(cli) and os.access(cli, os.X_OK)):
        print(f"error: reader-clean not found or not executable: {cli}", file=sys.stderr)
        return 2
    try:
        pins = floors.load(args.floors)
    except (OSError, ValueError) as e:
        print(f"error: cannot read floors file {args.floors}: {e}", file=sys.stderr)
        return 2
    wanted = set(args.only or ("readability", "trafilatura-dev", "wcxb-dev", "fixture"))
    shared = pathlib.Path(args.shared)
    if not shared.is_dir():
        print(f"skipped: shared corpora not found at {shared}")
        return kSkipped
    failures = []

    # Floors may only rise: compare with the committed version first.
    failures += floors.check_monotonic(pins, floors.head_version(kRepoRoot, kFloorsRel))

    rjs = None
    if not args.no_readability_js:
        ok, info = readability_js.available()
        if ok:
            cache = pathlib.Path(cli).resolve().parent.parent / "readability-js-cache"
            if args.fresh and cache.is_dir():
                shutil.rmtree(cache)
            print(f"readability.js: @mozilla/readability {info['readability']} on linkedom "
                  f"{info['linkedom']} (cache {cache})")
            rjs = lambda jobs: readability_js.run(jobs, max(1, args.jobs), cache, info)
        else:
            print(f"readability.js: skipped: {info}")

    measured = {}
    per_page = {}
    corpora = (
        ("readability", corpus_readability, shared / "corpora" / "readability" / "test-pages"),
        ("trafilatura-dev", corpus_trafilatura, shared / "corpora" / "trafilatura-dev"),
        ("wcxb-dev", corpus_wcxb, shared / "corpora" / "wcxb-dev"),
    )
    for name, module, folder in corpora:
        if name not in wanted:
            continue
        t0 = time.monotonic()
        out = module.evaluate(folder, cli, max(1, args.jobs), rjs)
        if out is None:
            print(f"{name}: skipped: {folder} not found")
            continue
        records, summary = out
        print(module.summary_line(summary) + f" time={time.monotonic() - t0:.1f}s")
        per_page[name] = {"summary": summary, "pages": records}
        for key, value in summary.items():
            measured[f"{name}.{key}"] = value
        rows = side_by_side(name, module, records)
        if hasattr(module, "meta_side_by_side"):
            rows += module.meta_side_by_side(records)
        for line, key, value in rows:
            if line:
                print(line)
            if key:
                measured[key] = value
        if "f1_noclutter" in summary and \
                summary["f1"] < summary["f1_noclutter"] - kClutterF1Tolerance:
            failures.append(f"{name}: f1 {summary['f1']:.4f} with the clutter pass is lower "
                            f"than {summary['f1_noclutter']:.4f} without it")
        if summary["crashes"]:
            bad = [r["page"] for r in records if r["crashed"]][:5]
            failures.append(f"{name}: reader-clean crashed or hung on {summary['crashes']} "
                            f"pages, e.g. {bad}")
        if args.worst > 0:
            print(f"  worst {args.worst} of {name}:")
            for line in module.worst_lines(records, args.worst):
                print(line)
            if hasattr(module, "clutter_cost_lines"):
                print("  pages whose f1 the clutter pass lowered:")
                for line in module.clutter_cost_lines(records, args.worst):
                    print(line)
            if hasattr(module, "meta_mismatch_lines"):
                print(f"  metadata mismatches of {name} (first {args.worst} per field):")
                for line in module.meta_mismatch_lines(records, args.worst):
                    print(line)
            for line in catastrophe_lines(name, records):
                print(line)

    if "fixture" in wanted:
        found = fixture_check.find_fixture(kHere.parent, shared)
        if found is None:
            print("fixture: skipped: theweek-north-korea not found in tests/fixtures "
                  "or <shared>/fixtures")
        else:
            fails = fixture_check.check(found[0], found[1], cli)
            per_page["fixture"] = {"page": str(found[0]), "failures": fails}
            if fails:
                print(f"fixture: FAIL ({len(fails)})")
                for f in fails:
                    print(f"  {f}")
                failures += [f"fixture: {f}" for f in fails]
            else:
                print("fixture: pass")

    failures += floors.check_measured(pins, measured)

    if args.update_floors:
        floor_keys = [f"{c}.{m}" for c, ms in kFloorMetrics.items() for m in ms]
        ceiling_keys = [f"{c}.{m}" for c, ms in kCeilingMetrics.items() for m in ms]
        new_pins = floors.raised(pins, measured, floor_keys, ceiling_keys)
        if new_pins["floors"] != pins["floors"] or new_pins["ceilings"] != pins["ceilings"]:
            floors.save(args.floors, new_pins)
            print(f"floors: updated {args.floors}")
        else:
            print("floors: unchanged")

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(per_page, f, indent=1, ensure_ascii=False)

    print(f"total time={time.monotonic() - start:.1f}s")
    if failures:
        print(f"GATE FAILED ({len(failures)}):")
        for f in failures:
            print(f"  {f}")
        return 1
    print("gate: pass")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
