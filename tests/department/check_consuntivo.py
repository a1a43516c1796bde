#!/usr/bin/env python3
"""End to end: the consuntivo round trip with the department heads (docs/round-trip.md).

From samples/relazione2025/indicatori.csv (82 indicators, 13 objectives) a plan is built without
the actuals and with a `department` column (three areas, each objective inside one) and imported;
`pira export --all --mode consuntivo` writes one workbook per area; openpyxl fills `Consuntivo`
from the sample's actuals the way a dirigente would (Italian text `1.003 N.`, `61,19 %`, `7,20`,
plain numbers, fractions in percent-formatted cells, real dates, text dates, `N/D`, one left
empty) and a few `Note`; one workbook is then re-saved by LibreOffice as xlsx, another converted
to ods. `pira import` takes the three back, and then:
- each import line counts as new the values filled, none changed, the empty one as empty;
- every actual is stored with the file and `Indicatori!<cell>` as its source, text as typed;
- `pira score --db --year 2025` gives exactly the figures of `pira score` on the complete
  sample (indicators, objectives, strategic objectives, areas, ente), and the objectives and the
  strategic objective the Relazione publishes (obiettivi-pubblicati.csv) to the cent;
- one workbook returned again with one actual changed: exit 0, one value changed, the new value
  current, the old one in the history, the earlier return replaced; the same bytes a third time
  change nothing.

Usage: check_consuntivo.py PIRA SOURCE_DIR WORK_DIR"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import department_common as dc  # noqa: E402

pira_binary, source, scratch = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
dc.fresh_dir(scratch)
checks = dc.Checks("check_consuntivo")
pira = dc.Pira(pira_binary, scratch)
db = os.path.join(scratch, "pira.db")
YEAR = 2025
published = os.path.join(source, "samples", "relazione2025", "obiettivi-pubblicati.csv")
PROMOZIONE, REGOLAZIONE, SEGRETERIA = dc.PROMOZIONE, dc.REGOLAZIONE, dc.SEGRETERIA

# 1-2. The reference (the complete sample scored directly) and the plan in the dataset: the
# sample without actuals, with a department and the unit a plan states.
relazione = dc.Relazione2025(checks, pira, source, db)
reference, by_position = relazione.reference, relazione.by_position
indicators, sample_of = relazione.indicators, relazione.sample_of
done = pira.run("score", "--db", db, "--year", str(YEAR), "--format", "json")
checks.equal(done.returncode, 1, "pira score --db on a dataset with the plan only (no actual)")

# 3. The export.
out = os.path.join(scratch, "inviati")
done = pira.run("export", "--db", db, "--status", "--year", str(YEAR))
checks.equal(done.returncode, 0, "pira export --status before any export: " + done.stderr)
done = pira.run("export", "--db", db, "--all", "--year", str(YEAR), "--mode", "consuntivo",
                "-o", out)
if done.returncode != 0:
    checks.fatal("pira export --all: " + dc.describe(done))
areas = dc.AREAS_2025
names = {area: dc.export_name(YEAR, "consuntivo", area) for area in areas}
written = sorted(os.listdir(out)) if os.path.isdir(out) else []
checks.equal(written, sorted(names.values()), "workbooks written by pira export --all")
for area in areas:
    if names[area] not in written:
        checks.fatal("no workbook %s for %s" % (names[area], area))
done = pira.run("export", "--db", db, "--status", "--year", str(YEAR))
checks.check(done.returncode == 0 and done.stdout.count("in attesa") >= 3,
             "pira export --status after the export lists the 3 areas «in attesa»: "
             + dc.describe(done))

# 4. The dirigenti fill the workbooks.
returned = dc.fresh_dir(os.path.join(scratch, "restituiti"))
filled = {}      # file name -> {sheet row: (indicator id, text typed or None)}
empty = {}       # file name -> rows left empty
notes = {}       # file name -> notes typed
forms_used = {}
seen_missing = [0]
form_counter = {}
consuntivo_col = {}
for area in areas:
    name = names[area]
    sheet = dc.Sheet(checks, os.path.join(out, name))
    checks.equal(sheet.wb.sheetnames, ["Istruzioni", "Indicatori", "_liste", "_pira"],
                 name + ": sheets")
    mapped = dc.map_rows(checks, sheet, indicators, name)
    expected = relazione.of_area(area)
    checks.equal([mapped.get(r, {}).get("id") for r in sheet.rows], [i["id"] for i in expected],
                 name + ": the area's indicators, sorted by objective code then dataset order")
    col = sheet.col(checks, "Consuntivo")
    consuntivo_col[name] = col
    filled[name], empty[name], notes[name] = {}, [], 0
    for n, r in enumerate(sheet.rows):
        if r not in mapped:
            continue
        ind = mapped[r]
        row, scored = sample_of[ind["id"]]
        checks.equal(sheet.value(checks, r, "Codice obiettivo"), ind["objective_code"],
                     "%s row %d: Codice obiettivo" % (name, r))
        cell = sheet.ws.cell(r, col)
        checks.check(cell.value in (None, ""), "%s row %d: Consuntivo not empty on export: %r"
                     % (name, r, cell.value))
        machine = scored["actual"]
        kind = dc.kind_of(machine)
        if kind == "missing":
            seen_missing[0] += 1
            if seen_missing[0] == 1:
                cell.value = "N/D"
                filled[name][r] = (ind["id"], "N/D")
                forms_used["N/D"] = forms_used.get("N/D", 0) + 1
            else:
                empty[name].append((r, ind["id"]))
                forms_used["left empty"] = forms_used.get("left empty", 0) + 1
            continue
        form = form_counter.get(kind, 0) % 3
        form_counter[kind] = form_counter.get(kind, 0) + 1
        typed = dc.put_value(cell, machine, ind["facts"].get("unit", ("", ""))[1], form)
        label = "%s %s" % (kind, "text" if typed is not None else "cell")
        forms_used[label] = forms_used.get(label, 0) + 1
        filled[name][r] = (ind["id"], typed)
        if n % 6 == 0:
            notes[name] += 1
            sheet.cell(checks, r, "Note").value = "Dato verificato dall'ufficio; riga %d è ok" % r
    sheet.save(os.path.join(returned, name))
print("values typed: " + ", ".join("%s %d" % kv for kv in sorted(forms_used.items())))
checks.equal(sum(len(v) for v in filled.values()) + sum(len(v) for v in empty.values()), 82,
             "rows filled or left empty over the three workbooks")
checks.check(seen_missing[0] == 2, "the sample's two N/D actuals met (%d)" % seen_missing[0])

# 5. One workbook re-saved by LibreOffice as xlsx, another converted to ods.
profile = os.path.join("/tmp", "lo-e2e-%d" % os.getpid())
try:
    lo_xlsx = dc.soffice(checks, [os.path.join(returned, names[REGOLAZIONE])],
                         os.path.join(scratch, "lo-xlsx"), "xlsx:Calc MS Excel 2007 XML",
                         profile)[0]
    lo_ods = dc.soffice(checks, [os.path.join(returned, names[SEGRETERIA])],
                        os.path.join(scratch, "lo-ods"), "ods", profile)[0]
finally:
    dc.shutil.rmtree(profile, ignore_errors=True)
files = {names[PROMOZIONE]: os.path.join(returned, names[PROMOZIONE]),
         names[REGOLAZIONE]: lo_xlsx, names[SEGRETERIA]: lo_ods}
ref_name = {names[PROMOZIONE]: names[PROMOZIONE], names[REGOLAZIONE]: names[REGOLAZIONE],
            names[SEGRETERIA]: os.path.basename(lo_ods)}

# 6. pira import takes them back.
before = dc.db_counts(db)
done = pira.run("import", "--db", db, *files.values())
if done.returncode != 0:
    checks.fatal("pira import of the returned workbooks: " + dc.describe(done))
print(done.stdout.strip())
for name, path in files.items():
    base = os.path.basename(path)
    line = dc.summary_line(done.stdout, base, "nuov")
    if not checks.check(line is not None, "no line with the counts for %s in:\n%s"
                        % (base, done.stdout)):
        continue
    counts = dc.counts_of(line)
    new_actuals = dc.count(counts, "consuntiv", "nuov")
    checks.check(new_actuals == len(filled[name]),
                 "%s: %d actuals filled, %d notes; the line counts %s (docs/round-trip.md: "
                 "«consuntivi nuovi»):\n%s" % (base, len(filled[name]), notes[name], counts, line))
    checks.equal(dc.count(counts, "modific"), 0, base + ": modificati")
    checks.equal(dc.count(counts, "vuot"), len(empty[name]), base + ": vuoti")
    col = dc.openpyxl.utils.get_column_letter(consuntivo_col[name])
    for r in filled[name]:
        cellref = "%s%d" % (col, r)
        checks.check(any(dc.names_cell(l, cellref) and l != line
                         for l in done.stdout.splitlines()),
                     "%s: no line for the new value of %s" % (base, cellref))
after = dc.db_counts(db)
checks.equal(after["documents"] - before["documents"], 3, "documents added by the returns")
checks.equal(after["indicators"], before["indicators"], "indicators after the returns")
checks.equal(after["history"], before["history"], "history after the first returns")

documents = dc.db_documents(db)
titles = sorted(d["title"] for d in documents[-3:])
checks.equal(titles, sorted("Consuntivo %d – %s" % (YEAR, a) for a in areas),
             "titles of the returns' documents")

# Every actual: current, with the file and cell as source, the text as typed.
indicators = dc.db_indicators(db)
by_id = {i["id"]: i for i in indicators.values()}
for name, rows_filled in filled.items():
    col = dc.openpyxl.utils.get_column_letter(consuntivo_col[name])
    for r, (ind_id, typed) in rows_filled.items():
        fact = by_id[ind_id]["facts"].get("actual")
        what = "%s %s%d (%s)" % (name, col, r, by_id[ind_id]["facts"]["indicator_name"][0])
        if not checks.check(fact is not None, what + ": no actual in the dataset"):
            continue
        text, value, _, source_ref = fact
        file_part, _, place = source_ref.partition("#")
        checks.check(os.path.basename(file_part) == ref_name[name]
                     and place == "Indicatori!%s%d" % (col, r),
                     "%s: source_ref %r, expected %s#Indicatori!%s%d"
                     % (what, source_ref, ref_name[name], col, r))
        scored = sample_of[ind_id][1]
        checks.equal(value, scored["actual"], what + ": machine form of the actual")
        if typed is not None:
            checks.equal(text, typed, what + ": the actual's text as typed")
    for r, ind_id in empty[name]:
        checks.check("actual" not in by_id[ind_id]["facts"],
                     "%s %s%d left empty: an actual was stored: %r"
                     % (name, col, r, by_id[ind_id]["facts"].get("actual")))

# 7. The figures: the dataset's equal the complete sample's, and the Relazione's.


def compare(got, ref, label):
    checks.equal(got.get("ente"), ref.get("ente"), label + ": ente")
    for level in ("areas", "strategic_objectives"):
        g = {x["name"]: x for x in got.get(level, [])}
        e = {x["name"]: x for x in ref.get(level, [])}
        checks.equal(sorted(g), sorted(e), "%s: %s" % (label, level))
        for k in e:
            if k in g:
                checks.equal(g[k], e[k], "%s: %s %s" % (label, level, k))
    g = {x["code"]: x for x in got.get("objectives", [])}
    e = {x["code"]: x for x in ref.get("objectives", [])}
    checks.equal(sorted(g), sorted(e), label + ": objectives")
    for k in e:
        if k in g:
            checks.equal(g[k], e[k], "%s: objective %s" % (label, k))
    key = lambda x: (x["objective_code"], x["code"], x["name"])  # noqa: E731
    g = {key(x): x for x in got.get("indicators", [])}
    e = {key(x): x for x in ref.get("indicators", [])}
    checks.equal(len(g), len(e), label + ": indicators")
    for k, x in e.items():
        y = g.get(k)
        if not checks.check(y is not None, "%s: indicator %s missing" % (label, k)):
            continue
        fields = ["target", "weight", "performance", "excluded"]
        if not x["excluded"]:
            fields.append("actual")
        for f in fields:
            checks.equal(y.get(f), x.get(f), "%s: indicator %s %s" % (label, k, f))


done, figures = pira.score_json("--db", db, "--year", str(YEAR))
if figures is None:
    checks.fatal("pira score --db after the returns: " + dc.describe(done))
compare(figures, reference, "score --db after the returns vs score of the complete sample")
objectives = {o["code"]: o for o in figures["objectives"]}
strategic = {s["name"]: s for s in figures["strategic_objectives"]}
n_published = 0
for p in dc.read_csv(published):
    expected = float(p["performance"].replace(",", "."))
    level = objectives if p["level"] == "objective" else strategic
    got = level.get(p["key"], {}).get("performance")
    n_published += 1
    checks.check(got is not None and abs(got - expected) < 0.005,
                 "published %s %s: %s, the Relazione publishes %.2f"
                 % (p["level"], p["key"], got, expected))
checks.equal(n_published, 14, "published figures compared")

# 8. The same area returned again, one actual changed.
name = names[PROMOZIONE]
sheet = dc.Sheet(checks, os.path.join(returned, name))
col = consuntivo_col[name]
target_row = None
for r, (ind_id, typed) in filled[name].items():
    if dc.kind_of(sample_of[ind_id][1]["actual"]) == "percent" and typed is not None:
        target_row = r
        break
if target_row is None:
    checks.fatal("no percent actual typed as text in " + name)
ind_id = filled[name][target_row][0]
old = dc.db_indicators(db)
old_fact = next(i for i in old.values() if i["id"] == ind_id)["facts"]["actual"]
sheet.ws.cell(target_row, col).value = "12,34 %"
again = dc.fresh_dir(os.path.join(scratch, "restituiti-di-nuovo"))
path = os.path.join(again, name)
sheet.save(path)
before = dc.db_counts(db)
done = pira.run("import", "--db", db, path)
checks.equal(done.returncode, 0, "import of the workbook returned again: " + dc.describe(done))
print(done.stdout.strip())
line = dc.summary_line(done.stdout, name, "nuov")
if checks.check(line is not None, "no summary line for the second return:\n" + done.stdout):
    counts = dc.counts_of(line)
    checks.equal(dc.count(counts, "modific"), 1, "second return: modificati")
    checks.equal(dc.count(counts, "nuov"), 0, "second return: nuovi")
cellref = "%s%d" % (dc.openpyxl.utils.get_column_letter(col), target_row)
checks.check(any(dc.names_cell(l, cellref) and "12" in l
                 for l in done.stdout.splitlines() if l != line),
             "second return: no line for the changed value of %s:\n%s" % (cellref, done.stdout))
after = dc.db_counts(db)
checks.equal(after["documents"] - before["documents"], 1, "documents after the second return")
checks.equal(after["facts"], before["facts"], "facts after the second return")
checks.check(after["history"] > before["history"], "history grew with the second return")
now = {i["id"]: i for i in dc.db_indicators(db).values()}
fact = now[ind_id]["facts"]["actual"]
checks.equal((fact[0], fact[1]), ("12,34 %", "12.34%"), "the changed actual in the dataset")
checks.equal(fact[3], "%s#Indicatori!%s" % (name, cellref), "source_ref of the changed actual")
documents = dc.db_documents(db)
new_doc = documents[-1]
checks.equal(new_doc["title"], "Consuntivo %d – %s" % (YEAR, PROMOZIONE),
             "title of the second return's document")
first_return = [d for d in documents if d["id"] == old_fact[2]]
checks.check(first_return and first_return[0]["replaced_by"] == new_doc["id"],
             "the first return (document %s) is replaced by the second (%s): %s"
             % (old_fact[2], new_doc["id"], first_return))
history = [h for h in dc.db_history(db) if h["indicator_id"] == ind_id and h["field"] == "actual"]
checks.check(any((h["text"], h["value"], h["document_id"], h["source_ref"]) == old_fact
                 and h["replaced_by_doc"] == new_doc["id"] for h in history),
             "the replaced actual %r in the history (history of that actual: %s)"
             % (old_fact, history))
# Other values of the first return are still current (the new version has them too).
unchanged = [(i, t) for r, (i, t) in filled[name].items() if r != target_row]
checks.check(all(now[i]["facts"]["actual"][2] == new_doc["id"] for i, _ in unchanged),
             "the other actuals of the area now come from the second return")
done, figures = pira.score_json("--db", db, "--year", str(YEAR))
if checks.check(figures is not None, "score after the second return: " + dc.describe(done)):
    changed = [x for x in figures["indicators"] if x["name"] == now[ind_id]["facts"][
        "indicator_name"][0]]
    checks.check(changed and changed[0]["actual"] == "12.34%",
                 "score after the second return: actual of the changed indicator %s" % changed)

# The same bytes again change nothing.
before = dc.db_counts(db), dc.sha256_file(db)
done = pira.run("import", "--db", db, path)
checks.equal(done.returncode, 0, "the same workbook a third time: " + dc.describe(done))
checks.equal(dc.db_counts(db), before[0], "counts after the same bytes again")
checks.check("già caricat" in done.stdout + done.stderr,
             "the same bytes again say «già caricata»: " + dc.describe(done))

done = pira.run("export", "--db", db, "--status", "--year", str(YEAR))
checks.check(done.returncode == 0 and "in attesa" not in done.stdout,
             "pira export --status after the returns: nothing «in attesa»: " + dc.describe(done))

checks.finish()
