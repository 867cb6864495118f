"""lexicon: tone scores and keyword-in-context for lode tables with a text column.

A lode plugin in Python 3 (standard library only); see plugin.json for the commands
and ../PROTOCOL.md for the protocol. The tone lexicon is tone.tsv in this folder:
one `word<TAB>weight` per line, a trailing `*` matches any ending (`invest*`).
"""

import decimal
import os
import re

from lode_plugin import Plugin, PluginError, null, number, string, table

HERE = os.path.dirname(os.path.abspath(__file__))
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
NEGATORS = {"not", "no", "never", "without", "nor", "hardly", "cannot", "don't", "won't",
            "isn't", "aren't", "wasn't", "doesn't", "didn't", "can't", "shouldn't"}
TWO = decimal.Decimal("0.01")


def load_lexicon(path):
    exact, prefixes = {}, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 2:
                raise SystemExit("tone.tsv line %d: expected word<TAB>weight" % n)
            word, weight = parts[0].lower(), decimal.Decimal(parts[1])
            if word.endswith("*"):
                prefixes.append((word[:-1], weight))
            else:
                exact[word] = weight
    prefixes.sort(key=lambda p: -len(p[0]))
    return exact, prefixes


EXACT, PREFIXES = load_lexicon(os.path.join(HERE, "tone.tsv"))


def weight(token):
    if token in EXACT:
        return EXACT[token]
    for prefix, w in PREFIXES:
        if token.startswith(prefix):
            return w
    return None


def score(text):
    """(tone in [-1, 1] to 2 places, positive sum, negative sum, cues)."""
    tokens = [t.replace("’", "'") for t in WORD.findall(text.lower())]
    pos = neg = decimal.Decimal(0)
    cues = []
    for i, token in enumerate(tokens):
        w = weight(token)
        if w is None:
            continue
        negated = any(t in NEGATORS for t in tokens[max(0, i - 3):i])
        if negated:
            w = -w
        cues.append(("+" if w > 0 else "-") + ("not " if negated else "") + token)
        if w > 0:
            pos += w
        else:
            neg -= w
    total = pos + neg
    tone = ((pos - neg) / total) if total else decimal.Decimal(0)
    return tone.quantize(TWO, rounding=decimal.ROUND_HALF_UP), pos, neg, " ".join(cues)


def text_column(call, data):
    field = call.flag("field", "text")
    names = [c["name"] for c in data["columns"]]
    if field not in names:
        raise PluginError("the input has no column `%s`" % field,
                          hint="columns: %s; choose one with --field NAME" % ", ".join(names))
    return names.index(field)


def cell_text(cell):
    if isinstance(cell, dict):
        return cell.get("value", "") if cell.get("type") == "string" else ""
    return cell if isinstance(cell, str) else ""


def match_provenance(row, names, text, m):
    """Hidden doc/start/end of the match itself, from the row's own provenance.

    Offsets are Unicode scalars, as Python indexes str. When the row's `end - start`
    disagrees with its text's length the text is not a verbatim slice of the document,
    so the offsets cannot be trusted and are left null.
    """
    try:
        start = int(row[names.index("start")]["value"])
        if "end" in names and int(row[names.index("end")]["value"]) - start != len(text):
            raise ValueError("text is not a verbatim slice")
    except (KeyError, TypeError, ValueError):
        return [null(), null(), null()]
    return [row[names.index("doc")], number(start + m.start()), number(start + m.end())]


plugin = Plugin("lexicon")


@plugin.command("tone")
def tone(call):
    data = call.input_table()
    i = text_column(call, data)
    columns = [(c["name"], c.get("type", "any"), c.get("hidden", False)) for c in data["columns"]]
    columns += [("tone", "number"), ("positive", "number"), ("negative", "number"),
                ("cues", "string")]
    rows = []
    for row in data["rows"]:
        t, p, n, cues = score(cell_text(row[i]))
        rows.append(list(row) + [number(t), number(p), number(n), string(cues)])
    return table(columns, rows)


@plugin.command("kwic")
def kwic(call):
    data = call.input_table()
    i = text_column(call, data)
    word = (call.arg("word") or "").strip()
    if not word.rstrip("*"):
        raise PluginError("give a word to look for", argument="word", hint="e.g. kwic lithium")
    width = call.flag("width", decimal.Decimal(40))
    if width != width.to_integral_value() or width < 1 or width > 500:
        raise PluginError("--width takes a whole number from 1 to 500")
    width = int(width)
    stem = re.escape(word.rstrip("*"))
    tail = r"[^\W_]*" if word.endswith("*") else ""
    pattern = re.compile(r"(?<![^\W_])" + stem + tail + r"(?![^\W_])", re.IGNORECASE)
    names = [c["name"] for c in data["columns"]]
    key = "id" if "id" in names else None
    provenance = "doc" in names and "start" in names
    columns = [(key, "string")] if key else [("row", "number")]
    columns += [("left", "string"), ("match", "string"), ("right", "string")]
    if provenance:
        columns += [("doc", "string", True), ("start", "number", True), ("end", "number", True)]
    rows = []
    for r, row in enumerate(data["rows"]):
        text = cell_text(row[i])
        for m in pattern.finditer(text):
            left = " ".join(text[:m.start()].split())
            right = " ".join(text[m.end():].split())
            left = ("…" + left[-width:]) if len(left) > width else left
            right = (right[:width] + "…") if len(right) > width else right
            out = [row[names.index(key)] if key else number(r + 1),
                   string(left), string(m.group(0)), string(right)]
            if provenance:
                out += match_provenance(row, names, text, m)
            rows.append(out)
    return table(columns, rows)


if __name__ == "__main__":
    plugin.serve()
