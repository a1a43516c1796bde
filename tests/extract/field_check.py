"""Shared by the per-sample checks: extract each rendering of a sample with pira, read the CSV it
writes into comparable rows, and compare them, field by field, with the rows expected from the
sample's transcription. Prints the per-layout counts; returns what differs."""
import csv
import os
import subprocess


def check_renderings(pira, pdfs, want, extracted, label, scratch):
    """pdfs: {rendering: path}; want: expected rows (dicts); extracted: CSV row -> comparable
    row; label: the key naming a row in messages. Returns the failures, as text."""
    failures = []
    for rendering, pdf in pdfs.items():
        out = os.path.join(scratch, rendering + ".csv")
        done = subprocess.run([pira, "extract", pdf, "-o", out], capture_output=True, text=True)
        if done.returncode != 0:
            failures.append("%s: exit %d\n%s" % (rendering, done.returncode, done.stderr))
            continue
        with open(out, encoding="utf-8") as f:
            got = [extracted(r) for r in csv.DictReader(f)]
        right = sum(1 for g, w in zip(got, want) for k in w if g[k] == w[k])
        print("%s: %d/%d indicators, %d/%d fields right"
              % (rendering, len(got), len(want), right, len(want) * len(want[0])))
        if len(got) != len(want):
            failures.append("%s: %d indicators, expected %d" % (rendering, len(got), len(want)))
        for i, (g, w) in enumerate(zip(got, want)):
            failures += ["%s row %d (%s) %s: %r != %r" % (rendering, i + 1, w[label], k, g[k],
                                                          w[k])
                         for k in w if g[k] != w[k]]
    return failures
