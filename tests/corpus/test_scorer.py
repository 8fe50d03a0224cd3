#!/usr/bin/env python3
"""Self-test of the corpus scorer: the measures, the HTML-to-text, the prompt
classifier, the floors file rules and the gate's exit codes, on hand-made
cases (no reader-clean, no corpora needed)."""
import json
import os
import pathlib
import stat
import subprocess
import sys
import tempfile
import unittest

kHere = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True   # keep __pycache__ out of the source tree
sys.path.insert(0, str(kHere))

import corpus_wcxb  # noqa: E402
import fixture_check  # noqa: E402
import floors  # noqa: E402
import html_text  # noqa: E402
import prompt_rules  # noqa: E402
import scoring  # noqa: E402
import split  # noqa: E402


class ShingleF1(unittest.TestCase):
    def test_identical_text_is_perfect(self):
        p, r, tp, fp, fn = scoring.shingle_page("one two three four five", "one two three four five")
        self.assertEqual((p, r, tp, fp, fn), (1.0, 1.0, 2, 0, 0))

    def test_extra_text_lowers_precision_only(self):
        # ours: 6 tokens -> 3 shingles, 2 shared with the reference.
        p, r, tp, fp, fn = scoring.shingle_page("one two three four five six",
                                                "one two three four five")
        self.assertEqual((tp, fp, fn), (2, 1, 0))
        self.assertAlmostEqual(p, 2 / 3)
        self.assertEqual(r, 1.0)

    def test_shingles_are_multisets(self):
        ref = "a b c d"
        ours = "a b c d . a b c d"   # the one reference shingle twice (+ 3 across the join)
        p, r, tp, fp, fn = scoring.shingle_page(ours, ref)
        self.assertEqual((tp, fn), (1, 0))
        self.assertEqual(fp, 4)

    def test_tokens_are_case_sensitive_unicode_words(self):
        self.assertEqual(scoring.shingle_page("Été à Paris, ça", "été à Paris ça")[2], 0)
        self.assertEqual(scoring.shingle_page("Été à Paris, ça!", "Été à Paris ça")[2], 1)

    def test_empty_output_scores_zero(self):
        self.assertEqual(scoring.shingle_page("", "one two three four")[:2], (0.0, 0.0))
        self.assertEqual(scoring.shingle_page("", "")[:2], (1.0, 1.0))

    def test_f1_is_of_averaged_precision_and_recall(self):
        f1, p, r = scoring.shingle_summary([(1.0, 0.5), (0.5, 1.0)])
        self.assertEqual((p, r), (0.75, 0.75))
        self.assertAlmostEqual(f1, 0.75)

    def test_diff_sample_names_lost_and_extra_passages(self):
        d = scoring.diff_sample("a b c d e f g h i j k", "a b c d x y z w v u e f g h i j k")
        self.assertEqual(d, "lost 6w 'x y z w v u'")


class Snippets(unittest.TestCase):
    def test_readme_formula(self):
        tp, fn, fp, missing, found = scoring.snippet_page(
            "Hello   big\nworld. Share this", ["Hello big world", "absent"], ["Share this", "Ads"])
        self.assertEqual((tp, fn, fp), (1, 1, 1))
        self.assertEqual((missing, found), (["absent"], ["Share this"]))
        f1, p, r = scoring.snippet_summary(tp=8, fn=2, fp=4)
        self.assertAlmostEqual(p, 8 / 12)
        self.assertAlmostEqual(r, 0.8)
        self.assertAlmostEqual(f1, 16 / 22)

    def test_substring_match_is_case_sensitive(self):
        self.assertEqual(scoring.snippet_page("hello world", ["Hello world"], [])[0], 0)


class HtmlText(unittest.TestCase):
    def test_blocks_break_lines_and_hidden_text_is_skipped(self):
        t = html_text.page_text("<p>one</p><p>two <b>three</b></p><script>x=1</script>"
                                "<style>p{}</style><div>four&amp;five</div>")
        self.assertEqual(t, "one\ntwo three\nfour&five")

    def test_mathml_is_visible_text_svg_is_not(self):
        # readability's mathjax page: the equations in expected.html are article.
        t = html_text.page_text("<p>When <math><mi>a</mi><mo>=</mo><mn>0</mn></math> holds"
                                "<svg><text>icon</text></svg></p>")
        self.assertEqual(" ".join(t.split()), "When a=0 holds")

    def test_implied_paragraph_end(self):
        self.assertEqual(html_text.page_text("<p>one<p>two<ul><li>a<li>b</ul>"),
                         "one\ntwo\na\nb")

    def test_blocks_are_inline_runs(self):
        self.assertEqual(html_text.text_blocks("<div>Sign up <a>now</a><p>inner</p> tail</div>"),
                         ["Sign up now", "inner", "tail"])

    def test_charset_sniffing(self):
        self.assertEqual(html_text.decode_page(b'<meta charset="utf-8">\xc3\xa9'),
                         '<meta charset="utf-8">é')
        self.assertEqual(html_text.decode_page(b"<p>\xe9\x80</p>"), "<p>é€</p>")
        self.assertEqual(html_text.decode_page(b"\xef\xbb\xbf<p>\xc3\xa9"), "<p>é")


class Prompts(unittest.TestCase):
    def test_prompts_in_every_language(self):
        for text in ("Subscribe to The Week", "Sign up for our newsletter",
                     "Already a subscriber? Log in", "To continue reading this article",
                     "Jetzt Newsletter abonnieren", "Bitte melden Sie sich an: anmelden",
                     "Abonnez-vous pour lire la suite", "Inscrivez-vous gratuitement",
                     "Suscríbete a nuestro boletín", "Iscriviti alla newsletter",
                     "Assine já e tenha acesso", "Abonneer je op de nieuwsbrief"):
            self.assertTrue(prompt_rules.is_prompt(text), text)

    def test_ordinary_sentences_are_not_prompts(self):
        for text in ("The cash register was empty when police arrived.",
                     "He registered to vote in 2019.",
                     "The editor signed the letter and left the building.",
                     "Readers in Paris saw the comet."):
            self.assertFalse(prompt_rules.is_prompt(text), text)

    def test_block_length_bounds(self):
        self.assertFalse(prompt_rules.is_prompt_block("Subscribe"))       # < 15 chars
        self.assertTrue(prompt_rules.is_prompt_block("Subscribe to The Week today"))
        self.assertFalse(prompt_rules.is_prompt_block("Subscribe " + "x" * 400))


class Floors(unittest.TestCase):
    def pins(self, floors_, ceilings):
        return {"floors": floors_, "ceilings": ceilings}

    def test_lowering_a_floor_or_raising_a_ceiling_is_refused(self):
        head = self.pins({"a.f1": 0.8}, {"a.leak": 0.01})
        self.assertEqual(floors.check_monotonic(self.pins({"a.f1": 0.8}, {"a.leak": 0.01}), head), [])
        self.assertEqual(floors.check_monotonic(self.pins({"a.f1": 0.9}, {"a.leak": 0.0}), head), [])
        self.assertEqual(len(floors.check_monotonic(self.pins({"a.f1": 0.79}, {"a.leak": 0.02}), head)), 2)
        self.assertEqual(len(floors.check_monotonic(self.pins({}, {}), head)), 2)
        self.assertEqual(floors.check_monotonic(self.pins({}, {}), None), [])

    def test_update_raises_never_lowers(self):
        pins = self.pins({"a.f1": 0.9, "a.p": 0.5}, {"a.leak": 0.01})
        out = floors.raised(pins, {"a.f1": 0.85, "a.p": 0.8, "a.leak": 0.0},
                            ["a.f1", "a.p"], ["a.leak"])
        self.assertEqual(out["floors"], {"a.f1": 0.9, "a.p": 0.795})
        self.assertEqual(out["ceilings"], {"a.leak": 0.005})

    def test_measured_below_floor_fails(self):
        pins = self.pins({"a.f1": 0.9}, {"a.leak": 0.01})
        self.assertEqual(len(floors.check_measured(pins, {"a.f1": 0.89, "a.leak": 0.02})), 2)
        self.assertEqual(floors.check_measured(pins, {"a.f1": 0.9, "a.leak": 0.01}), [])


def _write_fake_cli(folder, payload):
    """An executable that prints `payload` as its JSON result."""
    path = pathlib.Path(folder) / "fake-reader-clean"
    path.write_text(f"#!{sys.executable}\nimport json, sys\n"
                    f"print(json.dumps({payload!r}))\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


kGoodFixtureOutput = {
    "title": "T", "byline": "By Jane Doe", "siteName": "S", "lang": "en",
    "publishedTime": "2023-09-06T11:42:18Z", "excerpt": "An excerpt here",
    "content": "<div><p>Body text stays.</p></div>", "textContent": "Body text stays.",
    "removed": [{"category": "newsletter", "rule": "r", "text": "Sign up"}],
}
kFixtureExpectation = {
    "title": "T", "byline_contains": "Jane", "siteName": "S", "lang": "en",
    "publishedTime_prefix": "2023-09-06", "excerpt_contains": "excerpt",
    "content_must_contain": ["Body text stays."],
    "content_must_not_contain": ["Sign up"],
    "removed_categories_at_least": ["newsletter"],
}


class Fixture(unittest.TestCase):
    def run_check(self, output):
        with tempfile.TemporaryDirectory() as d:
            cli = _write_fake_cli(d, output)
            page = pathlib.Path(d) / "page.html"
            page.write_text("<p>x</p>", encoding="utf-8")
            exp = pathlib.Path(d) / "page.expected.json"
            exp.write_text(json.dumps(kFixtureExpectation), encoding="utf-8")
            return fixture_check.check(page, exp, cli)

    def test_good_output_passes(self):
        self.assertEqual(self.run_check(kGoodFixtureOutput), [])

    def test_each_violation_is_reported(self):
        bad = dict(kGoodFixtureOutput, title="X", textContent="Body text stays. Sign up",
                   removed=[])
        fails = self.run_check(bad)
        self.assertEqual(len(fails), 3, fails)


class WordF1(unittest.TestCase):
    def test_bag_of_words_lower_cased(self):
        p, r, f1 = corpus_wcxb.word_page("The cat, the CAT sat", "the cat sat on the mat")
        # ours: the x2, cat x2, sat; reference: the x2, cat, sat, on, mat
        self.assertAlmostEqual(p, 4 / 5)
        self.assertAlmostEqual(r, 4 / 6)
        self.assertAlmostEqual(f1, 2 * p * r / (p + r))

    def test_empty_sides(self):
        self.assertEqual(corpus_wcxb.word_page("", ""), (1.0, 1.0, 1.0))
        self.assertEqual(corpus_wcxb.word_page("", "some text"), (0.0, 0.0, 0.0))
        self.assertEqual(corpus_wcxb.word_page("menu", ""), (0.0, 1.0, 0.0))

    def test_snippets_case_insensitive(self):
        found, leaked = corpus_wcxb.snippet_shares("Hello  World. Sign In",
                                                   ["hello world", "absent"], ["sign in"])
        self.assertEqual((found, leaked), (1, 1))


class DomainSplit(unittest.TestCase):
    def test_host_normalised_and_split_fixed(self):
        self.assertEqual(split.host_of_url("https://WWW.Example.com/a"), "example.com")
        self.assertEqual(split.host_of_url("", fallback="id:7"), "id:7")
        self.assertEqual(split.host_of_slug("nytimes-3"), "nytimes")
        # sha1("example.com")[0] = 0x0c -> 12 % 3 == 0 -> held out; pinned so
        # the parts never move between runs.
        self.assertEqual(split.part_of("example.com"), split.kHeldOut)
        self.assertEqual(split.part_of("nytimes"), split.part_of("nytimes"))

    def test_about_a_third_held_out(self):
        hosts = [f"site{i}.example" for i in range(3000)]
        share = sum(split.part_of(h) == split.kHeldOut for h in hosts) / len(hosts)
        self.assertTrue(0.30 < share < 0.37, share)


class Gate(unittest.TestCase):
    def test_no_shared_corpora_is_a_skip(self):
        with tempfile.TemporaryDirectory() as d:
            cli = _write_fake_cli(d, kGoodFixtureOutput)
            out = subprocess.run([sys.executable, str(kHere / "evaluate.py"), "--cli", cli,
                                  "--shared", os.path.join(d, "absent")],
                                 capture_output=True, text=True)
            self.assertEqual(out.returncode, 77, out.stdout + out.stderr)

    def test_missing_corpora_are_skipped_and_missing_cli_is_a_usage_error(self):
        with tempfile.TemporaryDirectory() as d:
            cli = _write_fake_cli(d, kGoodFixtureOutput)
            evaluate = str(kHere / "evaluate.py")
            out = subprocess.run([sys.executable, evaluate, "--cli", cli, "--shared", d,
                                  "--only", "readability", "--only", "trafilatura-dev"],
                                 capture_output=True, text=True)
            self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
            self.assertIn("readability: skipped:", out.stdout)
            self.assertIn("trafilatura-dev: skipped:", out.stdout)
            out = subprocess.run([sys.executable, evaluate, "--cli", os.path.join(d, "nope")],
                                 capture_output=True, text=True)
            self.assertEqual(out.returncode, 2)


if __name__ == "__main__":
    unittest.main(verbosity=1)
