"""Self-test of scripts/accuracy.d/quotes.py on a self-written fixture (no real data needed).

The fixture under fixtures/quotes is a tiny article written for this test in PolNeAR's
layout (data/train/text, data/train/attributions in BRAT, data/metadata.tsv), with a second
annotator's file that must be ignored. Scoring runs on canned lode rows; when a lode binary
is built, the whole harness also runs once on the fixture through the real binary.
"""
import io
import os
import sys
import unittest
from contextlib import redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "scripts", "accuracy.d"))
import quotes as Q  # noqa: E402

FIXTURE = os.path.join(HERE, "fixtures", "quotes")
ARTICLE = "sample_2020-01-02_mine-deal"


def row(start, end, text, source=None, speaker=None, kind="direct", as_strings=False):
    """A lode quote row as `--format json` prints it (numbers as numbers, or as strings)."""
    conv = (lambda v: None if v is None else str(v)) if as_strings else (lambda v: v)
    return {"start": conv(start), "end": conv(end), "text": text, "kind": kind, "speaker": speaker,
            "source_start": conv(source[0]) if source else None, "source_end": conv(source[1]) if source else None}


class Fixture(unittest.TestCase):
    def setUp(self):
        self.articles = Q.load_articles(FIXTURE, "all")
        self.name, self.text, self.ann, self.date = self.articles[0]
        self.gold = Q.gold_quotes(self.text, self.ann)

    def test_loads_the_train_article_with_its_first_annotation_file_and_date(self):
        self.assertEqual([a[0] for a in self.articles], [ARTICLE])
        self.assertEqual(self.date, "2020-01-02")
        self.assertIn("Content:T1", self.ann)

    def test_gold_quotes_are_the_marked_spans_inside_widened_content_spans(self):
        got = [(self.text[s:e], self.text[src[0]:src[1]]) for (s, e), src in sorted(self.gold.items())]
        self.assertEqual(got, [
            ("This is a historic step for our country,", "Jane Roe"),
            ("We will keep working,", "she"),
            ("bad deal", "Critics"),
            ("the whole region.", "Critics"),
            ('Exports could double if the "Northern Star" mine reopens.', "The report"),
            # mixed marks: a curly opener closed by a straight mark (past a straight-quoted
            # title), a straight opener closed by a curly mark, within one discontinuous span
            ('We read the "Green Paper" twice,', "the minister"),
            ("Prices may rise, but we are ready.", "the minister"),
            ("a good start", "Analysts"),
        ])

    def test_perfect_rows_score_one_everywhere(self):
        rows = [
            row(81, 120, "This is a historic step for our country", (128, 136), "Jane Roe"),
            row(161, 181, "We will keep working", (184, 187), "Jane Roe"),
            row(216, 224, "bad deal", (195, 202), "critics", kind="partial"),
            row(231, 248, "the whole region.", (195, 202), "critics", kind="partial"),
            row(269, 326, "Exports could double", (251, 261), "the report"),
            row(330, 362, 'We read the "Green Paper" twice', (364, 376), "the minister"),
            row(384, 418, "Prices may rise, but we are ready.", (364, 376), "the minister"),
            row(446, 458, "a good start", (420, 428), "analysts", kind="partial"),
        ]
        self.assertEqual(self.text[184:187], "she")
        c, errors = Q.score_article(self.text, self.gold, rows)
        self.assertEqual(errors, [])
        self.assertEqual((c["gold"], c["matched"], c["rows"], c["rows_matched"]), (8, 8, 8, 8))
        self.assertEqual((c["with_source"], c["source_right"], c["named"], c["speaker_right"]), (8, 8, 4, 4))

    def test_a_split_quote_costs_precision_and_a_wrong_source_costs_accuracy(self):
        rows = [
            row(81, 100, "This is a historic", (128, 136), "Jane Roe", as_strings=True),
            row(101, 120, "step for our country", (128, 136), "Jane Roe", as_strings=True),
            row(161, 181, "We will keep working", (140, 150), "Someone Else"),
            row(231, 248, "the whole region.", None, None, kind="partial"),
            row(269, 326, "Exports could double", (251, 261), "the report"),
            row(0, 10, "Mine deal draws", None, None, kind="indirect"),
            # a mixed pair read as one quotation: the row holds at least half of each gold
            # quote, so it matches both (and counts once as a row)
            row(330, 418, 'We read the "Green Paper" twice," the minister said. "Prices', (364, 376), "the minister"),
            row(446, 458, "a good start", (420, 428), "Analysts", kind="partial"),
        ]
        c, errors = Q.score_article(self.text, self.gold, rows)
        self.assertEqual((c["gold"], c["matched"], c["rows"], c["rows_matched"]), (8, 7, 7, 6))
        self.assertEqual((c["with_source"], c["source_right"], c["named"], c["speaker_right"]), (7, 5, 3, 2))
        self.assertEqual(sorted(e["category"] for e in errors), ["extra row", "missed", "no source", "wrong source"])
        f = Q.figures(c)
        self.assertAlmostEqual(f["f1"], 2 * (6 / 7) * (7 / 8) / (6 / 7 + 7 / 8))
        self.assertAlmostEqual(f["source"], 5 / 7)
        self.assertAlmostEqual(f["speaker"], 2 / 3)

    def test_the_whole_harness_through_the_real_binary(self):
        try:
            Q.lode_binary()
        except SystemExit:
            self.skipTest("no lode binary built")
        out = io.StringIO()
        with redirect_stdout(out):
            Q.main([FIXTURE, "--part", "all"])
        lines = out.getvalue().splitlines()
        self.assertEqual(lines[0], "quotes on PolNeAR train, part all: 1 articles")
        self.assertEqual(lines[2], "detection  precision 1.000 (8/8 rows)  recall 1.000 (8/8 gold)  F1 1.000")


class Rules(unittest.TestCase):
    def test_quotation_marks(self):
        text = 'He said “a title "Inner Part" ends here” and "two words" and "one" and “open\n“para two”.'
        got = [text[s:e] for s, e in Q.quotes_in(text, 0, len(text))]
        self.assertEqual(got, ['a title "Inner Part" ends here', "two words", "open\n“para two"])

    def test_mixed_marks(self):
        # A curly opener closes at a straight closing mark and a straight opener at a curly
        # one, whichever kind comes first; a title nested in the other kind of mark does not
        # end the quotation; a mark opening a paragraph continues it.
        text = ('“Prices rise," he said. "We are ready.” She read “the "Blue Book" twice," '
                'then "the “Red Book” and more.” Last: “one part\n"and its end," he said.')
        got = [text[s:e] for s, e in Q.quotes_in(text, 0, len(text))]
        self.assertEqual(got, ["Prices rise,", "We are ready.", 'the "Blue Book" twice,',
                               "the “Red Book” and more.", 'one part\n"and its end,'])

    def test_a_same_kind_closing_mark_closes_over_an_open_nested_title(self):
        text = '“a "loose title ends here” and "b “open title ends" now'
        got = [text[s:e] for s, e in Q.quotes_in(text, 0, len(text))]
        self.assertEqual(got, ['a "loose title ends here', "b “open title ends"])

    def test_an_unclosed_quotation_ends_the_search(self):
        text = '“never closed and "a title" inside'
        self.assertEqual(Q.quotes_in(text, 0, len(text)), [])

    def test_straight_marks_over_paragraphs(self):
        text = '"First paragraph goes on\n"and the second ends." Then "next one" here.'
        got = [text[s:e] for s, e in Q.quotes_in(text, 0, len(text))]
        self.assertEqual(got, ['First paragraph goes on\n"and the second ends.', "next one"])

    def test_names_and_split(self):
        self.assertTrue(Q.is_name("Janet L. Yellen"))
        self.assertTrue(Q.is_name("The Associated Press"))
        self.assertFalse(Q.is_name("He"))
        self.assertFalse(Q.is_name("the ministry"))
        self.assertFalse(Q.is_name("One Two Three Four Five Six"))
        self.assertTrue(Q.speaker_has("Martin O’Malley", "O'Malley’s"))
        self.assertFalse(Q.speaker_has("Jane Roe", "Roebuck"))
        self.assertTrue(Q.speaker_has("Maria Lopez-Ruiz", "Lopez-Ruiz"))
        self.assertFalse(Q.speaker_has("Maria Lopez-Ruiz", "Ruiz"))
        # sha1("a") starts with byte 134 (dev), sha1("h") with byte 39 (scored).
        self.assertEqual(Q.part_of("a"), "dev")
        self.assertEqual(Q.part_of("h"), "scored")

    def test_numbers_may_be_strings(self):
        self.assertEqual(Q.num("12"), 12)
        self.assertEqual(Q.num(12), 12)
        self.assertIsNone(Q.num(None))


if __name__ == "__main__":
    unittest.main()
