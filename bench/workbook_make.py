#!/usr/bin/env python3
"""A large workbook for bench/workbook_bench.sh, written by openpyxl (write-only mode), not by
pira: ROWS rows of 10 columns like an indicator table (codes, names, a repeated area, a target
text, numbers, percentages, dates, booleans, a negative float). openpyxl writes every string
inline; with --shared the strings go to a shared strings table instead (as Excel and
LibreOffice write them; written with zipfile as raw XML since openpyxl cannot).
Usage: workbook_make.py ROWS OUT.xlsx [--shared]  Prints the number of cells."""
import datetime
import sys
import zipfile

AREAS = ["Promozione e sostegno allo sviluppo", "Digitalizzazione", "Ambiente ed energia",
         "Turismo e cultura", "Internazionalizzazione", "Semplificazione amministrativa",
         "Formazione e lavoro", "Credito e finanza", "Legalità e trasparenza", "Efficienza interna"]
TARGETS = [">= 95%", "1.003 N.", "entro il 30/04/2025", ">= 80,00 %", "100%", ">=4 N."]
BASE = datetime.date(2025, 1, 1)


def row(r):
    return [
        "%02d_%02d_ind%05d" % (r % 7, r % 11, r),          # code (unique)
        "Indicatore di performance numero %d" % r,           # name (unique)
        AREAS[r % len(AREAS)],                               # area (shared)
        TARGETS[r % len(TARGETS)],                           # target text (shared)
        r * 3 + 0.25,                                        # number
        (r % 1000) / 1000,                                   # percentage
        BASE + datetime.timedelta(days=r % 365),             # date
        r % 3 == 0,                                          # boolean
        r % 500,                                             # integer
        -r / 7,                                              # negative float
    ]


def with_openpyxl(rows, path):
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Indicatori")
    ws.append(["Codice", "Indicatore", "Area", "Target", "Valore", "Percentuale", "Data",
               "Raggiunto", "Peso", "Scarto"])
    for r in range(1, rows + 1):
        values = row(r)
        pct = WriteOnlyCell(ws, value=values[5])
        pct.number_format = "0.00%"
        date = WriteOnlyCell(ws, value=values[6])
        date.number_format = "dd/mm/yyyy"
        ws.append(values[:5] + [pct, date] + values[7:])
    wb.save(path)


def with_shared_strings(rows, path):
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    strings, index = [], {}

    def s(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    epoch = datetime.date(1899, 12, 30)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            f.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s"><sheetData>' % main).encode())
            header = ["Codice", "Indicatore", "Area", "Target", "Valore", "Percentuale", "Data", "Raggiunto", "Peso", "Scarto"]
            f.write(('<row r="1">%s</row>' % "".join('<c r="%s1" t="s"><v>%d</v></c>' % (chr(65 + i), s(h))
                                                     for i, h in enumerate(header))).encode())
            buf = []
            for r in range(1, rows + 1):
                v = row(r)
                n = r + 1
                buf.append('<row r="%d"><c r="A%d" t="s"><v>%d</v></c><c r="B%d" t="s"><v>%d</v></c>'
                           '<c r="C%d" t="s"><v>%d</v></c><c r="D%d" t="s"><v>%d</v></c><c r="E%d"><v>%r</v></c>'
                           '<c r="F%d" s="1"><v>%r</v></c><c r="G%d" s="2"><v>%d</v></c><c r="H%d" t="b"><v>%d</v></c>'
                           '<c r="I%d"><v>%d</v></c><c r="J%d"><v>%r</v></c></row>' % (
                               n, n, s(v[0]), n, s(v[1]), n, s(v[2]), n, s(v[3]), n, v[4], n, v[5], n,
                               (v[6] - epoch).days, n, v[7], n, v[8], n, v[9]))
                if len(buf) == 2000:
                    f.write("".join(buf).encode())
                    buf = []
            f.write("".join(buf).encode())
            f.write(b"</sheetData></worksheet>")
        z.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="%s" uniqueCount="%d">%s</sst>' % (
            main, len(strings), "".join("<si><t>%s</t></si>" % esc(t) for t in strings)))
        z.writestr("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="%s">'
                   '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
                   '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                   '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>'
                   '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                   '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                   '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                   '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
                   '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
                   '</styleSheet>' % main)
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="%s" xmlns:r="%s"><sheets>'
                   '<sheet name="Indicatori" sheetId="1" r:id="rId1"/></sheets></workbook>' % (main, rel))
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns='
                   '"http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
                   '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
                   '<Relationship Id="rId3" Type="%s/styles" Target="styles.xml"/></Relationships>' % (rel, rel, rel))
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns='
                   '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                   'Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rel)
        ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns='
                   '"http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="%s.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="%s.worksheet+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="%s.sharedStrings+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="%s.styles+xml"/></Types>' % (ct, ct, ct, ct))


if __name__ == "__main__":
    n, out = int(sys.argv[1]), sys.argv[2]
    if "--shared" in sys.argv[3:]:
        with_shared_strings(n, out)
    else:
        with_openpyxl(n, out)
    print((n + 1) * 10)
