#!/usr/bin/env python3
"""The Relazione 2025 sample PDFs, extracted and then scored, against the transcription of seed
001 they were built from: every indicator with its code, name, description, target, actual and
weight, and every performance the document publishes (indicators, objectives, the strategic
objective whose objectives are all in the sample).
Usage: check_relazione.py PIRA SOURCE_DIR SCRATCH_DIR"""
import csv
import json
import os
import shutil
import subprocess
import sys

pira, source, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
sample = os.path.join(source, "samples", "relazione2025")
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def run(*args):
    done = subprocess.run([pira, *args], capture_output=True, text=True, check=False)
    check(done.returncode == 0, "pira %s: exit %d\n%s" % (" ".join(args), done.returncode,
                                                           done.stderr))
    return done.stdout


def read_csv(path, delimiter=","):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def percent(text):
    """'95,30%' or '95,30' -> 95.3; 'N/D' -> None."""
    return None if text == "N/D" else float(text.rstrip("% ").replace(",", "."))


transcription = read_csv(os.path.join(sample, "indicatori.csv"), ";")
published_indicators = read_csv(os.path.join(sample, "indicatori-pubblicati.csv"), ";")
by_level = {}
for p in read_csv(os.path.join(sample, "obiettivi-pubblicati.csv"), ";"):
    by_level.setdefault(p["level"], []).append(p)
expected = json.loads(run("score", os.path.join(sample, "indicatori.csv"), "--format", "json"))

for rendering in ("rigata", "serif"):
    pdf = os.path.join(sample, "relazione2025-%s.pdf" % rendering)
    table = os.path.join(scratch, rendering + ".csv")
    run("extract", pdf, "-o", table)
    rows = read_csv(table)
    check(len(rows) == len(transcription),
          "%s: %d indicators, expected %d" % (rendering, len(rows), len(transcription)))
    for i, (got, want, pub) in enumerate(zip(rows, transcription, published_indicators)):
        where = "%s row %d (%s)" % (rendering, i + 1, want["source_ref"])
        for col in ("indicator_name", "area", "strategic_objective",
                    "objective_name"):
            check(got[col] == want[col], "%s: %s %r != %r" % (where, col, got[col], want[col]))
        check(got["formula"] == pub["formula"],
              "%s: formula %r != %r" % (where, got["formula"], pub["formula"]))
        check(got["source_ref"].startswith(pdf + "#page="), "%s: source_ref" % where)
    scored = json.loads(run("score", table, "--format", "json"))
    check(len(scored["indicators"]) == len(expected["indicators"]), rendering + ": indicators")
    for i, (got, want, pub) in enumerate(
            zip(scored["indicators"], expected["indicators"], published_indicators)):
        where = "%s indicator %d" % (rendering, i + 1)
        for key in ("objective_code", "code", "target", "actual", "weight", "excluded"):
            check(got[key] == want[key], "%s: %s %r != %r" % (where, key, got[key], want[key]))
        figure = percent(pub["performance"])
        check((got["performance"] is None) == (figure is None) and
              (figure is None or round(got["performance"] + 1e-9, 2) == figure),
              "%s: performance %r, published %s" % (where, got["performance"],
                                                    pub["performance"]))
    objectives = {o["code"]: o["performance"] for o in scored["objectives"]}
    check(len(objectives) == len(by_level["objective"]), rendering + ": objectives")
    for pub in by_level["objective"]:
        check(objectives.get(pub["key"]) == percent(pub["performance"]),
              "%s: objective %s %r, published %s" % (rendering, pub["key"],
                                                    objectives.get(pub["key"]),
                                                    pub["performance"]))
    strategic = {s["name"]: s["performance"] for s in scored["strategic_objectives"]}
    for pub in by_level["strategic_objective"]:
        check(strategic.get(pub["key"]) == percent(pub["performance"]),
              "%s: strategic objective %s %r, published %s" % (
                  rendering, pub["key"], strategic.get(pub["key"]), pub["performance"]))

# The same table written as xlsx: openpyxl reads every cell of the CSV back, and pira scores the
# workbook to the same figures.
pdf = os.path.join(sample, "relazione2025-rigata.pdf")
workbook = os.path.join(scratch, "rigata.xlsx")
run("extract", pdf, "-o", workbook)
import openpyxl  # noqa: E402  (Debian's python3-openpyxl: the independent reader)

sheet = openpyxl.load_workbook(workbook)["Indicatori"]
cells = [["" if v is None else v for v in r] for r in sheet.iter_rows(values_only=True)]
with open(os.path.join(scratch, "rigata.csv"), encoding="utf-8") as f:
    text_rows = list(csv.reader(f))
check(cells[0] == text_rows[0], "xlsx header %r" % cells[0])
check(len(cells) == len(text_rows), "xlsx rows %d, csv %d" % (len(cells), len(text_rows)))
for i, (x, t) in enumerate(zip(cells[1:], text_rows[1:])):
    for name, a, b in zip(text_rows[0], x, t):
        same = float(a) == float(b) if isinstance(a, (int, float)) else a == b
        check(same, "xlsx row %d %s: %r, csv %r" % (i + 2, name, a, b))
check(json.loads(run("score", workbook, "--format", "json"))["objectives"] ==
      json.loads(run("score", os.path.join(scratch, "rigata.csv"), "--format", "json"))
      ["objectives"], "xlsx scores as the csv")

if failures:
    print("\n".join(failures[:40]))
    sys.exit(1)
print("Relazione 2025: 2 renderings x %d indicators, %d objectives, %d strategic objective, "
      "and the xlsx output: all equal" % (len(transcription), len(by_level["objective"]),
                     len(by_level["strategic_objective"])))
