"""The checks of scripts/scale-out, Spark's answers against single-machine lode's:
`lode extract --reduce` line for line, and every shared pipeline row for row through
scripts/sql-differential's own comparison (its `Lode`, `compare` and `canonical`: numbers as
exact decimal text, NULL apart from the empty string, rows in order), so Spark is held to
exactly what SQLite and DuckDB are held to. Every mismatch is printed with both sides."""

import importlib.machinery
import importlib.util
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def differential():
    path = os.path.join(ROOT, "scripts", "sql-differential")
    loader = importlib.machinery.SourceFileLoader("sql_differential", path)
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("sql_differential", loader))
    loader.exec_module(module)
    return module


def first_difference(want, got):
    """(line number, lode's line, Spark's line) of the first difference, or None."""
    for i in range(max(len(want), len(got))):
        w = want[i] if i < len(want) else "(no line)"
        g = got[i] if i < len(got) else "(no line)"
        if w != g:
            return i + 1, w, g
    return None


def reduce_output(d, lode, path):
    """Spark's `lode extract --reduce` output (the part files in folder `path`) against
    lode's people and orgs, byte for byte
    (each lode row with the reduce's `"table"` key in front). The count of mismatches."""
    got = []
    for name in sorted(os.listdir(path)):
        if name.startswith("part-"):
            with open(os.path.join(path, name), encoding="utf-8") as f:
                got += f.read().splitlines()
    want = []
    for table in ("people", "orgs"):
        out = d.run([lode.binary, "--seeds", lode.articles, "--format", "jsonl", "-c", table])
        want += ['{"table":"%s",%s' % (table, line[1:]) for line in out.splitlines() if line]
    diff = first_difference(want, got)
    if diff:
        print("FAIL reduce: line %d differs (%d lines from lode, %d from Spark)" % (diff[0], len(want), len(got)))
        print("  lode:  %s\n  spark: %s" % diff[1:])
        return 1
    print("ok   reduce: %d people and orgs lines, byte-identical to lode's" % len(got))
    return 0


class Answers:
    """An engine for sql-differential's `compare`: Spark's answers, computed beforehand by
    the Spark job (job.py sql), looked up by their SQL."""
    name = "spark"

    def __init__(self, path, canonical):
        self.by_sql = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                self.by_sql[a["sql"]] = a
        self.canonical = canonical

    def query(self, sql):
        a = self.by_sql[sql]
        if "error" in a:
            raise RuntimeError(a["error"])
        return a["columns"], [[self.canonical(c) for c in row] for row in a["rows"]]


def pipelines(d, lode, path, work, submit):
    """Every pipeline of `path` as Spark SQL from `lode sql --dialect spark`, run by `submit`
    over the Parquet tables, compared with lode's rows. The count of failures."""
    sqls, failed = {}, 0
    for p in d.pipelines(path):
        try:
            sqls[p] = lode.sql(p, "spark")
        except RuntimeError as e:
            print("FAIL spark: %s\n  %s" % (p, e))
            failed += 1
    queries = os.path.join(work, "queries.jsonl")
    with open(queries, "w", encoding="utf-8") as f:
        for sql in sqls.values():
            f.write(json.dumps({"sql": sql}) + "\n")
    results = os.path.join(work, "answers.jsonl")
    submit(queries, results)
    spark = Answers(results, d.canonical)
    for p, sql in sqls.items():
        rows = lode.answer(p)
        problems = d.compare(spark, p, sql, rows)
        if problems:
            failed += 1
            print("FAIL spark: %s\n%s" % (p, "\n".join(problems)))
        else:
            print("ok   spark: %s (%d rows)" % (p, len(rows)))
    total = len(list(d.pipelines(path)))
    print("spark: %d of %d pipelines equal to lode's rows" % (total - failed, total))
    sys.stdout.flush()
    return failed
