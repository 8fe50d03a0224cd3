"""The clutter fixture (theweek-north-korea): every expectation in its
.expected.json must hold. Zero tolerance: one miss fails the gate."""
import json
import pathlib

import cli_runner
import html_text

kFixtureName = "theweek-north-korea"


def find_fixture(tests_dir, shared_dir):
    """(html path, expected path) from tests/fixtures, else <shared>/fixtures."""
    for folder in (pathlib.Path(tests_dir) / "fixtures", pathlib.Path(shared_dir) / "fixtures"):
        page = folder / (kFixtureName + ".html")
        expected = folder / (kFixtureName + ".expected.json")
        if page.is_file() and expected.is_file():
            return page, expected
    return None


def _strip_tags(markup):
    return html_text.normalize_ws(html_text.page_text(markup))


def check(page, expected_path, cli):
    """List of failure messages (empty = pass)."""
    exp = json.loads(pathlib.Path(expected_path).read_text(encoding="utf-8"))
    args = ["--format", "json"]
    if exp.get("url"):
        args += ["--url", exp["url"]]
    res = cli_runner.run_one(cli, args, page)
    if res.rc != 0:
        return [f"reader-clean {res.problem()}"]
    ours = res.json()
    if not ours:
        return ["output is not a JSON object"]
    fails = []
    norm = lambda k: html_text.normalize_ws(str(ours.get(k) or ""))
    text = norm("textContent")
    content = str(ours.get("content") or "")
    content_text = _strip_tags(content)

    for key in ("title", "siteName", "lang"):
        if key in exp and norm(key) != html_text.normalize_ws(exp[key]):
            fails.append(f"{key}: expected {exp[key]!r}, got {norm(key)!r}")
    if "byline_contains" in exp and exp["byline_contains"] not in norm("byline"):
        fails.append(f"byline {norm('byline')!r} lacks {exp['byline_contains']!r}")
    if "excerpt_contains" in exp and exp["excerpt_contains"] not in norm("excerpt"):
        fails.append(f"excerpt {norm('excerpt')!r} lacks {exp['excerpt_contains']!r}")
    if "publishedTime_prefix" in exp and \
            not norm("publishedTime").startswith(exp["publishedTime_prefix"]):
        fails.append(f"publishedTime {norm('publishedTime')!r} does not start with "
                     f"{exp['publishedTime_prefix']!r}")
    for s in exp.get("content_must_contain", []):
        if s not in text:
            fails.append(f"textContent lacks {s!r}")
        if s not in content_text:
            fails.append(f"content lacks {s!r}")
    for s in exp.get("content_must_not_contain", []):
        # Raw content too: image URLs and attributes carry clutter ids.
        where = [name for name, hay in (("textContent", text), ("content", content))
                 if s in hay]
        if where:
            fails.append(f"{'/'.join(where)} still contains {s!r}")
    categories = {x.get("category") for x in ours.get("removed") or []
                  if isinstance(x, dict)}
    missing = [c for c in exp.get("removed_categories_at_least", [])
               if c not in categories]
    if missing:
        fails.append(f"removed lacks categories {missing} "
                     f"(has {sorted(c for c in categories if c)})")
    return fails
