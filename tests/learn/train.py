#!/usr/bin/env python3
"""Trains the learned block scorer and writes core/extract/block_model_data.cpp.

  python3 tests/learn/train.py            # dump, label, train, export
  python3 tests/learn/train.py --check    # retrain and compare with the committed file

1. Dump: build/bin/reader-clean --format json --blocks over the dev corpora
   gives, per page, every text block of the extracted article (before the
   learned pruning) with its features (core/extract/block_features.h).
2. Label (TUNING part of the domain split only, tests/corpus/split.py):
   wcxb-dev: a block is content when at least half of its word trigrams
   (its words, when it has fewer than three) occur in the page's
   `main_content`; trafilatura-dev: a block holding a `with` snippet is
   content, one holding a `without` snippet is boilerplate, others are left
   out.
3. Train a gradient-boosted tree ensemble (scikit-learn, fixed seed, sorted
   inputs: the same inputs give the same bytes).
4. Pick the decision threshold that maximises the simulated wcxb-dev word F1
   of the tuning pages (blocks below it removed, the pruning's safety share
   applied as in core/extract/learned_prune.cpp).
5. Export the trees as arrays for plain C++ inference
   (core/extract/block_model.cpp): splits and leaves apart, each in
   preorder, int16 children (~i for leaf i); split thresholds as floats
   (the double rounded down: the same comparisons for float features,
   asserted on the training rows), leaf values as floats (rounded to
   nearest; asserted to change no training row's decision or "p=0.12").

Needs python3-sklearn (Debian). Dumps are cached in build/learn-dump/ keyed
by the CLI binary's hash.
"""
import argparse
import collections
import gzip
import hashlib
import json
import math
import os
import pathlib
import re
import sys
import time

sys.dont_write_bytecode = True
kDebianPython = "/usr/bin/python3"   # where apt's python3-sklearn lives
try:
    import sklearn  # noqa: F401
except ImportError:
    if os.path.exists(kDebianPython) and os.path.realpath(sys.executable) != \
            os.path.realpath(kDebianPython):
        os.execv(kDebianPython, [kDebianPython] + sys.argv)
    sys.exit("train.py needs scikit-learn: apt-get install -y python3-sklearn")
kHere = pathlib.Path(__file__).resolve().parent
kRepo = kHere.parent.parent
sys.path.insert(0, str(kRepo / "tests" / "corpus"))

import cli_runner  # noqa: E402
import html_text  # noqa: E402
import split  # noqa: E402
from container import counts_f1  # noqa: E402  (word F1 of two token Counters)
from page_type import PAGE_TYPES  # noqa: E402

kOut = kRepo / "core" / "extract" / "block_model_data.cpp"
kContainerOut = kRepo / "core" / "extract" / "container_model_data.cpp"
kPageOut = kRepo / "core" / "classify" / "page_model_data.cpp"
kSeed = 20261203
# The ensemble: small enough to embed (<= 200 KB of source), deep enough
# for feature interactions (link share x position x tag).
kTrees = 60
kDepth = 4
kLearningRate = 0.1
kMinLeaf = 20
kContentShare = 0.5      # a block is content when this share of its n-grams is in the truth
kNgram = 3
kMaxPruneShare = 0.4     # as core/extract/learned_prune.cpp kMaxPruneShare
kScopeFeature = "thread"  # learned_prune.cpp in_scope(): the scorer prunes forum threads only
kThresholds = [x / 4 for x in range(-12, 5)]   # log-odds candidates, -3.0 .. 1.0


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", default=str(kRepo / "build" / "bin" / "reader-clean"))
    ap.add_argument("--shared", default=str(kRepo.parent / "shared"))
    ap.add_argument("--out", default=str(kOut))
    ap.add_argument("--check", action="store_true",
                    help="retrain and compare with --out instead of writing it")
    ap.add_argument("--container-out", default=str(kContainerOut))
    ap.add_argument("--containers-only", action="store_true",
                    help="train (or check) the container choice only")
    ap.add_argument("--page-out", default=str(kPageOut))
    ap.add_argument("--pages-only", action="store_true",
                    help="train (or check) the page-type classifier only")
    ap.add_argument("--jobs", type=int, default=2)
    return ap.parse_args(argv)


# ---------------------------------------------------------------- dump
def _cli_hash(cli):
    return hashlib.sha1(pathlib.Path(cli).read_bytes()).hexdigest()[:16]


def dump_corpus(name, jobs_spec, cli, workers, cache_dir):
    """{page id: {"blocks", "containers" (json or None), "text" (the article's
    text)}} for one corpus, cached per CLI hash."""
    path = cache_dir / f"{name}-{_cli_hash(cli)}.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    ids = [k for k, _, _ in jobs_spec]
    results = cli_runner.run_many(cli, [(a, p) for _, a, p in jobs_spec], workers)
    out = {}
    for k, res in zip(ids, results):
        j = res.json()
        out[k] = {"blocks": j.get("blocks"), "containers": j.get("containers"),
                  "page": j.get("page"), "pageType": j.get("pageType"),
                  "text": html_text.page_text(j.get("content") or "")}
    cache_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out), encoding="utf-8")
    return out


def wcxb_pages(shared):
    root = pathlib.Path(shared) / "corpora" / "wcxb-dev"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    spec = []
    for k in sorted(truth):
        page = root / "html" / f"{k}.html.gz"
        if not page.is_file():
            continue
        args = ["--format", "json", "--blocks", "--charset", "utf-8"] + \
            cli_runner.url_args(truth[k].get("url") or "")
        spec.append((k, args, (lambda p: lambda: gzip.decompress(p.read_bytes()))(page)))
    return truth, spec


def readability_pages(shared):
    """({slug: expected text}, dump spec) for Readability's test pages."""
    root = pathlib.Path(shared) / "corpora" / "readability" / "test-pages"
    expected, spec = {}, []
    for page in sorted(p for p in root.iterdir() if (p / "source.html").is_file()):
        expected[page.name] = html_text.page_text(
            (page / "expected.html").read_text(encoding="utf-8", errors="replace"))
        args = ["--format", "json", "--blocks", "--url", "http://fakehost/test/page.html",
                "--charset", "utf-8"]
        spec.append((page.name, args, page / "source.html"))
    return expected, spec


def trafilatura_pages(shared):
    root = pathlib.Path(shared) / "corpora" / "trafilatura-dev"
    data = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    spec = []
    entries = {}
    for e in sorted(data, key=lambda e: e["file"]) if isinstance(data, list) else \
            sorted(({"file": f, **v} for f, v in data.items()), key=lambda e: e["file"]):
        entries[e["file"]] = e
        args = ["--format", "json", "--blocks"] + cli_runner.url_args(e.get("url"))
        spec.append((e["file"], args, root / e["file"]))
    return entries, spec


# ---------------------------------------------------------------- labels
def ngrams(tokens, n):
    return [tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]


def wcxb_labels(blocks, reference):
    """1/0 per block: its share of n-grams found in the reference."""
    ref = html_text.word_tokens(reference)
    ref_sets = {n: set(ngrams(ref, n)) for n in (1, kNgram)}
    out = []
    for b in blocks:
        toks = html_text.word_tokens(b["text"])
        n = kNgram if len(toks) >= kNgram else 1
        grams = ngrams(toks, n)
        if not grams:
            out.append(None)
            continue
        found = sum(1 for g in grams if g in ref_sets[n])
        out.append(1 if found >= kContentShare * len(grams) else 0)
    return out


def snippet_labels(blocks, with_, without):
    norm = lambda s: html_text.normalize_ws(s).lower()  # noqa: E731
    w = [norm(s) for s in with_ if norm(s)]
    wo = [norm(s) for s in without if norm(s)]
    out = []
    for b in blocks:
        t = norm(b["text"])
        if any(s in t for s in w):
            out.append(1)
        elif any(s in t for s in wo):
            out.append(0)
        else:
            out.append(None)
    return out


# ---------------------------------------------------------------- model
def train(X, y, w):
    from sklearn.ensemble import GradientBoostingClassifier
    clf = GradientBoostingClassifier(n_estimators=kTrees, max_depth=kDepth,
                                     learning_rate=kLearningRate, min_samples_leaf=kMinLeaf,
                                     subsample=1.0, random_state=kSeed)
    clf.fit(X, y, sample_weight=w)
    return clf


def export_trees(clf, X, k=0):
    """(bias, tree starts, feature, right, value) arrays in preorder: the
    trees of output k (a class of a multi-class classifier)."""
    import numpy as np
    bias = float(clf._raw_predict_init(X[:1])[0, k])
    starts, feature, right, value = [], [], [], []
    for est in clf.estimators_[:, k]:
        t = est.tree_
        starts.append(len(feature))
        stack = [0]
        fix = {}   # sklearn node -> our index of the split waiting for its right child
        while stack:
            node = stack.pop()
            idx = len(feature)
            if node in fix:
                right[fix.pop(node)] = idx
            if t.children_left[node] == -1:
                feature.append(-1)
                right.append(0)
                value.append(float(t.value[node][0][0]) * clf.learning_rate)
            else:
                feature.append(int(t.feature[node]))
                right.append(0)
                value.append(float(t.threshold[node]))
                fix[int(t.children_right[node])] = idx
                stack.append(int(t.children_right[node]))
                stack.append(int(t.children_left[node]))
    return bias, starts, feature, right, value


def compact(model):
    """The preorder trees of export_trees() in the embedded form
    (core/extract/block_model.h): (bias, roots, feature, split, left, right,
    leaf). Thresholds become floats rounded down: for a float x,
    x <= t exactly when x <= the largest float not above t."""
    import numpy as np
    bias, starts, feature, right, value = model
    split_of, leaf_of = {}, {}
    for i, f in enumerate(feature):
        (leaf_of if f < 0 else split_of)[i] = len(leaf_of if f < 0 else split_of)
    assert len(split_of) < 32768 and len(leaf_of) <= 32768, "children are int16"

    def ref(i):
        return split_of[i] if feature[i] >= 0 else ~leaf_of[i]

    def round_down(t):
        f = np.float32(t)
        if not math.isfinite(float(f)):
            raise ValueError(f"threshold {t} does not fit a float")
        return np.nextafter(f, np.float32(-np.inf)) if float(f) > t else f

    splits = [i for i in range(len(feature)) if feature[i] >= 0]
    return (bias, [ref(s) for s in starts], [feature[i] for i in splits],
            [round_down(value[i]) for i in splits], [ref(i + 1) for i in splits],
            [ref(right[i]) for i in splits],
            [np.float32(value[i]) for i in range(len(feature)) if feature[i] < 0])


def float_splits_agree(trees, model, X):
    """Every float threshold of the embedded form (compact) splits every
    training row as its double does, so the scores are the same doubles
    (same leaves, same order)."""
    import numpy as np
    doubles = [trees[4][i] for i in range(len(trees[2])) if trees[2][i] >= 0]
    for f, t, t32 in zip(model[2], doubles, model[3]):
        column = X[:, f]
        if not np.array_equal(column.astype(np.float64) <= t, column <= t32):
            print(f"error: float threshold {t32} splits feature {f} unlike {t}", file=sys.stderr)
            return False
    return True


def embed(est, X, raw_scores, k=0):
    """(preorder trees, embedded form) of a fitted ensemble (its output k),
    or None when the embedded form disagrees with scikit-learn (raw_scores:
    the ensemble's own scores of rows) beyond the float leaves' rounding,
    or a float threshold splits a training row unlike its double."""
    trees = export_trees(est, X, k)
    model = compact(trees)
    drift = max(abs(a - b) for a, b in zip(predict(model, X[:2000]), raw_scores(X[:2000])))
    if drift > 1e-5:   # the float leaves: ~1e-8 each
        print(f"error: exported trees disagree with scikit-learn by {drift}", file=sys.stderr)
        return None
    if not float_splits_agree(trees, model, X):
        return None
    return trees, model


def model_scores(model, X, exact_leaves=None):
    """Log-odds of every row of X (float32) under the embedded form, summed
    as block_model.cpp sums them; with exact_leaves (the export_trees
    model), its double leaves instead of the float ones."""
    import numpy as np
    bias, roots, feature, split, left, right, leaf = model
    feature, split = np.asarray(feature), np.asarray(split, dtype=np.float32)
    left, right = np.asarray(left), np.asarray(right)
    if exact_leaves is not None:
        leaf = [exact_leaves[4][i] for i in range(len(exact_leaves[2])) if exact_leaves[2][i] < 0]
    leaf = np.asarray(leaf, dtype=np.float64)
    rows = np.arange(len(X))
    s = np.full(len(X), bias, dtype=np.float64)
    for root in roots:
        n = np.full(len(X), root)
        while (n >= 0).any():
            inner = n >= 0
            m = n[inner]
            go_left = X[rows[inner], feature[m]] <= split[m]
            n[inner] = np.where(go_left, left[m], right[m])
        s = s + leaf[~n]
    return s


def predict(model, rows):
    """Log-odds per row, as core/extract/block_model.cpp computes them, from
    the preorder trees (export_trees) or their embedded form (compact)."""
    import numpy as np
    X = np.asarray(rows, dtype=np.float32)
    out = []
    if len(model) == 5:
        bias, starts, feature, right, value = model
        for x in X:
            s = bias
            for st in starts:
                i = st
                while feature[i] >= 0:
                    i = i + 1 if float(x[feature[i]]) <= value[i] else right[i]
                s += value[i]
            out.append(s)
        return out
    bias, roots, feature, split, left, right, leaf = model
    for x in X:
        s = bias
        for n in roots:
            while n >= 0:
                n = left[n] if x[feature[n]] <= split[n] else right[n]
            s += float(leaf[~n])
        out.append(s)
    return out


class SimPage:
    """A page's blocks as token Counters, to score pruning decisions fast."""

    def __init__(self, blocks, reference, page_type, scores, in_scope):
        self.counts = [collections.Counter(html_text.word_tokens(b["text"])) for b in blocks]
        self.chars = [b["features"][0] for b in blocks]
        self.ref = collections.Counter(html_text.word_tokens(reference))
        self.type = page_type
        self.scores = scores
        self.in_scope = in_scope

    def f1(self, marked):
        if not self.in_scope:
            marked = [False] * len(marked)
        if sum(c for c, m in zip(self.chars, marked) if m) > kMaxPruneShare * sum(self.chars):
            marked = [False] * len(marked)
        kept = collections.Counter()
        for c, m in zip(self.counts, marked):
            if not m:
                kept.update(c)
        return counts_f1(kept, self.ref)


def simulate(pages, threshold):
    """Mean word F1 over SimPages with blocks scoring below threshold removed."""
    if not pages:
        return 0.0
    return sum(p.f1([s < threshold for s in p.scores]) for p in pages) / len(pages)


def fmt_double(x):
    if x == -math.inf:
        return "-1e300"
    r = repr(float(x))
    return r if ("e" in r or "." in r or "inf" in r or "nan" in r) else r + ".0"


def block_probability(log_odds):
    """As core/extract/block_model.cpp."""
    return 1.0 / (1.0 + math.exp(-log_odds))


def fmt_float(x):
    """The shortest literal that reads back as this float (numpy's float32 str)."""
    import numpy as np
    r = str(np.float32(x))
    return (r if ("e" in r or "." in r) else r + ".0") + "f"


def tree_arrays(model, suffix=""):
    """The C++ arrays of one embedded ensemble (block_model.h), their names
    ending in `suffix`."""
    bias, roots, feature, split, left, right, leaf = model

    def arr(ctype, name, items, per_line, fmt=str):
        lines = []
        for i in range(0, len(items), per_line):
            lines.append("    " + ", ".join(fmt(v) for v in items[i:i + per_line]) + ",")
        return f"const {ctype} {name}{suffix}[] = {{\n" + "\n".join(lines) + "\n};\n"

    return (arr("int16_t", "kTreeRoot", roots, 16)
            + arr("int8_t", "kFeature", feature, 32)
            + arr("float", "kSplit", split, 8, fmt_float)
            + arr("int16_t", "kLeft", left, 16)
            + arr("int16_t", "kRight", right, 16)
            + arr("float", "kLeaf", leaf, 8, fmt_float))


def model_init(names, model, threshold, suffix="", indent="      "):
    """The BlockModel initializer of one ensemble whose arrays tree_arrays()
    wrote with `suffix`."""
    return (f"{indent}\"{','.join(names)}\",\n"
            f"{indent}{fmt_double(model[0])},\n"
            f"{indent}{fmt_double(threshold)},\n"
            f"{indent}{len(model[1])},\n"
            f"{indent}" + ", ".join(f"k{a}{suffix}" for a in
                                    ("TreeRoot", "Feature", "Split", "Left", "Right", "Leaf")))


def render(names, model, threshold, summary, what="block scorer", header="block_model.h",
           function="block_model"):
    return (
        f"// GENERATED by tests/learn/train.py: do not edit. The learned {what}'s\n"
        f"// trees (core/extract/{header}). Retrain: python3 tests/learn/train.py\n"
        + "".join(f"// {line}\n" for line in summary) +
        f"#include \"extract/{header}\"\n\n"
        "namespace reader::extract {\nnamespace {\n\n"
        + tree_arrays(model)
        + "\n}  // namespace\n\n"
        f"const BlockModel& {function}() {{\n"
        "  static const BlockModel model{\n"
        + model_init(names, model, threshold) + "};\n"
        "  return model;\n}\n\n}  // namespace reader::extract\n")


def render_page_models(names, models, summary):
    """core/classify/page_model_data.cpp: one ensemble per page type."""
    body = "".join(f"// {PAGE_TYPES[k]}\n" + tree_arrays(m, f"_{k}")
                   for k, m in enumerate(models))
    inits = ",\n".join("      extract::BlockModel{\n" + model_init(names, m, 0.0, f"_{k}", "          ")
                        + "}" for k, m in enumerate(models))
    return (
        "// GENERATED by tests/learn/train.py: do not edit. The learned page-type\n"
        "// classifier's trees, one ensemble per type (core/classify/page_model.h).\n"
        "// Retrain: python3 tests/learn/train.py --pages-only\n"
        + "".join(f"// {line}\n" for line in summary) +
        "#include \"classify/page_model.h\"\n\n"
        "namespace reader::classify {\nnamespace {\n\n" + body +
        "\nconst std::array<extract::BlockModel, kPageTypeCount> kModels{{\n" + inits + "}};\n"
        "\n}  // namespace\n\n"
        "const std::array<const extract::BlockModel*, kPageTypeCount>& page_models() {\n"
        "  static const std::array<const extract::BlockModel*, kPageTypeCount> models{\n"
        "      " + ", ".join(f"&kModels[{k}]" for k in range(len(models))) + "};\n"
        "  return models;\n}\n\n}  // namespace reader::classify\n")


# ---------------------------------------------------------------- main
def main(argv):
    args = parse_args(argv)
    t0 = time.monotonic()
    cache = pathlib.Path(args.cli).resolve().parent.parent / "learn-dump"
    wtruth, wspec = wcxb_pages(args.shared)
    tentries, tspec = trafilatura_pages(args.shared)
    wdump = dump_corpus("wcxb-dev", wspec, args.cli, args.jobs, cache)
    tdump = dump_corpus("trafilatura-dev", tspec, args.cli, args.jobs, cache)
    print(f"dump: {time.monotonic() - t0:.0f}s", file=sys.stderr)

    rexpected, rspec = readability_pages(args.shared)
    rdump = dump_corpus("readability", rspec, args.cli, args.jobs, cache)
    status = 0
    if not args.containers_only:
        others = {"readability": (rdump, split.host_of_slug),
                  "trafilatura-dev": (tdump, lambda k: split.host_of_url(
                      tentries[k].get("url"), fallback="id:" + k))}
        status = train_page_model(args, wdump, wtruth, others, t0)
    if args.pages_only:
        return status
    import container
    others = container.other_pages(rdump, rexpected, tdump, tentries)
    status = train_container_model(args, wdump, wtruth, others, t0) or status
    if args.containers_only:
        return status
    names = None
    X, y, w = [], [], []
    sim = {split.kTuning: [], split.kHeldOut: []}
    for k in sorted(wdump):
        d = wdump[k]["blocks"]
        t = wtruth[k]
        part = split.part_of(split.host_of_url(t.get("url"), fallback="id:" + k))
        if not d or not d.get("rows"):
            continue
        names = names or d["features"]
        blocks = d["rows"]
        sim[part].append((blocks, t.get("main_content") or "", t.get("type")))
        if part != split.kTuning:
            continue
        for b, lab in zip(blocks, wcxb_labels(blocks, t.get("main_content") or "")):
            if lab is None:
                continue
            X.append(b["features"])
            y.append(lab)
            w.append(1.0)
    for k in sorted(tdump):
        d = tdump[k]["blocks"]
        e = tentries[k]
        part = split.part_of(split.host_of_url(e.get("url"), fallback="id:" + k))
        if part != split.kTuning or not d or not d.get("rows"):
            continue
        blocks = d["rows"]
        for b, lab in zip(blocks, snippet_labels(blocks, e.get("with") or [], e.get("without") or [])):
            if lab is None:
                continue
            X.append(b["features"])
            y.append(lab)
            w.append(1.0)

    import numpy as np
    Xa = np.asarray(X, dtype=np.float32)
    ya = np.asarray(y)
    wa = np.asarray(w)
    print(f"samples: {len(y)} (content {int(ya.sum())}), features {len(names)}", file=sys.stderr)
    clf = train(Xa, ya, wa)
    embedded = embed(clf, Xa, clf.decision_function)
    if embedded is None:
        return 1
    trees, model = embedded

    sim_pages = {}
    for part, pages in sim.items():
        scores = [clf.decision_function(np.asarray([x["features"] for x in b], dtype=np.float32))
                  for b, _, _ in pages]
        scope = names.index(kScopeFeature)
        sim_pages[part] = [SimPage(b, ref, ty, list(sc), b[0]["features"][scope] == 1)
                           for (b, ref, ty), sc in zip(pages, scores)]
    # The threshold is chosen on the tuning pages the scorer prunes.
    tuning = [p for p in sim_pages[split.kTuning] if p.in_scope]
    base = simulate(tuning, -math.inf)
    best_t, best_f = -math.inf, base
    for th in kThresholds:
        f = simulate(tuning, th)
        if f > best_f + 1e-12:
            best_t, best_f = th, f
    # The float leaves change no decision and no explanation ("p=0.12",
    # learned_prune.cpp) on any training row.
    float_leaves, exact = model_scores(model, Xa), model_scores(model, Xa, exact_leaves=trees)
    flips = int(((float_leaves < best_t) != (exact < best_t)).sum())
    flips += sum(f"{block_probability(a):.2f}" != f"{block_probability(b):.2f}"
                 for a, b in zip(float_leaves, exact))
    if flips:
        print(f"error: float leaves change {flips} decisions or explanations", file=sys.stderr)
        return 1
    summary = [f"samples {len(y)} (tuning parts of wcxb-dev and trafilatura-dev), "
               f"{kTrees} trees of depth {kDepth}, threshold {best_t} (chosen on "
               f"{len(tuning)} tuning pages extracted as threads)"]
    for part in split.kParts:
        pages = sim_pages[part]
        before = simulate(pages, -math.inf)
        after = simulate(pages, best_t)
        line = f"simulated wcxb-dev {part} word F1: {before:.4f} -> {after:.4f}"
        bytype = collections.defaultdict(list)
        for pg in pages:
            bytype[pg.type].append(pg)
        line += " (" + " ".join(
            f"{ty} {simulate(v, -math.inf):.3f}->{simulate(v, best_t):.3f}"
            for ty, v in sorted(bytype.items())) + ")"
        print(line, file=sys.stderr)
        summary.append(line)
    text = render(names, model, best_t, summary[:1])
    print(f"model: {len(model[1])} trees, {len(model[2])} splits, {len(model[6])} leaves, "
          f"{len(text)} bytes of source; "
          f"{time.monotonic() - t0:.0f}s", file=sys.stderr)
    return write_or_check(args, pathlib.Path(args.out), text) or status


def write_or_check(args, out, text):
    if args.check:
        same = out.is_file() and out.read_text(encoding="utf-8") == text
        print("check: " + ("identical" if same else f"DIFFERS from {out}"))
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0


def train_page_model(args, wdump, wtruth, others, t0):
    """The learned page-type classifier (page_type.py): train, export, write
    or check. Its features (the dump's "page" rows) do not depend on any
    learned model, so it is trained first."""
    import numpy as np
    import page_type
    clf, X, summary = page_type.train_pages(wdump, wtruth, others)
    names = next(d["page"]["features"] for d in wdump.values() if d and d.get("page"))
    models = []
    for k in range(len(PAGE_TYPES)):
        embedded = embed(clf, X, (lambda k: lambda rows: clf.decision_function(rows)[:, k])(k), k)
        if embedded is None:
            return 1
        models.append(embedded[1])
    # The embedded trees pick the type scikit-learn picks on every page dumped.
    rows = np.asarray([d["page"]["row"] for dump in [wdump] + [d for d, _ in others.values()]
                       for d in dump.values() if d and d.get("page")], dtype=np.float32)
    ours = np.argmax(np.column_stack([model_scores(m, rows) for m in models]), axis=1)
    if not np.array_equal(ours, clf.predict(rows)):
        print("error: the embedded page-type trees disagree with scikit-learn", file=sys.stderr)
        return 1
    text = render_page_models(names, models, summary)
    print(f"page model: {sum(len(m[1]) for m in models)} trees, "
          f"{sum(len(m[2]) for m in models)} splits, {len(text)} bytes of source; "
          f"{time.monotonic() - t0:.0f}s", file=sys.stderr)
    return write_or_check(args, pathlib.Path(args.page_out), text)


def train_container_model(args, wdump, wtruth, others, t0):
    """The learned container choice (container.py): train, export, write or check."""
    import container
    reg, X, threshold, summary = container.train_containers(wdump, wtruth, others)
    names = next(d["containers"]["features"] for d in wdump.values()
                 if d and d.get("containers"))
    embedded = embed(reg, X, reg.predict)
    if embedded is None:
        return 1
    trees, model = embedded
    text = render(names, model, threshold, summary, what="container choice",
                  header="container_model.h", function="container_model")
    print(f"container model: {len(model[1])} trees, {len(model[2])} splits, {len(model[6])} "
          f"leaves, {len(text)} bytes of source; {time.monotonic() - t0:.0f}s", file=sys.stderr)
    return write_or_check(args, pathlib.Path(args.container_out), text)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
