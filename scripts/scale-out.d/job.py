"""The Spark job of scripts/scale-out, run by spark-submit with the static lode binary
shipped as `--files lode`:

  job.py extract ARTICLES.jsonl OUT [--tables T,…] [--ddl FILE]
                                                     facts as Parquet per table in OUT (the
                                                     tables of `lode sql --ddl --dialect
                                                     spark`, or of FILE), corpus-level
                                                     tables from lode's reduce
  job.py sql OUT QUERIES.jsonl RESULTS.jsonl         each query's rows ({"sql"} in,
                                                     {"sql","columns","rows"} or
                                                     {"sql","error"} out)

`extract` prints one JSON line of figures (articles, partitions, seconds, CPU seconds of the
whole process tree: the JVM and every lode)."""

import json
import os
import subprocess
import sys
import time
from decimal import Decimal

from pyspark import StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cputime  # noqa: E402
import fact_tables  # noqa: E402
import lode_pipe  # noqa: E402

# Every table lode sql reads (sentences too: pipelines may start with it).
DEFAULT_TABLES = "documents,sentences,quotes,amounts,dates,events,mentions,people"


def extract(spark, articles, out, tables, ddl=None):
    jvm = os.getppid()  # spark-submit's JVM started this driver
    cpu0, wall0 = cputime.tree_seconds(jvm), time.monotonic()
    lines = lode_pipe.numbered(spark, articles)
    facts = lode_pipe.facts(spark, lines, tables.split(",")).persist(StorageLevel.MEMORY_AND_DISK)
    fact_lines = facts.count()
    piped, cpu_piped = time.monotonic() - wall0, cputime.tree_seconds(jvm) - cpu0
    if ddl is None:
        ddl = subprocess.run([lode_pipe.local_binary(), "sql", "--ddl", "--dialect", "spark"],
                             check=True, capture_output=True, text=True).stdout
    columns = fact_tables.schemas(ddl)
    frames = {}
    for t in tables.split(","):
        df = fact_tables.parse(facts, t, columns[t])
        if df is not None:
            frames[t] = df
    if "documents" in frames:
        files = lines.select("seq", F.regexp_replace("file", "^file:(//)?", "").alias("file"))
        frames["documents"] = fact_tables.with_path(frames["documents"], files)
    for name, df in frames.items():
        df.write.mode("overwrite").parquet(os.path.join(out, name))
    extracted, cpu_extracted = time.monotonic() - wall0, cputime.tree_seconds(jvm) - cpu0
    # One part file of lines, in lode's order, beside the tables (any file system Spark writes).
    lines_out = os.path.join(out, "reduce", "lines")
    lode_pipe.reduce(spark, facts).write.mode("overwrite").text(lines_out)
    corpus = spark.read.json(lines_out)
    for t in ("people", "orgs"):
        corpus.where(F.col("table") == t).drop("table").write.mode("overwrite").parquet(os.path.join(out, "reduce", t))
    figures = {
        "articles": frames["documents"].count() if "documents" in frames else None,
        "partitions": facts.rdd.getNumPartitions(),
        "fact_lines": fact_lines,
        "pipe_seconds": round(piped, 2),
        "pipe_cpu_seconds": round(cpu_piped, 2),
        "extract_seconds": round(extracted, 2),
        "total_seconds": round(time.monotonic() - wall0, 2),
        "extract_cpu_seconds": round(cpu_extracted, 2),
        "cpu_seconds": round(cputime.tree_seconds(jvm) - cpu0, 2),
    }
    print("FIGURES " + json.dumps(figures), flush=True)


def plain(v):
    """A cell as JSON: decimals as their exact text (compared as text), the rest as is."""
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    return v


def sql(spark, out, queries, results):
    """Each query ({"sql"} a line) over the Parquet tables in OUT: {"sql", "columns", "rows"}
    (decimals as their text), or {"sql", "error"} when Spark rejects it."""
    for name in sorted(os.listdir(out)):
        if os.path.isdir(os.path.join(out, name)) and name != "reduce":
            spark.read.parquet(os.path.join(out, name)).createOrReplaceTempView(name)
    with open(queries) as f, open(results, "w") as r:
        for line in f:
            q = json.loads(line)
            try:
                df = spark.sql(q["sql"])
                answer = {"sql": q["sql"], "columns": df.columns, "rows": [[plain(v) for v in row] for row in df.collect()]}
            except Exception as e:  # noqa: BLE001 - Spark's rejection is the answer
                answer = {"sql": q["sql"], "error": str(e).strip().splitlines()[0][:2000]}
            r.write(json.dumps(answer) + "\n")


def main(argv):
    spark = SparkSession.builder.appName("lode-scale-out").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    if argv[0] == "extract":
        tables = DEFAULT_TABLES
        if "--tables" in argv:
            tables = argv[argv.index("--tables") + 1]
        ddl = None
        if "--ddl" in argv:
            with open(argv[argv.index("--ddl") + 1]) as f:
                ddl = f.read()
        extract(spark, argv[1], argv[2], tables, ddl)
    elif argv[0] == "sql":
        sql(spark, argv[1], argv[2], argv[3])
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
