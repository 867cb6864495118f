"""Fact lines (`lode extract` output) into Spark tables, with lode's corpus-wide ids.

`lode extract` counts ids within a document (`q1`, `q2`, … per `doc`) and events' `order`
too; single-machine lode numbers them across the corpus in corpus order: documents by
`seq`, then the ordinal. The same numbering here is a prefix sum over one small row per
document (each table's count of rows in it), joined back by `doc`: only the per-document
counts meet on one partition, never the facts."""

import json

from pyspark.sql import Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

# Tables whose `id` is a letter and an ordinal counted within the document.
ID_TABLES = ("sentences", "quotes", "amounts", "dates", "events")
# Columns counted within the document that lode counts across the corpus.
ORDER_COLUMNS = {"events": "order"}

DECIMAL = T.DecimalType(38, 12)

# Each column's type by name, as lode's tables declare it: whole numbers, exact decimals,
# money (`amounts.value`: an amount with its currency, or a plain number), booleans, lists;
# every other column is text (dates too: ISO or TimeML text, `2025-03`, `2025-W12`).
COLUMN_TYPES = {
    **dict.fromkeys(
        ("seq", "words", "sentences", "sentence", "start", "end", "source_start", "source_end", "order", "mentions"),
        "bigint"),
    "confidence": "decimal",
    "value": "money",
    "relative": "boolean", "analyst": "boolean", "discovered": "boolean",
    "aliases": "array",
}


def columns_of(lines, table):
    """The table's columns in written order, from its first line (every line of a table
    has the same keys, in schema order)."""
    first = lines.filter(F.col("table") == table).select("line").first()
    if first is None:
        return None
    return [k for k in json.loads(first.line).keys() if k != "table"]


def parse(lines, table, types=COLUMN_TYPES):
    """The table's rows as columns. `types` maps a column to its kind (`bigint`, `decimal`,
    `string`, `boolean`, `array`, `money`); a money column becomes three, as
    `lode extract --csv` writes it: NAME (the amount, or the plain number), NAME_currency,
    NAME_per. Every field is read as its JSON text first, so nothing is rounded on the way."""
    names = columns_of(lines, table)
    if names is None:
        return None
    raw = T.StructType([T.StructField(n, T.StringType()) for n in names])
    rows = lines.filter(F.col("table") == table).select(F.from_json("line", raw).alias("r")).select("r.*")
    out = []
    for n in names:
        kind = "string" if table == "dates" and n == "value" else types.get(n, "string")
        c = F.col("`%s`" % n)
        if kind == "money":
            amount = F.coalesce(F.get_json_object(c, "$.amount"), F.when(~c.startswith("{"), c))
            out += [
                amount.cast(DECIMAL).alias(n),
                F.get_json_object(c, "$.currency").alias(n + "_currency"),
                F.get_json_object(c, "$.per").alias(n + "_per"),
            ]
        elif kind == "decimal":
            out.append(c.cast(DECIMAL).alias(n))
        elif kind == "array":
            out.append(F.from_json(c, T.ArrayType(T.StringType())).alias(n))
        else:
            out.append(c.cast(kind).alias(n))
    return rows.select(out)


def with_path(documents, files):
    """Documents with `path` the file their line came from (`files`: seq, file)."""
    cols = documents.columns
    joined = documents.join(files, "seq", "left")
    return joined.select([F.coalesce("file", "path").alias("path") if c == "path" else F.col("`%s`" % c) for c in cols])


def corpus_ids(tables):
    """`tables` (name → DataFrame, ids counted per document) with ids and orders counted
    across the corpus, as single-machine lode gives them."""
    docs = tables["documents"].select(F.col("id").alias("doc"), "seq")
    numbered = [t for t in ID_TABLES if t in tables]
    for t in numbered:
        counts = tables[t].groupBy("doc").agg(F.count(F.lit(1)).alias("n_" + t))
        docs = docs.join(counts, "doc", "left")
    before = Window.orderBy("seq").rowsBetween(Window.unboundedPreceding, -1)
    for t in numbered:
        docs = docs.withColumn("o_" + t, F.coalesce(F.sum(F.coalesce(F.col("n_" + t), F.lit(0))).over(before), F.lit(0)))
    offsets = docs.select(["doc"] + ["o_" + t for t in numbered]).cache()
    out = dict(tables)
    for t in numbered:
        df = tables[t]
        cols = df.columns
        joined = df.join(offsets.select("doc", "o_" + t), "doc", "left")
        offset = F.col("o_" + t)
        letter = F.regexp_extract("id", "^([^0-9]*)", 1)
        ordinal = F.regexp_extract("id", "([0-9]+)$", 1).cast("bigint")
        replaced = {"id": F.concat(letter, (offset + ordinal).cast("string")).alias("id")}
        if t in ORDER_COLUMNS:
            o = ORDER_COLUMNS[t]
            replaced[o] = (offset + F.col("`%s`" % o)).cast(df.schema[o].dataType).alias(o)
        out[t] = joined.select([replaced.get(c, F.col("`%s`" % c)) for c in cols])
    return out
