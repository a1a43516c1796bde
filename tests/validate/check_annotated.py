#!/usr/bin/env python3
"""The annotated workbook of `pira validate --format xlsx` (docs/validate.md), read by openpyxl
and opened by LibreOffice.

Three inputs, each validated with `--format json` (the findings expected) and with
`--format xlsx -o OUT.xlsx`:
(a) a canonical-table CSV with a weight-sum error (PESI_SOMMA) and a warning (TARGET_ND), one
    indicator named `=SOMMA(A1)`;
(b) the same rows in a workbook written by openpyxl (sheet `Indicatori`, header row 1, the
    `=SOMMA(A1)` name a text cell);
(c) a department proposta workbook: the Relazione 2025 sample as a plan with departments
    (tests/department), `pira export --mode proposta`, one objective's `Peso` cells changed by
    openpyxl to sum to 95: `pira validate` exits 1, names the objective and the
    `Indicatori!<cell>` of one of its weights (the unchanged workbook has no PESI_SOMMA there).
For each annotated workbook: openpyxl opens it; LibreOffice converts it to CSV (exit 0, a file);
the first sheet is `Validazione`; every finding of the JSON is listed there (code and place on
one row) with a hyperlink to a cell, and that cell has a comment naming the code and a fill
(red for an error, yellow for a warning); for a workbook input the linked cell is the place's
cell; the `=SOMMA(A1)` text is still text (data_type 's', value unchanged).

Usage: check_annotated.py PIRA SOURCE_DIR WORK_DIR"""
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "department"))
import department_common as dc  # noqa: E402
import openpyxl  # noqa: E402

pira_binary, source, scratch = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(
    sys.argv[3])
dc.fresh_dir(scratch)
checks = dc.Checks("check_annotated")
pira = dc.Pira(pira_binary, scratch)
FORMULA_TEXT = "=SOMMA(A1)"

# --- (a) and (b): the rows ----------------------------------------------------------------------
ENTE = dc.ENTE
SO = "Digitalizzazione, nuove tecnologie ed innovazione"
COLUMNS = ["ente", "document", "year", "strategic_objective", "objective_code", "objective_name",
           "indicator_code", "indicator_name", "unit", "target_2026", "target_2027",
           "target_2028", "weight"]
ROWS = [
    ["01_01_OS01", "La doppia transizione digitale ed ecologica", "01_01_OS01_01_2026",
     "Eventi di sensibilizzazione realizzati", "n.", ">= 4", ">= 5", ">= 6", "50"],
    ["01_01_OS01", "La doppia transizione digitale ed ecologica", "01_01_OS01_02_2026",
     FORMULA_TEXT, "%", ">= 80%", ">= 85%", ">= 90%", "40"],                # PESI_SOMMA: 90
    ["01_01_OS02", "Sportello per le imprese", "01_01_OS02_01_2026", "Pubblicazione del bando",
     "data", "entro il 30/06/2026", "entro il 30/06/2027", "entro il 30/06/2028", "40"],
    ["01_01_OS02", "Sportello per le imprese", "01_01_OS02_02_2026", "Sportello attivato",
     "si/no", "si", "si", "n.d.", "30"],                                     # TARGET_ND
    ["01_01_OS02", "Sportello per le imprese", "01_01_OS02_03_2026",
     "Tempo medio di evasione delle pratiche", "gg", "<= 5", "<= 5", "<= 4", "30"],
]
TABLE = [[ENTE, "PIRA 2026", "2026", SO] + r for r in ROWS]


def run(*args):
    return pira.run("validate", *args)


def findings_json(inp, expect_exit, label):
    """The findings of `pira validate INP --format json`."""
    out = os.path.join(scratch, os.path.basename(inp) + ".findings.json")
    done = run(inp, "--format", "json", "-o", out)
    if expect_exit is not None:
        checks.equal(done.returncode, expect_exit, "%s: exit of validate --format json (%s)"
                     % (label, done.stderr.strip()[-800:]))
    data = None
    if os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            data = json.load(f)
    elif done.stdout.strip().startswith("{"):
        data = json.loads(done.stdout)
    if data is None:
        checks.fatal("%s: no JSON written: %s" % (label, dc.describe(done)))
    return data["findings"]


def color_of(cell):
    fill = cell.fill
    if fill is None or fill.fill_type in (None, "none"):
        return None
    rgb = fill.fgColor.rgb if fill.fgColor is not None else None
    if not isinstance(rgb, str) or not re.fullmatch(r"[0-9A-Fa-f]{6,8}", rgb):
        return "?"
    r, g, b = (int(rgb[-6:][i:i + 2], 16) for i in (0, 2, 4))
    if r >= 0xC0 and g >= b + 0x20 and g >= 0xA0:
        return "yellow"
    if r >= 0xC0 and r > g + 0x18 and r > b + 0x18:
        return "red"
    return "other:" + rgb


def link_of(cell):
    """(sheet, coordinate) of an internal link on `cell` (a hyperlink, or a HYPERLINK formula)."""
    target = None
    if cell.hyperlink is not None:
        target = cell.hyperlink.location or cell.hyperlink.target
    elif isinstance(cell.value, str) and cell.value.upper().startswith("=HYPERLINK("):
        m = re.match(r'=HYPERLINK\("([^"]*)"', cell.value, re.I)
        target = m.group(1) if m else None
    if not target:
        return None
    target = target.lstrip("#")
    m = re.fullmatch(r"(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)", target)
    if not m:
        return None
    sheet = (m.group(1) or "").replace("''", "'") or m.group(2)
    return sheet, m.group(3) + m.group(4)


def check_annotated(inp, expect_exit, label, workbook_input=False):
    """Validates `inp` to an annotated xlsx and checks it; returns the JSON findings."""
    findings = findings_json(inp, expect_exit, label)
    out = os.path.join(scratch, label + "-annotato.xlsx")
    done = run(inp, "--format", "xlsx", "-o", out)
    checks.equal(done.returncode, expect_exit, "%s: exit of validate --format xlsx (%s)"
                 % (label, done.stderr.strip()[-800:]))
    if not checks.check(os.path.exists(out), "%s: no %s written: %s"
                        % (label, out, dc.describe(done))):
        return findings
    try:
        wb = openpyxl.load_workbook(out)
    except Exception as e:  # noqa: BLE001 - any failure to open is the finding
        checks.check(False, "%s: openpyxl cannot open %s: %r" % (label, out, e))
        return findings
    # LibreOffice converts it.
    profile = "/tmp/lo-val-%d-%s" % (os.getpid(), label)
    outdir = os.path.join(scratch, label + "-lo")
    os.makedirs(outdir, exist_ok=True)
    lo = subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                         "--convert-to", "csv", "--outdir", outdir, out],
                        capture_output=True, text=True, check=False, timeout=150,
                        env=dict(os.environ, HOME=profile))
    converted = os.path.join(outdir, os.path.splitext(os.path.basename(out))[0] + ".csv")
    checks.check(lo.returncode == 0 and os.path.exists(converted)
                 and os.path.getsize(converted) > 0,
                 "%s: LibreOffice --convert-to csv: exit %d, file %s (%s)"
                 % (label, lo.returncode, os.path.exists(converted), lo.stderr[-500:]))
    # The first sheet: Validazione.
    checks.equal(wb.sheetnames[0] if wb.sheetnames else None, "Validazione",
                 "%s: first sheet of the annotated workbook (sheets %s)" % (label, wb.sheetnames))
    if "Validazione" not in wb.sheetnames:
        return findings
    ws = wb["Validazione"]
    listing = []  # (row number, texts of the row, links of the row)
    for row in ws.iter_rows():
        texts = [str(c.value) for c in row if c.value is not None]
        links = [link_of(c) for c in row if link_of(c) is not None]
        listing.append((row[0].row, texts, links))
    checks.check(len(findings) > 0, "%s: validate found nothing" % label)
    for f in findings:
        what = "%s: finding %s at %s" % (label, f["code"], f["place"])
        rows = [(n, texts, links) for n, texts, links in listing
                if f["code"] in texts and any(f["place"] in t for t in texts)]
        if not checks.check(rows, what + ": no row of Validazione holds its code and place"):
            continue
        links = [lk for _, _, lks in rows for lk in lks]
        if not checks.check(links, what + ": its row of Validazione has no link to a cell"):
            continue
        good = False
        problems = []
        for sheet, coord in links:
            if sheet not in wb.sheetnames:
                problems.append("link to a sheet %r not in the workbook" % sheet)
                continue
            cell = wb[sheet][coord]
            text = cell.comment.text if cell.comment is not None else ""
            if f["code"] not in text:
                problems.append("%s!%s has no comment naming it (comment %r)"
                                % (sheet, coord, text))
                continue
            colour = color_of(cell)
            expected = "red" if f["severity"] == "errore" else "yellow"
            if colour != expected and not (f["severity"] == "avviso" and colour == "red"):
                # a cell with an error and a warning is red
                problems.append("%s!%s filled %s, expected %s" % (sheet, coord, colour,
                                                                  expected))
                continue
            if workbook_input and "!" in f["place"]:
                want = f["place"].split("!")[-1].replace("$", "")
                if coord != want:
                    problems.append("%s!%s is not the place's cell %s" % (sheet, coord, want))
                    continue
            good = True
        checks.check(good, what + ": " + "; ".join(problems))
    # Text that starts with "=" is still text.
    found = []
    for sheet in wb.worksheets[1:]:
        for row in sheet.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.strip() == FORMULA_TEXT:
                    found.append(c)
    checks.check(found, "%s: no cell %r in the copy of the input" % (label, FORMULA_TEXT))
    for c in found:
        checks.check(c.data_type == "s" and c.value == FORMULA_TEXT,
                     "%s: %s!%s holds %r as data_type %r, not the text"
                     % (label, c.parent.title, c.coordinate, c.value, c.data_type))
    return findings


def codes(findings):
    return sorted((f["code"], f["severity"]) for f in findings)


# (a) CSV.
csv_in = os.path.join(scratch, "piano.csv")
with open(csv_in, "w", encoding="utf-8", newline="") as f:
    f.write(";".join(COLUMNS) + "\n")
    for r in TABLE:
        f.write(";".join(r) + "\n")
found_a = check_annotated(csv_in, 1, "csv")
checks.equal(codes(found_a), [("PESI_SOMMA", "errore"), ("TARGET_ND", "avviso")],
             "csv: findings of validate")

# (b) The same rows in a workbook written by openpyxl.
xlsx_in = os.path.join(scratch, "piano.xlsx")
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Indicatori"
ws.append(COLUMNS)
for r in TABLE:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    for c in row:
        if c.value == FORMULA_TEXT:
            c.data_type = "s"  # openpyxl would otherwise write a formula
wb.save(xlsx_in)
check = openpyxl.load_workbook(xlsx_in)["Indicatori"]
checks.check(any(c.value == FORMULA_TEXT and c.data_type == "s" for row in check.iter_rows()
                 for c in row), "piano.xlsx: openpyxl did not write %s as text" % FORMULA_TEXT)
found_b = check_annotated(xlsx_in, 1, "xlsx", workbook_input=True)
checks.equal(codes(found_b), codes(found_a), "xlsx: findings of validate, as those of the CSV")
for f in found_b:
    checks.check(re.search(r"piano\.xlsx#Indicatori!\$?[A-Z]+\$?\d+$", f["place"]) is not None,
                 "xlsx: place of %s is not piano.xlsx#Indicatori!<cell>: %r"
                 % (f["code"], f["place"]))

# (c) A department proposta workbook.
db = os.path.join(scratch, "pira.db")
relazione = dc.Relazione2025(checks, pira, source, db)
sent = os.path.join(scratch, "inviati")
done = pira.run("export", "--db", db, "--all", "--year", "2025", "--mode", "proposta",
                "-o", sent)
if done.returncode != 0:
    checks.fatal("pira export --mode proposta: " + dc.describe(done))
name = dc.export_name(2025, "proposta", dc.PROMOZIONE)
sent_path = os.path.join(sent, name)
if not os.path.exists(sent_path):
    checks.fatal("no workbook %s in %s" % (name, sorted(os.listdir(sent))))
before = findings_json(sent_path, None, "proposta as sent")  # exit checked below
sheet = dc.Sheet(checks, sent_path)
by_objective = {}
for r in sheet.rows:
    by_objective.setdefault(sheet.value(checks, r, "Codice obiettivo"), []).append(r)
# An objective of two or more indicators, none of weight 0, without PESI_SOMMA as sent.
objective = None
for code, rows in sorted(by_objective.items()):
    zero = any(str(sheet.value(checks, r, "Peso")).strip() in ("0", "0.0", "None", "")
               for r in rows)
    if len(rows) >= 2 and not zero and not any(f["code"] == "PESI_SOMMA" and f.get("objective") == code
                                  for f in before):
        objective = code
        break
if objective is None:
    checks.fatal("no objective of two or more indicators in %s: %s" % (name, by_objective))
rows = by_objective[objective]
weights = [95 // len(rows)] * len(rows)
weights[0] += 95 - sum(weights)
peso_cells = []
for r, w in zip(rows, weights):
    c = sheet.cell(checks, r, "Peso")
    c.value = w
    peso_cells.append(c.coordinate)
# A name that starts with "=" (as text) in a Note, the editable text cell of a proposta.
note = sheet.cell(checks, rows[0], "Note")
note.value = FORMULA_TEXT
note.data_type = "s"
edited = os.path.join(scratch, name)
sheet.save(edited)
done = run(edited)
checks.equal(done.returncode, 1, "pira validate of the proposta with weights summing to 95")
text = done.stdout + done.stderr
lines = [ln for ln in text.splitlines() if "PESI_SOMMA" in ln and objective in ln]
checks.check(lines, "validate of the proposta: no PESI_SOMMA line naming %s:\n%s"
             % (objective, text[-3000:]))
checks.check(any(re.search(r"Indicatori!\$?(%s)\b" % "|".join(peso_cells), ln) for ln in lines),
             "validate of the proposta: the PESI_SOMMA line of %s names none of its Peso cells "
             "Indicatori!%s:\n%s" % (objective, "/".join(peso_cells), "\n".join(lines)))
checks.check(all(name in ln for ln in lines),
             "validate of the proposta: the PESI_SOMMA line does not name the file %s" % name)
found_c = check_annotated(edited, 1, "proposta", workbook_input=True)
mine = [f for f in found_c if f["code"] == "PESI_SOMMA" and f.get("objective") == objective]
checks.equal(len(mine), 1, "proposta: PESI_SOMMA findings of %s in the JSON" % objective)
for f in mine:
    at_peso = re.search(r"#Indicatori!\$?(%s)$" % "|".join(c.replace("$", "") for c in peso_cells),
                        f["place"].replace("$", "")) is not None
    checks.check(f["severity"] == "errore" and at_peso,
                 "proposta: PESI_SOMMA of %s is not at a Peso cell Indicatori!%s: %r"
                 % (objective, "/".join(peso_cells), f))
others = sorted(set(codes(found_c)) ^ set(codes(before)))
checks.equal(others, [("PESI_SOMMA", "errore")] if not any(
    f["code"] == "PESI_SOMMA" for f in before) else [],
    "proposta: codes found besides those of the workbook as sent")

checks.finish()
