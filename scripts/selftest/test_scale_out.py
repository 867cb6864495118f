"""Self-test of scripts/scale-out.d's Spark-free parts: the row comparison and the
process-tree CPU reading (no Spark, no Java needed)."""
import os
import subprocess
import sys
import unittest
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "scale-out.d"))
import compare  # noqa: E402
import cputime  # noqa: E402


class CompareTest(unittest.TestCase):
    def test_money_is_split_as_the_tables_hold_it(self):
        row = compare.load_json('{"id":"a1","value":{"amount":500000000000,"currency":"USD"},"start":3}')
        self.assertEqual(
            compare.flat(row), {"id": "a1", "value": 500000000000, "value_currency": "USD", "value_per": None, "start": 3})

    def test_decimals_compare_exactly_whatever_the_scale(self):
        self.assertTrue(compare.same(Decimal("0.8"), "0.800000000000"))
        self.assertFalse(compare.same(Decimal("0.8"), "0.800000000001"))
        self.assertFalse(compare.same(1, True))
        self.assertFalse(compare.same(Decimal("1"), "one"))

    def test_differ_counts_each_differing_row_and_a_length_difference(self):
        want = [{"id": "q1", "n": 1}, {"id": "q2", "n": 2}]
        got = [{"id": "q1", "n": 1}, {"id": "q2", "n": 3}, {"id": "q3", "n": 4}]
        with open(os.devnull, "w") as null:
            stderr, sys.stderr = sys.stderr, null
            try:
                self.assertEqual(compare.differ("t", want, got), 2)
            finally:
                sys.stderr = stderr


class CPUTimeTest(unittest.TestCase):
    def test_a_reaped_childs_time_is_counted_in_its_parent(self):
        import resource

        before, reaped = cputime.tree_seconds(os.getpid()), resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", "sum(i * i for i in range(3_000_000))"], check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        child = (after.ru_utime - reaped.ru_utime) + (after.ru_stime - reaped.ru_stime)
        self.assertGreater(child, 0)
        # The tree's reading holds the child's time (and this process's own), to a clock tick.
        self.assertGreaterEqual(cputime.tree_seconds(os.getpid()) - before, child - 2 / cputime.TICK)

if __name__ == "__main__":
    unittest.main()
