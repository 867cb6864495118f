#!/usr/bin/env python3
"""Scores lode's dates on TimeML news (TempEval-3 TBAQ-cleaned: TimeBank and AQUAINT).

    scripts/accuracy dates TEMPEVAL_DIR [--part dev|scored|all] [--errors]

TEMPEVAL_DIR is any folder holding .tml files (searched recursively), e.g.
data/TempEval3/Training/TBAQ-cleaned of qiangning/StructTempRel-EMNLP17. Each document's
<TEXT> is written, markup removed and entities unescaped, as DOC.txt with front matter
`date:` = its creation time (DCT) into a temporary folder; one run of
`lode --seeds FOLDER --format json -c dates` (LODE, default .build/release/lode, else
.build/debug/lode) extracts every document's dates; offsets are Unicode scalars.

Gold: TIMEX3 of type DATE inside <TEXT>. A gold date is found when a lode date row overlaps
it (the first such row is its match); precision = rows that are some gold's match / all rows
(rows overlapping only TIME, DURATION or SET expressions count against it); value accuracy =
gold dates whose match's `value` equals the TIMEX3 value exactly / all gold dates.

The split: a document is in the scored part when the first 8 hex digits of the MD5 of its
name (file name without .tml), read as a number, are divisible by 5 (~20%); the rest is dev.
`--errors` lists the misses by category (dev part only: the scored part is never looked at).
"""
import argparse
import collections
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile

SPLIT_RULE = "scored part: int(md5(name)[:8], 16) % 5 == 0 (name = file name without .tml); dev: the rest"

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')


def part_of(name):
    return "scored" if int(hashlib.md5(name.encode("utf-8")).hexdigest()[:8], 16) % 5 == 0 else "dev"


class Doc:
    def __init__(self, name, dct, text, timexes):
        self.name = name
        self.dct = dct
        self.text = text
        self.timexes = timexes  # (start, end, type, value, surface)


def parse_tml(name, raw):
    """The document's creation date, its <TEXT> without markup and the TIMEX3s in it."""
    dct = None
    m = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    if m:
        v = ATTR.findall(m.group(1))
        value = dict(v).get("value", "")
        if re.match(r"^\d{4}-\d{2}-\d{2}", value):
            dct = value[:10]
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    body = m.group(1) if m else ""
    out = []
    pos = 0
    open_timex = []
    timexes = []
    length = 0

    def emit(s):
        nonlocal length
        s = html.unescape(s)
        out.append(s)
        length += len(s)

    for t in TAG.finditer(body):
        emit(body[pos:t.start()])
        pos = t.end()
        closing, tag, attrs, selfclosing = t.group(1), t.group(2), t.group(3), t.group(4)
        if tag != "TIMEX3":
            continue
        if closing:
            if open_timex:
                start, a = open_timex.pop()
                timexes.append([start, length, a.get("type", ""), a.get("value", ""), None])
        elif not selfclosing:
            open_timex.append((length, dict(ATTR.findall(attrs))))
    emit(body[pos:])
    text = "".join(out)
    for x in timexes:
        x[4] = text[x[0]:x[1]]
    timexes.sort(key=lambda x: (x[0], x[1]))
    return Doc(name, dct, text, [tuple(x) for x in timexes])


def load(folder):
    docs = []
    for root, _, files in os.walk(folder):
        for f in files:
            if f.endswith(".tml"):
                with open(os.path.join(root, f), encoding="utf-8") as h:
                    docs.append(parse_tml(f[: -len(".tml")], h.read()))
    docs.sort(key=lambda d: d.name)
    return docs


def file_id(name):
    """The lode document id of a document: its name with dots made underscores (lode drops
    only the last extension, but a plain id is easier to read back)."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", name)


def lode_binary(root):
    env = os.environ.get("LODE")
    if env:
        return env
    for p in (".build/release/lode", ".build/debug/lode"):
        full = os.path.join(root, p)
        if os.path.exists(full):
            return full
    sys.exit("dates: no lode binary (build it, or set LODE)")


def run_lode(binary, docs):
    """Rows of `dates` by document id, from one lode run over all documents."""
    with tempfile.TemporaryDirectory(prefix="lode-dates-") as tmp:
        for d in docs:
            front = "---\ndate: %s\n---\n" % d.dct if d.dct else ""
            with open(os.path.join(tmp, file_id(d.name) + ".txt"), "w", encoding="utf-8") as h:
                h.write(front + d.text)
        env = dict(os.environ, LODE_NO_CACHE="1")
        p = subprocess.run([binary, "--seeds", tmp, "--format", "json", "-c", "dates"],
                           capture_output=True, text=True, env=env)
        if p.returncode != 0:
            sys.exit("dates: lode failed (%d): %s" % (p.returncode, p.stderr.strip()[:2000]))
        rows = json.loads(p.stdout or "[]")
    by_doc = collections.defaultdict(list)
    for r in rows:
        r["start"], r["end"] = int(r["start"]), int(r["end"])  # numbers, or strings before they were
        by_doc[r["doc"]].append(r)
    for rs in by_doc.values():
        rs.sort(key=lambda r: (r["start"], r["end"]))
    return by_doc


def overlaps(a0, a1, b0, b1):
    return a0 < b1 and b0 < a1


class Score:
    def __init__(self):
        self.gold = self.found = self.right = self.rows = self.matched_rows = 0
        self.errors = collections.defaultdict(list)

    def add(self, doc, rows, keep_errors):
        gold = [x for x in doc.timexes if x[2] == "DATE"]
        self.gold += len(gold)
        self.rows += len(rows)
        used = set()
        for g in gold:
            match = next((i for i, r in enumerate(rows) if overlaps(g[0], g[1], r["start"], r["end"])), None)
            if match is None:
                if keep_errors:
                    self.errors["missed"].append((doc, g, None))
                continue
            self.found += 1
            used.add(match)
            r = rows[match]
            if str(r["value"]) == g[3]:
                self.right += 1
            elif keep_errors:
                self.errors["wrong value: " + category(g[3], str(r["value"]))].append((doc, g, r))
        self.matched_rows += len(used)
        if keep_errors:
            for i, r in enumerate(rows):
                if i in used:
                    continue
                other = next((x for x in doc.timexes if overlaps(x[0], x[1], r["start"], r["end"])), None)
                kind = "spurious: overlaps %s" % other[2] if other else "spurious: no TIMEX3"
                self.errors[kind].append((doc, other, r))

    def figures(self):
        p = self.matched_rows / self.rows if self.rows else 0.0
        r = self.found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.right / self.gold if self.gold else 0.0
        return p, r, f, acc


def shape(v):
    """The kind of a TimeML value: day, month, year, week, season, quarter, PRESENT_REF, …"""
    if v in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return v
    pats = [
        (r"^\d{4}-\d{2}-\d{2}", "day"), (r"^\d{4}-W\d{2}$", "week"), (r"^\d{4}-\d{2}$", "month"),
        (r"^\d{4}-(SP|SU|FA|WI)$", "season"), (r"^\d{4}-Q\d$", "quarter"), (r"^\d{4}-H\d$", "half"),
        (r"^FY\d{4}", "fiscal"), (r"^\d{4}$", "year"), (r"^\d{3}$", "decade"), (r"^\d{2}$", "century"),
    ]
    for p, k in pats:
        if re.match(p, v):
            return k
    return "other"


def category(gold, got):
    g, l = shape(gold), shape(got)
    if g != l:
        return "%s read as %s" % (g, l)
    return "%s, other %s" % (g, g)


def main(argv):
    ap = argparse.ArgumentParser(prog="scripts/accuracy dates", description=__doc__.split("\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--part", choices=["dev", "scored", "all"], default="dev")
    ap.add_argument("--errors", action="store_true", help="list misses by category (dev part only)")
    args = ap.parse_args(argv)
    if args.errors and args.part != "dev":
        sys.exit("dates: --errors lists the dev part only")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    docs = [d for d in load(args.folder) if args.part == "all" or part_of(d.name) == args.part]
    if not docs:
        sys.exit("dates: no .tml documents in %s for part %s" % (args.folder, args.part))
    by_doc = run_lode(lode_binary(root), docs)
    score = Score()
    for d in docs:
        score.add(d, by_doc.get(file_id(d.name), []), args.errors)
    p, r, f, acc = score.figures()
    print("split: " + SPLIT_RULE)
    print("part: %s, %d documents" % (args.part, len(docs)))
    print("gold DATE expressions: %d, lode date rows: %d" % (score.gold, score.rows))
    print("extent precision: %.3f (%d/%d)" % (p, score.matched_rows, score.rows))
    print("extent recall:    %.3f (%d/%d)" % (r, score.found, score.gold))
    print("extent F1:        %.3f" % f)
    print("value accuracy:   %.3f (%d/%d)" % (acc, score.right, score.gold))
    if args.errors:
        for cat, items in sorted(score.errors.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print("\n## %s: %d" % (cat, len(items)))
            for doc, g, r in items:
                where = g or (r["start"], r["end"], "", "", "")
                lo, hi = max(0, where[0] - 60), min(len(doc.text), where[1] + 60)
                ctx = doc.text[lo:hi].replace("\n", " ")
                gold = "%s %r" % (g[3], g[4]) if g else "-"
                got = "%s %r" % (r["value"], r["text"]) if r else "-"
                print("  %s dct=%s gold=%s lode=%s | %s" % (doc.name, doc.dct, gold, got, ctx))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
