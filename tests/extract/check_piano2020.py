#!/usr/bin/env python3
"""The sample PDFs of the Piano della performance 2020-2022 of the Camera di Commercio di Pistoia
(legacy, seed 004), extracted, against the transcription they were built from
(samples/piano2020/cruscotto.csv): every indicator, every field, in both renderings. The tree
(linea strategica, ambito, obiettivo operativo) is followed here from the transcription's rows,
and the seed's Italian forms are read here, without pira's normaliser. The area and the
strategic objective are compared as written (the dataset's text: the CSV holds the Pistoia-Prato
names they map to). The row whose name cell is empty in the seed must be reported.

Section 3.3, the cascade tables (samples/piano2020/cascata.csv), follows: every row, every field
(the target as written), the budget tables after them giving no row. The cruscotto's indicators
take the structure of the cascade row they match as their department; the match is computed
here from the transcriptions by the rule of docs/dataset.md, and read back from the dataset's
view v_indicatori (area_responsabilita).
Usage: check_piano2020.py PIRA SOURCE_DIR SCRATCH_DIR"""
import csv
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from field_check import check_renderings  # noqa: E402  (tests/extract/field_check.py)
from field_check import italian_number as number  # noqa: E402

DOCUMENT = "Piano della performance 2020-2022"
MISSING = {"-", "nd", "", "valore non ancora disponibile"}
# The seed's tipologie and units, as the dataset names them (mappings/types.toml, units.toml).
TYPES = {"indicatore di efficacia della spesa": "Efficacia", "indicatore di efficacia": "Efficacia",
         "efficacia": "Efficacia", "indicatore di risultato": "Risultato",
         "indicatore di utilizzo risorse": "Utilizzo risorse", "indicatore di outcome": "Impatto",
         "indicatore di qualità erogata": "Qualità", "salute economica": "Salute economica",
         "struttura": "Struttura", "efficienza": "Efficienza", "efficienza - ec04": "Efficienza",
         "indicatori dfp": "Indicatore Funzione Pubblica", "": ""}
UNITS = {"Percentuale": "%", "rapporto": "rapporto", "giudizio": "giudizio",
         "numero in valore assoluto": "n.", "giorni": "gg", "data": "data", "data finale": "data",
         "Valore": "valore"}
DATE = r"(\d\d)/(\d\d)/(\d{4})"


def machine(text):
    """The seed's value or target in pira's machine form: '2,80%' -> '2.8%', '2.000' -> '2000',
    '15/08/2020' (a deadline) -> '<= 2020-08-15', '>3 ore' -> '> 3'; words as they are."""
    text = text.strip()
    if text in MISSING:
        return ""
    date = re.fullmatch(r"(?:entro )?" + DATE, text)
    if date:
        return "<= %s-%s-%s" % (date.group(3), date.group(2), date.group(1))
    m = re.fullmatch(r"(>=|<=|>|<)?\s*(-?[\d.,]+)\s*(%|ore)?", text)
    if m and number(m.group(2)) is not None:
        n = number(m.group(2))
        out = ("%d" % n if n == int(n) else ("%.4f" % n).rstrip("0"))
        out += "%" if m.group(3) == "%" else ""
        return "%s %s" % (m.group(1), out) if m.group(1) else out
    return text


def baseline(text):
    """A value (not a target): a date is the date itself."""
    date = re.fullmatch(DATE, text.strip())
    return "%s-%s-%s" % (date.group(3), date.group(2), date.group(1)) if date else machine(text)


def objective(row):
    """Code and name of an Obiettivo operativo row: 'A.3.4 - Realizzazione ...', or the code
    in a cell of its own ('D1' | 'Garantire ...')."""
    if row["c2"]:
        return row["c2"], row["c3"]
    code, name = re.fullmatch(r"([A-I](?:\.?\d)*\.?)(?: -)? (.+)", row["c3"]).groups()
    return code, name


def expected_rows():
    with open(os.path.join(sys.argv[2], "samples", "piano2020", "cruscotto.csv"),
              encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    tree, want = {}, []
    for r in rows:
        cells = [r["c%d" % k] for k in range(14)]
        filled = [c for c in cells if c]
        if r["kind"] == "linea":
            tree = {"area": filled[-1]}
        elif r["kind"] == "ambito":
            code, name = filled[-2], filled[-1]
            tree = {"area": tree["area"], "strategic_objective": code + " " + name,
                    "objective_code": code, "objective_name": name}
        elif r["kind"] == "operativo":
            tree["objective_code"], tree["objective_name"] = objective(r)
        elif r["kind"] == "indicatore" and cells[1]:
            want.append(dict(tree, document=DOCUMENT, year="2020", indicator_name=cells[1],
                             formula=cells[3], baseline=baseline(cells[6]),
                             weight=machine(cells[7]).rstrip("%"),
                             target_2020=machine(cells[8]), target_2021=machine(cells[9]),
                             target_2022=machine(cells[10]), type=TYPES[cells[11].lower()],
                             unit=UNITS[cells[12]]))
    return want


def cascade_rows():
    with open(os.path.join(sys.argv[2], "samples", "piano2020", "cascata.csv"),
              encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    return [dict(document=DOCUMENT, year="2020", area=r["area"],
                 strategic_objective=r["strategic_objective"], objective_code=r["objective_code"],
                 objective_name=r["objective_name"], indicator_name=r["indicator_name"],
                 formula=r["formula"], target_as_written=r["target"],
                 department=r["department"], line=r["source_ref"]) for r in rows]


def fold(text):
    text = unicodedata.normalize("NFKD", text.lower())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def department(indicator, cascade):
    """The rule of docs/dataset.md: a cascade row of the same linea (first letter of the code)
    with the same formula (2 points) and/or name (1 point), folded; ties to the longer common
    code prefix (dots and spaces aside), then to the first row."""
    def code(r):
        return r["objective_code"].replace(".", "").replace(" ", "")
    best, found = 0, ""
    for c in cascade:
        if code(c)[0] != code(indicator)[0]:
            continue
        points = 2 * (fold(c["formula"]) == fold(indicator["formula"])) + \
            (fold(c["indicator_name"]) == fold(indicator["indicator_name"]))
        prefix = len(os.path.commonprefix([code(c), code(indicator)]))
        if points and points * 1000 + prefix > best:
            best, found = points * 1000 + prefix, c["department"]
    return found


def extracted(r):
    out = {k: r.get(k, "") for k in ("document", "year", "objective_code", "objective_name",
                                     "indicator_name", "formula", "baseline", "weight",
                                     "target_2020", "target_2021", "target_2022", "type",
                                     "unit", "department")}
    out["baseline"] = out["baseline"].lstrip("'")
    out["area"] = r.get("text:area", "")
    out["strategic_objective"] = r.get("text:strategic_objective", "")
    out["target_as_written"] = r.get("text:target_2020", "")
    out["line"] = ""
    return out


# Cells only the budget tables after each cascade table hold: none may reach a row.
BUDGET = ("Totale Programma", "TOTALE LINEA", "Oneri promozionali", "PUNTO IMPRESA :",
          "Azioni di intervento", "Bando contributi", "Quota consortile")


def no_budget_cell(scratch):
    failures = []
    for rendering in ("rigata", "semplice"):
        with open(os.path.join(scratch, rendering + ".csv"), encoding="utf-8") as f:
            for n, row in enumerate(csv.DictReader(f), start=1):
                failures += ["%s row %d: a budget table's cell %r" % (rendering, n, v)
                             for v in row.values() if any(b in v for b in BUDGET)]
    return failures


def check_view(pira, scratch, want):
    """The dataset's view: every indicator's department (area_responsabilita), in order, in
    the dataset `pira extract --db` loaded and in one `pira import` of the extracted table."""
    failures = []
    imported = os.path.join(scratch, "imported.db")
    done = subprocess.run([pira, "import", os.path.join(scratch, "rigata.csv"), "--db", imported],
                          capture_output=True, text=True)
    if done.returncode != 0:
        return ["pira import: exit %d\n%s" % (done.returncode, done.stderr)]
    for rendering in ("rigata", "semplice", "imported"):
        with sqlite3.connect(os.path.join(scratch, rendering + ".db")) as con:
            got = con.execute("SELECT codice_obiettivo, indicatore, "
                              "COALESCE(area_responsabilita, '') FROM v_indicatori "
                              "ORDER BY indicator_id").fetchall()
        expected = [(w["objective_code"], w["indicator_name"], w["department"]) for w in want]
        failures += ["%s: v_indicatori %r, expected %r" % (rendering, g, e)
                     for g, e in zip(got, expected) if g != e]
        if len(got) != len(expected):
            failures.append("%s: %d rows in v_indicatori" % (rendering, len(got)))
        print("%s: %d indicators of the cruscotto with a structure as their department"
              % (rendering, sum(1 for g in got[:53] if g[2])))
    return failures


def main():
    pira, source, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    sample = os.path.join(source, "samples", "piano2020")
    pdfs = {r: os.path.join(sample, "piano2020-%s.pdf" % r) for r in ("rigata", "semplice")}
    cascade = cascade_rows()
    cruscotto = expected_rows()
    for row in cruscotto:
        row["department"] = department(row, cascade)
    # Every cascade row is a row of its own; its source line is not compared (a page here).
    want = cruscotto + [dict((k, v) for k, v in c.items() if k != "line") for c in cascade]
    failures = check_renderings(
        pira, pdfs, want, extracted, "indicator_name", scratch,
        stderr_has=("senza nome dell'indicatore: non caricate: «Punteggio medio di sintesi",
                    "intestazioni vuote prese dalla tabella precedente: «Peso»"))
    failures += check_view(pira, scratch, want)
    failures += no_budget_cell(scratch)
    if failures:
        print("\n".join(failures[:60]))
        sys.exit(1)


if __name__ == "__main__":  # importable by tests/renderings/
    main()
