"""Shared by the per-sample checks: extract each rendering of a sample with pira, read the CSV it
writes into comparable rows, and compare them, field by field, with the rows expected from the
sample's transcription (samples/NAME/indicatori.csv). Prints the per-layout counts and exits 1
with what differs. Command line of every check: PIRA SOURCE_DIR SCRATCH_DIR."""
import csv
import json
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


def unsplit_rows(report):
    """The rows pira said it could not split into name and description (its --report JSON,
    warning name_description_unsplit): {row number in the CSV}."""
    try:
        with open(report, encoding="utf-8") as f:
            documents = json.load(f).get("documents", [])
    except (OSError, ValueError):
        return set()
    return {d.get("row") for doc in documents for d in doc.get("diagnostics", [])
            if d.get("code") == "name_description_unsplit"}


def read_as_one_name(got, want, warned):
    """Rows pira warned about whose name holds the expected name and description as one
    (equivalences.as_one_name): taken as the expected row's reading, counted. Returns (rows,
    how many fields were so read)."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                    "renderings"))
    from equivalences import as_one_name  # noqa: E402  what a page cannot show
    rows, fields = [], 0
    for i, (g, w) in enumerate(zip(got, want)):
        if i + 1 in warned and as_one_name(g, w):
            fields += sum(1 for k in ("indicator_name", "formula") if g[k] != w[k])
            g = dict(g, indicator_name=w["indicator_name"], formula=w["formula"])
        rows.append(g)
    return rows + got[len(rows):], fields


def check_renderings(pira, pdfs, want, extracted, label, scratch, stderr_has=(), one_name=False):
    """pdfs: {rendering: path}; want: expected rows (dicts); extracted: CSV row (with the
    dataset's "text:FIELD" entries) -> comparable row; label: the key naming a row in messages;
    stderr_has: what the report must say; one_name: renderings by other hands, where a row pira
    warned it could not split may hold name and description as one name (read_as_one_name; the
    samples' own renderings never). Returns the failures, as text."""
    failures = []
    for rendering, pdf in pdfs.items():
        out = os.path.join(scratch, rendering + ".csv")
        db = os.path.join(scratch, rendering + ".db")
        # -v: the report of each table and the warnings, which stderr_has looks for.
        report = os.path.join(scratch, rendering + ".report.json")
        done = subprocess.run([pira, "extract", pdf, "-o", out, "--db", db, "-v",
                               "--report", report], capture_output=True, text=True)
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
        got, as_one = read_as_one_name(got, want, unsplit_rows(report)) if one_name else (got, 0)
        right = sum(1 for g, w in zip(got, want) for k in w if g[k] == w[k])
        print("%s: %d/%d indicators, %d/%d fields right%s"
              % (rendering, len(got), len(want), right, sum(len(w) for w in want),
                 ", %d of them as one name (name_description_unsplit)" % as_one if as_one else
                 ""))
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
