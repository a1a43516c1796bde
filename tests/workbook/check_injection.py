#!/usr/bin/env python3
"""Text that a spreadsheet would run (starting with =, +, -, @, tab, CR or LF) stays text in
every file pira writes, read by independent readers:

- xlsx, read by openpyxl: the consolidated workbook (`pira report`), the department workbooks
  (`pira export --all`), the annotated copy (`pira validate --format xlsx`) of
  tests/workbook/injection.csv, and the canonical table (`pira extract -o x.xlsx`) of a copy of
  samples/workbooks/pira2026.xlsx whose texts were made formula-like. Every cell whose text
  starts with one of those characters is a string cell (data_type 's'), its value is the
  original text (as pira stores it: the dataset keeps values trimmed, the annotated copy keeps
  the cell as it was), and no formula pira writes holds any of the texts. openpyxl 3.0 gives a
  CR as the ECMA-376 escape _x000D_ that libxlsxwriter writes; unescape() decodes it, as Excel
  and LibreOffice do.
- CSV, read by Python's csv module: every such text carries pira's leading apostrophe
  (`pira extract -o x.csv`, `pira score --format csv`), and pira reads its own CSV back to the
  same values: the canonical table extracted as CSV, JSON lines (no guard) and xlsx, each
  imported into a fresh dataset, gives the same facts.
Usage: check_injection.py PIRA SOURCE_DIR SCRATCH_DIR"""
import csv
import glob
import os
import shutil
import sqlite3
import subprocess
import sys

import openpyxl
from openpyxl.utils.escape import unescape

pira, source, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
START = ("=", "+", "-", "@", "\t", "\r", "\n")
MARKERS = ("HYPERLINK", "SOMMA", "cmd|", "A1*2")  # in no formula pira writes
injection = os.path.join(source, "tests", "workbook", "injection.csv")
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)
    return condition


def run(*args):
    r = subprocess.run([pira, *args], capture_output=True, text=True, check=False)
    check(r.returncode == 0, "pira %s: exit %d %s" % (" ".join(args), r.returncode, r.stderr[-500:]))
    return r


def formula_like(paths):
    """(texts of the formula-like cells, problems) over every sheet of the workbooks."""
    texts, problems = set(), []
    for path in paths:
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if not isinstance(c.value, str):
                        continue
                    where = "%s#%s!%s" % (os.path.basename(path), ws.title, c.coordinate)
                    if c.data_type == "f":
                        if any(m in c.value for m in MARKERS):
                            problems.append("%s: a formula holds the text: %r" % (where, c.value))
                        continue
                    text = unescape(c.value)
                    if text.startswith(START):
                        texts.add(text)
                        if c.data_type != "s":
                            problems.append("%s: %r is of type %r" % (where, text, c.data_type))
    return texts, problems


def expect_text(label, paths, expected):
    texts, problems = formula_like(paths)
    for p in problems:
        check(False, "%s: %s" % (label, p))
    missing = sorted(expected - texts)
    check(not missing, "%s: texts not found as text cells: %r" % (label, missing))
    print("%-26s %3d formula-like text cells, all strings; %d expected found"
          % (label, len(texts), len(expected) - len(missing)))


with open(injection, newline="", encoding="utf-8") as f:
    table = list(csv.DictReader(f, delimiter=";"))
raw = {v for row in table for v in row.values() if v.startswith(START)}
check(any(v.startswith(("\t", "\r", "\n")) for v in raw), "injection.csv lacks tab, CR or LF")


def stored(*columns):
    """The values of `columns` as the dataset keeps them (trimmed)."""
    return {row[c].strip() for row in table for c in columns if row[c].strip().startswith(START)}


# 1. The dataset's workbooks: report and department workbooks.
db = os.path.join(scratch, "injection.db")
run("import", injection, "--db", db)
report = os.path.join(scratch, "report.xlsx")
run("report", "--db", db, "-o", report)
expect_text("pira report", [report],
            stored("area", "strategic_objective", "objective_name", "indicator_name"))
departments = os.path.join(scratch, "department")
run("export", "--db", db, "--all", "--year", "2025", "--mode", "consuntivo", "-o", departments)
sent = sorted(glob.glob(os.path.join(departments, "*.xlsx")))
check(len(sent) == 3, "pira export --all wrote %d workbooks" % len(sent))
expect_text("pira export", sent, stored("strategic_objective", "objective_name", "department",
                                        "formula", "indicator_name"))

# 2. The annotated copy keeps the cells as the file has them, leading tab, CR and LF included.
annotated = os.path.join(scratch, "annotated.xlsx")
run("validate", injection, "--format", "xlsx", "-o", annotated)
expect_text("pira validate --format xlsx", [annotated], raw)

# 3. The canonical table written by pira extract, from a workbook with formula-like texts.
workbook = os.path.join(scratch, "pira2026-formule.xlsx")
wb = openpyxl.load_workbook(os.path.join(source, "samples", "workbooks", "pira2026.xlsx"))
ws = wb.worksheets[0]
planted = {"B2": '=HYPERLINK("http://x";"clic") obiettivo', "B5": "@Area formule",
           "A8": "=1+1 attività", "A9": "+39 servizi", "A10": "-A1 grado"}
for ref, text in planted.items():
    ws[ref].value = text
    ws[ref].data_type = "s"  # openpyxl would write a text starting with "=" as a formula
wb.save(workbook)
outputs = {ext: os.path.join(scratch, "estratto." + ext) for ext in ("csv", "jsonl", "xlsx")}
for out in outputs.values():
    run("extract", workbook, "-o", out)
expect_text("pira extract -o x.xlsx", [outputs["xlsx"]], set(planted.values()))

# 4. CSV: guarded as written, the same values read back.
def guarded_cells(path, delimiter=","):
    with open(path, newline="", encoding="utf-8") as f:
        cells = [c for row in csv.reader(f, delimiter=delimiter) for c in row]
    bare = [c for c in cells if c.startswith(START) and not _plain_number(c)]
    return cells, bare


def _plain_number(text):
    try:
        float(text.rstrip("%").replace(",", "."))
        return True
    except ValueError:
        return text == "-"


cells, bare = guarded_cells(outputs["csv"])
check(not bare, "pira extract -o x.csv: unguarded cells %r" % bare)
check(all("'" + t in cells for t in planted.values()), "pira extract -o x.csv: guard missing")
score_csv = run("score", "--db", db, "--format", "csv").stdout
rows = list(csv.reader(score_csv.splitlines()))
names = [c for r in rows[1:] for c in r[1:4]]
check(not [c for c in names if c.startswith(START)], "pira score --format csv: unguarded %r" % names)
check("'+39 indicatore" in names and "'=1+1 indicatore" in names,
      "pira score --format csv: the indicators' guarded names")


def facts(path):
    d = os.path.join(scratch, os.path.basename(path) + ".db")
    run("import", path, "--db", d)
    con = sqlite3.connect(d)
    try:
        return sorted(con.execute("SELECT i.stable_id, f.field, f.text, f.value, f.source_ref "
                                  "FROM facts f JOIN indicators i ON i.id = f.indicator_id"))
    finally:
        con.close()


loaded = {ext: facts(path) for ext, path in outputs.items()}
check(len(loaded["csv"]) > 20, "the extracted CSV loaded %d values" % len(loaded["csv"]))
check(loaded["csv"] == loaded["jsonl"], "CSV and JSON lines load different values: %r" %
      sorted(set(loaded["csv"]) ^ set(loaded["jsonl"]))[:6])
check(loaded["csv"] == loaded["xlsx"], "CSV and xlsx load different values: %r" %
      sorted(set(loaded["csv"]) ^ set(loaded["xlsx"]))[:6])
texts = {t[2] for t in loaded["csv"]}
check(set(planted.values()) <= texts, "the planted texts after the CSV round trip: %r"
      % sorted(set(planted.values()) - texts))
print("round trip: %d values from the extracted CSV, the same from JSON lines and xlsx"
      % len(loaded["csv"]))

print("%d failures" % len(failures))
sys.exit(1 if failures else 0)
