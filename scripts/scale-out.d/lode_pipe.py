"""Article lines through `lode extract` on Spark, all inside the JVM (no Python worker
touches the data): the lines are numbered as lode numbers them, each gets its `seq`, and
Spark SQL's TRANSFORM runs the shipped lode binary as each partition's program, writing the
partition's lines to its stdin and reading one fact line a row from its stdout."""

from pyspark import SparkFiles
from pyspark.sql import Window
from pyspark.sql import functions as F


def local_binary():
    """The driver's copy of the shipped binary."""
    return SparkFiles.get("lode")


def command(spark):
    """How a task starts lode: the copy `spark-submit --files lode` shipped. In local mode
    that is the driver's SparkFiles folder; on a cluster each executor's working folder."""
    master = spark.sparkContext.master
    return SparkFiles.get("lode") if master.startswith("local") else "./lode"


def numbered(spark, paths):
    """(seq, file, value): every line of the input files, split on \\n alone (as lode reads),
    `seq` its line number in the whole input (files in path order), as `lode extract` counts
    lines across its inputs. Spark reads a file in blocks on many tasks; a block's lines are
    consecutive in its task, so a line's number is the lines of the blocks before it (a
    prefix sum over one small row per block) plus its place in its block."""
    text = spark.read.option("lineSep", "\n").text(paths).select(
        "value",
        F.col("_metadata.file_path").alias("file"),
        F.col("_metadata.file_block_start").alias("block"),
        F.monotonically_increasing_id().alias("mid"),
    )
    blocks = text.groupBy("file", "block").agg(F.count(F.lit(1)).alias("n"), F.min("mid").alias("first"))
    before = Window.orderBy("file", "block").rowsBetween(Window.unboundedPreceding, -1)
    blocks = blocks.withColumn("before", F.coalesce(F.sum("n").over(before), F.lit(0)))
    joined = text.join(F.broadcast(blocks.select("file", "block", "first", "before")), ["file", "block"])
    return joined.select((F.col("before") + F.col("mid") - F.col("first") + 1).alias("seq"), "file", "value")


# The line with `"seq":N` added as its last key, spliced as text (the article's text reaches
# lode byte for byte); a line that already has an integer seq keeps it (lode's rule: the
# line's own wins); lines that are not objects pass unchanged, and lode warns about them as
# it would on one machine.
WITH_SEQ = """
CASE
  WHEN NOT (ltrim(value) LIKE '{%' AND rtrim(value) LIKE '%}') THEN value
  WHEN value RLIKE '"seq"\\\\s*:\\\\s*-?[0-9]'
       AND get_json_object(value, '$.seq') RLIKE '^-?[0-9]+$' THEN value
  ELSE concat(
    substring(rtrim(value), 1, length(rtrim(value)) - 1),
    CASE WHEN rtrim(substring(rtrim(value), 1, length(rtrim(value)) - 1)) LIKE '%{' THEN '' ELSE ',' END,
    '"seq":', CAST(seq AS STRING), '}')
END"""


def facts(spark, lines, tables):
    """(table, line): every fact line `lode extract --tables TABLES` writes for `lines`
    (seq, file, value); blank lines are left out, as lode skips them."""
    src = lines.where(F.trim("value") != "").select(F.expr(WITH_SEQ).alias("line"))
    src.createOrReplaceTempView("lode_articles")
    out = spark.sql(
        "SELECT TRANSFORM(line) USING '%s extract --tables %s' AS (fact STRING) FROM lode_articles"
        % (command(spark), ",".join(tables)))
    # Every fact line starts {"table":"NAME", …
    return out.select(F.substring_index(F.substring("fact", 11, 40), '"', 1).alias("table"), F.col("fact").alias("line"))


def reduce(spark, facts):
    """`lode extract --reduce` over the mentions and people lines, on one task: it keeps one
    count per entity and one row per discovered person, never the facts."""
    needed = facts.where(F.col("table").isin("mentions", "people")).select("line").coalesce(1)
    needed.createOrReplaceTempView("lode_found")
    return spark.sql("SELECT TRANSFORM(line) USING '%s extract --reduce' AS (line STRING) FROM lode_found" % command(spark))
