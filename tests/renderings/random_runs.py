#!/usr/bin/python3
"""K random renderings of each family, rendered now and checked field by field by the family's
check.py (--random K --seed SEED --summary), counted: per family the renderings tried, rendered,
read whole, with every indicator found, and the failing seeds with the command that replays each.
A seed its producer cannot render here (groff without ghostscript's fonts) is "not rendered",
never passed. The summary is appended, with the date and pira's commit, to
tests/renderings/random-log.md, so that random renderings can be counted across runs.

Usage: random_runs.py PIRA SOURCE_DIR SCRATCH_DIR K SEED [--no-log]"""
import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import summary  # noqa: E402  refusal()

FAMILIES = ("pira2026", "relazione2025", "pistoia2020", "prato2020", "toscana2024", "piano2020")
LOG = os.path.join("tests", "renderings", "random-log.md")
# what of check.py's output is shown as it runs: each seed (with its producer) before it is
# rendered, its result line, a producer's failure; the differences stay in the family's log
SHOWN = re.compile(r"^(random seeds|seeds drawn|seed[- ]?\d+[ :(]|\s+not rendered:)")
ROW = re.compile(r"^\| (\S+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| ")
HEADER = """# Random renderings, counted

Each run of `scripts/renderings-random.sh K SEED` (`tests/renderings/random_runs.py`) renders K
random renderings of each family (seeds drawn from SEED by the family's `check.py --random K
--seed SEED`), checks them field by field and appends its table here: tried, rendered (a seed its
producer cannot render here is not rendered, never passed), read whole (every indicator found,
every field right), every indicator found, and the failing seeds. The issue's "200 random
renderings without a failure" is counted over the runs since the last failing one.
"""


def run_family(family, a, scratch):
    """The family's check.py over K random seeds: its summary entries and the seconds taken."""
    out = os.path.join(scratch, family + ".json")
    log = os.path.join(scratch, family + ".log")
    cmd = ["/usr/bin/python3", os.path.join(a.source, "tests", "renderings", family, "check.py"),
           a.pira, a.source, os.path.join(scratch, family), "--random", str(a.k), "--seed",
           str(a.seed), "--summary", out]
    start = time.monotonic()
    with open(log, "w", encoding="utf-8") as f, subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as p:
        for line in p.stdout:
            f.write(line)
            if SHOWN.match(line) and " row " not in line:
                print("  " + line.rstrip()[:220], flush=True)
    seconds = time.monotonic() - start
    if not os.path.exists(out):
        print("  %s: check.py exit %d without a summary (see %s)" % (family, p.returncode, log))
        return None, seconds
    with open(out, encoding="utf-8") as f:
        return json.load(f)["renderings"], seconds


def replay(family, seed):
    return ("/usr/bin/python3 tests/renderings/%s/check.py build/release/src/pira . "
            "/tmp/replay-%s --seeds %d" % (family, family, seed))


def table(results):
    """The run's table (markdown), then the failing seeds, each with its replay."""
    lines = ["| family | tried | rendered | read whole | every indicator found | seconds | "
             "failing seeds |", "|---|---:|---:|---:|---:|---:|---|"]
    failing = []
    for family, entries, seconds in results:
        if entries is None:
            lines.append("| %s | 0 | 0 | 0 | 0 | %.0f | check.py did not end well |"
                         % (family, seconds))
            continue
        bad = [e for e in entries if not e["whole"]]
        lines.append("| %s | %d | %d | %d | %d | %.0f | %s |" % (
            family, len(entries), sum(e["rendered"] for e in entries),
            sum(e["whole"] for e in entries), sum(e["all_found"] for e in entries), seconds,
            ", ".join("%d (%s)" % (e["seed"], e["producer"]) for e in bad) or "none"))
        for e in bad:
            what = ("not rendered: " + e["not_rendered"][:120] if not e["rendered"] else
                    "%d/%d indicators, %d/%d fields" % (e["found"], e["expected"], e["right"],
                                                        e["total"]) if e["extracted"] else
                    "nothing extracted: " + summary.refusal(e)[:160])
            failing.append("- %s seed %d (%s): %s; replay: `%s`" % (
                family, e["seed"], e["producer"], what, replay(family, e["seed"])))
    return lines, failing


def pira_commit(source):
    """HEAD, and the last commit that changed what pira reads with (its code, profiles and
    vocabularies), which is the same on a branch that only changed tests."""
    def git(*args):
        return subprocess.run(["git", "-C", source] + list(args), capture_output=True,
                              text=True).stdout.strip()
    code = ("src", "extractors", "mappings")
    head, last = git("rev-parse", "--short", "HEAD"), git("log", "-1", "--format=%h", "--", *code)
    dirty = git("status", "--porcelain", "--", *code)
    return "%s (pira's code as of %s%s)" % (head or "?", last or "?",
                                            ", with uncommitted changes" if dirty else "")


def counted_so_far(path):
    """Over the log's runs: renderings tried, read whole, and tried since the last run that had
    a failure (not rendered included)."""
    tried = whole = streak = 0
    with open(path, encoding="utf-8") as f:
        runs = f.read().split("\n## ")[1:]
    for run in runs:
        rows = [ROW.match(x) for x in run.splitlines()]
        rows = [(int(m[2]), int(m[4])) for m in rows if m]
        t, w = sum(r[0] for r in rows), sum(r[1] for r in rows)
        tried, whole = tried + t, whole + w
        streak = streak + t if t == w else 0
    return len(runs), tried, whole, streak


def append_log(path, lines, failing, a, seconds):
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as f:
            f.write(HEADER)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n## %s, pira %s: K=%d, --seed %d, %.0f s\n\n" % (
            now, pira_commit(a.source), a.k, a.seed, seconds))
        f.write("\n".join(lines) + "\n")
        if failing:
            f.write("\n" + "\n".join(failing) + "\n")


def main():
    ap = argparse.ArgumentParser()
    for name in ("pira", "source", "scratch"):
        ap.add_argument(name)
    ap.add_argument("k", type=int)
    ap.add_argument("seed", type=int)
    ap.add_argument("--no-log", action="store_true", help="do not append to random-log.md")
    a = ap.parse_args()
    a.pira, a.source = os.path.abspath(a.pira), os.path.abspath(a.source)
    shutil.rmtree(a.scratch, ignore_errors=True)
    os.makedirs(a.scratch)
    start = time.monotonic()
    results = []
    for family in FAMILIES:
        print("%s: %d random renderings, seeds drawn from --seed %d" % (family, a.k, a.seed),
              flush=True)
        entries, seconds = run_family(family, a, os.path.abspath(a.scratch))
        results.append((family, entries, seconds))
    seconds = time.monotonic() - start
    lines, failing = table(results)
    print("\n" + "\n".join(lines) + ("\n\n" + "\n".join(failing) if failing else ""))
    print("\n%.0f s in all; each family's full output: %s/FAMILY.log" % (seconds, a.scratch))
    if not a.no_log:
        log = os.path.join(a.source, LOG)
        append_log(log, lines, failing, a, seconds)
        runs, tried, whole, streak = counted_so_far(log)
        print("%s: %d runs, %d random renderings, %d read whole; %d since the last run with a "
              "failure" % (LOG, runs, tried, whole, streak))
    sys.exit(1 if failing or any(e is None for _, e, _ in results) else 0)


if __name__ == "__main__":
    main()
