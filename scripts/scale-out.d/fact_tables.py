"""Fact lines (`lode extract` output) into Spark tables with the columns and types of
`lode sql --ddl --dialect spark`: the tables `lode sql`'s statements read. Ids stay counted
within the document, as `lode extract` writes them; `lode sql` numbers them across the
corpus (ROW_NUMBER in `seq` order) where a pipeline needs it."""

import json
import re

from pyspark.sql import functions as F
from pyspark.sql import types as T


def schemas(ddl):
    """{table: [(column, Spark type)]} from `lode sql --ddl --dialect spark`."""
    out = {}
    for block in ddl.split(";"):
        m = re.search(r"CREATE TABLE `([^`]+)` \((.*)\)", block, re.S)
        if m:
            out[m.group(1)] = re.findall(r"`([^`]+)` ([A-Z]+(?:\([0-9, ]+\))?)", m.group(2))
    return out


def parse(lines, table, columns):
    """The rows of `table` from (table, line) fact lines, as `columns` (the DDL's). Each key
    is read as its JSON text first, so nothing is rounded on the way; then, as `lode extract
    --csv` writes the cells: a money column `NAME` (`{"amount","currency","per"}` or a plain
    number) is the amount or the number, with NAME_currency and NAME_per; a list is its
    items joined by `; `; a number is an exact DECIMAL."""
    sample = [json.loads(r.line) for r in lines.where(F.col("table") == table).select("line").limit(200).collect()]
    if not sample:
        return None
    keys = [k for k in sample[0] if k != "table"]
    lists = {k for row in sample for k, v in row.items() if isinstance(v, list)}
    raw = T.StructType([T.StructField(k, T.StringType()) for k in keys])
    rows = lines.where(F.col("table") == table).select(F.from_json("line", raw).alias("r")).select("r.*")
    out = []
    for name, kind in columns:
        base, _, part = name.rpartition("_")
        if name in keys:
            c = F.col("`%s`" % name)
            if name in lists:
                c = F.array_join(F.from_json(c, T.ArrayType(T.StringType())), "; ")
            elif kind.startswith("DECIMAL"):
                c = F.when(c.startswith("{"), F.get_json_object(c, "$.amount")).otherwise(c)
            out.append(c.cast(kind).alias(name))
        elif part in ("currency", "per") and base in keys:
            out.append(F.get_json_object(F.col("`%s`" % base), "$." + part).cast(kind).alias(name))
        else:
            raise ValueError("%s.%s: no such key in lode extract's lines" % (table, name))
    return rows.select(out)


def with_path(documents, files):
    """Documents with `path` the file their line came from (`files`: seq, file): lode
    extract read the lines on its stdin and says `stdin`; a load of the file says its path."""
    cols = documents.columns
    joined = documents.join(files.select(F.col("seq").cast(documents.schema["seq"].dataType), "file"), "seq", "left")
    return joined.select([F.coalesce("file", "path").alias("path") if c == "path" else F.col("`%s`" % c) for c in cols])
