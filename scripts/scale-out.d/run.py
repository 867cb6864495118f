"""scripts/scale-out's driver (stdlib only): single-machine figures, the Spark job in
local[1] and local[2], the reduce check, the pipelines' check. Prints every mismatch with
both sides and exits 1 when there is one."""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time

import compare

HERE = os.path.dirname(os.path.abspath(__file__))
# What both sides extract: every table lode sql reads (sentences too).
TABLES = "documents,sentences,quotes,amounts,dates,events,mentions,people"


def timed(cmd, env=None, stdout=subprocess.DEVNULL):
    """Runs cmd; wall seconds, CPU seconds (user + system of it and its reaped children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    r = subprocess.run(cmd, env=env, stdout=stdout, stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"scale-out: {' '.join(cmd)} failed ({r.returncode}):\n{(r.stdout or '')[-3000:]}\n{r.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": round(wall, 2), "cpu_seconds": round(cpu, 2), "stdout": r.stdout}


def spark_submit(a, cores, *job):
    cmd = [
        "spark-submit", "--master", f"local[{cores}]", "--files", a.lode,
        "--driver-memory", "4g",
        "--conf", f"spark.sql.files.maxPartitionBytes={a.partition_mb * 1000 * 1000}",
        "--conf", "spark.ui.enabled=false", "--conf", f"spark.sql.shuffle.partitions={2 * cores}",
        # Local mode talks to itself: on the loopback address only.
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--py-files", ",".join(os.path.join(HERE, f) for f in ("lode_pipe.py", "fact_tables.py", "cputime.py")),
        os.path.join(HERE, "job.py"), *job,
    ]
    return timed(cmd, env=dict(os.environ, SPARK_LOCAL_IP="127.0.0.1"), stdout=subprocess.PIPE)


def single_machine(a):
    env = dict(os.environ, LODE_NO_CACHE="1")
    ex = timed([a.lode, "extract", "--tables", TABLES, a.input], env=env)
    seeds = timed([a.lode, "--seeds", a.input, "-c", "documents | count"], env=env, stdout=subprocess.PIPE)
    if seeds["stdout"].strip() != str(a.articles):
        sys.exit(f"scale-out: lode loaded {seeds['stdout'].strip()} documents, not {a.articles}")
    return {"lode extract": ex, "lode --seeds": seeds}


def main():
    p = argparse.ArgumentParser()
    for name in ("lode", "input", "work", "pipelines"):
        p.add_argument("--" + name, required=True)
    p.add_argument("--articles", type=int, required=True)
    p.add_argument("--partition-mb", type=int, default=8)
    p.add_argument("--ddl", help="the tables' DDL (default: the binary's lode sql --ddl --dialect spark)")
    p.add_argument("--figures-only", action="store_true")
    p.add_argument("--checks-only", action="store_true")
    a = p.parse_args()
    failures = 0
    if not a.checks_only:
        figures = single_machine(a)
        for cores in (1, 2):
            figures[f"spark local[{cores}]"] = extract(a, cores)
        print_figures(a, figures)
    if not a.figures_only:
        out = os.path.join(a.work, "spark-local2")
        if a.checks_only:
            extract(a, 2)
        d = compare.differential()
        own = d.Lode(a.lode, a.input)
        failures = compare.reduce_output(d, own, os.path.join(out, "reduce", "lines"))
        failures += compare.pipelines(d, own, a.pipelines, a.work, lambda q, r: spark_submit(a, 2, "sql", out, q, r))
    if failures:
        print(f"scale-out: {failures} mismatch(es)", file=sys.stderr)
        sys.exit(1)
    print("scale-out: every check passed" if not a.figures_only else "scale-out: figures only, no checks run")


def extract(a, cores):
    """The Spark job's extraction in local[cores] into WORK/spark-localN; its figures."""
    out = os.path.join(a.work, f"spark-local{cores}")
    shutil.rmtree(out, ignore_errors=True)
    r = spark_submit(a, cores, "extract", a.input, out, "--tables", TABLES, *(["--ddl", a.ddl] if a.ddl else []))
    line = next((x for x in r["stdout"].splitlines() if x.startswith("FIGURES ")), None)
    if line is None:
        sys.exit(f"scale-out: the Spark job printed no figures:\n{r['stdout'][-4000:]}")
    return dict(json.loads(line[8:]), submit_seconds=r["seconds"], submit_cpu_seconds=r["cpu_seconds"])


def print_figures(a, figures):
    n = a.articles
    print(f"\n{n} articles, {os.path.getsize(a.input) / 1e6:.1f} MB")
    print(f"{'run':<26}{'wall s':>9}{'CPU s':>9}{'art/s/core':>12}{'art/CPU-s':>11}")
    for name in ("lode extract", "lode --seeds"):
        f = figures[name]
        cores = os.cpu_count() or 1
        print(f"{name:<26}{f['seconds']:>9.2f}{f['cpu_seconds']:>9.2f}"
              f"{n / f['seconds'] / cores:>12.0f}{n / f['cpu_seconds']:>11.0f}")
    for cores in (1, 2):
        f = figures[f"spark local[{cores}]"]
        for stage, wall, cpu in (("pipe", "pipe_seconds", "pipe_cpu_seconds"),
                                 ("Parquet", "extract_seconds", "extract_cpu_seconds"),
                                 ("+ reduce", "total_seconds", "cpu_seconds")):
            print(f"{'spark local[%d] %s' % (cores, stage):<26}{f[wall]:>9.2f}{f[cpu]:>9.2f}"
                  f"{n / f[wall] / cores:>12.0f}{n / f[cpu]:>11.0f}")
        print(f"  ({f['partitions']} partitions, {f['fact_lines']} fact lines;"
              f" spark-submit {f['submit_seconds']:.2f} s, {f['submit_cpu_seconds']:.2f} CPU s)")
    print("FIGURES " + json.dumps({k: {x: y for x, y in v.items() if x != "stdout"} for k, v in figures.items()}))


if __name__ == "__main__":
    main()
