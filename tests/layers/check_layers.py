#!/usr/bin/env python3
"""Checks that the core's layers are what core/modules.txt says, the same data
core/CMakeLists.txt links the modules with:

  - a module includes headers of itself and of the modules it lists, nothing
    else ("meta includes css/selector.h but meta does not link css");
  - a module lists no module it never includes (a link that is not used);
  - a module lists only modules above it in the file (no cycles, data flows
    down from base to the facade), and every folder of core/ is a module;
  - each tests/unit/<module>/ includes only what unit_<module> links: its
    module, the extra modules tests/unit/modules.txt lists, and their
    dependencies.

  check_layers.py [--root REPO]   exit 0 when the layers hold, 1 with one line
                                  per violation otherwise
  check_layers.py --self-test     plants violations in a scratch tree and
                                  checks that each one is caught
"""
import argparse
import pathlib
import re
import sys
import tempfile

kInclude = re.compile(r'^\s*#\s*include\s*[<"]([A-Za-z0-9_]+)/', re.M)
kSources = ("*.h", "*.cpp", "*.inc")
kThirdParty = {"nlohmann": "json"}   # include folder -> dependency name
kNotModules = {"cli"}                # the command line: an application of the facade
# Folders whose sources belong to the facade (reader_core), not a module of
# their own: the reader page's stylesheet and labels.
kFacadeFolders = ("reader_page",)


def parse_deps(path):
    """Ordered {module: [deps]} from a "module: dep dep" file."""
    deps = {}
    for n, line in enumerate(path.read_text().splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, rest = line.partition(":")
        if not _ or not name.strip():
            raise SystemExit(f"{path}:{n}: expected 'module: deps', got {line!r}")
        deps[name.strip()] = rest.split()
    return deps


def includes(files, known):
    """{dependency: first 'file:line'} for the module folders `files` include."""
    found = {}
    for f in files:
        text = f.read_text(errors="replace")
        for m in kInclude.finditer(text):
            folder = m.group(1)
            dep = kThirdParty.get(folder, folder if folder in known else None)
            if dep is not None and dep not in found:
                found[dep] = f"{f}:{text.count(chr(10), 0, m.start()) + 1}"
    return found


def module_files(core, name):
    if name == "reader":
        return [f for folder in (core, *(core / d for d in kFacadeFolders))
                for pattern in kSources for f in sorted(folder.glob(pattern))]
    return [f for pattern in kSources for f in sorted((core / name).glob(pattern))]


def closure(deps, roots):
    seen, todo = set(), list(roots)
    while todo:
        m = todo.pop()
        if m in seen:
            continue
        seen.add(m)
        todo.extend(deps.get(m, []))
    return seen


def check(root):
    root = pathlib.Path(root).resolve()
    core = root / "core"
    deps = parse_deps(core / "modules.txt")
    known = set(deps) | {"json"}
    problems = []
    order = list(deps)
    for name, listed in deps.items():
        for d in listed:
            if d == "json":
                continue
            if d not in deps:
                problems.append(f"core/modules.txt: {name} lists {d}, which is not a module")
            elif order.index(d) >= order.index(name):
                problems.append(f"core/modules.txt: {name} lists {d}, which is not above it")
        used = includes(module_files(core, name), known)
        used.pop(name, None)
        for d, where in sorted(used.items()):
            if d not in listed:
                problems.append(f"{where}: {name} includes a {d} header but does not link {d} "
                                f"(core/modules.txt)")
        for d in listed:
            if d not in used:
                problems.append(f"core/modules.txt: {name} links {d} but includes none of its headers")
    for folder in sorted(p.name for p in core.iterdir() if p.is_dir()):
        if folder not in deps and folder not in kNotModules and folder not in kFacadeFolders and any(module_files(core, folder)):
            problems.append(f"core/{folder}/: a folder of core/ that core/modules.txt does not list")
    tests = root / "tests" / "unit"
    extra = parse_deps(tests / "modules.txt") if (tests / "modules.txt").is_file() else {}
    for name in extra:
        if not (tests / name).is_dir():
            problems.append(f"tests/unit/modules.txt: no tests/unit/{name}/")
    for d in sorted(p for p in tests.iterdir() if p.is_dir()) if tests.is_dir() else []:
        files = [f for pattern in kSources for f in sorted(d.glob(pattern))]
        if not files:
            continue
        module = d.name
        links = closure(deps, [module] + extra.get(module, []))
        for dep, where in sorted(includes(files, known).items()):
            if dep not in links:
                problems.append(f"{where}: unit_{module} includes a {dep} header but does not link "
                                f"{dep} (tests/unit/modules.txt)")
    prefix = str(root.resolve()) + "/"
    return [p.replace(prefix, "") for p in problems]


def self_test():
    """Each planted violation must be reported; the clean tree must pass."""
    def tree(tmp, modules, files, tests_txt=""):
        root = pathlib.Path(tmp)
        (root / "core").mkdir()
        (root / "core" / "modules.txt").write_text(modules)
        (root / "tests" / "unit").mkdir(parents=True)
        (root / "tests" / "unit" / "modules.txt").write_text(tests_txt)
        for rel, text in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text)
        return root

    clean = {"core/base/a.h": "#pragma once\n", "core/dom/d.cpp": '#include "base/a.h"\n',
             "core/html/h.cpp": '#include "dom/d.h"\n#include "base/a.h"\n',
             "tests/unit/html/t.cpp": '#include "html/h.h"\n#include "base/a.h"\n'}
    modules = "base:\ndom: base\nhtml: base dom\n"
    cases = [
        ("clean tree", modules, clean, "", None),
        ("planted include", modules, {**clean, "core/dom/x.cpp": '#include "html/parser.h"\n'}, "",
         "dom includes a html header but does not link html"),
        ("unused link", modules + "css: base dom html\n",
         {**clean, "core/css/c.cpp": '#include "dom/d.h"\n#include "base/a.h"\n'}, "",
         "css links html but includes none of its headers"),
        ("upward dependency", "base: dom\ndom: base\nhtml: base dom\n",
         {**clean, "core/base/b.cpp": '#include "dom/d.h"\n'}, "", "base lists dom, which is not above it"),
        ("third-party header", modules, {**clean, "core/dom/j.cpp": "#include <nlohmann/json.hpp>\n"}, "",
         "dom includes a json header but does not link json"),
        ("unlisted folder", modules, {**clean, "core/extra/e.cpp": '#include "base/a.h"\n'}, "",
         "core/extra/: a folder of core/ that core/modules.txt does not list"),
        ("test reaching past its links", modules,
         {**clean, "tests/unit/dom/t.cpp": '#include "html/h.h"\n'}, "",
         "unit_dom includes a html header but does not link html"),
        ("test with its extra link", modules,
         {**clean, "tests/unit/dom/t.cpp": '#include "html/h.h"\n'}, "dom: html\n", None),
    ]
    failures = 0
    for name, mods, files, tests_txt, expect in cases:
        with tempfile.TemporaryDirectory() as tmp:
            problems = check(tree(tmp, mods, files, tests_txt))
        ok = (not problems) if expect is None else any(expect in p for p in problems)
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {problems if problems else 'no violation'}")
        failures += not ok
    print(f"self-test: {len(cases) - failures} of {len(cases)} cases as expected")
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=str(pathlib.Path(__file__).resolve().parents[2]))
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args()
    if a.self_test:
        return self_test()
    problems = check(a.root)
    for p in problems:
        print(p)
    print(f"layers: {len(problems)} violation(s) of core/modules.txt" if problems
          else "layers: every include is a linked module, every link is used")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
