#!/usr/bin/env python3
"""Builds the sample workbooks from samples/relazione2025/indicatori.csv, the way people keep
indicator tables in spreadsheets: a title above the table, objective columns merged over their
indicators' rows, weights and percentages stored as fractions with a percent format, dates as
date serials, some numbers typed as text, two tables on one sheet.

openpyxl (Debian's python3-openpyxl) writes the first version; LibreOffice re-saves it, as a
user's office suite would, in the formats pira reads. Run from the repository root:
    /usr/bin/python3 samples/workbooks/make_workbooks.py
The outputs are committed; the script is here to regenerate them."""
import csv
import datetime
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "relazione2025", "indicatori.csv")
OBJECTIVE_COLUMNS = ["ente", "document", "year", "area", "strategic_objective",
                     "objective_code", "objective_name"]
COLUMNS = OBJECTIVE_COLUMNS + ["indicator_code", "indicator_name", "target", "actual",
                               "weight", "source_ref"]


def italian_number(text):
    return float(text.replace(".", "").replace(",", "."))


def typed(column, text, row_number, rich):
    """The value a person would have typed: (value, number_format)."""
    if not rich:
        if column == "weight":
            return italian_number(text.rstrip("%")), "0.00"
        return text, None
    if column == "year":
        return int(text), None
    if column == "weight" and row_number % 5 != 0:  # one in five stays typed as text
        return italian_number(text.rstrip("%")) / 100, "0.00%"
    if column == "actual":
        m = re.fullmatch(r"(\d[\d.]*,\d+) %", text)
        if m:
            return italian_number(m.group(1)) / 100, "0.00%"
        m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", text)
        if m:
            return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1))), "dd/mm/yyyy"
    return text, None


def build(path, rich):
    with open(SOURCE, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Indicatori 2025"
    ws["A1"] = "Relazione sulla performance 2025 - indicatori per obiettivo"
    ws["A1"].font = Font(bold=True, size=14)
    r = 3
    # Two tables on one sheet: the first ambito, then the others after an empty row.
    tables = [[x for x in rows if x["objective_code"].startswith("01")],
              [x for x in rows if not x["objective_code"].startswith("01")]]
    for t, table in enumerate(tables):
        for c, name in enumerate(COLUMNS, start=1):
            ws.cell(row=r, column=c, value=name).font = Font(bold=True)
        r += 1
        first_of_objective = r
        for i, row in enumerate(table):
            for c, name in enumerate(COLUMNS, start=1):
                value, fmt = typed(name, row[name], r, rich)
                if value == "":
                    continue
                if rich and name in OBJECTIVE_COLUMNS and r != first_of_objective:
                    continue  # merged below
                cell = ws.cell(row=r, column=c, value=value)
                if fmt:
                    cell.number_format = fmt
            last = i + 1 == len(table) or table[i + 1]["objective_code"] != row["objective_code"]
            if last:
                if rich and r > first_of_objective:
                    for c in range(1, len(OBJECTIVE_COLUMNS) + 1):
                        ws.merge_cells(start_row=first_of_objective, start_column=c,
                                       end_row=r, end_column=c)
                first_of_objective = r + 1
            r += 1
        r += 1  # the empty row between the tables
    wb.save(path)


PIRA_BLOCKS = [
    ("01_01_OS02", "La transizione energetica e sostenibile (progetto FNP 2025-2026)",
     "11 – Competitività e sviluppo delle imprese", "45.500,00 €",
     [("Attività informativa", "Efficienza", "n.", "n.d.", ">=", "1", "2", "n.d.", 0.143),
      ("Servizi di consulenza/assistenza tecnica", "Volume", "n.", "n.d.", ">=", "5", "5", "n.d.",
       0.143),
      ("Grado di utilizzo delle risorse", "Salute economica", "%", "n.d.", ">=", "80%", "n.d.",
       "n.d.", 0.714)]),
    ("01_04_OS01", "Valorizzazione degli spazi camerali e dell'Auditorium",
     "011 - Competitività e sviluppo delle imprese", "30.000,00 €",
     [("Attrattività eventi realizzati", "Volume", "n.", "9.948", ">=", "10.000", "10.000",
       "10.000", 0.5),
      ("Eventi Auditorium", "Volume", "n.", "34", ">=", "35", "35", "35", 0.5)]),
]


def build_pira_layout(path):
    """The PIRA of Pistoia-Prato as an office keeps it in a workbook: label cells beside their
    values, a bold header row with the comparator in a column of its own, weights as fractions
    with a percent format."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PIRA 2026"
    r = 1
    for code, name, mission, resources, rows in PIRA_BLOCKS:
        for label, value in (("D.M. 27/03/2013 Missione:", mission), ("Obiettivo:", name),
                             ("Codice:", code), ("Risorse economiche:", resources),
                             ("Area di responsabilità:", "Promozione e Sviluppo Economico")):
            ws.cell(row=r, column=1, value=label)
            ws.cell(row=r, column=2, value=value)
            r += 1
        r += 1
        for c, h in enumerate(["Indicatori", "Tipologia", "UdM", "Stato 2025", "", "Target 2026",
                               "Target 2027", "Target 2028", "Peso indicatori"], start=1):
            ws.cell(row=r, column=c, value=h or None).font = Font(bold=True)
        r += 1
        for row in rows:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                if c == 9:
                    cell.number_format = "0.0%"
            r += 1
        r += 1
    wb.save(path)


PRATO_SCHEDE = [  # seed 003, lines 162-182 and 184-199
    ("Destinazione Prato", "La sede camerale: uno spazio aperto per la città", "Segretario Generale",
     "€ 30.000", "Obiettivo: aumentare l'attrattività del territorio",
     [("Realizzazione fisica", "Attrattività eventi realizzati",
       "n. partecipanti ad eventi realizzati presso la sede camerale", "n.", "3.960", "4.428",
       "15.500", "15.500", "15.500", "29%"),
      ("Output", "Eventi Spazi camerali", "n. eventi realizzati e/o ospitati nella nuova sede", "n.",
       "35", "42", "130", "130", "130", "32%"),
      ("Output", "Eventi Auditorium", "n. eventi realizzati e/o ospitati nell'auditorium", "n.", "13",
       "20", "50", "50", "50", "40%"),
      ("Realizzazione finanziaria", "Sostegno al territorio",
       "Valore Concessione auditorium a titolo gratuito", "euro", "1.600", "2.000", "8.000",
       "8.000", "8.000", "25%"),
      ("Realizzazione finanziaria", "Grado di utilizzazione risorse a budget",
       "Risorse utilizzate / Risorse a budget", "%", "96%", "96%", "80%", "80%", "80%", "100%"),
      ("Realizzazione finanziaria", "Grado di auto finanziamento dell'auditorium",
       "Risorse ricavate dall'utilizzo dell'auditorium per iniziative di terzi/Spese per il "
       "funzionamento dell'auditorium", "%", "9%", "10%", "50%", "50%", "50%", "21%")]),
    ("Prato città degli imprenditori", "Promozione della cultura imprenditoriale - Punto Impresa Digitale",
     "Dirigente Settore Affari Generali ed Economici", "€ 165.600,00",
     "Obiettivo: aumentare il livello di preparazione degli imprenditori e stimolarne la nascita di nuovi",
     [("Realizzazione fisica", "Formazione interna", "n.ro di ore di formazione svolte dai Digital Promoter",
       "n.", "9", "40", "20", "n.d.", "n.d.", "100%"),
      ("Realizzazione fisica", "Concessione contributi alle imprese",
       "Domande di contributo gestite dall'ufficio", "n.", "49", "67", "15", "n.d.", "n.d.", "100%"),
      ("Realizzazione fisica", "Numero imprese coinvolte dal PID",
       "n.ro di imprese coinvolte nell'attività di orientamento", "n.", "5", "84", "80", "n.d.", "n.d.",
       "100%"),
      ("Realizzazione fisica", "Numero di eventi di informazione e sensibilizzazione organizzati dal PID",
       "Numero eventi di informazione e sensibilizzazione organizzati nell'anno", "n.", "9", "13", "5",
       "n.d.", "n.d.", "100%"),
      ("Realizzazione finanziaria", "Grado di utilizzazione risorse a budget",
       "risorse utilizzate /risorse a budget", "%", "100%", "100%", "80%", "n.d.", "n.d.", "100%")]),
]


def build_prato_layout(path):
    """Prato's PIRA 2020 schede as the office kept them: labels in column A, an indicator table
    whose first column is empty, a "Stakeholder" row closing it, values typed as text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PIRA 2020"
    r = 1
    for area, programme, centre, budget, objective, rows in PRATO_SCHEDE:
        for label, value in (("Area strategica", area), ("Programma", programme),
                             ("Centro di Responsabilità", centre), ("Budget", budget),
                             ("Obiettivo", objective)):
            ws.cell(row=r, column=1, value=label)
            ws.cell(row=r, column=2, value=value)
            r += 1
        for c, h in enumerate(["Indicatori", "Tipologia", "Indicatore", "Formula", "UDM",
                               "30/09/2020", "Stato 2020", "Target 2020", "Target 2021",
                               "Target 2022", "Performance"], start=1):
            ws.cell(row=r, column=c, value=h)
        r += 1
        for row in rows:
            for c, v in enumerate(row, start=2):
                ws.cell(row=r, column=c, value=v)
            r += 1
        ws.cell(row=r, column=2, value="Stakeholder")
        ws.cell(row=r, column=3, value="Imprese, Consumatori, Cittadini e loro Associazioni")
        r += 2
    wb.save(path)


def resave(src, fmt, out_dir):
    home = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", out_dir, src],
                   check=True, capture_output=True, env={**os.environ, "HOME": home})
    shutil.rmtree(home, ignore_errors=True)


def with_1904_dates(src, dst):
    """The same workbook in Excel for Mac's 1904 date system: serials shifted by 1462 days."""
    wb = openpyxl.load_workbook(src)
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    wb.save(dst)


def main():
    tmp = tempfile.mkdtemp()
    rich = os.path.join(tmp, "relazione2025.xlsx")
    build(rich, rich=True)
    resave(rich, "xlsx", HERE)                      # as LibreOffice/Excel would save it
    shutil.copy(rich, os.path.join(HERE, "relazione2025-openpyxl.xlsx"))  # unreadable: refused
    resave(rich, "ods", tmp)                        # merged cells and percentages: refused
    shutil.copy(os.path.join(tmp, "relazione2025.ods"),
                os.path.join(HERE, "relazione2025-unite.ods"))
    m1904 = os.path.join(tmp, "relazione2025-1904.xlsx")
    with_1904_dates(rich, m1904)
    resave(m1904, "xlsx", HERE)
    prato = os.path.join(tmp, "prato-pira2020.xlsx")
    build_prato_layout(prato)                       # the legacy Prato layout, for its profile
    resave(prato, "xlsx", HERE)
    pira = os.path.join(tmp, "pira2026.xlsx")
    build_pira_layout(pira)                         # a layout for the extraction profiles
    resave(pira, "xlsx", HERE)
    plain = os.path.join(tmp, "relazione2025-semplice.xlsx")
    build(plain, rich=False)                        # no merges, no percent formats
    resave(plain, "xls", HERE)
    resave(plain, "ods", HERE)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
