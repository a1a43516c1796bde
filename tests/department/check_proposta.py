#!/usr/bin/env python3
"""End to end: the proposta round trip with the department heads (docs/round-trip.md).

samples/pira2026/indicatori.csv (112 indicators, 18 objectives, four areas) is imported as the
PIRA 2026 and `pira export --mode proposta --year 2026 --all` writes one workbook per area.
In the workbook of Promozione e Sviluppo Economico, openpyxl changes two targets (a 2026 one
as a comparator and a value, a 2027 one as Italian text), the weights of one objective (30, 30,
40, one of them typed `40,00`), and adds one indicator in the `Nuovi indicatori` band (objective
code of the area, name, formula, unit, three targets, weight, note) lowering its objective's
other weights so that the sum stays 100. `pira import`: exit 0, the printed counts (2 targets,
6 weights, 1 new indicator), and in the dataset's SQLite file the new targets and weights, the
old ones in the history, the new indicator under its objective with the area, its targets,
weight, unit and formula; every other value of the dataset unchanged; the return a document
`Proposta 2026 – <area>`.
Then the workbook of another area with the weights of an objective no longer summing to 100:
exit 1, the weights error of `pira score` naming the objective, and nothing loaded (documents,
indicators, facts and history counted, and the dataset file's bytes, before and after).

Usage: check_proposta.py PIRA SOURCE_DIR WORK_DIR"""
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import department_common as dc  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

pira_binary, source, scratch = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(
    sys.argv[3])
dc.fresh_dir(scratch)
checks = dc.Checks("check_proposta")
pira = dc.Pira(pira_binary, scratch)
db = os.path.join(scratch, "pira.db")
YEAR = 2026
PLAN_YEARS = (2026, 2027, 2028)
sample = os.path.join(source, "samples", "pira2026", "indicatori.csv")
PROMOZIONE = "Promozione e Sviluppo Economico"
SEGRETARIO = "Segretario Generale"

# 1. The PIRA 2026 in the dataset.
done = pira.run("import", "--db", db, "--ente", dc.ENTE, "--year", str(YEAR), "--document",
                "PIRA 2026", sample)
if done.returncode != 0:
    checks.fatal("import of the PIRA 2026 sample: " + dc.describe(done))
rows = dc.read_csv(sample)
indicators = dc.db_indicators(db)
checks.equal(len(indicators), len(rows), "indicators of the PIRA 2026 in the dataset")
areas = {}
for ind in indicators.values():
    dept = ind["facts"]["department"][0]
    areas.setdefault(dc.fold(dept), dept)
checks.equal(len(areas), 4, "areas (departments without case) of the PIRA 2026: %s"
             % sorted(areas.values()))

# 2. The export.
out = os.path.join(scratch, "inviati")
done = pira.run("export", "--db", db, "--all", "--year", str(YEAR), "--mode", "proposta",
                "-o", out)
if done.returncode != 0:
    checks.fatal("pira export --mode proposta --all: " + dc.describe(done))
expected_names = sorted(dc.export_name(YEAR, "proposta", a) for a in areas.values())
written = sorted(os.listdir(out)) if os.path.isdir(out) else []
checks.equal(written, expected_names, "workbooks of pira export --mode proposta --all")
name = dc.export_name(YEAR, "proposta", PROMOZIONE)
other_name = dc.export_name(YEAR, "proposta", SEGRETARIO)
for n in (name, other_name):
    if n not in written:
        checks.fatal("no workbook %s" % n)

TARGETS = ["Target %d" % y for y in PLAN_YEARS]


def open_proposta(path):
    """The sheet, its rows mapped to the dataset, and the rows of the Nuovi indicatori band."""
    sheet = dc.Sheet(checks, path)
    label = os.path.basename(path)
    for header in ["Codice obiettivo", "Indicatore", "Formula", "UdM", "Peso",
                   "Somma pesi obiettivo", "Note"] + TARGETS:
        sheet.col(checks, header)
    for header in ("Consuntivo", "Performance", "Performance obiettivo"):
        checks.check(header not in sheet.columns, "%s: a proposta has a column %s"
                     % (label, header))
    mapped = dc.map_rows(checks, sheet, indicators, label)
    ws = sheet.ws
    band = None
    for r in range(sheet.rows[-1] + 1 if sheet.rows else dc.FIRST_ROW, ws.max_row + 1):
        if any(isinstance(c.value, str) and "Nuovi indicatori" in c.value for c in ws[r]):
            band = r
            break
    if band is None:
        checks.fatal("%s: no «Nuovi indicatori» band below the indicators" % label)
    code_col = sheet.col(checks, "Codice obiettivo")
    new_rows = [r for r in range(band + 1, ws.max_row + 1)
                if ws.cell(r, code_col).protection.locked is False]
    checks.equal(len(new_rows), 20, label + ": unlocked rows in the Nuovi indicatori band")
    for r in new_rows:
        for header in ["Codice obiettivo", "Indicatore", "Formula", "UdM", "Peso", "Note"] + \
                TARGETS:
            cell = sheet.cell(checks, r, header)
            checks.check(cell.protection.locked is False and cell.value in (None, ""),
                         "%s %s (%s, new rows): not an empty unlocked cell"
                         % (label, cell.coordinate, header))
    for r in sheet.rows:
        for header in TARGETS + ["Peso", "Note"]:
            cell = sheet.cell(checks, r, header)
            checks.check(cell.protection.locked is False,
                         "%s %s (%s): editable cell locked" % (label, cell.coordinate, header))
        for header in ("Codice obiettivo", "Indicatore", "Formula", "UdM"):
            cell = sheet.cell(checks, r, header)
            checks.check(cell.protection.locked is not False,
                         "%s %s (%s): locked field unlocked" % (label, cell.coordinate, header))
        formula = sheet.value(checks, r, "Somma pesi obiettivo")
        checks.check(isinstance(formula, str) and formula.startswith("="),
                     "%s row %d: Somma pesi obiettivo is not a formula: %r" % (label, r, formula))
    # The sums pira cached are the dataset's: the weights of each objective added up.
    cached = dc.Sheet(checks, path, data_only=True)
    for r, ind in mapped.items():
        expected = sum(float(i["facts"]["weight"][1]) for i in indicators.values()
                       if i["objective_code"] == ind["objective_code"])
        got = cached.value(checks, r, "Somma pesi obiettivo")
        checks.check(isinstance(got, (int, float)) and abs(got - expected) < 1e-9,
                     "%s row %d: Somma pesi obiettivo cached %r, the weights of %s sum to %r"
                     % (label, r, got, ind["objective_code"], expected))
    return sheet, mapped, new_rows


def put_weight(cell, points, as_text=False):
    """A weight typed as the cell shows it: percent points, or a fraction where the cell has
    a percent format."""
    if as_text:
        cell.value = dc.italian_number(points)
    elif "%" in (cell.number_format or ""):
        cell.value = points / 100
    else:
        cell.value = points


def number_target(value):
    """('>=', 40.0) for the machine form '>= 40', None for other targets."""
    m = re.fullmatch(r"(>=|<=|=|>|<)?\s*(-?\d+(?:\.\d+)?)", value or "")
    return (m.group(1) or "", float(m.group(2))) if m else None


sheet, mapped, new_rows = open_proposta(os.path.join(out, name))
by_objective = {}
for r in sheet.rows:
    if r in mapped:
        by_objective.setdefault(mapped[r]["objective_code"], []).append(r)
for code in ("01_01_OS01", "01_02_OS01", "01_05_OS01"):
    if code not in by_objective:
        checks.fatal("%s: objective %s not on the sheet (%s)" % (name, code,
                                                                 sorted(by_objective)))

# 3. The dirigente's proposal.
expected_facts = {}  # indicator id -> {field: machine value}
changed_targets = []
changed_weights = []
# (a) the weights of 01_02_OS01: 30, 30, 40 (the last typed as Italian text)
for r, points in zip(by_objective["01_02_OS01"], (30, 30, 40)):
    put_weight(sheet.cell(checks, r, "Peso"), points, as_text=points == 40)
    expected_facts.setdefault(mapped[r]["id"], {})["weight"] = points
    changed_weights.append(r)
checks.equal(len(by_objective["01_02_OS01"]), 3, "indicators of 01_02_OS01")
# (b) a 2026 target as comparator and value, a 2027 target as Italian text
rows_n = [r for r in sheet.rows if r in mapped and mapped[r]["facts"]["unit"][1] == "n."]
first = next(r for r in rows_n if (number_target(mapped[r]["facts"]["target_2026"][1]) or
                                   ("", None))[0] == ">=")
op, value = number_target(mapped[first]["facts"]["target_2026"][1])
sheet.cell(checks, first, "Target 2026").value = ">= %d" % (value + 1)
expected_facts.setdefault(mapped[first]["id"], {})["target_2026"] = ">= %d" % (value + 1)
changed_targets.append((first, "Target 2026"))
second = next(r for r in rows_n if r != first and "target_2027" in mapped[r]["facts"]
              and number_target(mapped[r]["facts"]["target_2027"][1]) is not None
              and mapped[r]["objective_code"] != "01_01_OS01")
op, value = number_target(mapped[second]["facts"]["target_2027"][1])
sheet.cell(checks, second, "Target 2027").value = "%s%s N." % (
    op + " " if op else "", dc.italian_number(value + 5))
expected_facts.setdefault(mapped[second]["id"], {})["target_2027"] = (
    "%s %s" % (op, int(value + 5)) if op else "%d" % (value + 5))
changed_targets.append((second, "Target 2027"))
# (c) a new indicator of 01_01_OS01 weighing 10, the others 30 each
for r in by_objective["01_01_OS01"]:
    put_weight(sheet.cell(checks, r, "Peso"), 30)
    expected_facts.setdefault(mapped[r]["id"], {})["weight"] = 30
    changed_weights.append(r)
checks.equal(len(by_objective["01_01_OS01"]), 3, "indicators of 01_01_OS01")
NEW_NAME = "Imprese accompagnate nella doppia transizione"
new = new_rows[0]
new_values = {"Codice obiettivo": "01_01_OS01", "Indicatore": NEW_NAME,
              "Formula": "Numero di imprese accompagnate nell'anno dal PID",
              "UdM": "n.", "Target 2026": ">= 5", "Target 2027": ">= 6",
              "Target 2028": ">= 7", "Note": "Proposto dal dirigente"}
for header, value in new_values.items():
    sheet.cell(checks, new, header).value = value
put_weight(sheet.cell(checks, new, "Peso"), 10)
returned = dc.fresh_dir(os.path.join(scratch, "restituiti"))
path = os.path.join(returned, name)
sheet.save(path)

# 4. The return.
before_indicators = dc.db_indicators(db)
before = dc.db_counts(db)
done = pira.run("import", "--db", db, path)
if done.returncode != 0:
    checks.fatal("import of the proposta: " + dc.describe(done))
print(done.stdout.strip())
line = dc.summary_line(done.stdout, name, "nuov")
if checks.check(line is not None, "no summary line for %s:\n%s" % (name, done.stdout)):
    counts = dc.counts_of(line)
    checks.equal(dc.count(counts, "target"), len(changed_targets), name + ": targets changed")
    checks.equal(dc.count(counts, "pes"), len(changed_weights), name + ": weights changed")
    checks.equal(dc.count(counts, "nuov", "indicator"), 1, name + ": nuovi indicatori")
    checks.equal(dc.count(counts, "modific"), len(changed_targets) + len(changed_weights),
                 name + ": values changed (targets and weights)")
after = dc.db_counts(db)
checks.equal(after["documents"] - before["documents"], 1, "documents added by the return")
checks.equal(after["indicators"] - before["indicators"], 1, "indicators added by the return")
checks.equal(after["history"] - before["history"], len(changed_targets) + len(changed_weights),
             "values moved to the history by the return")
documents = dc.db_documents(db)
checks.equal(documents[-1]["title"], "Proposta %d – %s" % (YEAR, PROMOZIONE),
             "title of the return's document")
return_doc = documents[-1]["id"]

now = dc.db_indicators(db)
history = dc.db_history(db)
targets_cells = {mapped[r]["id"]: (r, header) for r, header in changed_targets}
for stable, ind in before_indicators.items():
    got = now.get(stable)
    if not checks.check(got is not None, "indicator %s gone after the return" % stable):
        continue
    label = "%s (%s)" % (ind["facts"]["indicator_name"][0], ind["objective_code"])
    changes = expected_facts.get(ind["id"], {})
    for field, (text, value, doc, ref) in ind["facts"].items():
        text2, value2, doc2, ref2 = got["facts"].get(field, (None, None, None, None))
        if field not in changes:
            checks.equal((text2, value2), (text, value), "%s %s unchanged" % (label, field))
            continue
        expected = changes[field]
        if field == "weight":
            ok = value2 is not None and abs(float(value2) - expected) < 1e-9
        else:
            ok = value2 == expected
        checks.check(ok, "%s %s: %r (%r) in the dataset, the workbook proposes %r"
                     % (label, field, value2, text2, expected))
        checks.equal(doc2, return_doc, "%s %s: document of the new value" % (label, field))
        checks.check(ref2 is not None and ref2.startswith(name + "#Indicatori!"),
                     "%s %s: source_ref %r" % (label, field, ref2))
        checks.check(any(h["indicator_id"] == ind["id"] and h["field"] == field
                         and (h["text"], h["value"]) == (text, value)
                         and h["replaced_by_doc"] == return_doc for h in history),
                     "%s %s: the old value %r not in the history" % (label, field, text))
    for field, (text2, value2, doc2, ref2) in got["facts"].items():
        checks.check(field in ind["facts"] or field in changes,
                     "%s: a value %s = %r (%s) the dirigente did not propose, from %s"
                     % (label, field, text2, ref2, "the return" if doc2 == return_doc
                        else "document %s" % doc2))
    if ind["id"] in targets_cells:
        r, header = targets_cells[ind["id"]]
        field = "target_" + header.split()[1]
        cellref = "%s%d" % (get_column_letter(sheet.col(checks, header)), r)
        checks.equal(got["facts"].get(field, (None,) * 4)[3], "%s#Indicatori!%s" % (name, cellref),
                     "%s %s: source_ref" % (label, field))

# `pira score --year 2026` scores `target` where it has a value, `target_2026` only where it
# has none: the two must not disagree.
for ind in now.values():
    if "target" in ind["facts"] and "target_%d" % YEAR in ind["facts"]:
        t, t_year = ind["facts"]["target"], ind["facts"]["target_%d" % YEAR]
        checks.check(t[1] == t_year[1],
                     "%s (%s): target %r (%s) but target_%d %r (%s): pira score --year %d "
                     "would score the first" % (ind["facts"]["indicator_name"][0],
                                               ind["objective_code"], t[1], t[3], YEAR,
                                               t_year[1], t_year[3], YEAR))

added = [i for s, i in now.items() if s not in before_indicators]
if checks.check(len(added) == 1, "one new indicator in the dataset: %s" % added):
    ind = added[0]
    facts = {f: v[1] for f, v in ind["facts"].items()}
    texts = {f: v[0] for f, v in ind["facts"].items()}
    checks.equal(ind["objective_code"], "01_01_OS01", "the new indicator's objective")
    checks.equal(texts.get("indicator_name"), NEW_NAME, "the new indicator's name")
    checks.equal(dc.fold(texts.get("department")), dc.fold(PROMOZIONE),
                 "the new indicator's department")
    checks.equal(texts.get("formula"), new_values["Formula"], "the new indicator's formula")
    checks.equal(facts.get("unit"), "n.", "the new indicator's unit")
    for year, target in zip(PLAN_YEARS, (">= 5", ">= 6", ">= 7")):
        checks.equal(facts.get("target_%d" % year), target,
                     "the new indicator's target %d" % year)
    checks.check(facts.get("weight") is not None and abs(float(facts["weight"]) - 10) < 1e-9,
                 "the new indicator's weight: %r" % facts.get("weight"))
    ref = ind["facts"].get("indicator_name", (None,) * 4)[3]
    checks.equal(ref, "%s#Indicatori!%s%d" % (name, get_column_letter(
        sheet.col(checks, "Indicatore")), new), "the new indicator's source_ref")
    weights = [float(i["facts"]["weight"][1]) for i in now.values()
               if i["objective_code"] == "01_01_OS01"]
    checks.check(abs(sum(weights) - 100) < 1e-9,
                 "weights of 01_01_OS01 in the dataset: %s" % weights)

# 5. Weights of an objective that no longer sum to 100: refused, nothing loaded.
bad_sheet, bad_mapped, _ = open_proposta(os.path.join(out, other_name))
rows_01_04 = [r for r in bad_sheet.rows if r in bad_mapped
              and bad_mapped[r]["objective_code"] == "01_04_OS01"]
if not rows_01_04:
    checks.fatal("%s: no row of 01_04_OS01" % other_name)
put_weight(bad_sheet.cell(checks, rows_01_04[0], "Peso"), 30)  # 20 -> 30: the sum is 110
bad_path = os.path.join(returned, other_name)
bad_sheet.save(bad_path)
before = dc.db_counts(db), dc.sha256_file(db)
done = pira.run("import", "--db", db, bad_path)
checks.equal(done.returncode, 1, "import of a proposta whose weights sum to 110: "
             + dc.describe(done))
checks.check("la somma dei pesi non è 100" in done.stderr and "01_04_OS01" in done.stderr,
             "the weights error of pira score naming 01_04_OS01: " + dc.describe(done))
checks.equal(dc.db_counts(db), before[0], "dataset counts after the refused proposta")
checks.equal(dc.sha256_file(db), before[1], "the dataset file's bytes after the refused proposta")

checks.finish()
