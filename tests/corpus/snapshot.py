#!/usr/bin/env python3
"""Digest of reader-clean's output on every dev-corpus page, to prove that a
refactoring changes no output byte.

  snapshot.py --cli build/bin/reader-clean --shared ../shared --out after.txt
  snapshot.py --cli ... --out after.txt --compare before.txt

Pages: readability/test-pages/*/source.html (with Readability's test URL),
trafilatura-dev/pages/* and wcxb-dev/html/*.html.gz (decompressed to stdin),
each with the URL its corpus records. Each line of --out is
"<corpus>/<page> <mode> <sha256 of stdout> <exit code>" for modes "on"
(default options) and "off" (--no-clutter). --compare lists the pages whose
line differs and exits 1 if any does.
"""
import argparse
import concurrent.futures
import gzip
import hashlib
import json
import os
import pathlib
import subprocess
import sys

kReadabilityUrl = "http://fakehost/test/page.html"  # the URL Readability's own tests use
kPageTimeoutSeconds = 60


def jobs_for(shared):
    """(name, args, path, gzipped) for every page of the three dev corpora."""
    corpora = shared / "corpora"
    jobs = []
    for page in sorted((corpora / "readability" / "test-pages").iterdir()):
        if (page / "source.html").is_file():
            jobs.append((f"readability/{page.name}", ["--url", kReadabilityUrl, "--charset", "utf-8"],
                         page / "source.html", False))
    traf = corpora / "trafilatura-dev"
    urls = {e["file"]: e.get("url", "") for e in json.loads((traf / "evaldata.json").read_text())}
    for path in sorted((traf / "pages").iterdir()):
        url = urls.get(f"pages/{path.name}", "")
        jobs.append((f"trafilatura-dev/{path.name}", ["--url", url] if url else [], path, False))
    wcxb = corpora / "wcxb-dev"
    truth = json.loads((wcxb / "ground-truth.json").read_text())
    for path in sorted((wcxb / "html").glob("*.html.gz")):
        url = truth.get(path.name.split(".")[0], {}).get("url", "")
        jobs.append((f"wcxb-dev/{path.name}", ["--url", url] if url else [], path, True))
    return jobs


def digest(cli, name, args, path, gzipped, mode):
    argv = [cli, "--format", "json"] + args + (["--no-clutter"] if mode == "off" else [])
    try:
        if gzipped:
            p = subprocess.run(argv, input=gzip.decompress(path.read_bytes()), capture_output=True,
                               timeout=kPageTimeoutSeconds)
        else:
            p = subprocess.run(argv + [str(path)], capture_output=True, timeout=kPageTimeoutSeconds)
    except subprocess.TimeoutExpired:
        return f"{name} {mode} timeout -"
    return f"{name} {mode} {hashlib.sha256(p.stdout).hexdigest()} {p.returncode}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default=str(pathlib.Path(__file__).resolve().parents[2] / ".." / "shared"))
    ap.add_argument("--out", required=True)
    ap.add_argument("--compare", help="an earlier --out file; exit 1 on any difference")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    a = ap.parse_args()
    shared = pathlib.Path(a.shared)
    if not (shared / "corpora").is_dir():
        print(f"SKIPPED: no corpora under {shared}")
        return 77
    tasks = [(j, mode) for j in jobs_for(shared) for mode in ("on", "off")]
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.workers) as pool:
        lines = list(pool.map(lambda t: digest(a.cli, *t[0], t[1]), tasks))
    pathlib.Path(a.out).write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} digests ({len(tasks) // 2} pages x 2 modes) -> {a.out}")
    if not a.compare:
        return 0
    key = lambda line: line.rsplit(" ", 2)[0]  # "<corpus>/<page> <mode>" (names hold spaces)
    before = {key(l): l for l in pathlib.Path(a.compare).read_text().splitlines() if l}
    differ = [l for l in lines if before.get(key(l)) != l]
    missing = set(before) - {key(l) for l in lines}
    for l in differ:
        print(f"DIFFERS: {key(l)}")
    for k in sorted(missing):
        print(f"MISSING: {k}")
    print(f"{len(differ) + len(missing)} of {len(lines)} digests differ from {a.compare}")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
