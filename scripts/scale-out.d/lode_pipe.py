"""Runs the static `lode` binary as a partition's program, as on a cluster: the binary was
shipped with `spark-submit --files lode` and each task finds its copy with SparkFiles."""

import json
import os
import shutil
import subprocess
import tempfile
import threading


def binary(name="lode"):
    """The task's copy of the shipped binary, made executable (a copy in a temporary folder
    when the shipped file's mode cannot be changed)."""
    from pyspark import SparkFiles  # here, so that the rest is testable without Spark

    path = SparkFiles.get(name)
    if not os.access(path, os.X_OK):
        try:
            os.chmod(path, 0o755)
        except OSError:
            copy = os.path.join(tempfile.mkdtemp(prefix="lode-"), name)
            shutil.copyfile(path, copy)
            os.chmod(copy, 0o755)
            path = copy
    return path


def run(args, lines):
    """Streams `lines` (str, no newline) into `lode ARGS` and yields its output lines (str,
    no newline) as they come: a thread writes while this reads, so neither pipe fills up.
    A non-zero exit, or a failure while writing, fails the task."""
    proc = subprocess.Popen([binary()] + args, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    failure = []

    def feed():
        try:
            for line in lines:
                proc.stdin.write(line.encode("utf-8", "surrogatepass") + b"\n")
        except Exception as e:  # noqa: BLE001 - reported after the output is read
            failure.append(e)
        finally:
            proc.stdin.close()

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    for out in proc.stdout:
        yield out.rstrip(b"\n").decode("utf-8")
    writer.join()
    status = proc.wait()
    if failure:
        raise failure[0]
    if status != 0:
        raise RuntimeError(f"lode {' '.join(args)} exited with status {status}")


def with_seq(line, seq):
    """The article line with `"seq": SEQ` (its line number in the whole input) added, as
    `lode extract` numbers lines; a line that already carries an integer `seq` keeps it
    (lode's rule: the line's own wins). Text is spliced, never re-encoded, so the article's
    text reaches lode byte for byte. Lines that are not objects go through unchanged: lode
    warns about them as it would on one machine."""
    body = line.rstrip()
    if not (line.lstrip().startswith("{") and body.endswith("}")):
        return line
    if '"seq"' in line:
        try:
            own = json.loads(line).get("seq")
            if isinstance(own, int) and not isinstance(own, bool):
                return line
        except (ValueError, AttributeError):
            return line
    head = body[:-1]
    sep = "" if head.rstrip().endswith("{") else ","
    return '%s%s"seq":%d}' % (head, sep, seq)


def extract_partition(tables):
    """A mapPartitions function: (seq, line) pairs in, (table, fact line) pairs out."""

    def go(pairs):
        lines = (with_seq(line, seq) for seq, line in pairs if line.strip())
        for fact in run(["extract", "--tables", ",".join(tables), "-"], lines):
            # Every fact line starts {"table":"NAME", …
            yield fact[10:fact.index('"', 10)], fact

    return go
