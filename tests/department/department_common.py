"""What the end-to-end tests of the round trip with the department heads share
(docs/round-trip.md): running pira and LibreOffice, reading the department workbooks with
openpyxl the way a dirigente's program would see them, filling them, and reading the dataset's
SQLite file. Used by check_consuntivo.py, check_recalc.py and check_proposta.py."""
import csv
import datetime
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata

import openpyxl

HEADER_ROW = 3
FIRST_ROW = 4
ENTE = "Camera di Commercio di Pistoia-Prato"


class Checks:
    """Collects failures; every check is an assertion with a message saying what differed."""

    def __init__(self, name):
        self.name = name
        self.failures = []
        self.passed = 0

    def check(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failures.append(what)
            print("FAIL: " + what, flush=True)
        return bool(condition)

    def equal(self, got, expected, what):
        return self.check(got == expected, "%s: got %r, expected %r" % (what, got, expected))

    def fatal(self, what):
        """A failure after which the rest of the script cannot run."""
        self.failures.append(what)
        print("FAIL (stopping): " + what, flush=True)
        self.finish()

    def finish(self):
        print("%s: %d checks passed, %d failed" % (self.name, self.passed, len(self.failures)))
        if self.failures:
            print("\n%d failures:" % len(self.failures))
            for f in self.failures[:60]:
                print("- " + f)
            sys.exit(1)
        sys.exit(0)


class Pira:
    def __init__(self, binary, scratch):
        # Runs happen in the scratch folder (no stray pira.db elsewhere): paths made absolute.
        self.binary = os.path.abspath(binary) if os.sep in binary else binary
        self.scratch = scratch
        self.env = dict(os.environ)
        self.env.pop("PIRA_DB", None)  # every dataset here is named with --db

    def run(self, *args):
        done = subprocess.run([self.binary, *args], capture_output=True, text=True, check=False,
                              env=self.env, cwd=self.scratch, timeout=120)
        return done

    def score_json(self, *args):
        """(completed process, figures or None) of `pira score ... --format json`."""
        out = os.path.join(self.scratch, "score-%d.json" % len(os.listdir(self.scratch)))
        done = self.run("score", *args, "--format", "json", "-o", out)
        figures = None
        if done.returncode == 0 and os.path.exists(out):
            with open(out, encoding="utf-8") as f:
                figures = json.load(f)
        return done, figures


def describe(done, limit=2500):
    """A finished process for a failure message: command, exit code, output."""
    return "`%s` exit %d\n--- stdout:\n%s--- stderr:\n%s" % (
        " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(done.args)),
        done.returncode, done.stdout[-limit:], done.stderr[-limit:])


def fresh_dir(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def fold(text):
    """Lower case without accents, blanks collapsed: how pira compares names."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def slug(area):
    """The area's part of an export's file name ("Promozione e Sviluppo Economico" ->
    "promozione-e-sviluppo-economico")."""
    return re.sub(r"[^a-z0-9]+", "-", fold(area)).strip("-")


def export_name(year, mode, area):
    return "%d-%s-%s.xlsx" % (year, mode, slug(area))


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        first = f.readline()
        f.seek(0)
        delimiter = max(";,\t", key=first.count)
        return list(csv.DictReader(f, delimiter=delimiter))


def write_csv(path, rows, columns):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, delimiter=";", extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)


def sha256_file(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


# --- The dataset ------------------------------------------------------------------------------

def db_counts(db):
    with sqlite3.connect(db) as con:
        return {t: con.execute("SELECT count(*) FROM %s" % t).fetchone()[0]
                for t in ("documents", "indicators", "facts", "history")}


def db_indicators(db):
    """{stable_id: {"id", "objective_code", "position", "facts": {field: (text, value,
    document_id, source_ref)}}}"""
    with sqlite3.connect(db) as con:
        out = {}
        by_id = {}
        for i, stable, code, position in con.execute(
                "SELECT id, stable_id, objective_code, position FROM indicators "
                "ORDER BY position"):
            out[stable] = by_id[i] = {"id": i, "stable_id": stable, "objective_code": code,
                                      "position": position, "facts": {}}
        for i, field, text, value, doc, ref in con.execute(
                "SELECT indicator_id, field, text, value, document_id, source_ref FROM facts"):
            by_id[i]["facts"][field] = (text, value, doc, ref)
    return out


def db_documents(db):
    with sqlite3.connect(db) as con:
        return [dict(zip(("id", "file_name", "title", "year", "replaced_by"), r))
                for r in con.execute("SELECT id, file_name, title, year, replaced_by "
                                     "FROM documents ORDER BY id")]


def db_history(db):
    with sqlite3.connect(db) as con:
        return [dict(zip(("indicator_id", "field", "text", "value", "document_id",
                          "source_ref", "replaced_by_doc"), r))
                for r in con.execute("SELECT indicator_id, field, text, value, document_id, "
                                     "source_ref, replaced_by_doc FROM history ORDER BY id")]


# --- The printed counts of an import ----------------------------------------------------------

def counts_of(line):
    """The counts of an import's summary line, label -> number, from "12 consuntivi nuovi, 0
    modificati" or "consuntivi nuovi: 12"."""
    out = {}
    for n, label in re.findall(r"(\d+)\s+([^\d,;:()\[\]]+)", line):
        out.setdefault(label.strip().rstrip("."), int(n))
    for label, n in re.findall(r"([^\d,;:()\[\]]+?)\s*[:=]\s*(\d+)", line):
        out.setdefault(label.strip(), int(n))
    return out


def count(counts, *words):
    """The first count whose label holds every one of `words` (folded), or None."""
    for label, n in counts.items():
        if all(w in fold(label) for w in words):
            return n
    return None


def names_cell(line, cellref):
    """Whether `line` names the cell `cellref` ("M5", not "M50" nor "AM5")."""
    return re.search(r"(?<![A-Z0-9])%s(?![0-9])" % re.escape(cellref), line) is not None


def summary_line(stdout, file_name, *words):
    """The line of `pira import`'s output about `file_name` that holds `words`."""
    for line in stdout.splitlines():
        if file_name in line and all(w in fold(line) for w in words):
            return line
    return None


# --- Department workbooks ---------------------------------------------------------------------

def header_text(value):
    return " ".join(str(value).split()) if value is not None else ""


class Sheet:
    """The Indicatori sheet of a department workbook, columns found by header text in row 3."""

    def __init__(self, checks, path, data_only=False):
        self.path = path
        self.wb = openpyxl.load_workbook(path, data_only=data_only)
        if "Indicatori" not in self.wb.sheetnames:
            checks.fatal("%s: no sheet Indicatori (sheets %s)" % (path, self.wb.sheetnames))
        self.ws = self.wb["Indicatori"]
        self.columns = {}
        for cell in self.ws[HEADER_ROW]:
            text = header_text(cell.value)
            if text and text not in self.columns:
                self.columns[text] = cell.column
        # Indicator rows: from row 4 while the hidden ID riga has a value.
        self.rows = []
        id_col = self.columns.get("ID riga")
        if id_col is None:
            checks.fatal("%s: no column «ID riga» in row 3 (headers: %s)"
                         % (path, list(self.columns)))
        r = FIRST_ROW
        while self.ws.cell(r, id_col).value not in (None, ""):
            self.rows.append(r)
            r += 1

    def col(self, checks, header):
        c = self.columns.get(header)
        if c is None:
            checks.fatal("%s: no column «%s» in row 3 of Indicatori (headers: %s)"
                         % (os.path.basename(self.path), header, list(self.columns)))
        return c

    def cell(self, checks, row, header):
        return self.ws.cell(row, self.col(checks, header))

    def value(self, checks, row, header):
        return self.ws.cell(row, self.col(checks, header)).value

    def row_id(self, row):
        return str(self.ws.cell(row, self.columns["ID riga"]).value)

    def save(self, path):
        self.wb.save(path)


def map_rows(checks, sheet, indicators, label):
    """{sheet row: dataset indicator} through the hidden ID riga; the indicator's name on the
    sheet must be the dataset's."""
    out = {}
    for r in sheet.rows:
        rid = sheet.row_id(r)
        ind = indicators.get(rid)
        if not checks.check(ind is not None,
                            "%s row %d: ID riga %r is no stable_id of the dataset"
                            % (label, r, rid)):
            continue
        name = sheet.value(checks, r, "Indicatore")
        checks.equal(name, ind["facts"]["indicator_name"][0],
                     "%s row %d (ID riga %s): indicator name" % (label, r, rid))
        out[r] = ind
    return out


# --- Values typed the way a dirigente types them ----------------------------------------------

UNIT_TEXT = {"n.": "N.", "fte": "fte", "gg": "gg", "h": "h", "€": "€"}


def italian_number(x, grouping=True):
    """61.19 -> "61,19", 7897 -> "7.897", 7.2 -> "7,20"; never a form pira would find
    ambiguous ("1,050")."""
    if float(x).is_integer():
        digits, decimals = "%d" % abs(int(x)), ""
    else:
        text = repr(abs(float(x)))
        whole, frac = text.split(".")
        frac = frac.ljust(2, "0")
        if len(frac) == 3 and whole != "0":
            frac += "0"
        digits, decimals = whole, "," + frac
    if grouping:
        groups = []
        while len(digits) > 3:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        digits = ".".join([digits] + groups)
    return ("-" if float(x) < 0 else "") + digits + decimals


def kind_of(machine):
    if machine == "":
        return "missing"
    if machine.endswith("%"):
        return "percent"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", machine):
        return "date"
    if machine in ("si", "no"):
        return "boolean"
    return "number"


def put_value(cell, machine, unit, form):
    """Writes `machine` (pira's machine form of an actual) into `cell` in `form`; returns the
    text typed, or None for a cell value that is not text."""
    kind = kind_of(machine)
    if kind == "percent":
        x = float(machine[:-1])
        if form == 0:
            cell.value = round(x / 100, 10)
            cell.number_format = "0.00%"
            return None
        if form == 1:
            cell.value = italian_number(x) + " %"
            return cell.value
        cell.value = italian_number(x) + "%"
        return cell.value
    if kind == "date":
        d = datetime.datetime.strptime(machine, "%Y-%m-%d")
        if form % 2 == 0:
            cell.value = d
            cell.number_format = "DD/MM/YYYY"
            return None
        cell.value = d.strftime("%d/%m/%Y")
        return cell.value
    if kind == "boolean":
        cell.value = machine
        return machine
    x = float(machine)
    if form == 0:
        cell.value = int(x) if x.is_integer() else x
        return None
    if form == 1:
        cell.value = italian_number(x) + (" " + UNIT_TEXT[unit] if unit in UNIT_TEXT else "")
        return cell.value
    cell.value = italian_number(x, grouping=True)
    return cell.value


# --- LibreOffice ------------------------------------------------------------------------------

RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def soffice(checks, inputs, outdir, convert_to, profile, recalc_always=False):
    """LibreOffice headless converts `inputs` into `outdir`; its own user profile `profile`
    (with recalc_always, the profile's Calc option "Recalculation on file load" is set to
    "Always recalculate" for Excel 2007+ and ODF files: Formula/Load/OOXMLRecalcMode and
    ODFRecalcMode = 0)."""
    os.makedirs(outdir, exist_ok=True)
    if recalc_always:
        os.makedirs(os.path.join(profile, "user"), exist_ok=True)
        with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w",
                  encoding="utf-8") as f:
            f.write(RECALC_ALWAYS)
    args = ["soffice", "-env:UserInstallation=file://" + profile, "--headless",
            "--convert-to", convert_to, "--outdir", outdir, *inputs]
    env = dict(os.environ)
    env["HOME"] = profile
    try:
        done = subprocess.run(args, capture_output=True, text=True, check=False, env=env,
                              timeout=150)
    except subprocess.TimeoutExpired:
        checks.fatal("LibreOffice did not finish within 150 s: %s" % " ".join(args))
    ext = convert_to.split(":")[0]
    outputs = [os.path.join(outdir, os.path.splitext(os.path.basename(i))[0] + "." + ext)
               for i in inputs]
    for out in outputs:
        if not os.path.exists(out):
            checks.fatal("LibreOffice wrote no %s (exit %d)\n%s%s"
                         % (out, done.returncode, done.stdout[-1500:], done.stderr[-1500:]))
    return outputs


# --- The Relazione 2025 sample as a plan with departments -------------------------------------

PROMOZIONE = "Promozione e Sviluppo Economico"
REGOLAZIONE = "Regolazione del Mercato e Qualità"  # an accent: the file name folds it
SEGRETERIA = "Segretario Generale"
AREAS_2025 = [PROMOZIONE, REGOLAZIONE, SEGRETERIA]


def area_of(objective_code):
    """Three areas, each objective inside one."""
    if objective_code.startswith("01_01_"):
        return PROMOZIONE
    if objective_code.startswith("03_"):
        return SEGRETERIA
    return REGOLAZIONE


def unit_of(target):
    """The unit a plan would state for the sample's target text."""
    t = fold(target)
    if t.startswith("entro"):
        return "data"
    if "%" in t:
        return "%"
    for unit in ("fte", "gg"):
        if unit in t:
            return unit
    return "n." if "n" in t else ""


class Relazione2025:
    """samples/relazione2025/indicatori.csv scored as it is (the reference), and loaded into
    `db` as a plan without actuals, with departments and units."""

    def __init__(self, checks, pira, source, db):
        self.sample = os.path.join(source, "samples", "relazione2025", "indicatori.csv")
        done, self.reference = pira.score_json(self.sample)
        if self.reference is None:
            checks.fatal("pira score on the complete sample: " + describe(done))
        self.rows = read_csv(self.sample)
        checks.equal(len(self.rows), 82, "rows of the sample")
        checks.equal(len(self.reference["indicators"]), len(self.rows),
                     "indicators scored in the sample")
        checks.equal(len(self.reference["objectives"]), 13, "objectives scored in the sample")
        plan_rows = []
        for row, scored in zip(self.rows, self.reference["indicators"]):
            plan = {k: v for k, v in row.items() if k not in ("actual", "source_ref")}
            plan["document"] = "PIRA 2025"
            plan["department"] = area_of(scored["objective_code"])
            plan["unit"] = unit_of(row["target"])
            plan_rows.append(plan)
        self.plan = os.path.join(pira.scratch, "piano-2025.csv")
        write_csv(self.plan, plan_rows,
                  ["ente", "document", "year", "area", "strategic_objective", "objective_code",
                   "objective_name", "department", "indicator_code", "indicator_name", "unit",
                   "target", "weight"])
        done = pira.run("import", "--db", db, self.plan)
        if done.returncode != 0:
            checks.fatal("import of the plan: " + describe(done))
        self.indicators = db_indicators(db)
        self.by_position = sorted(self.indicators.values(), key=lambda i: i["position"])
        checks.equal(len(self.by_position), 82, "indicators in the dataset after the plan")
        # dataset indicator id -> (sample row, reference figure)
        self.sample_of = {}
        for ind, row, scored in zip(self.by_position, self.rows, self.reference["indicators"]):
            checks.equal(ind["facts"].get("indicator_name", ("",))[0], row["indicator_name"],
                         "dataset indicator at position %d" % ind["position"])
            checks.equal(ind["objective_code"], scored["objective_code"],
                         "objective code of %r in the dataset" % row["indicator_name"])
            self.sample_of[ind["id"]] = (row, scored)

    def of_area(self, area):
        """The area's indicators in the order of its workbook: objective code, then dataset."""
        return sorted((i for i in self.by_position
                       if fold(i["facts"].get("department", ("",))[0]) == fold(area)),
                      key=lambda i: (i["objective_code"], i["position"]))
