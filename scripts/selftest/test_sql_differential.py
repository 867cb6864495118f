"""Self-tests of scripts/sql-differential's comparison, on rows written here."""
import decimal
import importlib.machinery
import importlib.util
import os
import unittest

_path = os.path.join(os.path.dirname(__file__), "..", "sql-differential")
_loader = importlib.machinery.SourceFileLoader("sql_differential", _path)
_spec = importlib.util.spec_from_loader("sql_differential", _loader)
sd = importlib.util.module_from_spec(_spec)
_loader.exec_module(sd)


class FixedEngine:
    name = "fixed"

    def __init__(self, header, rows):
        self.header, self.rows = header, rows

    def query(self, sql):
        return self.header, [[sd.canonical(c) for c in r] for r in self.rows]


class CanonicalTests(unittest.TestCase):
    def test_decimals_compare_exactly_without_trailing_zeros(self):
        self.assertEqual(sd.canonical(decimal.Decimal("0.9500000000")), "0.95")
        self.assertEqual(sd.canonical("500000000000.000"), "500000000000")
        self.assertEqual(sd.canonical(decimal.Decimal("12.35")), "12.35")
        self.assertNotEqual(sd.canonical("0.30000000000000004"), sd.canonical("0.3"))
        self.assertEqual(sd.canonical(3.0), "3")
        self.assertEqual(sd.canonical(4.454545454545454), "4.454545454545454")

    def test_null_empty_and_booleans_stay_apart(self):
        self.assertEqual(sd.canonical(None), sd.NULL)
        self.assertEqual(sd.canonical(""), "")
        self.assertEqual(sd.canonical(True), "true")
        self.assertEqual(sd.canonical("e1"), "e1")


class CompareTests(unittest.TestCase):
    lode = [{"id": "a1", "value": {"amount": 1500000000, "currency": "EUR"}},
            {"id": "a2", "value": decimal.Decimal("0.2")}]
    header = ["id", "value", "value_currency", "value_per"]

    def test_money_is_three_columns_and_equal_rows_pass(self):
        engine = FixedEngine(self.header, [["a1", "1500000000.0000000000", "EUR", None], ["a2", "0.2", None, None]])
        self.assertEqual(sd.compare(engine, "amounts", "SELECT 1", self.lode), [])

    def test_a_different_row_shows_both_sides(self):
        engine = FixedEngine(self.header, [["a2", "0.2", None, None], ["a1", "1500000000", "EUR", None]])
        out = sd.compare(engine, "amounts", "SELECT 1", self.lode)
        self.assertIn("  row 1:", out)
        self.assertIn("    lode:        ['a1', '1500000000', 'EUR', '<NULL>']", out)
        self.assertIn("    fixed:       ['a2', '0.2', '<NULL>', '<NULL>']", out)
        self.assertEqual(out[-1], "  sql: SELECT 1")

    def test_a_missing_row_is_a_failure(self):
        engine = FixedEngine(self.header, [["a1", "1500000000", "EUR", None]])
        out = sd.compare(engine, "amounts", "SELECT 1", self.lode)
        self.assertIn("  lode: 2 rows, fixed: 1 rows", out)
        self.assertIn("    fixed:       (no row)", out)


if __name__ == "__main__":
    unittest.main()
