"""A workbook written by openpyxl (Debian's python3-openpyxl), not by pira: several sheets, one
hidden and one very hidden, text of every kind, numbers of every size, percentages, dates and
datetimes, booleans, error values, formulas (openpyxl writes no cached value), merged cells,
bold cells. openpyxl writes absolute part names (/xl/worksheets/sheet1.xml) in its
relationships. LibreOffice re-saves this file as xlsx and ods in check_readers.py."""
import datetime
import random

import openpyxl
from openpyxl.styles import Font

BOLD = Font(bold=True)


def write(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Indicatori 2025"
    header = ["Codice", "Indicatore", "Target", "Consuntivo", "Peso", "Scadenza", "Rilevato",
              "Raggiunto", "Formula"]
    for col, text in enumerate(header, 1):
        ws.cell(row=1, column=col, value=text).font = BOLD
    rows = [
        ["01_01_ulco1", "Livelli di attività di valutazione della maturità digitale", ">= 95%",
         0.6119, 0.333, datetime.date(2025, 4, 30), datetime.datetime(2025, 4, 9, 14, 30), True,
         "=D2*100"],
        ["OC_DTDE_02", "Azioni di diffusione della cultura digitale ed ecologica", "1.003 N.", 1003,
         0.2, datetime.date(2025, 12, 31), datetime.datetime(2025, 1, 1, 0, 0, 1), False,
         "=IF(D3>=1000,\"ok\",\"no\")"],
        ["01_01_0S04", "Adozione bando investimenti", "entro il 30/04/2025", -12.5, 1,
         datetime.date(1999, 12, 31), datetime.datetime(2000, 2, 29, 23, 59, 59), True,
         "=SUM(D2:D4)"],
        ["àèéìòù ÀÈÉ", "Città, qualità, perché — «virgolette» ‘apici’", "€ 1.234,56", 1e16, 0.0,
         datetime.date(2024, 2, 29), datetime.datetime(1970, 1, 1, 12, 0), False, "=1/0"],
        ["emoji 😀 🇮🇹", "Testo con\nritorno a capo", "tab\tinterno", 1e-7, 0.1 + 0.2,
         datetime.date(2030, 1, 15), datetime.datetime(2025, 6, 30, 8, 15, 30), True,
         "=A2&\" - \"&B2"],
        ["   ", "\u00a0", " spazi intorno ", 123456789.125, 12.345, datetime.date(1900, 3, 1),
         datetime.datetime(2025, 4, 30, 0, 0), False, "=DATE(2025,4,30)"],
        ["barra \\ inversa", "cr\r\nlf", "0012", 2 ** 53, -0.0001, datetime.date(2025, 4, 30),
         datetime.datetime(2025, 4, 30, 18, 0), True, "=D2>0.5"],
        ["TRUE", "#N/A", "=non è una formula", 42, 1.5, None, None, None, "=D8*E8"],
    ]
    for r, values in enumerate(rows, 2):
        for c, value in enumerate(values, 1):
            if value is None:
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, str) and value.startswith("=non"):
                cell.data_type = "s"  # text that starts with "=", not a formula
    for r in range(2, len(rows) + 2):
        ws.cell(row=r, column=5).number_format = "0%" if r % 2 else "0.00%"
        ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).number_format = "dd/mm/yyyy hh:mm:ss" if r % 2 else "yyyy-mm-dd hh:mm"
    ws["D3"].number_format = "#,##0"
    ws["D5"].number_format = "0.00E+00"
    ws["D7"].number_format = "#,##0.00"
    ws["I7"].number_format = "dd/mm/yyyy"  # =DATE(...): a date once computed
    ws["C4"].font = BOLD
    ws["D6"].font = Font(bold=True, italic=True)
    # Merged cells: a title over three columns with its value, a block over two rows without one.
    ws["A11"] = "Area strategica unita"
    ws["A11"].font = BOLD
    ws.merge_cells("A11:C11")
    ws.merge_cells("E11:F12")
    ws["A13"] = "dopo le celle unite"
    # Adjacent equal cells and rows (LibreOffice writes them as repeated cells in ods).
    for r in (15, 16):
        for c in range(1, 4):
            ws.cell(row=r, column=c, value="uguale")
        for c in range(4, 7):
            ws.cell(row=r, column=c, value=7)
    ws["B18"] = "lontana"
    ws["Z40"] = "cella lontana"

    hidden = wb.create_sheet("Nascosto")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "foglio nascosto"
    hidden["B2"] = 3.25
    hidden["C3"] = "=B2*2"

    very = wb.create_sheet("Molto nascosto")
    very.sheet_state = "veryHidden"
    very["A1"] = "molto nascosto"

    other = wb.create_sheet("Sede d'Arezzo & Prato")
    other["A1"] = "Fonte"
    other["B1"] = "=\"Indicatori \"&'Indicatori 2025'!A2"
    other["A2"] = "Peso"
    other["B2"] = "='Indicatori 2025'!E2"
    other["B2"].number_format = "0.0%"
    other["A3"] = -1e-300
    other["A4"] = 1e308  # openpyxl writes 16 digits: DBL_MAX would overflow to inf
    other["A5"] = 0.5
    other["A6"] = 100.34
    other["A7"] = 61.19
    other["A8"] = "#DIV/0!"

    # Seeded random values: doubles of every magnitude (their shortest round-trip form), integers,
    # texts from many scripts, percentages and dates.
    rnd = random.Random(20251201)
    alphabet = ("abcxyzàèéìòùÀÉçñßøåæœ€£¥«»—–‘’“”…°±µ§¶·×÷ąčęłńśźżĳ" "αβγδΩЖжЯя" "東京漢字カタカナ"
                "😀🇮🇹∑√∞≥≤ \t\n\\\"'<>&;%#@")
    rand = wb.create_sheet("Casuali")
    rand.append(["double", "intero", "testo", "percentuale", "data", "grande/piccolo"])
    for r in range(2, 302):
        mantissa = rnd.random()
        rand.cell(row=r, column=1, value=mantissa * 10 ** rnd.randint(-12, 15) * rnd.choice((1, -1)))
        rand.cell(row=r, column=2, value=rnd.randint(-10 ** 12, 10 ** 12))
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30)))
        if text.startswith("=") or text.startswith("#"):
            text = "x" + text
        rand.cell(row=r, column=3, value=text)
        pct = rand.cell(row=r, column=4, value=round(rnd.random(), rnd.randint(1, 6)))
        pct.number_format = rnd.choice(("0%", "0.00%", "0.0%"))
        day = rand.cell(row=r, column=5, value=datetime.date(1900, 3, 1) + datetime.timedelta(days=rnd.randint(0, 60000)))
        day.number_format = rnd.choice(("dd/mm/yyyy", "yyyy-mm-dd", "d mmmm yyyy", "mm-dd-yy"))
        rand.cell(row=r, column=6, value=rnd.choice((1, -1)) * 10.0 ** rnd.randint(-300, 300) * (1 + rnd.random()))

    wb.create_sheet("Vuoto")
    wb.active = 0
    wb.save(path)


if __name__ == "__main__":
    import sys

    write(sys.argv[1])
