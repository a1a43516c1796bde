#!/usr/bin/env python3
"""Every refusal of a returned department workbook (docs/round-trip.md, "Refused").

A small plan is built from samples/relazione2025/indicatori.csv (its `actual` column left out, a
`department` column added: three areas, each objective inside one area) and loaded into a
dataset; `pira export --all --year 2025` writes the consuntivo workbooks (and the proposta ones).
A few `Consuntivo` cells of one area's workbook are filled validly with openpyxl (columns found by
their header text in row 3 of `Indicatori`, rows by the hidden `ID riga`). Each case starts from a
copy of that filled workbook, damages it with openpyxl and runs `pira import --db DB FILE` on a
fresh copy of the dataset. A refusal must:
- exit 1 (2 for a file that cannot be read at all);
- print the message the specification gives for the case ("campo bloccato modificato", ...);
- name, on that message's line, the sheet and cell damaged (`Indicatori!F5`, `_pira!B5`), where
  the case involves a cell;
- leave the dataset as it was: the same number of rows in every table, the same SQLite bytes.
Controls: the filled workbook, untouched, is accepted (exit 0, values loaded), and so is a
proposta whose weights still sum to 100; so is the filled workbook once LibreOffice has saved
it, and damaged workbooks saved by LibreOffice are refused as openpyxl's are.

Usage: check_refusals.py PIRA SOURCE_DIR SCRATCH_DIR
Prints one line per case; on failure the case, what differed and pira's output."""
import csv
import datetime
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import warnings

import openpyxl

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from department_common import fold, header_text, sha256_file, slug  # noqa: E402

warnings.filterwarnings("ignore", module="openpyxl")  # "Data Validation extension", ...

pira, source, scratch = (os.path.abspath(a) for a in sys.argv[1:4])
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
env = dict(os.environ)
env.pop("PIRA_DB", None)  # every dataset here is named with --db

YEAR = 2025
HEADER_ROW, FIRST_ROW = 3, 4
# Objectives of the plan and the area (department) each one belongs to.
AREA_A = "Promozione e Sviluppo Economico"
AREA_B = "Servizi Anagrafici e di Regolazione del Mercato"
AREA_C = "Segreteria Generale e Risorse"
AREAS = {"01_01_ulco1": AREA_A, "01_01_0S04": AREA_A, "02_01_0p04": AREA_B,
         "03_01_uico1": AREA_C}

failures = []
results = []


def run(*args):
    return subprocess.run([pira, *args], capture_output=True, text=True, check=False, env=env,
                          cwd=scratch, timeout=120)


def describe(done, limit=2000):
    return "`pira %s` exit %d\n--- stdout:\n%s--- stderr:\n%s" % (
        " ".join(os.path.basename(a) if os.path.isabs(a) else a for a in done.args[1:]),
        done.returncode, done.stdout[-limit:], done.stderr[-limit:])


def fatal(what):
    print("FAIL (stopping): " + what, flush=True)
    sys.exit(1)


def db_state(db):
    """(rows per table, for every table of the dataset, and the file's SHA-256)."""
    with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as con:
        tables = [t for (t,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        counts = {t: con.execute('SELECT count(*) FROM "%s"' % t).fetchone()[0] for t in tables}
    con.close()
    return counts, sha256_file(db)


def db_facts(db):
    """{stable_id: {field: (text, value, source_ref)}}: the dataset's current values."""
    with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as con:
        facts = {}
        for stable, field, text, value, ref in con.execute(
                "SELECT i.stable_id, f.field, f.text, f.value, f.source_ref "
                "FROM indicators i JOIN facts f ON f.indicator_id = i.id"):
            facts.setdefault(stable, {})[field] = (text, value, ref)
    con.close()
    return facts


# --- Department workbooks ---------------------------------------------------------------------

class Workbook:
    """A department workbook opened with openpyxl: `Indicatori` columns by header text in row 3,
    indicator rows from row 4 while `ID riga` has a value; the `_pira` keys and row table."""

    def __init__(self, path):
        self.path = path
        self.wb = openpyxl.load_workbook(path)
        for sheet in ("Indicatori", "_pira"):
            if sheet not in self.wb.sheetnames:
                fatal("%s: no sheet %s (sheets %s)" % (path, sheet, self.wb.sheetnames))
        self.ws = self.wb["Indicatori"]
        self.columns = {}
        for cell in self.ws[HEADER_ROW]:
            text = header_text(cell.value)
            if text and text not in self.columns:
                self.columns[text] = cell.column
        self.rows = []
        r = FIRST_ROW
        while self.ws.cell(r, self.col("ID riga")).value not in (None, ""):
            self.rows.append(r)
            r += 1
        if not self.rows:
            fatal("%s: no indicator row under the header" % path)
        # _pira: key/value rows from A1, then a header riga | id | hash and the row table.
        self.meta = self.wb["_pira"]
        self.keys, self.table = {}, {}
        in_table = False
        for row in self.meta.iter_rows(min_row=1, max_col=3):
            a, b, c = (cell.value for cell in row)
            if in_table and b not in (None, ""):
                self.table[str(b)] = row[0].row
            elif [header_text(a), header_text(b), header_text(c)] == ["riga", "id", "hash"]:
                in_table = True
            elif a not in (None, "") and not in_table:
                self.keys[header_text(a)] = row[0].row

    def col(self, header):
        c = self.columns.get(header)
        if c is None:
            fatal("%s: no column «%s» in row 3 of Indicatori (headers: %s)"
                  % (os.path.basename(self.path), header, list(self.columns)))
        return c

    def letter(self, header):
        return openpyxl.utils.get_column_letter(self.col(header))

    def ref(self, header, row):
        return "Indicatori!%s%d" % (self.letter(header), row)

    def cell(self, row, header):
        return self.ws.cell(row, self.col(header))

    def row_id(self, row):
        return str(self.cell(row, "ID riga").value)

    def row_of(self, stable_id):
        for r in self.rows:
            if self.row_id(r) == stable_id:
                return r
        fatal("%s: no row with ID riga %s" % (self.path, stable_id))

    def meta_cell(self, key):
        """The value cell (column B) of a _pira key."""
        if key not in self.keys:
            fatal("%s: _pira has no key %r (keys %s)" % (self.path, key, list(self.keys)))
        return self.meta.cell(self.keys[key], 2)

    def meta_ref(self, key):
        return "_pira!B%d" % self.keys[key]

    def signature(self):
        """The firma pira would compute for the _pira sheet as it is now (SHA-256 of the
        "key=value" lines before firma and of the "riga<TAB>id<TAB>hash" lines of the row table,
        as pira's department_layout.cpp computes it; the specification does not say how)."""
        text = ""
        for key, row in sorted(self.keys.items(), key=lambda kv: kv[1]):
            if key == "firma":
                break
            text += "%s=%s\n" % (key, cell_text(self.meta.cell(row, 2).value))
        for rid, row in sorted(self.table.items(), key=lambda kv: kv[1]):
            text += "%s\t%s\t%s\n" % (cell_text(self.meta.cell(row, 1).value), rid,
                                       cell_text(self.meta.cell(row, 3).value))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def copy_row(self, source, row, target_row):
        """The values of `source`'s indicator row `row` (another Workbook, or self) into
        `target_row` of this sheet, column by column as the headers match."""
        for header, c in source.columns.items():
            if header in self.columns:
                self.ws.cell(target_row, self.columns[header]).value = \
                    source.ws.cell(row, c).value

    def save(self, path):
        self.wb.save(path)


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def kind_of(target_value):
    """A target's kind from its machine form in the dataset (">= 4", ">= 80%", "<= 2025-04-30")."""
    if target_value.endswith("%"):
        return "percent"
    if re.search(r"\d{4}-\d{2}-\d{2}$", target_value):
        return "date"
    return "number"


def bumped(value):
    """A locked cell's value, changed the way a slip would change it: a number +1, a date a day
    later, the first number in a text +1, other text with a word more."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, datetime.datetime):
        return value + datetime.timedelta(days=1)
    text = "" if value is None else str(value)
    m = re.search(r"\d+", text)
    if m:
        return text[:m.start()] + str(int(m.group()) + 1) + text[m.end():]
    return text + " modificato"


# --- Setup: plan, datasets, exports -----------------------------------------------------------

def setup():
    with open(os.path.join(source, "samples", "relazione2025", "indicatori.csv"),
              encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    columns = [c for c in rows[0] if c != "actual"] + ["department"]
    plan = os.path.join(scratch, "plan.csv")
    with open(plan, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(columns)
        for r in rows:
            if r["objective_code"] in AREAS:
                r["department"] = AREAS[r["objective_code"]]
                w.writerow([r[c] for c in columns])

    def dataset(name):
        db = os.path.join(scratch, name + ".db")
        done = run("import", "--db", db, plan)
        if done.returncode != 0:
            fatal("the plan does not load\n" + describe(done))
        return db

    def export(db, outdir, *args):
        os.makedirs(outdir, exist_ok=True)
        done = run("export", "--db", db, "--year", str(YEAR), *args, "-o", outdir)
        if done.returncode != 0:
            fatal("export failed\n" + describe(done))
        return done

    base = dataset("base")
    other = dataset("other")  # the same plan in another dataset
    export(base, os.path.join(scratch, "consuntivo"), "--all", "--mode", "consuntivo")
    export(base, os.path.join(scratch, "proposta"), "--all", "--mode", "proposta")
    export(other, os.path.join(scratch, "other"), "--all", "--mode", "consuntivo")
    # The export to be superseded is recorded in `base`; a copy of it exports area A again.
    superseding = os.path.join(scratch, "superseded.db")
    shutil.copyfile(base, superseding)
    export(superseding, os.path.join(scratch, "superseding"), "--department", AREA_A,
           "--mode", "consuntivo")

    def workbook(folder, mode, area):
        path = os.path.join(scratch, folder, "%d-%s-%s.xlsx" % (YEAR, mode, slug(area)))
        if not os.path.exists(path):
            fatal("export wrote no %s (files: %s)" % (path, sorted(os.listdir(os.path.dirname(
                path)))))
        return path

    return {"base": base, "other_db": other, "superseding_db": superseding,
            "a": workbook("consuntivo", "consuntivo", AREA_A),
            "b": workbook("consuntivo", "consuntivo", AREA_B),
            "proposta_a": workbook("proposta", "proposta", AREA_A),
            "other_a": workbook("other", "consuntivo", AREA_A)}


def pick_rows(wb, facts):
    """Rows of the workbook by the kind of their target: a count (target in `N.`), a percentage,
    a deadline; each the first of its kind."""
    picked = {}
    for r in wb.rows:
        rid = wb.row_id(r)
        if rid not in facts:
            fatal("%s row %d: ID riga %r is no stable_id of the dataset" % (wb.path, r, rid))
        text, value = facts[rid]["target"][:2]
        kind = kind_of(value)
        if kind == "number" and not re.search(r"N\.\s*$", text):
            continue
        picked.setdefault(kind, r)
    for kind in ("number", "percent", "date"):
        if kind not in picked:
            fatal("%s: no row whose target is a %s" % (wb.path, kind))
    return picked


def fill(path, out, facts):
    """Fills a few Consuntivo cells validly: a count, a percentage (a fraction in a percent
    cell), a date (a date cell). Returns the rows filled, by kind."""
    wb = Workbook(path)
    rows = pick_rows(wb, facts)
    c = wb.cell(rows["number"], "Consuntivo")
    c.value = 5
    c = wb.cell(rows["percent"], "Consuntivo")
    c.value = 0.8534
    c.number_format = "0.00%"
    c = wb.cell(rows["date"], "Consuntivo")
    c.value = datetime.datetime(YEAR, 4, 15)
    c.number_format = "DD/MM/YYYY"
    wb.save(out)
    return rows, {(wb.row_id(rows["number"]), "actual"): "5",
                  (wb.row_id(rows["percent"]), "actual"): "85.34%",
                  (wb.row_id(rows["date"]), "actual"): "%d-04-15" % YEAR}


# --- Checks -----------------------------------------------------------------------------------

def cell_pattern(ref):
    """`Indicatori!F5` as pira may print it: with or without quotes around the sheet, not as part
    of a longer reference."""
    sheet, cell = ref.split("!")
    return r"(?<![\w])'?%s'?!\$?%s\$?%s(?!\d)" % (
        re.escape(sheet), re.escape(re.match(r"[A-Z]+", cell).group()),
        re.escape(re.search(r"\d+", cell).group()))


def check_refused(case, db, args, message, cells=None, exit_code=1):
    """Runs `pira import --db DB ARGS...` and checks the refusal: the exit code, a line holding
    `message` and (when `cells` is given: one reference or a list of acceptable ones) one of the
    cells, and the dataset unchanged."""
    before = db_state(db)
    done = run("import", "--db", db, *args)
    after = db_state(db)
    problems = []
    if done.returncode != exit_code:
        problems.append("exit %d, expected %d" % (done.returncode, exit_code))
    output = done.stderr + "\n" + done.stdout
    lines = [line for line in output.splitlines() if message in line] if message else \
        [line for line in output.splitlines() if line.strip()]
    if message and not lines:
        problems.append("no message «%s»" % message)
    if cells and lines:
        cells = [cells] if isinstance(cells, str) else cells
        if not any(re.search(cell_pattern(ref), line) for line in lines for ref in cells):
            problems.append("the message «%s» names none of %s" % (message, ", ".join(cells)))
    if message and done.returncode == 0:
        problems.append("accepted")
    if before[0] != after[0]:
        problems.append("rows per table changed: %s" % ", ".join(
            "%s %s -> %s" % (t, before[0].get(t), after[0].get(t))
            for t in sorted(set(before[0]) | set(after[0])) if before[0].get(t) != after[0].get(t)))
    elif before[1] != after[1]:
        problems.append("the dataset's bytes changed (same row counts)")
    shown = (lines[0] if lines else output.strip().splitlines()[0] if output.strip() else "")
    record(case, problems, done, "exit %d: %s" % (done.returncode, shown.strip()[:150]))


def check_accepted(case, db, args, expect):
    """The control: `pira import` accepts the workbook (exit 0) and the dataset then holds the
    values typed (`expect`: {(stable_id, field): machine form}), each from the workbook's cell."""
    before = db_state(db)
    done = run("import", "--db", db, *args)
    after = db_state(db)
    problems = []
    if done.returncode != 0:
        problems.append("exit %d, expected 0" % done.returncode)
    if before[1] == after[1]:
        problems.append("the dataset's bytes did not change")
    loaded = db_facts(db)
    name = os.path.basename(args[-1])
    for (stable_id, field), value in sorted(expect.items()):
        got = loaded.get(stable_id, {}).get(field)
        if got is None or got[1] != value or not got[2].startswith(name + "#Indicatori!"):
            problems.append("%s of %s: %r, expected %r from %s#Indicatori!..." % (
                field, stable_id[:12], got, value, name))
    first = (done.stdout.strip() or done.stderr.strip()).splitlines()
    record(case, problems, done, "exit %d: %s" % (done.returncode, first[0][:150] if first
                                                   else ""))


def record(case, problems, done, summary):
    if problems:
        failures.append("%s: %s\n%s" % (case, "; ".join(problems), describe(done)))
        print("FAIL %s: %s (%s)" % (case, "; ".join(problems), summary), flush=True)
    else:
        print("ok   %s (%s)" % (case, summary), flush=True)
    results.append((case, not problems))


def fresh_db(files, name):
    db = os.path.join(scratch, "cases", name + ".db")
    shutil.copyfile(files["base"], db)
    return db


def damaged(filled, name, damage):
    """A copy of the filled workbook of area A, damaged by `damage(Workbook)` (which returns what
    the case expects, e.g. the cell it changed), saved as cases/NAME.xlsx."""
    wb = Workbook(filled)
    expected = damage(wb)
    path = os.path.join(scratch, "cases", name + ".xlsx")
    wb.save(path)
    return path, expected


def main():
    files = setup()
    os.makedirs(os.path.join(scratch, "cases"))
    facts = db_facts(files["base"])
    filled = os.path.join(scratch, "cases", "filled.xlsx")
    rows, typed = fill(files["a"], filled, facts)
    count_row, percent_row, date_row = rows["number"], rows["percent"], rows["date"]
    wb_a = Workbook(filled)
    last = wb_a.rows[-1]
    below = last + 1  # the first empty row under the table

    # Controls: the filled workbook is accepted (so the refusals below are not a broken import).
    check_accepted("control: filled workbook accepted", fresh_db(files, "control"), [filled],
                   typed)

    cases = []  # (name, damage(Workbook) -> cells named, message, extra import options)

    # The metadata sheet.
    def no_metadata(wb):
        del wb.wb["_pira"]
    cases.append(("_pira sheet deleted", no_metadata, "foglio dei metadati _pira mancante", []))

    def year_altered(wb):
        c = wb.meta_cell("anno")
        c.value = (int(str(c.value)) - 1) if isinstance(c.value, int) else str(YEAR - 1)
        return wb.meta_ref("anno")
    cases.append(("_pira anno altered", year_altered, "metadati della cartella alterati",
                  []))

    def hash_altered(wb):
        rid = wb.row_id(count_row)
        c = wb.meta.cell(wb.table[rid], 3)
        value = str(c.value)
        c.value = ("0" if value[0] != "0" else "1") + value[1:]
        return "_pira!C%d" % wb.table[rid]
    cases.append(("_pira row hash altered", hash_altered, "metadati della cartella alterati", []))

    def signature_altered(wb):
        c = wb.meta_cell("firma")
        value = str(c.value)
        c.value = ("0" if value[0] != "0" else "1") + value[1:]
        return wb.meta_ref("firma")
    cases.append(("_pira firma altered", signature_altered, "metadati della cartella alterati",
                  []))

    # Values that differ from the dataset's record of the export, the firma recomputed so that
    # only the comparison with the record can tell.
    if wb_a.signature() == str(wb_a.meta_cell("firma").value):
        def resigned(key, change):
            def damage(wb):
                c = wb.meta_cell(key)
                c.value = change(c.value)
                wb.meta_cell("firma").value = wb.signature()
                return wb.meta_ref(key)
            return damage
        cases.append(("_pira anno altered, firma recomputed",
                      resigned("anno", lambda v: str(YEAR - 1)),
                      "metadati della cartella alterati", []))
        cases.append(("_pira area altered, firma recomputed", resigned("area", lambda v: AREA_B),
                      "metadati della cartella alterati", []))

        def hash_resigned(wb):
            ref = hash_altered(wb)
            wb.meta_cell("firma").value = wb.signature()
            return ref
        cases.append(("_pira row hash altered, firma recomputed", hash_resigned,
                      "metadati della cartella alterati", []))
    else:
        print("skip _pira values altered with the firma recomputed: the firma of %s is not "
              "the SHA-256 this script computes" % os.path.basename(filled))

    # Year and mode expectations.
    cases.append(("--year 2024 expected", lambda wb: wb.meta_ref("anno"),
                  "cartella di un altro anno o modalità", ["--year", str(YEAR - 1)]))
    cases.append(("--mode proposta expected", lambda wb: wb.meta_ref("modalita"),
                  "cartella di un altro anno o modalità", ["--mode", "proposta"]))

    # Locked fields (consuntivo: the target and the weight are locked too).
    def locked(header, row, change=bumped):
        def damage(wb):
            c = wb.cell(row, header)
            c.value = change(c.value)
            return wb.ref(header, row)
        return damage
    cases.append(("locked Indicatore changed",
                  locked("Indicatore", count_row, lambda v: str(v) + " (modificato)"),
                  "campo bloccato modificato", []))
    cases.append(("locked Codice obiettivo changed",
                  locked("Codice obiettivo", count_row, lambda v: "01_01_OS99"),
                  "campo bloccato modificato", []))
    cases.append(("locked Target changed (consuntivo)", locked("Target", count_row),
                  "campo bloccato modificato", []))
    cases.append(("locked Peso changed (consuntivo)", locked("Peso", percent_row),
                  "campo bloccato modificato", []))
    cases.append(("locked UdM changed",
                  locked("UdM", count_row, lambda v: "n." if fold(str(v or "")) == "%" else "%"),
                  "campo bloccato modificato", []))

    # Rows.
    middle = wb_a.rows[len(wb_a.rows) // 2]
    if middle in (count_row, percent_row, date_row):
        middle = next(r for r in wb_a.rows if r not in (count_row, percent_row, date_row))

    def row_deleted(wb):
        rid = wb.row_id(middle)
        k = wb.table[rid]
        wb.ws.delete_rows(middle)
        # The id is in the metadata's row table, the row was on the sheet: either place.
        return ["_pira!%s%d" % (col, k) for col in "ABC"] + [
            "Indicatori!%s%d" % (openpyxl.utils.get_column_letter(c), middle)
            for c in range(1, wb.ws.max_column + 1)]
    cases.append(("row deleted", row_deleted, "riga eliminata", []))

    def row_duplicated(wb):
        wb.copy_row(wb, count_row, below)
        return wb.ref("ID riga", below)
    cases.append(("row duplicated", row_duplicated, "riga duplicata", []))

    wb_b = Workbook(files["b"])

    def row_of_another_area(wb):
        wb.copy_row(wb_b, wb_b.rows[0], below)
        return wb.ref("ID riga", below)
    cases.append(("row of another area", row_of_another_area, "riga di un'altra area", []))

    def unknown_id(wb):
        wb.copy_row(wb, count_row, below)
        rid = wb.row_id(count_row)
        unknown = hashlib.sha256(b"nessuno la conosce").hexdigest()
        if not re.fullmatch(r"[0-9a-f]{64}", rid):
            unknown = "x" + rid
        wb.cell(below, "ID riga").value = unknown
        return wb.ref("ID riga", below)
    cases.append(("unknown ID", unknown_id, "riga sconosciuta", []))

    # Actuals that do not fit the unit.
    def actual(row, value, number_format=None):
        def damage(wb):
            c = wb.cell(row, "Consuntivo")
            c.value = value
            if number_format:
                c.number_format = number_format
            return wb.ref("Consuntivo", row)
        return damage
    unfit = "valore non adatto all'unità"
    cases.append(("actual «molto bene» in a count row", actual(count_row, "molto bene"), unfit,
                  []))
    cases.append(("actual «si» in a count row", actual(count_row, "si"), unfit, []))
    cases.append(("actual 12 in a deadline row", actual(date_row, 12, "General"), unfit,
                  []))
    cases.append(("actual a date in a percentage row",
                  actual(percent_row, datetime.datetime(YEAR, 3, 1), "DD/MM/YYYY"), unfit,
                  []))

    lo_inputs = []  # (case, path, message, cells, options) saved by LibreOffice below
    for name, damage, message, options in cases:
        file_name = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
        path, cells = damaged(filled, file_name, damage)
        check_refused(name, fresh_db(files, file_name), options + [path], message, cells)
        if name in ("_pira sheet deleted", "locked Indicatore changed", "row duplicated",
                    "actual «molto bene» in a count row"):
            lo_inputs.append((name, path, message, cells, options))

    # Exports the dataset does not know or has superseded.
    other_filled = os.path.join(scratch, "cases", "other-filled.xlsx")
    fill(files["other_a"], other_filled, db_facts(files["other_db"]))
    wb_other = Workbook(other_filled)
    check_refused("export of another dataset", fresh_db(files, "other-dataset"), [other_filled],
                  "cartella di un altro dataset",
                  [wb_other.meta_ref("dataset_id"), wb_other.meta_ref("export_id")])
    check_refused("export superseded", files["superseding_db"], [filled],
                  "cartella superata da un'esportazione successiva", wb_a.meta_ref("export_id"))

    # Proposta: weights of an objective summing to 80 are refused with pira score's error; the
    # same objective's weights moved but still summing to 100 are accepted.
    wb_p = Workbook(files["proposta_a"])
    by_objective = {}
    for r in wb_p.rows:
        by_objective.setdefault(str(wb_p.cell(r, "Codice obiettivo").value), []).append(r)
    code, obj_rows = next((c, rs) for c, rs in by_objective.items() if len(rs) == 3)

    def weights(values, name):
        wb = Workbook(files["proposta_a"])
        for r, w in zip(obj_rows, values):
            wb.cell(r, "Peso").value = w
        path = os.path.join(scratch, "cases", name + ".xlsx")
        wb.save(path)
        return path
    check_accepted("control: proposta, weights of %s 40+30+30" % code,
                   fresh_db(files, "proposta-100"), [weights([40, 30, 30], "proposta-100")],
                   {(wb_p.row_id(r), "weight"): w for r, w in zip(obj_rows, ("40", "30", "30"))})
    check_refused("proposta: weights of %s sum to 80" % code, fresh_db(files, "proposta-80"),
                  [weights([40, 30, 10], "proposta-80")], "la somma dei pesi non è 100",
                  ["Indicatori!%s%d" % (openpyxl.utils.get_column_letter(c), r)
                   for r in obj_rows for c in range(1, wb_p.ws.max_column + 1)])
    # In a proposta the target is editable but must fit the unit; the names stay locked.
    target_header = next(h for h in wb_p.columns if re.fullmatch(r"Target \d{4}", h))
    rows_p = pick_rows(wb_p, facts)
    for name, row, header, value, message in (
            ("proposta: target «molto bene» in a count row", rows_p["number"], target_header,
             "molto bene", "valore non adatto all'unità"),
            ("proposta: target 12 in a deadline row", rows_p["date"], target_header, 12,
             "valore non adatto all'unità"),
            ("proposta: locked Indicatore changed", rows_p["number"], "Indicatore",
             str(wb_p.cell(rows_p["number"], "Indicatore").value) + " (modificato)",
             "campo bloccato modificato")):
        wb = Workbook(files["proposta_a"])
        wb.cell(row, header).value = value
        file_name = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
        path = os.path.join(scratch, "cases", file_name + ".xlsx")
        wb.save(path)
        check_refused(name, fresh_db(files, file_name), [path], message, wb.ref(header, row))

    # A file that cannot be read at all: exit 2, the dataset untouched.
    with open(filled, "rb") as f:
        data = f.read()
    truncated = os.path.join(scratch, "cases", "truncated.xlsx")
    with open(truncated, "wb") as f:
        f.write(data[:len(data) // 2])
    garbage = os.path.join(scratch, "cases", "garbage.xlsx")
    with open(garbage, "wb") as f:
        f.write(hashlib.sha256(b"garbage").digest() * 64)
    check_refused("truncated .xlsx", fresh_db(files, "truncated"), [truncated], None,
                  exit_code=2)
    check_refused("garbage .xlsx", fresh_db(files, "garbage"), [garbage], None, exit_code=2)

    # Another writer: LibreOffice saves the filled workbook (accepted) and damaged ones (refused
    # as before).
    lo_dir = os.path.join(scratch, "libreoffice")
    profile = "/tmp/lo-ref-%d" % os.getpid()
    inputs = [filled] + [path for _, path, _, _, _ in lo_inputs]
    done = subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                           "--convert-to", "xlsx", "--outdir", lo_dir, *inputs],
                          capture_output=True, text=True, check=False, timeout=170,
                          env=dict(env, HOME=profile))
    shutil.rmtree(profile, ignore_errors=True)
    saved = {p: os.path.join(lo_dir, os.path.basename(p)) for p in inputs}
    missing = [p for p in saved.values() if not os.path.exists(p)]
    if missing:
        failures.append("LibreOffice wrote no %s (exit %d)\n%s%s" % (
            ", ".join(missing), done.returncode, done.stdout[-1500:], done.stderr[-1500:]))
        print("FAIL LibreOffice conversion", flush=True)
    else:
        check_accepted("LibreOffice: filled workbook accepted", fresh_db(files, "lo-control"),
                       [saved[filled]], typed)
        for name, path, message, cells, options in lo_inputs:
            check_refused("LibreOffice: " + name, fresh_db(files, "lo-" + os.path.basename(path)),
                          options + [saved[path]], message, cells)

    print("%d cases: %d passed, %d failed" % (len(results), sum(ok for _, ok in results),
                                              len(failures)))
    if failures:
        print("\n%d failures:" % len(failures))
        print("\n".join(failures))
        sys.exit(1)


main()
