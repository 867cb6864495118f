"""The Spark job of scripts/scale-out, run by spark-submit with the static lode binary
shipped as `--files lode`:

  job.py extract ARTICLES.jsonl OUT [--tables T,…]   facts as Parquet per table in OUT,
                                                     corpus-level tables from lode's reduce
  job.py sql OUT QUERIES.jsonl RESULTS.jsonl         each query's rows ({"name","sql"} in,
                                                     {"name","columns","rows"} or
                                                     {"name","error"} out)

`extract` prints one JSON line of figures (articles, partitions, seconds, CPU seconds of the
whole process tree: JVM, Python workers and every lode)."""

import json
import os
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

DEFAULT_TABLES = "documents,quotes,amounts,dates,events,mentions,people"


def extract(spark, articles, out, tables):
    sc = spark.sparkContext
    jvm = os.getppid()  # spark-submit's JVM started this driver
    cpu0, wall0 = cputime.tree_seconds(jvm), time.monotonic()
    # Split on \n alone, as lode reads lines; the line number in the whole input is lode's seq.
    text = spark.read.option("lineSep", "\n").text(articles).select("value", F.input_file_name().alias("file"))
    numbered = text.rdd.zipWithIndex().map(lambda p: (p[1] + 1, p[0].value, p[0].file)).persist(StorageLevel.MEMORY_AND_DISK)
    facts = numbered.map(lambda p: (p[0], p[1])).mapPartitions(lode_pipe.extract_partition(tables.split(",")))
    lines = spark.createDataFrame(facts, "table string, line string").persist(StorageLevel.MEMORY_AND_DISK)
    frames = {}
    for t in tables.split(","):
        df = fact_tables.parse(lines, t)
        if df is not None:
            frames["people_found" if t == "people" else t] = df
    if "documents" in frames:
        # lode extract reads stdin here, so its documents say path "stdin": a line's path is
        # its input file, as a load of that file says.
        files = spark.createDataFrame(numbered.map(lambda p: (p[0], local_path(p[2]))), "seq bigint, file string")
        frames["documents"] = fact_tables.with_path(frames["documents"], files)
    frames = fact_tables.corpus_ids(frames)
    for name, df in frames.items():
        df.write.mode("overwrite").parquet(os.path.join(out, name))
    extracted, cpu_extracted = time.monotonic() - wall0, cputime.tree_seconds(jvm) - cpu0
    # The reduce: every mentions and people line through one `lode extract --reduce`, which
    # keeps one count per entity and one row per discovered person, never the facts.
    needed = lines.filter(F.col("table").isin("mentions", "people")).select("line").rdd.map(lambda r: r.line)
    reduced = needed.coalesce(1).mapPartitions(lambda it: lode_pipe.run(["extract", "--reduce"], it)).collect()
    with open(os.path.join(out, "reduce.jsonl"), "w") as f:
        f.write("".join(line + "\n" for line in reduced))
    corpus = spark.createDataFrame([(json.loads(x)["table"], x) for x in reduced], "table string, line string")
    for t in ("people", "orgs"):
        df = fact_tables.parse(corpus, t)
        if df is not None:
            df.write.mode("overwrite").parquet(os.path.join(out, t))
    figures = {
        "articles": frames["documents"].count() if "documents" in frames else None,
        "partitions": numbered.getNumPartitions(),
        "cores": sc.defaultParallelism,
        "extract_seconds": round(extracted, 2),
        "total_seconds": round(time.monotonic() - wall0, 2),
        "extract_cpu_seconds": round(cpu_extracted, 2),
        "cpu_seconds": round(cputime.tree_seconds(jvm) - cpu0, 2),
    }
    print("FIGURES " + json.dumps(figures), flush=True)


def local_path(uri):
    """Spark's name of an input file, as a path when it is a local file."""
    return uri[len("file://"):] if uri.startswith("file://") else uri


def plain(v):
    """A cell as JSON: decimals as their exact text (compared as text), the rest as is."""
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    return v


def sql(spark, out, queries, results):
    for name in sorted(os.listdir(out)):
        if os.path.isdir(os.path.join(out, name)):
            spark.read.parquet(os.path.join(out, name)).createOrReplaceTempView(name)
    with open(queries) as f, open(results, "w") as r:
        for line in f:
            q = json.loads(line)
            try:
                df = spark.sql(q["sql"])
                rows = [[plain(v) for v in row] for row in df.collect()]
                answer = {"name": q["name"], "columns": df.columns, "rows": rows}
            except Exception as e:  # noqa: BLE001 - Spark's rejection is the answer
                answer = {"name": q["name"], "error": str(e).splitlines()[0][:2000]}
            r.write(json.dumps(answer) + "\n")


def main(argv):
    spark = SparkSession.builder.appName("lode-scale-out").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    if argv[0] == "extract":
        tables = DEFAULT_TABLES
        if "--tables" in argv:
            tables = argv[argv.index("--tables") + 1]
        extract(spark, argv[1], argv[2], tables)
    elif argv[0] == "sql":
        sql(spark, argv[1], argv[2], argv[3])
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
