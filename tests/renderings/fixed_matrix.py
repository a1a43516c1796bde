#!/usr/bin/python3
"""The ctest renderings.FAMILY_fixed_matrix: the family's check.py over its committed renderings
(FAMILY/pdf/, nothing rendered now), with --summary; fails when a rendering listed in
FAMILY/right.txt is not read whole (every indicator found, every field right), printing its name
and first differences. The others are counted, not required; one read whole but not listed is
printed as "now right", to be added to right.txt.

Usage: fixed_matrix.py FAMILY PIRA SOURCE_DIR SCRATCH_DIR [--right FILE]
  --right FILE: the list to require instead of FAMILY/right.txt (one name a line, # comments)."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import summary  # noqa: E402  refusal()

LIMIT_S = 300  # the whole matrix; each takes a few seconds (tests/renderings/README.md)


def read_list(path):
    with open(path, encoding="utf-8") as f:
        names = [line.split("#", 1)[0].strip() for line in f]
    return [n for n in names if n]


def run_check(family, pira, source, scratch):
    """The family's check.py with --summary: its entries, or exits 2 if it did not end well."""
    check = os.path.join(source, "tests", "renderings", family, "check.py")
    out = os.path.join(scratch, "summary.json")
    log = os.path.join(scratch, "check.log")
    with open(log, "w", encoding="utf-8") as f:
        done = subprocess.run(["/usr/bin/python3", check, pira, source,
                               os.path.join(scratch, "check"), "--summary", out],
                              stdout=f, stderr=subprocess.STDOUT, timeout=LIMIT_S)
    if done.returncode not in (0, 1) or not os.path.exists(out):
        with open(log, encoding="utf-8") as f:
            print(f.read()[-3000:])
        sys.exit("%s: check.py exit %d, no summary (its output: %s)" % (family, done.returncode,
                                                                        log))
    print("check.py's own output: %s" % log)
    with open(out, encoding="utf-8") as f:
        return json.load(f)["renderings"]


def shown(path, source):
    """path relative to the source tree when it is inside it."""
    rel = os.path.relpath(os.path.abspath(path), source)
    return path if rel.startswith("..") else rel


def line(e):
    what = ("%d/%d indicators, %d/%d fields" % (e["found"], e["expected"], e["right"], e["total"])
            if e["extracted"] else "nothing extracted (%s)" % summary.refusal(e))
    if e.get("as_one_name"):  # rows pira warned it could not split (equivalences.as_one_name)
        what += ", %d of them as one name" % e["as_one_name"]
    return "%s (%s): %s" % (e["name"], e["producer"], what)


def main():
    ap = argparse.ArgumentParser()
    for name in ("family", "pira", "source", "scratch"):
        ap.add_argument(name)
    ap.add_argument("--right", metavar="FILE")
    a = ap.parse_args()
    source = os.path.abspath(a.source)
    right_txt = a.right or os.path.join(source, "tests", "renderings", a.family, "right.txt")
    required = read_list(right_txt)
    shutil.rmtree(a.scratch, ignore_errors=True)
    os.makedirs(a.scratch)
    start = time.monotonic()
    entries = run_check(a.family, os.path.abspath(a.pira), source, os.path.abspath(a.scratch))
    names = {e["name"] for e in entries}
    unknown = [n for n in required if n not in names]
    failing = [e for e in entries if e["name"] in required and not e["whole"]]
    for e in entries:
        status = ("right" if e["whole"] else "NOT RIGHT") if e["name"] in required else (
            "now right: add it to right.txt" if e["whole"] else "not right (not required)")
        print("  %s  %s" % (line(e), status))
    print("%s: %d/%d renderings right (%d required by %s), %d with every indicator found; "
          "%d/%d indicators found, %d/%d fields right; %.1f s"
          % (a.family, sum(e["whole"] for e in entries), len(entries), len(required),
             shown(right_txt, source), sum(e["all_found"] for e in entries),
             sum(e["found"] for e in entries), sum(e["expected"] for e in entries),
             sum(e["right"] for e in entries), sum(e["total"] for e in entries),
             time.monotonic() - start))
    now_right = [e["name"] for e in entries if e["whole"] and e["name"] not in required]
    if now_right:
        print("now right, not yet in %s (add them): %s" % (shown(right_txt, source),
                                                           " ".join(now_right)))
    for e in failing:
        print("\nrequired, not read whole: %s; %d differences, the first:" % (
            line(e), e["n_differences"]))
        for d in e["differences"][:5]:
            print("    " + d.replace("\n", "\n      ")[:400])
    for n in unknown:
        print("\n%s names %r, which is not in the matrix" % (right_txt, n))
    sys.exit(1 if failing or unknown else 0)


if __name__ == "__main__":
    main()
