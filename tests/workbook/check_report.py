#!/usr/bin/env python3
"""Independent reader test of `pira report`: openpyxl (Debian's python3-openpyxl) reads the
consolidated workbook and its figures must equal `pira score --format json` on the same
dataset. Usage: check_report.py PIRA SOURCE_DIR SCRATCH_DIR"""
import json
import os
import shutil
import subprocess
import sys

import openpyxl

pira, source, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
db = os.path.join(scratch, "pira.db")
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def run(*args):
    return subprocess.run([pira, *args], capture_output=True, text=True, check=False)


def header(ws):
    return [c.value for c in ws[1]]


def rows(ws):
    names = header(ws)
    return [dict(zip(names, r)) for r in ws.iter_rows(min_row=2, values_only=True)]


# 1. The Relazione 2025 sample: every figure of the workbook equals pira score's.
sample = os.path.join(source, "samples", "relazione2025", "indicatori.csv")
check(run("import", sample, "--db", db).returncode == 0, "import of the sample")
xlsx = os.path.join(scratch, "report.xlsx")
r = run("report", "--db", db, "--year", "2025", "-o", xlsx)
check(r.returncode == 0, "pira report exit code: %d %s" % (r.returncode, r.stderr))
score = json.loads(run("score", "--db", db, "--year", "2025", "--format", "json").stdout)

wb = openpyxl.load_workbook(xlsx)
expected_sheets = ["Ente", "Aree strategiche", "Obiettivi strategici", "Obiettivi",
                   "Indicatori", "Validazione", "Fonti"]
check(wb.sheetnames == expected_sheets, "sheets: %s" % wb.sheetnames)

objectives = wb["Obiettivi"]
for name in ["Codice", "Obiettivo", "Obiettivo strategico", "Peso", "Performance", "Esito"]:
    check(name in header(objectives), "Obiettivi lacks column %s" % name)
by_code = {r["Codice"]: r for r in rows(objectives)}
check(len(by_code) == len(score["objectives"]), "objective count")
for o in score["objectives"]:
    row = by_code.get(o["code"])
    check(row is not None, "objective %s missing" % o["code"])
    if row is None:
        continue
    check(isinstance(row["Performance"], float) or isinstance(row["Performance"], int),
          "%s performance is not a number" % o["code"])
    check(abs(row["Performance"] * 100 - o["performance"]) < 1e-9,
          "%s: %s vs %s" % (o["code"], row["Performance"], o["performance"]))
    check(row["Esito"] == o["status"], "%s status" % o["code"])
check(objectives["F2"].number_format == "0.00%", "percent format")
check(objectives.freeze_panes == "A2", "frozen header")
check(objectives.auto_filter.ref is not None, "autofilter")
check(len(objectives._charts) == 1, "bar chart")
rules = [rule for rng in objectives.conditional_formatting for rule in rng.rules]
check(len(rules) == 3, "traffic lights: %d rules" % len(rules))

strategic = {r["Obiettivo strategico"]: r for r in rows(wb["Obiettivi strategici"])}
for s in score["strategic_objectives"]:
    check(abs(strategic[s["name"]]["Performance"] * 100 - s["performance"]) < 1e-9,
          "strategic %s" % s["name"])
check(abs(strategic["Digitalizzazione, nuove tecnologie ed innovazione"]["Performance"]
          - 0.9771) < 1e-12, "97,71 % of Digitalizzazione")
areas = {r["Area strategica"]: r for r in rows(wb["Aree strategiche"])}
for a in score["areas"]:
    check(abs(areas[a["name"]]["Performance"] * 100 - a["performance"]) < 1e-9, "area")
ente = rows(wb["Ente"])[0]
check(abs(ente["Performance"] * 100 - score["ente"]["performance"]) < 1e-9, "ente figure")
check(ente["Anno"] == 2025, "ente year")
indicators = rows(wb["Indicatori"])
check(len(indicators) == len(score["indicators"]), "indicator count")
for got, want in zip(indicators, score["indicators"]):
    if want["performance"] is None:
        check(got["Performance"] is None and got["Consuntivo"] == "N/D", "excluded indicator")
    else:
        check(abs(got["Performance"] * 100 - want["performance"]) < 1e-6, "indicator figure")
findings = rows(wb["Validazione"])
check(len(findings) == 2 and all(f["Codice"] == "actual_not_available" for f in findings),
      "Validazione lists the two N/D indicators")
sources = rows(wb["Fonti"])
check(len(sources) == 1 and sources[0]["File"] == "indicatori.csv", "Fonti")

# 2. Text that looks like a formula stays text.
db2 = os.path.join(scratch, "injection.db")
check(run("import", os.path.join(source, "tests", "workbook", "injection.csv"), "--db", db2)
      .returncode == 0, "import of injection.csv")
xlsx2 = os.path.join(scratch, "injection.xlsx")
check(run("report", "--db", db2, "-o", xlsx2).returncode == 0, "report of injection.csv")
wb2 = openpyxl.load_workbook(xlsx2)
cells = [c for ws in wb2.worksheets for row in ws.iter_rows() for c in row
         if isinstance(c.value, str) and c.value[:1] in "=+@"]
check(len(cells) >= 4, "formula-like texts found: %d" % len(cells))
check(all(c.data_type == "s" for c in cells), "a formula-like text was written as a formula")

for f in failures:
    print("FAIL:", f)
checked = 1 + len(score["objectives"]) + len(score["strategic_objectives"])
print("%d passed, %d failed" % (checked if not failures else 0, len(failures)))
sys.exit(1 if failures else 0)
