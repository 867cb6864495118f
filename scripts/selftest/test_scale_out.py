"""Self-test of scripts/scale-out.d's Spark-free parts: the row comparison and the
process-tree CPU reading (no Spark, no Java needed)."""
import json
import os
import subprocess
import sys
import tempfile
import unittest
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "scale-out.d"))
import compare  # noqa: E402
import cputime  # noqa: E402


class CompareTest(unittest.TestCase):
    def test_first_difference_names_the_line_and_both_sides(self):
        self.assertIsNone(compare.first_difference(["a", "b"], ["a", "b"]))
        self.assertEqual(compare.first_difference(["a", "b"], ["a", "c"]), (2, "b", "c"))
        self.assertEqual(compare.first_difference(["a"], ["a", "x"]), (2, "(no line)", "x"))

    def test_answers_give_sparks_rows_canonical_and_its_rejection_as_an_error(self):
        path = os.path.join(tempfile.mkdtemp(), "answers.jsonl")
        with open(path, "w") as f:
            f.write(json.dumps({"sql": "SELECT 1", "columns": ["n", "c"], "rows": [["0.9500000000", "USD"]]}) + "\n")
            f.write(json.dumps({"sql": "SELECT x", "error": "[UNRESOLVED_COLUMN] x"}) + "\n")
        answers = compare.Answers(path, lambda v: "<%s>" % v)
        self.assertEqual(answers.query("SELECT 1"), (["n", "c"], [["<0.9500000000>", "<USD>"]]))
        with self.assertRaisesRegex(RuntimeError, "UNRESOLVED_COLUMN"):
            answers.query("SELECT x")


class DifferentialTest(unittest.TestCase):
    def test_scale_out_uses_sql_differentials_comparison(self):
        d = compare.differential()
        self.assertEqual([d.canonical(v) for v in ("0.9500000000", 3.0, None, True)], ["0.95", "3", "<NULL>", "true"])
        engine = compare.Answers.__new__(compare.Answers)
        engine.by_sql, engine.canonical = {"Q": {"sql": "Q", "columns": ["n"], "rows": [["2.50"]]}}, d.canonical
        self.assertEqual(d.compare(engine, "p", "Q", [{"n": Decimal("2.5")}]), [])
        self.assertNotEqual(d.compare(engine, "p", "Q", [{"n": Decimal("2.4")}]), [])


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
