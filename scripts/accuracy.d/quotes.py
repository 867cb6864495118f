#!/usr/bin/env python3
"""Quote detection and attribution of lode, scored on PolNeAR (BRAT attribution spans).

    scripts/accuracy quotes POLNEAR_DIR [--part dev|scored|all] [--errors] [--keep DIR]

POLNEAR_DIR is the repository's folder that holds data/ (or data/ itself, or its train/).
Only data/train is read. Every article is written to a temporary folder as a lode document
(front matter with the date from data/metadata.tsv, then the text unchanged), the real
`lode --seeds TMPDIR --format json -c quotes` runs over it (LODE, default
.build/release/lode else .build/debug/lode), and its rows are scored against the
annotations with the definitions of issue 13 (see docs/accuracy.md):

- gold quotes: inside each annotated content span widened by one character on each side
  (a discontinuous span counts from its first fragment's start to its last fragment's end),
  each maximal span between an opening and a closing double quotation mark (straight or
  curly, of the same kind or mixed: a quotation closes at the first closing mark of either
  kind that does not close a title nested inside it) of 2 or more whitespace-separated words; its gold source is that attribution's
  source span (first fragment start to last fragment end).
- matching: a gold quote takes the lode row (kind direct or partial) with the largest
  overlap, if the overlap is at least half of the shorter of the two.
- source right: the matched row's source span overlaps the gold source span.
- speaker identity: for gold sources that are names (every word capitalised, at most five
  words, not a pronoun), right when the gold source's last word is a word of the row's speaker.

Articles are split by the first byte of sha1(article name): below 52 the article is in the
scored part (~20%, only ever scored), otherwise in the dev part. Stdlib only.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

SPLIT_BYTE = 52
SPLIT_RULE = "scored part = articles whose sha1(article name)[0] < %d (of 256, ~20%%); dev part = the rest" % SPLIT_BYTE
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
            "him", "them", "us", "me", "this", "that", "these", "those", "who", "which"}
OPEN_CURLY, CLOSE_CURLY, STRAIGHT = "\u201c", "\u201d", '"'
OPENERS_BEFORE = set(" \t\n\r([{\u2014\u2013-:/")


# ---------------------------------------------------------------- data

def part_of(article):
    """'scored' or 'dev', by the first byte of the sha1 of the article's name."""
    return "scored" if hashlib.sha1(article.encode("utf-8")).digest()[0] < SPLIT_BYTE else "dev"


def parse_ann(text):
    """BRAT annotations: {tid: (type, [(start, end), ...])} and the attribution relations
    as lists of (role, tid)."""
    spans, relations = {}, []
    for line in text.splitlines():
        m = re.match(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t", line)
        if m:
            frags = [tuple(int(x) for x in f.split()) for f in m.group(3).split(";")]
            spans[m.group(1)] = (m.group(2), frags)
            continue
        m = re.match(r"^E\d+\t(.*)$", line)
        if m:
            roles = [tuple(p.split(":", 1)) for p in m.group(1).split() if ":" in p]
            if roles and roles[0][0].startswith("Attribution"):
                relations.append(roles)
    return spans, relations


def outer(frags):
    """A (possibly discontinuous) span from its first fragment's start to its last's end."""
    return (min(f[0] for f in frags), max(f[1] for f in frags))


def opens_straight(text, i):
    """A straight mark in opening position: at the start, or after a space, an opening bracket,
    a dash, a colon or a slash."""
    return i == 0 or text[i - 1] in OPENERS_BEFORE


def opens_inner(text, i):
    """A straight mark that opens rather than closes: in opening position and followed by a
    word (`say "no` opens; `no" he` and `no, " he` close)."""
    return opens_straight(text, i) and i + 1 < len(text) and not text[i + 1].isspace()


def closing_mark(text, start, hi):
    """The index of the mark that closes the quotation opened at text[start], or None before hi.

    A quotation closes at the first closing mark of either kind (a curly opener may close at a
    straight mark, a straight opener at a curly one, as wire copy mixes them), except a mark
    that closes a quotation nested inside it: within a curly quotation a straight mark that
    opens starts a nested one (a quoted title) that the next closing straight mark ends; within
    a straight quotation a curly opening mark does the same with the next curly closing mark.
    A same-kind closing mark always closes (a nested title left open does not hold it), and a
    mark at the start of a paragraph continues the quotation (news opens every paragraph of a
    long quotation and closes only the last)."""
    curly = text[start] == OPEN_CURLY
    depth = 0
    for j in range(start + 1, hi):
        c = text[j]
        paragraph = text[j - 1] == "\n"
        if curly:
            if c == CLOSE_CURLY:
                return j
            if c == STRAIGHT:
                if opens_inner(text, j):
                    depth += 0 if paragraph else 1
                elif depth > 0:
                    depth -= 1
                else:
                    return j
        elif c == STRAIGHT:
            if not opens_inner(text, j):
                return j
        elif c == OPEN_CURLY:
            depth += 0 if paragraph else 1
        elif c == CLOSE_CURLY:
            if depth == 0:
                return j
            depth -= 1
    return None


def quotes_in(text, lo, hi):
    """Maximal spans [start, end) between an opening and a closing double quotation mark in
    text[lo:hi], of two or more words. A curly mark opens anywhere, a straight one in opening
    position; each closes as `closing_mark` says. A quotation with no closing mark before hi
    ends the search (nothing after it opens)."""
    out = []
    lo, hi = max(0, lo), min(len(text), hi)
    i = lo
    while i < hi:
        c = text[i]
        if c == OPEN_CURLY or (c == STRAIGHT and opens_straight(text, i)):
            j = closing_mark(text, i, hi)
            if j is None:
                break
            out.append((i + 1, j))
            i = j
        i += 1
    return [(s, e) for (s, e) in out if len(text[s:e].split()) >= 2]


def gold_quotes(text, ann):
    """Gold quotes of one article: {(start, end): source span or None}, from the innermost
    content span holding each quotation."""
    spans, relations = parse_ann(ann)
    items = []
    for roles in relations:
        contents = [spans[t][1] for (r, t) in roles if r.startswith("Content") and t in spans]
        sources = [spans[t][1] for (r, t) in roles if r.startswith("Source") and t in spans]
        source = outer(sources[0]) if sources else None
        for frags in contents:
            s, e = outer(frags)
            items.append((e - s, s, e, source))
    gold = {}
    for _, s, e, source in sorted(items, key=lambda x: (x[0], x[1])):
        for q in quotes_in(text, s - 1, e + 1):
            gold.setdefault(q, source)
    return gold


def find_split(root):
    """The train folder and metadata.tsv under a PolNeAR checkout, its data/ or data/train."""
    for train in (os.path.join(root, "data", "train"), os.path.join(root, "train"), root):
        if os.path.isdir(os.path.join(train, "text")) and os.path.isdir(os.path.join(train, "attributions")):
            meta = os.path.join(os.path.dirname(os.path.normpath(train)), "metadata.tsv")
            return train, meta
    raise SystemExit("quotes: no data/train/{text,attributions} under %s" % root)


def load_articles(root, part):
    """[(name, text, ann, date)] of the chosen part, in name order; the first annotation
    file by name is gold."""
    train, meta = find_split(root)
    dates = {}
    if os.path.exists(meta):
        with open(meta, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            for line in f:
                row = dict(zip(header, line.rstrip("\n").split("\t")))
                dates[row.get("filename", "")] = row.get("publication_date", "")
    anns = defaultdict(list)
    for name in sorted(os.listdir(os.path.join(train, "attributions"))):
        m = re.match(r"^(.*)_[^_]+\.ann$", name)
        if m:
            anns[m.group(1)].append(name)
    out = []
    for name in sorted(os.listdir(os.path.join(train, "text"))):
        if not name.endswith(".txt"):
            continue
        article = name[:-4]
        if article not in anns or (part != "all" and part_of(article) != part):
            continue
        with open(os.path.join(train, "text", name), encoding="utf-8", newline="") as f:
            text = f.read()
        with open(os.path.join(train, "attributions", sorted(anns[article])[0]), encoding="utf-8") as f:
            ann = f.read()
        out.append((article, text, ann, dates.get(article, "")))
    return out


# ---------------------------------------------------------------- lode

def lode_binary():
    if os.environ.get("LODE"):
        return os.environ["LODE"]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for p in (".build/release/lode", ".build/debug/lode"):
        if os.path.exists(os.path.join(root, p)):
            return os.path.join(root, p)
    raise SystemExit("quotes: no lode binary (build one, or set LODE)")


def document(text, date):
    """A lode document: front matter with the date, then the article text unchanged."""
    front = "---\ndate: %s\n---\n" % date if re.match(r"^\d{4}-\d{2}-\d{2}$", date or "") else ""
    return front + text


def run_lode(articles, keep=None):
    """lode's quote rows per article name, from one run over a folder of the articles."""
    folder = keep or tempfile.mkdtemp(prefix="lode-quotes-")
    os.makedirs(folder, exist_ok=True)
    names = {}
    for i, (article, text, _, date) in enumerate(articles):
        doc = "d%04d" % i
        names[doc] = article
        with open(os.path.join(folder, doc + ".md"), "w", encoding="utf-8", newline="") as f:
            f.write(document(text, date))
    try:
        # The articles are temporary: keep them out of the user's corpus cache.
        out = subprocess.run([lode_binary(), "--seeds", folder, "--format", "json", "-c", "quotes"],
                             capture_output=True, text=True, check=False,
                             env=dict(os.environ, LODE_NO_CACHE="1"))
    finally:
        if keep is None:
            for doc in names:
                os.remove(os.path.join(folder, doc + ".md"))
            os.rmdir(folder)
    if out.returncode != 0:
        raise SystemExit("quotes: lode failed (%d): %s" % (out.returncode, out.stderr.strip()[:500]))
    return rows_by_article(json.loads(out.stdout), names)


def rows_by_article(rows, names):
    by = defaultdict(list)
    for r in rows:
        by[names.get(r.get("doc"), r.get("doc"))].append(r)
    return by


def num(v):
    """A JSON number, or a number written as a string (older lode); None stays None."""
    if v is None or v == "":
        return None
    return int(v)


# ---------------------------------------------------------------- scoring

def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def is_name(source_text):
    words = source_text.split()
    if not words or len(words) > 5:
        return False
    if len(words) == 1 and words[0].lower().strip(".,") in PRONOUNS:
        return False
    return all(w[:1].isupper() for w in words)


def word_key(w):
    w = w.replace("\u2019", "'").strip(".,;:!?\"'()[]\u201c\u201d")
    if w.lower().endswith("'s"):
        w = w[:-2]
    return w.lower()


def speaker_has(speaker, last_word):
    if not speaker:
        return False
    key = word_key(last_word)
    return key != "" and key in {word_key(w) for w in speaker.split()}


def score_article(text, gold, rows):
    """Per-article counts and the error records of one article."""
    quoted = [r for r in rows if r.get("kind") in ("direct", "partial")]
    spans = [(num(r.get("start")), num(r.get("end"))) for r in quoted]
    c = Counter()
    errors = []
    matched_rows = set()
    for (gs, ge), source in sorted(gold.items()):
        c["gold"] += 1
        best, best_ov = None, 0
        for i, (rs, re_) in enumerate(spans):
            if rs is None or re_ is None:
                continue
            ov = overlap((gs, ge), (rs, re_))
            if ov > best_ov:
                best, best_ov = i, ov
        record = {"gold": (gs, ge), "source": source}
        if best is None or best_ov * 2 < min(ge - gs, spans[best][1] - spans[best][0]):
            errors.append(dict(record, category="missed"))
            continue
        c["matched"] += 1
        matched_rows.add(best)
        r = quoted[best]
        record["row"] = r
        if source is None:
            continue
        c["with_source"] += 1
        ss, se = num(r.get("source_start")), num(r.get("source_end"))
        right = ss is not None and se is not None and overlap(source, (ss, se)) > 0
        if right:
            c["source_right"] += 1
        else:
            errors.append(dict(record, category="no source" if ss is None else "wrong source"))
        src_text = text[source[0]:source[1]]
        if is_name(src_text):
            c["named"] += 1
            if speaker_has(r.get("speaker"), src_text.split()[-1]):
                c["speaker_right"] += 1
            elif right:
                errors.append(dict(record, category="right source, wrong speaker"))
    for i, r in enumerate(quoted):
        if len((r.get("text") or "").split()) < 2:
            continue
        c["rows"] += 1
        if i in matched_rows:
            c["rows_matched"] += 1
        else:
            errors.append({"category": "extra row", "gold": spans[i], "source": None, "row": r})
    return c, errors


def ratio(a, b):
    return a / b if b else 0.0


def figures(c):
    p = ratio(c["rows_matched"], c["rows"])
    r = ratio(c["matched"], c["gold"])
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f,
            "source": ratio(c["source_right"], c["with_source"]),
            "speaker": ratio(c["speaker_right"], c["named"])}


def report(c, part, articles):
    f = figures(c)
    lines = [
        "quotes on PolNeAR train, part %s: %d articles" % (part, articles),
        "split: " + SPLIT_RULE,
        "detection  precision %.3f (%d/%d rows)  recall %.3f (%d/%d gold)  F1 %.3f"
        % (f["precision"], c["rows_matched"], c["rows"], f["recall"], c["matched"], c["gold"], f["f1"]),
        "source accuracy      %.3f (%d/%d matched gold quotes with a source)" % (f["source"], c["source_right"], c["with_source"]),
        "speaker identity     %.3f (%d/%d matched gold quotes whose source is a name)"
        % (f["speaker"], c["speaker_right"], c["named"]),
    ]
    return "\n".join(lines)


def one_line(s):
    return re.sub(r"\s+", " ", s).strip()


def describe(text, e):
    gs, ge = e["gold"]
    lines = ["  [%s]" % one_line(text[max(0, gs - 160):gs]) + " <<" + one_line(text[gs:ge])[:200] + ">> " + one_line(text[ge:ge + 120])]
    if e.get("source"):
        lines.append("    gold source: %r" % text[e["source"][0]:e["source"][1]])
    r = e.get("row")
    if r is not None:
        lines.append("    lode: source %r speaker %r method %s cue %r" % (r.get("source"), r.get("speaker"), r.get("method"), r.get("cue")))
    return "\n".join(lines)


def main(argv):
    ap = argparse.ArgumentParser(prog="scripts/accuracy quotes")
    ap.add_argument("polnear")
    ap.add_argument("--part", choices=["dev", "scored", "all"], default="dev")
    ap.add_argument("--errors", action="store_true", help="list the errors by category (dev part only)")
    ap.add_argument("--keep", help="write the converted documents here and keep them")
    args = ap.parse_args(argv)
    if args.errors and args.part != "dev":
        raise SystemExit("quotes: --errors lists the dev part only (the scored part is never looked into)")
    articles = load_articles(args.polnear, args.part)
    rows = run_lode(articles, args.keep)
    total = Counter()
    by_category = defaultdict(list)
    for article, text, ann, _ in articles:
        c, errors = score_article(text, gold_quotes(text, ann), rows.get(article, []))
        total.update(c)
        for e in errors:
            by_category[e["category"]].append((article, text, e))
    print(report(total, args.part, len(articles)))
    if args.errors:
        for cat in sorted(by_category, key=lambda k: -len(by_category[k])):
            print("\n== %s: %d" % (cat, len(by_category[cat])))
            for article, text, e in by_category[cat]:
                print(article)
                print(describe(text, e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
