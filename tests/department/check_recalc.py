#!/usr/bin/env python3
"""End to end: the formulas of the consuntivo workbook, recalculated by LibreOffice
(docs/round-trip.md, "Formulas").

The Relazione 2025 sample is loaded as a plan with three areas (as in check_consuntivo.py) and
`pira export --all --mode consuntivo` writes their workbooks. Then:
- the freshly exported workbook, as pira wrote it: the sheets in order, `_liste` and `_pira`
  hidden, `_pira` and `Indicatori` protected, `Consuntivo` and `Note` unlocked and filled yellow
  on every row and every other cell of the rows locked, `ID riga` hidden, a data validation with
  Italian messages on every `Consuntivo`, panes frozen below the header and right of the name,
  landscape fit to one page wide with the header repeated; the `_pira` metadata (format, year,
  mode, area, rows, the row table naming each row's ID riga); `Performance` and `Performance
  obiettivo` are formulas whose cached values are empty, and LibreOffice recalculating every
  formula of that file gets empty values too;
- the actuals are typed with openpyxl as cell values (numbers, fractions in percent-formatted
  cells, dates; `N/D` as text), which saves formulas without cached values; LibreOffice opens
  the file with "Recalculation on file load: Always" (Formula/Load/OOXMLRecalcMode = 0 in its
  profile: by default LibreOffice never recalculates an xlsx, OOXMLRecalcMode = 1) and saves it
  as xlsx; openpyxl reads it with data_only=True and every `Performance` must be the indicator's
  figure of `pira score` on the complete sample (a fraction in a percent-formatted cell against
  percent points), empty for the N/D indicators, and every `Performance obiettivo` the
  objective's figure.
- `pira export --department` finds an area without case and accents; an unknown area is an
  error listing the year's areas.

Usage: check_recalc.py PIRA SOURCE_DIR WORK_DIR"""
import os
import shutil
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import department_common as dc  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

pira_binary, source, scratch = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(
    sys.argv[3])
dc.fresh_dir(scratch)
checks = dc.Checks("check_recalc")
pira = dc.Pira(pira_binary, scratch)
db = os.path.join(scratch, "pira.db")
YEAR = 2025

relazione = dc.Relazione2025(checks, pira, source, db)
reference = relazione.reference
objective_figure = {o["code"]: o["performance"] for o in reference["objectives"]}

# --department: without case and accents; an unknown one lists the areas.
one = os.path.join(scratch, "una-area")
done = pira.run("export", "--db", db, "--department", "regolazione del MERCATO e qualita",
                "--year", str(YEAR), "-o", one)
checks.equal(done.returncode, 0, "pira export --department without case and accents: "
             + dc.describe(done))
checks.equal(sorted(os.listdir(one)) if os.path.isdir(one) else [],
             [dc.export_name(YEAR, "consuntivo", dc.REGOLAZIONE)],
             "pira export --department writes the area's workbook only")
done = pira.run("export", "--db", db, "--department", "Ufficio che non esiste", "--year",
                str(YEAR), "-o", os.path.join(scratch, "nessuna"))
checks.check(done.returncode != 0 and all(a in done.stderr for a in dc.AREAS_2025),
             "an unknown --department is an error listing the areas: " + dc.describe(done))

out = os.path.join(scratch, "inviati")
done = pira.run("export", "--db", db, "--all", "--year", str(YEAR), "--mode", "consuntivo",
                "-o", out)
if done.returncode != 0:
    checks.fatal("pira export --all: " + dc.describe(done))
names = {a: dc.export_name(YEAR, "consuntivo", a) for a in dc.AREAS_2025}
for area, name in names.items():
    if not os.path.exists(os.path.join(out, name)):
        checks.fatal("pira export --all wrote no %s (files: %s)" % (name, os.listdir(out)))

EDITABLE = ("Consuntivo", "Note")
FORMULAS = ("Performance", "Performance obiettivo")


def is_yellow(cell):
    fill = cell.fill
    rgb = fill.fgColor.rgb if fill is not None and fill.fgColor is not None else None
    if fill is None or fill.fill_type != "solid" or not isinstance(rgb, str) or len(rgb) < 6:
        return False
    r, g, b = (int(rgb[-6:][i:i + 2], 16) for i in (0, 2, 4))
    return r >= 0xC0 and g >= 0xC0 and b < min(r, g)


def empty(value):
    return value is None or value == ""


def validations_of(ws):
    """[(ranges, validation)] of a sheet."""
    return [(str(dv.sqref), dv) for dv in ws.data_validations.dataValidation]


def covered(validations, coordinate):
    for _, dv in validations:
        if coordinate in dv.sqref:
            return dv
    return None


# 1. The workbooks as pira wrote them.
blank_copies = dc.fresh_dir(os.path.join(scratch, "vuote"))
mapped_of = {}
for area, name in names.items():
    path = os.path.join(out, name)
    sheet = dc.Sheet(checks, path)
    cached = dc.Sheet(checks, path, data_only=True)
    wb, ws = sheet.wb, sheet.ws
    checks.equal(wb.sheetnames, ["Istruzioni", "Indicatori", "_liste", "_pira"],
                 name + ": sheets")
    for hidden in ("_liste", "_pira"):
        if hidden in wb.sheetnames:
            checks.check(wb[hidden].sheet_state in ("hidden", "veryHidden"),
                         "%s: sheet %s is %s, not hidden" % (name, hidden,
                                                             wb[hidden].sheet_state))
    checks.equal(wb["Istruzioni"].sheet_state if "Istruzioni" in wb.sheetnames else None,
                 "visible", name + ": Istruzioni visible")
    checks.check("_pira" in wb.sheetnames and wb["_pira"].protection.sheet,
                 name + ": _pira not protected")
    checks.check(ws.protection.sheet, name + ": Indicatori not protected")
    mapped = dc.map_rows(checks, sheet, relazione.indicators, name)
    mapped_of[name] = mapped
    expected = relazione.of_area(area)
    checks.equal([mapped.get(r, {}).get("id") for r in sheet.rows], [i["id"] for i in expected],
                 name + ": the area's indicators, sorted by objective code then dataset order")
    id_letter = get_column_letter(sheet.col(checks, "ID riga"))
    checks.check(ws.column_dimensions[id_letter].hidden,
                 "%s: column ID riga (%s) not hidden" % (name, id_letter))
    name_col = sheet.col(checks, "Indicatore")
    checks.equal(ws.freeze_panes, "%s%d" % (get_column_letter(name_col + 1), dc.FIRST_ROW),
                 name + ": panes frozen below the header and right of Indicatore")
    checks.equal(ws.page_setup.orientation, "landscape", name + ": prints landscape")
    checks.check(ws.sheet_properties.pageSetUpPr is not None
                 and ws.sheet_properties.pageSetUpPr.fitToPage
                 and ws.page_setup.fitToWidth in (None, 1),  # OOXML's default is 1
                 name + ": prints fit to one page wide")
    checks.check(ws.print_title_rows is not None and "3" in ws.print_title_rows,
                 "%s: header row repeated on every page (print titles %r)"
                 % (name, ws.print_title_rows))
    # The metadata sheet.
    meta_ws = wb["_pira"]
    meta = {}
    row_table = {}
    r = 1
    while r <= meta_ws.max_row:
        key, value = meta_ws.cell(r, 1).value, meta_ws.cell(r, 2).value
        if key == "riga" and value == "id":
            r += 1
            while r <= meta_ws.max_row and meta_ws.cell(r, 1).value not in (None, ""):
                row_table[str(meta_ws.cell(r, 2).value)] = int(meta_ws.cell(r, 1).value)
                r += 1
            break
        if key is not None:
            meta[str(key)] = value
        r += 1
    checks.equal(str(meta.get("formato")), "pira-cartella-1", name + ": _pira formato")
    checks.equal(str(meta.get("anno")), str(YEAR), name + ": _pira anno")
    checks.equal(meta.get("modalita"), "consuntivo", name + ": _pira modalita")
    checks.equal(meta.get("area"), area, name + ": _pira area")
    checks.equal(str(meta.get("righe")), str(len(expected)), name + ": _pira righe")
    for key in ("export_id", "dataset_id", "ente", "esportato_il", "firma"):
        checks.check(meta.get(key) not in (None, ""), "%s: _pira has no %s" % (name, key))
    checks.equal(row_table, {sheet.row_id(r): r for r in sheet.rows},
                 name + ": _pira row table (id -> row) against the sheet's ID riga")
    validations = validations_of(ws)
    consuntivo_col = sheet.col(checks, "Consuntivo")
    for r in sheet.rows:
        for c in range(1, ws.max_column + 1):
            cell = ws.cell(r, c)
            header = dc.header_text(ws.cell(dc.HEADER_ROW, c).value)
            if not header:
                continue
            if header in EDITABLE:
                checks.check(cell.protection.locked is False,
                             "%s %s (%s): editable cell locked" % (name, cell.coordinate, header))
                checks.check(is_yellow(cell), "%s %s (%s): editable cell not filled yellow (%s)"
                             % (name, cell.coordinate, header, cell.fill.fgColor.rgb))
            else:
                checks.check(cell.protection.locked is not False,
                             "%s %s (%s): cell unlocked" % (name, cell.coordinate, header))
        coordinate = ws.cell(r, consuntivo_col).coordinate
        dv = covered(validations, coordinate)
        if checks.check(dv is not None, "%s %s: no data validation on Consuntivo"
                        % (name, coordinate)):
            checks.check(bool(dv.prompt) and bool(dv.error) and dv.showErrorMessage
                         and dv.showInputMessage,
                         "%s %s: validation without input and error messages (%r / %r)"
                         % (name, coordinate, dv.prompt, dv.error))
        ind = mapped.get(r)
        no_target = ind is not None and not ind["facts"].get("target", ("", ""))[1]
        for header in FORMULAS:
            formula = sheet.value(checks, r, header)
            if header == "Performance" and no_target and formula is None:
                continue  # no target, no figure to compute (03_01_OS01_05_2025)
            checks.check(isinstance(formula, str) and formula.startswith("="),
                         "%s row %d: %s is not a formula: %r" % (name, r, header, formula))
            value = cached.value(checks, r, header)
            checks.check(empty(value), "%s row %d: %s cached %r with no actual"
                         % (name, r, header, value))
    shutil.copy(path, os.path.join(blank_copies, "vuota-" + name))

# 2. The actuals typed as cell values; openpyxl saves the formulas without cached values.
filled = dc.fresh_dir(os.path.join(scratch, "compilate"))
for area, name in names.items():
    sheet = dc.Sheet(checks, os.path.join(out, name))
    col = sheet.col(checks, "Consuntivo")
    for r, ind in mapped_of[name].items():
        machine = relazione.sample_of[ind["id"]][1]["actual"]
        cell = sheet.ws.cell(r, col)
        if dc.kind_of(machine) == "missing":
            cell.value = "N/D"
        else:
            dc.put_value(cell, machine, ind["facts"].get("unit", ("", ""))[1], 0)
    sheet.save(os.path.join(filled, name))
    again = dc.Sheet(checks, os.path.join(filled, name), data_only=True)
    checks.check(all(empty(again.value(checks, r, "Performance")) for r in again.rows),
                 name + ": openpyxl saved cached values (the recalculation would prove nothing)")

# 3. LibreOffice recalculates every formula on load and saves as xlsx.
profile = os.path.join("/tmp", "lo-e2e-%d" % os.getpid())
inputs = [os.path.join(filled, n) for n in names.values()] + \
    [os.path.join(blank_copies, "vuota-" + n) for n in names.values()]
try:
    outputs = dc.soffice(checks, inputs, os.path.join(scratch, "ricalcolate"),
                         "xlsx:Calc MS Excel 2007 XML", profile, recalc_always=True)
finally:
    shutil.rmtree(profile, ignore_errors=True)
recalculated = dict(zip(inputs, outputs))

measured = 0
for area, name in names.items():
    blank = dc.Sheet(checks, recalculated[os.path.join(blank_copies, "vuota-" + name)],
                     data_only=True)
    for r in blank.rows:
        for header in FORMULAS:
            value = blank.value(checks, r, header)
            checks.check(empty(value), "%s row %d: %s recalculated by LibreOffice with no actual "
                         "gives %r, pira cached an empty value" % (name, r, header, value))
    sheet = dc.Sheet(checks, recalculated[os.path.join(filled, name)], data_only=True)
    by_id = {i["stable_id"]: i for i in mapped_of[name].values()}
    perf_col = sheet.col(checks, "Performance")
    obj_col = sheet.col(checks, "Performance obiettivo")
    for r in sheet.rows:
        ind = by_id.get(sheet.row_id(r))
        if ind is None:
            checks.check(False, "%s row %d: ID riga changed by LibreOffice" % (name, r))
            continue
        scored = relazione.sample_of[ind["id"]][1]
        what = "%s row %d (%s)" % (name, r, scored["name"])
        for col, expected in ((perf_col, scored["performance"]),
                              (obj_col, objective_figure[scored["objective_code"]])):
            cell = sheet.ws.cell(r, col)
            header = dc.header_text(sheet.ws.cell(dc.HEADER_ROW, col).value)
            if expected is None:
                checks.check(empty(cell.value), "%s: %s %r where pira score has none"
                             % (what, header, cell.value))
                continue
            if not checks.check(isinstance(cell.value, (int, float)),
                                "%s: %s recalculated to %r, pira score gives %s"
                                % (what, header, cell.value, expected)):
                continue
            # A fraction in a percent-formatted cell, or percent points.
            points = cell.value * 100 if "%" in cell.number_format else cell.value
            # pira score's JSON gives indicator figures to six decimals, objectives to two.
            checks.check(abs(points - expected) < (5.1e-7 if col == perf_col else 1e-9),
                         "%s: %s recalculated %r (format %s) = %r points, pira score %r"
                         % (what, header, cell.value, cell.number_format, points, expected))
            measured += col == perf_col
print("%d indicator figures recalculated by LibreOffice compared with pira score" % measured)
checks.equal(measured, sum(1 for i in reference["indicators"] if not i["excluded"]),
             "indicator figures compared")

checks.finish()
