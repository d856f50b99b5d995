"""Hand-made cases for the scorer, run by `run.sh --self-test`. Every figure is worked out by hand."""

import unittest

import scoring
from copydesk import _reasons_by_source
from htmltext import html_to_text

GOLD = "The mayor said on Tuesday that the bridge would reopen in early May."  # 13 words, 10 shingles


class Tokens(unittest.TestCase):
    def test_lower_cased_words_without_punctuation(self):
        self.assertEqual(scoring.tokenize("Hello, World! It's 2024."), ["hello", "world", "it", "s", "2024"])

    def test_short_text_is_one_shingle(self):
        self.assertEqual(scoring.shingles("Breaking news now"), {"breaking news now": 1})

    def test_shingles_are_a_multiset(self):
        self.assertEqual(scoring.shingles("a b c d a b c d")["a b c d"], 2)
        self.assertEqual(sum(scoring.shingles(GOLD).values()), 10)


class Body(unittest.TestCase):
    def test_identical(self):
        s = scoring.score_body(GOLD, GOLD)
        self.assertEqual((s.precision, s.recall, s.f1), (1.0, 1.0, 1.0))

    def test_case_and_punctuation_do_not_count(self):
        s = scoring.score_body(GOLD.upper().replace(" ", " -- "), GOLD)
        self.assertEqual((s.precision, s.recall), (1.0, 1.0))

    def test_boilerplate_costs_precision_only(self):
        # 4 extra words after the article add 4 shingles that are not in the gold: 10 of 14 are.
        s = scoring.score_body(GOLD + " Share this story now", GOLD)
        self.assertAlmostEqual(s.precision, 10 / 14)
        self.assertEqual(s.recall, 1.0)

    def test_missing_text_costs_recall_only(self):
        # The first 8 words: 5 shingles, all in the gold's 10.
        s = scoring.score_body("The mayor said on Tuesday that the bridge", GOLD)
        self.assertEqual(s.precision, 1.0)
        self.assertAlmostEqual(s.recall, 5 / 10)

    def test_repeated_text_is_not_free(self):
        s = scoring.score_body(GOLD + " " + GOLD, GOLD)
        self.assertAlmostEqual(s.precision, 10 / 23)  # 23 shingles, only 10 matched once
        self.assertEqual(s.recall, 1.0)

    def test_empty_prediction_scores_zero(self):
        s = scoring.score_body("", GOLD)
        self.assertEqual((s.precision, s.recall, s.f1), (0.0, 0.0, 0.0))
        self.assertEqual(scoring.score_body(None, GOLD).f1, 0.0)

    def test_both_empty_is_perfect(self):
        self.assertEqual(scoring.score_body("", "  ").f1, 1.0)

    def test_empty_gold_with_prediction(self):
        s = scoring.score_body(GOLD, "")
        self.assertEqual((s.precision, s.recall), (0.0, 1.0))

    def test_aggregate_is_f1_of_the_means(self):
        perfect = scoring.score_body(GOLD, GOLD)
        half = scoring.score_body("The mayor said on Tuesday that the bridge", GOLD)  # P 1, R .5
        failed = scoring.score_body("", GOLD)  # P 0, R 0
        result = scoring.aggregate_body([perfect, half, failed])
        self.assertAlmostEqual(result["precision"], 2 / 3)
        self.assertAlmostEqual(result["recall"], 1.5 / 3)
        self.assertAlmostEqual(result["f1"], 2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))  # 0.5714…, not mean F1
        # Pooled: normalised (tp, fp, fn) = (1,0,0) + (.5,0,.5) + (0,0,1) → P 1, R 1.5/3.
        self.assertAlmostEqual(result["aeb_pooled"]["precision"], 1.0)
        self.assertAlmostEqual(result["aeb_pooled"]["recall"], 0.5)


class Text(unittest.TestCase):
    def test_blocks_separate_words(self):
        self.assertEqual(html_to_text("<div><p>end</p><p>Start<br>again</p></div>"), "end\nStart\nagain")

    def test_inline_runs_on_and_entities_decode(self):
        self.assertEqual(html_to_text("<p>A <b>bold</b>&nbsp;move &amp; <i>more</i></p>"), "A bold move & more")

    def test_scripts_styles_and_comments_dropped_tails_kept(self):
        html = "<div><p>One<script>var x = 1;</script> two<!-- note --> three</p><style>p{}</style>four</div>"
        self.assertEqual(html_to_text(html), "One two three\nfour")

    def test_expected_file_shape(self):
        html = '<div id="readability-page-1" class="page">\n <span>\n <p>abc</p>\n <p>def</p> ghi\n </span>\n</div>'
        self.assertEqual(html_to_text(html), "abc\ndef\nghi")

    def test_empty(self):
        self.assertEqual(html_to_text(""), "")


class Metadata(unittest.TestCase):
    def test_title_normalisation(self):
        self.assertTrue(scoring.title_matches("  “Bridge   Reopens” — ", '"bridge reopens"'))
        self.assertTrue(scoring.title_matches("Über – Alles!", "über - alles"))
        self.assertFalse(scoring.title_matches("Bridge Reopens | The Daily", "Bridge Reopens"))
        self.assertFalse(scoring.title_matches(None, "Bridge Reopens"))
        self.assertFalse(scoring.title_matches("", ""))

    def test_title_similarity(self):
        self.assertEqual(scoring.similarity("Bridge Reopens", "bridge reopens."), 1.0)
        self.assertEqual(scoring.similarity(None, "Bridge"), 0.0)
        self.assertGreater(scoring.similarity("Bridge Reopens | The Daily", "Bridge Reopens"), 0.6)

    def test_byline(self):
        self.assertTrue(scoring.byline_matches("Nathan Willis", "By Nathan Willis\n   March 25, 2015"))
        self.assertTrue(scoring.byline_matches("By ERIN CUNNINGHAM", "Erin Cunningham"))
        self.assertTrue(scoring.byline_matches("Stella Kim; Jennifer Jett", "Stella Kim, Jennifer Jett"))
        self.assertTrue(scoring.byline_matches("John C Welch", "John C. Welch"))
        self.assertFalse(scoring.byline_matches("Steven Musil", "Dan Goodin"))
        self.assertFalse(scoring.byline_matches("Ann", "Joanna Rothkopf"))  # whole words only
        self.assertFalse(scoring.byline_matches(None, "Dan Goodin"))

    def test_date(self):
        self.assertEqual(scoring.date_part("2015-07-10T09:53:00-04:00"), "2015-07-10")
        self.assertEqual(scoring.date_part("2019-04-28 06:01:07"), "2019-04-28")
        self.assertIsNone(scoring.date_part("July 10, 2015"))
        self.assertTrue(scoring.date_matches("2015-07-10", "2015-07-10T09:53:00-04:00"))
        self.assertFalse(scoring.date_matches("2015-07-11T01:00:00Z", "2015-07-10T23:00:00-04:00"))
        self.assertFalse(scoring.date_matches(None, "2015-07-10"))


class CopydeskErrors(unittest.TestCase):
    def test_failures_are_matched_to_their_page(self):
        sources = ["d/a/source.html", "d/ab/source.html"]
        stderr = "copydesk: d/ab/source.html: no article text found\nFatal error: boom\n"
        reasons = _reasons_by_source(stderr, sources)
        self.assertEqual(reasons["d/ab/source.html"], "no article text found")
        self.assertNotIn("d/a/source.html", reasons)
        self.assertEqual(reasons[None], ["Fatal error: boom"])


class Snippets(unittest.TestCase):
    def test_kept_and_dropped_snippets_with_whitespace_normalised(self):
        text = "The mayor  said\non Tuesday that the bridge would reopen. Subscribe to our newsletter"
        counts = scoring.score_snippets(text, ["mayor said on Tuesday", "in early May"],
                                        ["Subscribe to", "Most read"])
        self.assertEqual(counts, (1, 1, 1, 1))

    def test_a_failed_page_keeps_nothing_and_drops_everything(self):
        self.assertEqual(scoring.score_snippets(None, ["a b"], ["c d"]), (0, 0, 1, 1))

    def test_pooled_over_pages(self):
        agg = scoring.aggregate_snippets([(3, 1, 0, 2), (1, 0, 2, 1)])
        self.assertAlmostEqual(agg["precision"], 0.8)
        self.assertAlmostEqual(agg["recall"], 4 / 6)
        self.assertAlmostEqual(agg["accuracy"], 7 / 10)


class Layouts(unittest.TestCase):
    def test_each_public_layout_is_recognised(self):
        import gzip
        import json
        import tempfile
        from pathlib import Path

        import datasets

        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            aeb = root / "aeb"
            (aeb / "html").mkdir(parents=True)
            (aeb / "html" / "x1.html.gz").write_bytes(gzip.compress(b"<p>Hello</p>"))
            (aeb / "ground-truth.json").write_text(json.dumps({"x1": {"articleBody": "Hello", "url": "u"}}))
            pages = datasets.load_pages(aeb, None, root / "unpacked")
            self.assertEqual([(p.name, p.expected_text) for p in pages], [("x1", "Hello")])
            self.assertEqual(Path(pages[0].source).read_bytes(), b"<p>Hello</p>")

            snip = root / "snip"
            (snip / "pages").mkdir(parents=True)
            (snip / "pages" / "a.html").write_text("<p>x</p>")
            (snip / "expected.json").write_text(json.dumps({"u": {"file": "a.html", "with": ["x"], "without": ["y"]}}))
            pages = datasets.load_pages(snip, None, root / "unpacked")
            self.assertEqual((pages[0].expected_text, pages[0].keep, pages[0].drop), (None, ["x"], ["y"]))

            flat = root / "flat"
            flat.mkdir()
            (flat / "story.html").write_text("<p>Story</p>")
            (flat / "story.txt").write_text("Story")
            self.assertEqual(datasets.layout(flat), "flat")
            self.assertEqual(datasets.load_pages(flat, None, root)[0].expected_text, "Story")

            empty = root / "empty"
            empty.mkdir()
            self.assertIsNone(datasets.layout(empty))


if __name__ == "__main__":
    unittest.main()
