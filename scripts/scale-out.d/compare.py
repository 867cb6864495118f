"""The checks of scripts/scale-out: Spark's answers against single-machine lode's, row by
row, in order. Numbers are compared exactly (JSON numbers read as Decimal, Spark's DECIMAL
as its text); money is compared as its amount, `_currency` and `_per` columns, the layout
of `lode extract --csv` and of the Parquet tables. Every mismatch is printed with both sides."""

import json
import os
import sys
from decimal import Decimal

# The fact tables compared whole: every row and column of lode's command of that name.
WHOLE_TABLES = ("documents", "quotes", "amounts", "dates", "events")


def say(*lines):
    for line in lines:
        print(line, file=sys.stderr)


def load_json(text):
    return json.loads(text, parse_float=Decimal)


def flat(row):
    """A lode JSON row as column → value, money split as the Parquet tables hold it."""
    out = {}
    for k, v in row.items():
        if isinstance(v, dict) and "amount" in v:
            out[k], out[k + "_currency"], out[k + "_per"] = v["amount"], v.get("currency"), v.get("per")
        else:
            out[k] = v
    return out


def same(x, y):
    if isinstance(x, (int, Decimal)) and not isinstance(x, bool):
        try:
            return isinstance(y, (int, str, Decimal)) and not isinstance(y, bool) and Decimal(x) == Decimal(y)
        except ArithmeticError:
            return False
    if isinstance(x, list) and isinstance(y, list):
        return len(x) == len(y) and all(same(a, b) for a, b in zip(x, y))
    return x == y


def differ(name, expected, got, limit=3):
    """Compares lists of rows (dicts); prints up to `limit` differing rows; the count."""
    bad = 0
    if len(expected) != len(got):
        say(f"MISMATCH {name}: lode has {len(expected)} rows, Spark {len(got)}")
        bad += 1
    for i, (e, g) in enumerate(zip(expected, got)):
        cols = [k for k in e if not same(e[k], g.get(k))]
        if cols:
            bad += 1
            if bad <= limit:
                say(f"MISMATCH {name} row {i + 1}, columns {', '.join(cols)}",
                    f"  lode:  {json.dumps({k: e[k] for k in cols}, default=str)}",
                    f"  spark: {json.dumps({k: g.get(k) for k in cols}, default=str)}")
    return bad


def reduce_output(a, lode, path):
    """`lode extract --reduce` on Spark's facts against lode's people and orgs, line by line."""
    with open(path) as f:
        got = [line for line in f.read().splitlines() if line]
    want = []
    for table in ("people", "orgs"):
        status, out, err = lode(a, "--seeds", a.input, "--format", "jsonl", "-c", table)
        if status != 0:
            sys.exit(f"scale-out: lode -c {table} failed: {err}")
        want += ['{"table":"%s",%s' % (table, line[1:]) for line in out.splitlines() if line]
    bad = 0
    if got != want:
        bad = differ("reduce", [load_json(x) for x in want], [load_json(x) for x in got])
        bad = bad or 1
    say(f"reduce: {len(got)} people and orgs rows, {'byte-identical to lode' if not bad else 'DIFFERENT'}")
    return bad


def spark_rows(answer):
    return [dict(zip(answer["columns"], row)) for row in answer["rows"]]


def tables(a, lode, out, answers):
    """Each whole fact table as Spark holds it (ids renumbered across the corpus) against
    `lode --seeds FILE --format jsonl -c TABLE`."""
    bad = 0
    for t in WHOLE_TABLES:
        answer = answers["table " + t]
        if "error" in answer:
            say(f"MISMATCH table {t}: Spark failed: {answer['error']}")
            bad += 1
            continue
        status, text, err = lode(a, "--seeds", a.input, "--format", "jsonl", "-c", t)
        want = [flat(load_json(line)) for line in text.splitlines() if line]
        n = differ("table " + t, want, spark_rows(answer))
        say(f"table {t}: {len(want)} rows, {'equal' if not n else 'DIFFERENT'}")
        bad += n
    return bad


def table_queries():
    """SQL for the whole tables, in lode's order (ids are corpus order)."""
    out = []
    for t in WHOLE_TABLES:
        order = "seq" if t == "documents" else "CAST(regexp_extract(id, '([0-9]+)$', 1) AS BIGINT)"
        out.append({"name": "table " + t, "sql": f"SELECT * FROM {t} ORDER BY {order}"})
    return out


def pipelines(a, lode, path):
    """(name, pipeline, sql) for every pipeline of the shared file; the SQL from `lode sql`."""
    out = []
    with open(path) as f:
        for line in f:
            pipeline = line.strip()
            if not pipeline or pipeline.startswith("#"):
                continue
            status, sql, err = lode(a, "sql", pipeline, "--dialect", "spark")
            if status != 0:
                say(f"MISMATCH {pipeline}: lode sql failed: {err.strip()}")
                out.append({"name": pipeline, "sql": None})
                continue
            out.append({"name": pipeline, "sql": sql.strip().rstrip(";")})
    return out


def pipeline_answers(a, lode, queries, answers):
    bad = 0
    for q in queries:
        if q["sql"] is None:
            bad += 1
            continue
        answer = answers[q["name"]]
        if "error" in answer:
            say(f"MISMATCH {q['name']}: Spark rejected the SQL", f"  sql:   {q['sql']}", f"  error: {answer['error']}")
            bad += 1
            continue
        status, text, err = lode(a, "--seeds", a.input, "-c", q["name"], "--format", "json")
        want = load_json(text)
        if isinstance(want, list):
            n = differ(q["name"], [flat(r) for r in want], spark_rows(answer))
        else:
            got = answer["rows"][0][0] if len(answer["rows"]) == 1 and len(answer["rows"][0]) == 1 else answer["rows"]
            n = 0 if same(want, got) else 1
            if n:
                say(f"MISMATCH {q['name']}", f"  lode:  {want}", f"  spark: {got}")
        if n:
            say(f"  sql:   {q['sql']}")
        bad += n
    say(f"pipelines: {len(queries) - bad} of {len(queries)} equal")
    return bad


def run_all(a, lode, submit, out):
    queries = pipelines(a, lode, a.pipelines) if os.path.exists(a.pipelines) else []
    if not queries:
        say(f"MISMATCH: no pipelines in {a.pipelines}")
    path = os.path.join(a.work, "queries.jsonl")
    with open(path, "w") as f:
        for q in table_queries() + [q for q in queries if q["sql"]]:
            f.write(json.dumps(q) + "\n")
    results = os.path.join(a.work, "answers.jsonl")
    submit("sql", out, path, results)
    with open(results) as f:
        answers = {x["name"]: x for x in (load_json(line) for line in f)}
    return tables(a, lode, out, answers) + pipeline_answers(a, lode, queries, answers) + (0 if queries else 1)
