#!/usr/bin/env python3
"""False-positive probe of the clutter pass: run it over the 130 reference
articles (Readability's expected.html, which are article text) and list every
clutter-pass removal of at least --min-chars characters. Each one is either
clutter the reference kept or a block of article the pass should not take.

    python3 tests/corpus/probe_reference.py [--cli build/bin/reader-clean] [--min-chars 20]

Prints one line per removal, then `probe: pages=N removals=M`. A diagnostic,
not a gate (the gate is evaluate.py).
"""
import argparse
import pathlib
import sys

import cli_runner

kRepo = pathlib.Path(__file__).resolve().parents[2]
# Extraction's own clean-ups run with the clutter pass off too: not probed.
kExtractionRules = ("clean-conditionally", "trailing-boilerplate", "link-paragraph")


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=str(kRepo / "build" / "bin" / "reader-clean"))
    ap.add_argument("--shared", default=str(kRepo.parent / "shared"))
    ap.add_argument("--min-chars", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    root = pathlib.Path(args.shared) / "corpora" / "readability" / "test-pages"
    if not root.is_dir():
        print(f"probe: skipped: {root} not found")
        return 0
    pages = sorted(p for p in root.iterdir() if (p / "expected.html").is_file())
    jobs = [(["--format", "json", "--charset", "utf-8"], p / "expected.html") for p in pages]
    results = cli_runner.run_many(args.cli, jobs, args.jobs)
    removals = 0
    for page, result in zip(pages, results):
        for r in result.json().get("removed") or []:
            rule = r.get("rule") or ""
            text = r.get("text") or ""
            if rule.startswith(kExtractionRules) or len(text) < args.min_chars:
                continue
            removals += 1
            print(f"  {page.name:28} {r.get('category', ''):12} {rule:26} {text[:100]!r}")
    print(f"probe: pages={len(pages)} removals={removals}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
