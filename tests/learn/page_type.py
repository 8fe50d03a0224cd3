"""The learned page-type classifier (core/classify/page_model.h), trained by
train.py from the same dump (reader-clean --format json --blocks: "page"
holds each page's features, core/classify/page_features.h).

wcxb-dev's truth names every page's type (article, forum, documentation,
product, collection, listing, service). A multi-class gradient-boosted
classifier (scikit-learn, fixed seed) learns it from the TUNING part of the
domain split, together with the tuning parts of Readability's test pages
and trafilatura-dev (all articles there: without them the classifier
called 24 of 333 trafilatura-dev pages forum, product or listing, and the
type-specific extraction lost their text). The held-out parts are only
reported.
"""
import collections
import sys

import split

# In meta::PageType order (core/meta/page_type.h).
PAGE_TYPES = ("article", "forum", "documentation", "product", "collection", "listing",
              "service")
kArticle = 0
# Few shallow trees (the .wasm size, issue 12): 7 types x kTrees trees of
# depth kDepth. Of six settings tried (10-40 trees, depth 2-3, learning
# rate 0.1-0.3) the smallest: out-of-fold accuracy on the tuning parts (4
# folds by host) was 0.796-0.825 for all of them (wcxb-dev tuning pages).
kTrees = 15
kDepth = 2
kLearningRate = 0.3
kMinLeaf = 10
kSeed = 20261203
kFolds = 4


def _rows(dump, keys):
    for k in keys:
        d = dump.get(k)
        if d and d.get("page"):
            yield k, d["page"]


def wcxb_rows(wdump, wtruth):
    """[(page id, host, part, type index, features)] of the wcxb-dev pages."""
    out = []
    for k, p in _rows(wdump, sorted(wdump)):
        t = wtruth[k]
        host = split.host_of_url(t.get("url"), fallback="id:" + k)
        out.append((k, host, split.part_of(host), PAGE_TYPES.index(t["type"]), p["row"]))
    return out


def fit(rows):
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier
    X = np.asarray([r[4] for r in rows], dtype=np.float32)
    y = np.asarray([r[3] for r in rows])
    clf = GradientBoostingClassifier(n_estimators=kTrees, max_depth=kDepth,
                                     learning_rate=kLearningRate, min_samples_leaf=kMinLeaf,
                                     subsample=1.0, random_state=kSeed)
    clf.fit(X, y)
    assert list(clf.classes_) == list(range(len(PAGE_TYPES))), "every type in the tuning part"
    return clf, X


def predict(clf, rows):
    import numpy as np
    if not rows:
        return []
    return list(clf.predict(np.asarray([r[4] for r in rows], dtype=np.float32)))


def confusion_line(rows, pred):
    right = sum(1 for r, p in zip(rows, pred) if r[3] == p)
    per = collections.defaultdict(lambda: [0, 0])
    for r, p in zip(rows, pred):
        per[r[3]][1] += 1
        per[r[3]][0] += r[3] == p
    return (f"{right}/{len(rows)} = {right / max(1, len(rows)):.3f} ("
            + " ".join(f"{PAGE_TYPES[t]} {per[t][0]}/{per[t][1]}" for t in sorted(per)) + ")")


def article_rows(dump, host_of):
    """[(page id, host, part, article, features)] of a corpus of articles;
    host_of(page id) gives the page's host."""
    out = []
    for k, p in _rows(dump, sorted(dump)):
        host = host_of(k)
        out.append((k, host, split.part_of(host), kArticle, p["row"]))
    return out


def train_pages(wdump, wtruth, others, log=sys.stderr):
    """(classifier, training matrix, summary lines). others: {corpus: (dump,
    host_of)} of corpora whose pages are all articles."""
    rows = wcxb_rows(wdump, wtruth)
    wtuning = [r for r in rows if r[2] == split.kTuning]
    heldout = [r for r in rows if r[2] == split.kHeldOut]
    orows = {c: article_rows(d, h) for c, (d, h) in sorted(others.items())}
    tuning = wtuning + [r for c in sorted(orows) for r in orows[c] if r[2] == split.kTuning]
    hosts = sorted({r[1] for r in tuning})
    fold_of = {h: i % kFolds for i, h in enumerate(hosts)}
    oof = {}
    for f in range(kFolds):
        clf, _ = fit([r for r in tuning if fold_of[r[1]] != f])
        part = [r for r in tuning if fold_of[r[1]] == f]
        oof.update(zip((r[0] for r in part), predict(clf, part)))
    clf, X = fit(tuning)
    rules = lambda rs: [int(r[4][7]) for r in rs]  # noqa: E731 (rules_type)
    summary = [f"{len(tuning)} tuning pages ({len(wtuning)} of wcxb-dev, the rest of "
               f"{' and '.join(sorted(orows))}), {len(PAGE_TYPES)} types x {kTrees} "
               f"trees of depth {kDepth}"]
    summary.append("wcxb-dev tuning accuracy, rules: " + confusion_line(wtuning, rules(wtuning)))
    summary.append("wcxb-dev tuning accuracy, out-of-fold: "
                   + confusion_line(wtuning, [oof[r[0]] for r in wtuning]))
    summary.append("wcxb-dev held-out accuracy, rules: " + confusion_line(heldout, rules(heldout)))
    summary.append("wcxb-dev held-out accuracy, model: "
                   + confusion_line(heldout, predict(clf, heldout)))
    for corpus, crows in sorted(orows.items()):
        for name, part in (("tuning, out-of-fold", split.kTuning), ("held-out", split.kHeldOut)):
            prow = [r for r in crows if r[2] == part]
            pred = [oof[r[0]] for r in prow] if part == split.kTuning else predict(clf, prow)
            summary.append(f"{corpus} {name} called article (all are), rules: "
                           f"{sum(1 for t in rules(prow) if t == kArticle)}/{len(prow)}, model: "
                           f"{sum(1 for t in pred if t == kArticle)}/{len(prow)}")
    for line in summary:
        print(line, file=log)
    return clf, X, summary
