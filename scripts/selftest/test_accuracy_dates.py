"""Self-test of scripts/accuracy.d/dates.py on a self-written TimeML fixture (no real data)."""
import importlib.util
import io
import os
import contextlib
import shutil
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(HERE, "fixtures", "dates")
spec = importlib.util.spec_from_file_location("dates_harness", os.path.join(ROOT, "scripts", "accuracy.d", "dates.py"))
dates = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dates)


def fixture():
    with open(os.path.join(FIXTURES, "ZZ20250430.0001.tml"), encoding="utf-8") as h:
        return dates.parse_tml("ZZ20250430.0001", h.read())


class ParseTest(unittest.TestCase):
    def test_creation_time_and_text_without_markup(self):
        d = fixture()
        self.assertEqual(d.dct, "2025-04-30")
        self.assertEqual(
            d.text,
            "\nThe council met on Friday & talked for three hours.\n"
            "Prices are now higher than in 2024, Kyïv said.\n")

    def test_timex_offsets_are_scalars_into_the_unescaped_text(self):
        d = fixture()
        self.assertEqual(
            [(x[2], x[3], x[4]) for x in d.timexes],
            [("DATE", "2025-04-25", "Friday"), ("DURATION", "PT3H", "three hours"),
             ("DATE", "PRESENT_REF", "now"), ("DATE", "2024", "2024")])
        for start, end, _, _, surface in d.timexes:
            self.assertEqual(d.text[start:end], surface)
        self.assertEqual(d.timexes[0][:2], (20, 26))


class ScoreTest(unittest.TestCase):
    def row(self, d, surface, value, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = d.text.index(surface, start + 1)
        return {"start": start, "end": start + len(surface), "value": value, "text": surface}

    def test_extent_and_value(self):
        d = fixture()
        rows = [
            self.row(d, "on Friday", "2025-04-25"),       # found, right value
            self.row(d, "three hours", "2025-04-30"),     # overlaps a DURATION only: against precision
            self.row(d, "now", "2025-04-30"),             # found, wrong value
        ]
        s = dates.Score()
        s.add(d, rows, keep_errors=True)
        self.assertEqual((s.gold, s.found, s.right, s.rows, s.matched_rows), (3, 2, 1, 3, 2))
        p, r, f, acc = s.figures()
        self.assertAlmostEqual(p, 2 / 3)
        self.assertAlmostEqual(r, 2 / 3)
        self.assertAlmostEqual(f, 2 / 3)
        self.assertAlmostEqual(acc, 1 / 3)
        self.assertEqual(
            sorted((k, len(v)) for k, v in s.errors.items()),
            [("missed", 1), ("spurious: overlaps DURATION", 1), ("wrong value: PRESENT_REF read as day", 1)])

    def test_only_the_first_overlapping_row_is_the_match(self):
        d = fixture()
        rows = [self.row(d, "on Fri", "2025-04-24"), self.row(d, "Friday", "2025-04-25")]
        s = dates.Score()
        s.add(d, rows, keep_errors=False)
        self.assertEqual((s.found, s.right, s.matched_rows, s.rows), (1, 0, 1, 2))

    def test_value_shapes(self):
        self.assertEqual(
            [dates.shape(v) for v in ["2012-SU", "1990-Q3", "FY1990", "199", "19", "2025-W09", "PAST_REF", "1998-08-07T10:00"]],
            ["season", "quarter", "fiscal", "decade", "century", "week", "PAST_REF", "day"])


class SplitTest(unittest.TestCase):
    def test_split_is_a_fixed_hash_of_the_name(self):
        # md5("ZZ20250430.0001") starts with a fixed number; the rule never changes with the data.
        import hashlib
        n = int(hashlib.md5(b"ZZ20250430.0001").hexdigest()[:8], 16)
        self.assertEqual(dates.part_of("ZZ20250430.0001"), "scored" if n % 5 == 0 else "dev")
        names = ["DOC%04d" % i for i in range(1000)]
        scored = sum(dates.part_of(n) == "scored" for n in names)
        self.assertTrue(150 <= scored <= 250, scored)


def built_lode():
    for p in (os.environ.get("LODE"), os.path.join(ROOT, ".build/release/lode"), os.path.join(ROOT, ".build/debug/lode")):
        if p and os.path.exists(p):
            return p
    return None


@unittest.skipUnless(built_lode(), "no lode binary built")
class EndToEndTest(unittest.TestCase):
    def test_one_lode_run_over_the_fixture(self):
        by_doc = dates.run_lode(built_lode(), [fixture()])
        rows = by_doc[dates.file_id("ZZ20250430.0001")]
        self.assertIn(("Friday", "2025-04-25"), [(r["text"][-6:], str(r["value"])) for r in rows])
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            dates.main([FIXTURES, "--part", "all"])
        self.assertIn("gold DATE expressions: 3", out.getvalue())


if __name__ == "__main__":
    unittest.main()
