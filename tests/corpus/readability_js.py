"""Readability.js (npm @mozilla/readability on linkedom, in Node) over the
same pages as reader-clean, so every corpus is scored against that anchor in
the same run.

run(jobs, workers, cache_dir) takes (key, url, load) triples, `load()`
returning the page as a decoded string (the decoding our own run is scored
with), and returns {key: {"ok", "content", "title", "byline", "readerable",
...}}. A cached result without one of kResultFields (written before that
field was added) counts as missing and is recomputed once.
Results are cached under cache_dir, one file per page, keyed by the page's
hash, its URL and the package versions: a fresh build directory recomputes
everything, a second run only the pages that changed. Node and the packages
come from tests/node_modules (tests/scripts/setup.sh installs them); when
they are missing, available() says why and the evaluation goes on without
the side-by-side figures.
"""
import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import threading

kHere = pathlib.Path(__file__).resolve().parent
kScript = kHere / "readability_js.mjs"
kNodeModules = kHere.parent / "node_modules"
# Fields every successful result has; older cache files lacking one are redone.
kResultFields = ("content", "title", "byline", "readerable")


def node_binary():
    return shutil.which("node") or shutil.which("nodejs")


def available():
    """(True, versions dict) or (False, reason)."""
    node = node_binary()
    if not node:
        return False, "node not found"
    for pkg in ("@mozilla/readability", "linkedom"):
        if not (kNodeModules / pkg / "package.json").is_file():
            return False, f"{pkg} not in {kNodeModules} (run tests/scripts/setup.sh)"
    try:
        out = subprocess.run([node, str(kScript), "--version"], capture_output=True,
                             timeout=60)
        versions = json.loads(out.stdout.decode("utf-8"))
    except (OSError, subprocess.TimeoutExpired, ValueError) as e:
        return False, f"cannot run {kScript.name}: {e}"
    return True, versions


def _cache_name(versions, url, html):
    h = hashlib.sha1()
    h.update(json.dumps(versions, sort_keys=True).encode())
    h.update(b"\0" + (url or "").encode("utf-8") + b"\0")
    h.update(html.encode("utf-8", errors="surrogatepass"))
    return h.hexdigest() + ".json"


def _worker(node, jobs, cache_dir, versions, out, lock):
    """One Node process: a writer thread feeds it pages, this thread reads results."""
    proc = subprocess.Popen([node, str(kScript)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            cwd=str(kHere))
    names = {}

    def feed():
        try:
            for key, url, load, name in jobs:
                names[key] = name
                html = load()   # loaded again: keeping 1,900 pages in memory is too much
                line = json.dumps({"key": key, "url": url or "", "html": html},
                                  ensure_ascii=False)
                proc.stdin.write(line.encode("utf-8", errors="replace") + b"\n")
        except BrokenPipeError:
            pass
        finally:
            try:
                proc.stdin.close()
            except OSError:
                pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    for raw in proc.stdout:
        try:
            res = json.loads(raw.decode("utf-8", errors="replace"))
        except ValueError:
            continue
        key = res.pop("key", None)
        if key is None:
            continue
        with lock:
            out[key] = res
        name = names.get(key)
        if name and res.get("ok"):
            tmp = cache_dir / (name + ".tmp")
            tmp.write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, cache_dir / name)
    writer.join()
    proc.wait()


def run(jobs, workers, cache_dir, versions):
    """jobs: list of (key, url, load). Returns {key: result}."""
    cache_dir = pathlib.Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    out = {}
    todo = []
    for key, url, load in jobs:
        html = load()
        name = _cache_name(versions, url, html)
        cached = cache_dir / name
        if cached.is_file():
            try:
                res = json.loads(cached.read_text(encoding="utf-8"))
                if all(f in res for f in kResultFields):
                    out[key] = res
                    continue
            except ValueError:
                pass
        todo.append((key, url, load, name))
    if todo:
        node = node_binary()
        lock = threading.Lock()
        shards = [todo[i::max(1, workers)] for i in range(max(1, workers))]
        threads = [threading.Thread(target=_worker,
                                    args=(node, s, cache_dir, versions, out, lock))
                   for s in shards if s]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    for key, _, _ in jobs:
        out.setdefault(key, {"ok": False, "error": "no result from node"})
    return out
