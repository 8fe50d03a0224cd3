#!/usr/bin/env python3
"""Quality gate for extraction and clutter removal.

Runs build/bin/reader-clean over the shared corpora and the clutter fixture,
measures them the way /work/shared/corpora/README.md defines, prints one
summary line per corpus and exits non-zero when a metric is below its pinned
floor in floors.json (or above its ceiling), when the clutter pass lowers F1,
when the fixture fails, or when the CLI crashes or hangs on a page.

  python3 tests/corpus/evaluate.py                       # the gate
  python3 tests/corpus/evaluate.py --worst 15            # plus the worst pages
  python3 tests/corpus/evaluate.py --json /tmp/eval.json # per-page results
  python3 tests/corpus/evaluate.py --update-floors       # raise floors, never lower

Standard library only. Exit status: 0 pass, 1 gate failed, 2 bad usage or no CLI.
"""
import argparse
import json
import os
import pathlib
import sys
import time

sys.dont_write_bytecode = True   # keep __pycache__ out of the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import corpus_readability  # noqa: E402
import corpus_trafilatura  # noqa: E402
import fixture_check  # noqa: E402
import floors  # noqa: E402

kHere = pathlib.Path(__file__).resolve().parent
kRepoRoot = kHere.parent.parent
kFloorsRel = "tests/corpus/floors.json"
kDefaultWorkers = 2              # the shared machine has 2 cores
kClutterF1Tolerance = 0.002     # the issue: F1 must not be lower than with clutter off
# Metrics pinned as floors (higher is better) and ceilings (lower is better).
kFloorMetrics = {
    "readability": ("f1", "precision", "recall", "title", "byline", "excerpt",
                    "siteName", "publishedTime", "lang", "dir", "readerable"),
    "trafilatura-dev": ("f1", "precision", "recall"),
}
kCeilingMetrics = {"readability": ("leak",), "trafilatura-dev": ("leak",)}


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
    ap.add_argument("--only", choices=("readability", "trafilatura-dev", "fixture"),
                    action="append", help="run only this part (repeatable)")
    ap.add_argument("--jobs", type=int, default=kDefaultWorkers,
                    help=f"parallel reader-clean processes (default {kDefaultWorkers})")
    return ap.parse_args(argv)


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
    wanted = set(args.only or ("readability", "trafilatura-dev", "fixture"))
    shared = pathlib.Path(args.shared)
    failures = []

    # Floors may only rise: compare with the committed version first.
    failures += floors.check_monotonic(pins, floors.head_version(kRepoRoot, kFloorsRel))

    measured = {}
    per_page = {}
    corpora = (
        ("readability", corpus_readability, shared / "corpora" / "readability" / "test-pages"),
        ("trafilatura-dev", corpus_trafilatura, shared / "corpora" / "trafilatura-dev"),
    )
    for name, module, folder in corpora:
        if name not in wanted:
            continue
        t0 = time.monotonic()
        out = module.evaluate(folder, cli, max(1, args.jobs))
        if out is None:
            print(f"{name}: skipped: {folder} not found")
            continue
        records, summary = out
        print(module.summary_line(summary) + f" time={time.monotonic() - t0:.1f}s")
        per_page[name] = {"summary": summary, "pages": records}
        for key, value in summary.items():
            measured[f"{name}.{key}"] = value
        if summary["f1"] < summary["f1_noclutter"] - kClutterF1Tolerance:
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
