"""Shared by the per-sample checks: extract each rendering of a sample with pira, read the CSV it
writes into comparable rows, and compare them, field by field, with the rows expected from the
sample's transcription (samples/NAME/indicatori.csv). Prints the per-layout counts and exits 1
with what differs. Command line of every check: PIRA SOURCE_DIR SCRATCH_DIR."""
import csv
import os
import re
import shutil
import sqlite3
import subprocess
import sys


def italian_number(text):
    """The seed's Italian number, '1.107.200,00' -> 1107200.0; None when it is not one."""
    text = text.strip()
    if not re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?", text):
        return None
    return float(text.replace(".", "").replace(",", "."))


def texts_as_written(db):
    """The dataset's facts as written in the source, one {field: text} per indicator, in the
    order the indicators appear (for columns the CSV writes normalised, as legacy areas)."""
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT i.position, f.field, f.text FROM facts f JOIN indicators i "
                           "ON i.id = f.indicator_id ORDER BY i.position").fetchall()
    by_position = {}
    for position, field, text in rows:
        by_position.setdefault(position, {})["text:" + field] = text
    return [by_position[p] for p in sorted(by_position)]


def check_renderings(pira, pdfs, want, extracted, label, scratch, stderr_has=()):
    """pdfs: {rendering: path}; want: expected rows (dicts); extracted: CSV row (with the
    dataset's "text:FIELD" entries) -> comparable row; label: the key naming a row in messages;
    stderr_has: what the report must say. Returns the failures, as text."""
    failures = []
    for rendering, pdf in pdfs.items():
        out = os.path.join(scratch, rendering + ".csv")
        db = os.path.join(scratch, rendering + ".db")
        # -v: the report of each table and the warnings, which stderr_has looks for.
        done = subprocess.run([pira, "extract", pdf, "-o", out, "--db", db, "-v"],
                              capture_output=True, text=True)
        if done.returncode != 0:
            failures.append("%s: exit %d\n%s" % (rendering, done.returncode, done.stderr))
            continue
        failures += ["%s: the report does not say %r" % (rendering, s)
                     for s in stderr_has if s not in done.stderr]
        with open(out, encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        texts = texts_as_written(db)
        if len(texts) != len(rows):
            failures.append("%s: %d rows in the CSV, %d in the dataset"
                            % (rendering, len(rows), len(texts)))
        got = [extracted(dict(r, **t)) for r, t in zip(rows, texts)]
        right = sum(1 for g, w in zip(got, want) for k in w if g[k] == w[k])
        print("%s: %d/%d indicators, %d/%d fields right"
              % (rendering, len(got), len(want), right, sum(len(w) for w in want)))
        if len(got) != len(want):
            failures.append("%s: %d indicators, expected %d" % (rendering, len(got), len(want)))
        for i, (g, w) in enumerate(zip(got, want)):
            failures += ["%s row %d (%s) %s: %r != %r" % (rendering, i + 1, w[label], k, g[k],
                                                          w[k])
                         for k in w if g[k] != w[k]]
    return failures


def main(name, renderings, expected, extracted, label):
    """The check of samples/NAME: NAME-RENDERING.pdf against indicatori.csv, whose rows
    `expected` turns into comparable rows."""
    pira, source, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    sample = os.path.join(source, "samples", name)
    with open(os.path.join(sample, "indicatori.csv"), encoding="utf-8") as f:
        want = [expected(r) for r in csv.DictReader(f, delimiter=";")]
    pdfs = {r: os.path.join(sample, "%s-%s.pdf" % (name, r)) for r in renderings}
    failures = check_renderings(pira, pdfs, want, extracted, label, scratch)
    if failures:
        print("\n".join(failures[:60]))
        sys.exit(1)
