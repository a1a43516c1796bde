#!/usr/bin/python3
"""The PIRA 2026 of the Camera di Commercio di Pistoia-Prato (samples/pira2026/indicatori.csv) as
an office would export it from a database: ONE FLAT TABLE, a row per indicator, every field of
the row in a column of its own (the objective's fields repeated on each of its indicators).

Layout: A4 landscape, Liberation Sans 5.5 pt, thin grey rules, regular (not bold) cells; a
two-line header in bold, repeated at the top of each page: group labels on the first line
("Obiettivo" over "Codice" / "Denominazione", "Indicatore" over "Nome" / "Descrizione", "Target"
over "2026 2027 2028"), the single headers on the first line of the two; the title "PIRA 2026 -
Piano degli indicatori e risultati attesi di bilancio - Camera di Commercio di Pistoia-Prato" on
the first page only (the plan's year is nowhere else); "Pagina N" at the foot of each page.
Cells are written as indicatori.csv writes them (comparators glued to the 2026 target: ">= 80%").
The output is deterministic (reportlab's invariant mode).

Usage: make_flat_pdf.py [--csv INDICATORI.csv] --out FILE.pdf"""
import argparse
import csv
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "samples", "pira2026", "indicatori.csv")
FONTS = "/usr/share/fonts/truetype/liberation"
TITLE = ("PIRA 2026 - Piano degli indicatori e risultati attesi di bilancio - "
         "Camera di Commercio di Pistoia-Prato")

# (group label or None, header, CSV column, width in points)
COLUMNS = [
    (None, "Missione", "mission", 60),
    (None, "Programma", "programme", 70),
    (None, "Ambito strategico", "strategic_objective", 64),
    ("Obiettivo", "Codice", "objective_code", 40),
    ("Obiettivo", "Denominazione", "objective_name", 62),
    (None, "Risorse", "resources_eur", 38),
    (None, "Area", "department", 44),
    (None, "Ufficio", "office", 60),
    ("Indicatore", "Nome", "indicator_name", 70),
    ("Indicatore", "Descrizione", "description", 80),
    (None, "Tipologia", "type", 32),
    (None, "UdM", "unit", 20),
    (None, "Stato 2025", "baseline", 40),
    ("Target", "2026", "target_2026", 34),
    ("Target", "2027", "target_2027", 31),
    ("Target", "2028", "target_2028", 31),
    (None, "Peso", "weight", 24),
]


def fonts():
    pdfmetrics.registerFont(TTFont("LibSans", os.path.join(FONTS, "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LibSans-Bold", os.path.join(FONTS, "LiberationSans-Bold.ttf")))


def header_rows(bold):
    """Two header lines; a column without group label spans both, a group label spans its
    columns on the first line."""
    first, second, spans = [], [], []
    i = 0
    while i < len(COLUMNS):
        group = COLUMNS[i][0]
        if group is None:
            first.append(Paragraph(escape(COLUMNS[i][1]), bold))
            second.append("")
            spans.append(("SPAN", (i, 0), (i, 1)))
            i += 1
            continue
        j = i
        while j < len(COLUMNS) and COLUMNS[j][0] == group:
            j += 1
        first.append(Paragraph(escape(group), bold))
        first += [""] * (j - i - 1)
        second += [Paragraph(escape(c[1]), bold) for c in COLUMNS[i:j]]
        spans.append(("SPAN", (i, 0), (j - 1, 0)))
        i = j
    return [first, second], spans


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LibSans", 6)
    canvas.drawCentredString(doc.pagesize[0] / 2, 12, "Pagina %d" % doc.page)
    canvas.restoreState()


def build(source, out):
    fonts()
    regular = ParagraphStyle("cell", fontName="LibSans", fontSize=5.5, leading=6.6)
    bold = ParagraphStyle("head", parent=regular, fontName="LibSans-Bold")
    title = ParagraphStyle("title", fontName="LibSans-Bold", fontSize=10, leading=12)
    with open(source, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    data, spans = header_rows(bold)
    for r in rows:
        data.append([Paragraph(escape(r[c[2]]), regular) for c in COLUMNS])
    table = Table(data, colWidths=[c[3] for c in COLUMNS], repeatRows=2)
    table.setStyle(TableStyle(spans + [
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 1), colors.Color(0.9, 0.9, 0.9)),
    ]))
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=15, rightMargin=15,
                            topMargin=20, bottomMargin=28, invariant=1, title=TITLE,
                            author="Camera di Commercio di Pistoia-Prato")
    doc.build([Paragraph(escape(TITLE), title), Spacer(1, 6), table],
              onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", default=SOURCE)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    build(args.csv, args.out)
