"""Hand-made xlsx packages: raw XML parts written by Python's zipfile, each exercising what
Excel, LibreOffice and other writers may put in a file and openpyxl can read (it is the
oracle of check_readers.py). Nothing here comes from pira.

write_all(folder) writes every case and returns [(file name, description)]."""
import io
import os
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_DOC = R + "/officeDocument"
REL_WS = R + "/worksheet"
REL_SST = R + "/sharedStrings"
REL_STYLES = R + "/styles"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CT_XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
CT_WS = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Styles shared by the cases: cellXfs index -> (number format, font).
STYLES = DECL + """<styleSheet xmlns="%s">
<numFmts count="9">
<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>
<numFmt numFmtId="165" formatCode="0.0%%"/>
<numFmt numFmtId="166" formatCode="[$-410]d\\ mmmm\\ yyyy;@"/>
<numFmt numFmtId="167" formatCode="#,##0.00\\ &quot;€&quot;"/>
<numFmt numFmtId="168" formatCode="yyyy-mm-dd hh:mm:ss"/>
<numFmt numFmtId="169" formatCode="0 &quot;giorni&quot;"/>
<numFmt numFmtId="170" formatCode="[Red]0.00"/>
<numFmt numFmtId="171" formatCode="0.00%%;[Red]\\-0.00%%"/>
<numFmt numFmtId="172" formatCode="d/m/yyyy"/>
</numFmts>
<fonts count="6">
<font><sz val="11"/><name val="Calibri"/></font>
<font><b/><sz val="11"/><name val="Calibri"/></font>
<font><b val="0"/><sz val="11"/><name val="Calibri"/></font>
<font><b val="false"/><sz val="11"/><name val="Calibri"/></font>
<font><b val="true"/><sz val="11"/><name val="Calibri"/></font>
<font><b val="1"/><i/><sz val="11"/><name val="Calibri"/></font>
</fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="36">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="169" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="5" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="171" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>
<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="11" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="172" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="12" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="13" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="15" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="16" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="17" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="37" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="38" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="39" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="40" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="48" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>""" % MAIN
S_BOLD, S_DATE, S_PCT1, S_LONGDATE, S_EURO, S_STAMP, S_DAYS, S_RED = 1, 2, 3, 4, 5, 6, 7, 8
S_PCT0, S_PCT2, S_B14, S_B22, S_B4, S_B3, S_TEXT = 9, 10, 11, 12, 13, 14, 15
S_B0, S_BFALSE, S_BTRUE, S_B1, S_PCTRED, S_BOLDDATE, S_B2, S_SCI, S_DMY = range(16, 25)
# More built-in number formats (ids 1, 12, 13, 15, 16, 17, 37, 38, 39, 40, 48), from index 25.
S_BUILTIN = dict(zip((1, 12, 13, 15, 16, 17, 37, 38, 39, 40, 48), range(25, 36)))


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sst(items):
    """items: raw XML of each <si> content."""
    body = "".join("<si>%s</si>" % i for i in items)
    return DECL + '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (MAIN, len(items), len(items), body)


def worksheet(rows, merges=(), dimension=None):
    """rows: raw XML of the sheetData content."""
    dim = '<dimension ref="%s"/>' % dimension if dimension else ""
    merge = ""
    if merges:
        merge = '<mergeCells count="%d">%s</mergeCells>' % (
            len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges))
    return DECL + '<worksheet xmlns="%s" xmlns:r="%s">%s<sheetData>%s</sheetData>%s</worksheet>' % (
        MAIN, R, dim, rows, merge)


def package(path, sheets, *, strings=None, styles=STYLES, workbook_pr="", absolute=False,
            workbook_part="xl/workbook.xml", strings_part="xl/sharedStrings.xml", macro=False,
            compression=zipfile.ZIP_DEFLATED, stream=False, targets=None, extra_parts=()):
    """sheets: [(name, state or None, part name, sheet xml)]. targets: optional relationship
    targets of the sheets as written (default: relative or absolute from the part names)."""
    wb_dir = os.path.dirname(workbook_part)

    def target(part):
        return "/" + part if absolute else os.path.relpath(part, wb_dir)

    rels, sheet_elems, overrides = [], [], []
    for i, (name, state, part, _xml) in enumerate(sheets, 1):
        t = targets[i - 1] if targets else target(part)
        rels.append('<Relationship Id="rId%d" Type="%s" Target="%s"/>' % (i, REL_WS, t))
        st = ' state="%s"' % state if state else ""
        sheet_elems.append('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (
            esc(name).replace('"', "&quot;"), i, st, i))
        overrides.append('<Override PartName="/%s" ContentType="%s"/>' % (part, CT_WS))
    n = len(sheets)
    if styles:
        rels.append('<Relationship Id="rId%d" Type="%s" Target="%s"/>' % (n + 1, REL_STYLES, target("xl/styles.xml")))
        overrides.append('<Override PartName="/xl/styles.xml" ContentType="%s"/>' % CT_STYLES)
    if strings is not None:
        rels.append('<Relationship Id="rId%d" Type="%s" Target="%s"/>' % (n + 2, REL_SST, target(strings_part)))
        overrides.append('<Override PartName="/%s" ContentType="%s"/>' % (strings_part, CT_SST))
    main_ct = CT_XLSM if macro else CT_XLSX
    overrides.append('<Override PartName="/%s" ContentType="%s"/>' % (workbook_part, main_ct))
    content_types = DECL + ('<Types xmlns="%s"><Default Extension="rels" ContentType='
                            '"application/vnd.openxmlformats-package.relationships+xml"/>'
                            '<Default Extension="xml" ContentType="application/xml"/>'
                            '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                            '%s</Types>') % (CT, "".join(overrides))
    root_target = "/" + workbook_part if absolute else workbook_part
    root_rels = DECL + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s" Target="%s"/></Relationships>' % (
        PKG_REL, REL_DOC, root_target)
    workbook = DECL + '<workbook xmlns="%s" xmlns:r="%s">%s<sheets>%s</sheets></workbook>' % (
        MAIN, R, workbook_pr, "".join(sheet_elems))
    wb_rels = DECL + '<Relationships xmlns="%s">%s</Relationships>' % (PKG_REL, "".join(rels))
    rels_part = os.path.join(wb_dir, "_rels", os.path.basename(workbook_part) + ".rels")
    parts = [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
             (workbook_part, workbook), (rels_part, wb_rels)]
    if styles:
        parts.append(("xl/styles.xml", styles))
    if strings is not None:
        parts.append((strings_part, strings))
    parts += [(part, xml) for _n, _s, part, xml in sheets]
    parts += list(extra_parts)
    write_zip(path, parts, compression, stream)


class _Unseekable(io.RawIOBase):
    """A write-only stream without tell/seek: zipfile then writes data descriptors (bit 3)."""

    def __init__(self, f):
        self.f = f

    def writable(self):
        return True

    def write(self, b):
        return self.f.write(b)

    def seekable(self):
        return False

    def tell(self):
        raise OSError("unseekable")


def write_zip(path, parts, compression=zipfile.ZIP_DEFLATED, stream=False):
    with open(path, "wb") as f:
        target = _Unseekable(f) if stream else f
        with zipfile.ZipFile(target, "w", compression) as z:
            for name, data in parts:
                if isinstance(data, str):
                    data = data.encode("utf-8")
                if stream:
                    with z.open(name, "w") as entry:
                        entry.write(data)
                else:
                    z.writestr(name, data)


def c(ref, value=None, t=None, s=None, f=None, inner=None):
    """A <c> element; inner replaces the <v>/<f> content."""
    attrs = (' r="%s"' % ref if ref else "") + (' s="%d"' % s if s else "") + (' t="%s"' % t if t else "")
    if inner is None:
        inner = ("<f>%s</f>" % esc(f) if f is not None else "") + (
            "<v>%s</v>" % esc(value) if value is not None else "")
    return "<c%s>%s</c>" % (attrs, inner)


def row(r, *cells, attrs=""):
    rr = ' r="%d"' % r if r else ""
    return "<row%s%s>%s</row>" % (rr, attrs, "".join(cells))


def case_absolute_targets(folder):
    """Absolute relationship targets everywhere (openpyxl writes them too); the workbook lists
    its sheets in an order other than their part names'."""
    strings = sst(["<t>secondo foglio</t>", "<t>primo foglio</t>", "<t>Peso</t>"])
    first = worksheet(row(1, c("A1", "1", t="s"), c("B1", "2.5")) + row(2, c("A2", "2", t="s"), c("B2", "0.25", s=S_PCT0)))
    second = worksheet(row(1, c("A1", "0", t="s")) + row(3, c("C3", "45777", s=S_DATE)))
    package(os.path.join(folder, "raw-absolute-targets.xlsx"),
            [("Secondo", None, "xl/worksheets/sheet2.xml", second),
             ("Primo", None, "xl/worksheets/sheet1.xml", first)],
            strings=strings, absolute=True)
    return "raw-absolute-targets.xlsx", "absolute relationship targets, sheets out of part order"


def case_relative_targets(folder):
    """The workbook part at xl/libro.xml, sheets in xl/fogli/ reached by plain, ./ and ../
    relative targets, the shared strings at xl/stringhe.xml."""
    strings = sst(["<t>uno</t>", "<t>due</t>", "<t>tre</t>"])
    sheets = [("Uno", None, "xl/fogli/uno.xml", worksheet(row(1, c("A1", "0", t="s"), c("B1", "1")))),
              ("Due", None, "xl/fogli/due.xml", worksheet(row(1, c("A1", "1", t="s"), c("B1", "2")))),
              ("Tre", None, "xl/fogli/tre.xml", worksheet(row(1, c("A1", "2", t="s"), c("B1", "3"))))]
    package(os.path.join(folder, "raw-relative-targets.xlsx"), sheets, strings=strings,
            workbook_part="xl/libro.xml", strings_part="xl/stringhe.xml",
            targets=["fogli/uno.xml", "./fogli/due.xml", "../xl/fogli/tre.xml"])
    return "raw-relative-targets.xlsx", "workbook at xl/libro.xml; plain, ./ and ../ relative targets"


def case_shared_strings(folder):
    """Rich-text runs, phonetic runs (<rPh> is not text), empty strings between non-empty ones,
    xml:space="preserve", character references, CDATA, whitespace-only strings."""
    items = [
        "<t>primo</t>",                                                   # 0
        "<t/>",                                                           # 1 empty
        "<t>terzo</t>",                                                   # 2
        '<r><rPr><b/><sz val="11"/></rPr><t>Gras</t></r><r><t xml:space="preserve">setto e </t></r>'
        '<r><rPr><i/></rPr><t>corsivo</t></r>',                           # 3 rich
        '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="0" type="noConversion"/>',  # 4
        '<r><t>漢字</t></r><rPh sb="0" eb="1"><t>カン</t></rPh><rPh sb="1" eb="2"><t>ジ</t></rPh>',  # 5
        '<t xml:space="preserve">  spazi prima e dopo  </t>',             # 6
        '<t xml:space="preserve">   </t>',                                # 7 whitespace only
        "<t>&#233;&#x1F600; &amp; &lt;tag&gt; &quot;q&quot; &apos;a&apos;</t>",  # 8
        "<t><![CDATA[a < b & c]]></t>",                                   # 9
        "<r><t></t></r>",                                                 # 10 empty run
        "<t>riga uno\nriga due\ttab&#13;cr</t>",                          # 11
        "<t>dopo gli  vuoti</t>",                                         # 12
        "<t>entro il 30/04/2025</t>",                                     # 13
        '<t xml:space="preserve">\u00a0</t>',                             # 14 no-break space
    ]
    rows = [row(i + 1, c("A%d" % (i + 1), str(i), t="s"), c("B%d" % (i + 1), str(i + 1))) for i in range(len(items))]
    # The same strings again in another order, so that an index off by one shows.
    rows.append(row(20, *[c("%s20" % chr(65 + i), str(k), t="s") for i, k in enumerate((12, 1, 10, 2, 0, 1, 14))]))
    package(os.path.join(folder, "raw-shared-strings.xlsx"),
            [("Stringhe", None, "xl/worksheets/sheet1.xml", worksheet("".join(rows)))],
            strings=sst(items))
    return "raw-shared-strings.xlsx", "rich and phonetic runs, empty strings, preserve, references, CDATA"


def case_cell_types(folder):
    """Inline strings, t="str", t="e", t="b", t="d" ISO cells, number notations, formulas with
    and without cached values, shared and array formulas, cells without a value."""
    rows = [
        row(1, c("A1", t="inlineStr", inner="<is><t>testo in linea</t></is>"),
            c("B1", t="inlineStr", inner="<is><r><rPr><b/></rPr><t>ricco</t></r><r><t xml:space=\"preserve\"> in linea</t></r></is>"),
            c("C1", t="inlineStr", inner='<is><t xml:space="preserve"> spazio </t></is>'),
            c("D1", t="inlineStr", s=S_BOLD, inner="<is><t>in linea grassetto</t></is>")),
        row(2, c("A2", "ab", t="str", f='"a"&"b"'), c("B2", "solo str", t="str"),
            c("C2", "", t="str", f='""'), c("D2", "12", t="str", f="TEXT(12,\"0\")")),
        row(3, c("A3", "#DIV/0!", t="e", f="1/0"), c("B3", "#N/A", t="e"), c("C3", "#VALUE!", t="e"),
            c("D3", "#REF!", t="e"), c("E3", "#NAME?", t="e"), c("F3", "#NUM!", t="e"), c("G3", "#NULL!", t="e")),
        row(4, c("A4", "1", t="b"), c("B4", "0", t="b"), c("C4", "1", t="b", f="1=1"), c("D4", "0", t="b", f="1>2")),
        row(5, c("A5", "2025-04-30T00:00:00", t="d"), c("B5", "2025-04-30T14:30:15", t="d", s=S_STAMP),
            c("C5", "2025-04-30", t="d", s=S_DATE), c("D5", "1999-12-31T23:59:59", t="d")),
        row(6, c("A6", "1.0E+16"), c("B6", "1E-7"), c("C6", "-0.5"), c("D6", "007"), c("E6", "3.0"),
            c("F6", "6.02214076e23"), c("G6", "-1.7976931348623157E+308"), c("H6", "4.9406564584124654E-324"),
            c("I6", "0.1"), c("J6", "123456789012345678901234567890")),
        row(7, c("A7", "3", t="n"), c("B7", f="SUM(A7:A7)"), c("C7", f="B7*2", value=""),
            c("D7", "6", f="A7*2"), c("E7", "0.5", f="A7/6", s=S_PCT0)),
        row(8, c("A8", "1"), c("B8", "2", inner='<f t="shared" ref="B8:B10" si="0">A8*2</f><v>2</v>')),
        row(9, c("A9", "2"), c("B9", inner='<f t="shared" si="0"/><v>4</v>')),
        row(10, c("A10", "3"), c("B10", inner='<f t="shared" si="0"/><v>6</v>'),
            c("C10", inner='<f t="array" ref="C10">SUM(A8:A10*B8:B10)</f><v>28</v>')),
        row(11, c("A11", s=S_BOLD), c("B11", inner="<v></v>"), c("C11", t="s", s=S_PCT0), c("D11", "fine", t="str")),
        row(12, c("A12", "45777", s=S_BOLDDATE), c("B12", "45777.5", s=S_B22), c("C12", "45777", s=S_B14),
            c("D12", "0.1234", s=S_PCT2), c("E12", "1234567.891", s=S_B4), c("F12", "1234567", s=S_B3),
            c("G12", "0012", t="inlineStr", s=S_TEXT, inner="<is><t>0012</t></is>")),
    ]
    package(os.path.join(folder, "raw-cell-types.xlsx"),
            [("Tipi", None, "xl/worksheets/sheet1.xml", worksheet("".join(rows)))])
    return "raw-cell-types.xlsx", "inlineStr, str, e, b, d cells, number notations, formulas"


def case_date1904(folder, value="1"):
    """The 1904 date system: serial 0 is 1904-01-01."""
    rows = [row(1, c("A1", "0", s=S_DATE), c("B1", "43316", s=S_DATE), c("C1", "43316.75", s=S_STAMP),
                c("D1", "1", s=S_B14), c("E1", "42", s=0)),
            row(2, c("A2", "2021-04-30T00:00:00", t="d"), c("B2", "366", s=S_LONGDATE))]
    name = "raw-date1904%s.xlsx" % ("" if value == "1" else "-" + value)
    package(os.path.join(folder, name), [("Date 1904", None, "xl/worksheets/sheet1.xml", worksheet("".join(rows)))],
            workbook_pr='<workbookPr date1904="%s"/>' % value)
    return name, 'the 1904 date system (date1904="%s")' % value


def case_no_refs(folder):
    """Rows and cells without r attributes (counted from the previous one), mixed with ones that
    have them; a dimension that lies about the used range."""
    rows = (row(0, c(None, "1"), c(None, "2"), c(None, "3")) +       # row 1: A1 B1 C1
            row(0, c(None, "riga due", t="inlineStr", inner="<is><t>riga due</t></is>")) +  # A2
            row(5, c("C5", "5"), c(None, "6"), c("F5", "7"), c(None, "8")) +  # C5 D5 F5 G5
            row(0, c(None, "9"), c("E6", "10")) +                    # row 6: A6 E6
            row(0) +                                                 # row 7, empty
            row(0, c(None, "11")))                                   # A8
    package(os.path.join(folder, "raw-no-refs.xlsx"),
            [("Senza riferimenti", None, "xl/worksheets/sheet1.xml", worksheet(rows, dimension="A1"))])
    return "raw-no-refs.xlsx", "rows and cells without r attributes; a lying dimension"


def case_number_formats(folder):
    """Custom number format ids (date, percent, text, currency) and built-in ones; bold written
    in every way (<b/>, val=1, val=true) and not bold written as val=0 and val=false."""
    rows = [
        row(1, c("A1", "45777", s=S_DATE), c("B1", "0.6119", s=S_PCT1), c("C1", "45777", s=S_LONGDATE),
            c("D1", "1234.5", s=S_EURO), c("E1", "45777.6041666667", s=S_STAMP), c("F1", "30", s=S_DAYS),
            c("G1", "-3.14159", s=S_RED), c("H1", "-0.25", s=S_PCTRED), c("I1", "45777", s=S_DMY)),
        row(2, c("A2", "0.95", s=S_PCT0), c("B2", "1.0034", s=S_PCT2), c("C2", "45777", s=S_B14),
            c("D2", "45777.25", s=S_B22), c("E2", "1234.5", s=S_B4), c("F2", "1234", s=S_B3),
            c("G2", "3.14159", s=S_B2), c("H2", "6.02E+23", s=S_SCI),
            c("I2", s=S_TEXT, t="inlineStr", inner="<is><t>testo @</t></is>")),
        row(3, c("A3", t="inlineStr", s=S_BOLD, inner="<is><t>b</t></is>"),
            c("B3", t="inlineStr", s=S_B0, inner="<is><t>b val=0</t></is>"),
            c("C3", t="inlineStr", s=S_BFALSE, inner="<is><t>b val=false</t></is>"),
            c("D3", t="inlineStr", s=S_BTRUE, inner="<is><t>b val=true</t></is>"),
            c("E3", t="inlineStr", s=S_B1, inner="<is><t>b val=1</t></is>"),
            c("F3", "45777", s=S_BOLDDATE), c("G3", "1", s=S_B1)),
        # Serials before 1900-03-01, where Excel counts a 29 February 1900 that did not exist.
        row(4, c("A4", "1", s=S_DATE), c("B4", "59", s=S_DATE), c("C4", "61", s=S_DATE),
            c("D4", "2.5", s=S_STAMP), c("E4", "2958465", s=S_DATE)),
        # Built-in formats without a numFmt element: numbers, fractions, dates, accounting.
        row(5, *[c("%s5" % chr(65 + i), "45777.25" if fid in (15, 16, 17) else "-1234.5", s=S_BUILTIN[fid])
                 for i, fid in enumerate(sorted(S_BUILTIN))]),
    ]
    package(os.path.join(folder, "raw-number-formats.xlsx"),
            [("Formati", None, "xl/worksheets/sheet1.xml", worksheet("".join(rows)))])
    return "raw-number-formats.xlsx", "custom and built-in number formats, every spelling of bold"


def case_prefixed(folder):
    """Every part with namespace prefixes instead of default namespaces (x:, r:, pr:, ct:)."""
    content_types = DECL + (
        '<ct:Types xmlns:ct="%s"><ct:Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<ct:Default Extension="xml" ContentType="application/xml"/>'
        '<ct:Override PartName="/xl/workbook.xml" ContentType="%s"/>'
        '<ct:Override PartName="/xl/worksheets/sheet1.xml" ContentType="%s"/>'
        '<ct:Override PartName="/xl/worksheets/sheet2.xml" ContentType="%s"/>'
        '<ct:Override PartName="/xl/sharedStrings.xml" ContentType="%s"/>'
        '<ct:Override PartName="/xl/styles.xml" ContentType="%s"/></ct:Types>') % (CT, CT_XLSX, CT_WS, CT_WS, CT_SST, CT_STYLES)
    root_rels = DECL + '<pr:Relationships xmlns:pr="%s"><pr:Relationship Id="rId1" Type="%s" Target="xl/workbook.xml"/></pr:Relationships>' % (PKG_REL, REL_DOC)
    workbook = DECL + ('<x:workbook xmlns:x="%s" xmlns:rel="%s"><x:workbookPr/><x:sheets>'
                       '<x:sheet name="Prefissi" sheetId="1" rel:id="rId1"/>'
                       '<x:sheet name="Nascosto" sheetId="2" state="hidden" rel:id="rId2"/></x:sheets></x:workbook>') % (MAIN, R)
    wb_rels = DECL + ('<pr:Relationships xmlns:pr="%s">'
                      '<pr:Relationship Id="rId1" Type="%s" Target="worksheets/sheet1.xml"/>'
                      '<pr:Relationship Id="rId2" Type="%s" Target="worksheets/sheet2.xml"/>'
                      '<pr:Relationship Id="rId3" Type="%s" Target="sharedStrings.xml"/>'
                      '<pr:Relationship Id="rId4" Type="%s" Target="styles.xml"/></pr:Relationships>') % (
        PKG_REL, REL_WS, REL_WS, REL_SST, REL_STYLES)
    strings = DECL + ('<x:sst xmlns:x="%s" count="3" uniqueCount="3"><x:si><x:t>con prefisso</x:t></x:si>'
                      '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>ricco</x:t></x:r><x:r><x:t xml:space="preserve"> prefissato</x:t></x:r></x:si>'
                      '<x:si><x:t>nascosto</x:t></x:si></x:sst>') % MAIN
    styles = STYLES.replace('<styleSheet xmlns="%s">' % MAIN, '<x:styleSheet xmlns:x="%s">' % MAIN)
    styles = styles.replace("<", "<x:").replace("<x:/", "</x:").replace("<x:?xml", "<?xml").replace("</x:styleSheet", "</x:styleSheet")
    styles = styles.replace("<x:x:styleSheet", "<x:styleSheet").replace("</x:x:", "</x:")
    sheet1 = DECL + ('<x:worksheet xmlns:x="%s"><x:sheetData>'
                     '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c>'
                     '<x:c r="C1" s="%d"><x:v>0.5</x:v></x:c><x:c r="D1" s="%d"><x:v>45777</x:v></x:c></x:row>'
                     '<x:row r="2"><x:c r="A2" t="inlineStr" s="%d"><x:is><x:t>in linea</x:t></x:is></x:c>'
                     '<x:c r="B2"><x:f>C1*2</x:f><x:v>1</x:v></x:c><x:c r="C2" t="b"><x:v>1</x:v></x:c></x:row>'
                     '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A4:B5"/></x:mergeCells></x:worksheet>') % (
        MAIN, S_PCT0, S_DATE, S_BOLD)
    sheet2 = DECL + ('<x:worksheet xmlns:x="%s"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>2</x:v></x:c></x:row>'
                     '</x:sheetData></x:worksheet>') % MAIN
    write_zip(os.path.join(folder, "raw-prefixed.xlsx"),
              [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
               ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/sharedStrings.xml", strings), ("xl/styles.xml", styles),
               ("xl/worksheets/sheet1.xml", sheet1), ("xl/worksheets/sheet2.xml", sheet2)])
    return "raw-prefixed.xlsx", "namespace prefixes on every element"


def case_states_merges(folder):
    """Sheet states visible / hidden / veryHidden, several merged ranges, an empty sheet."""
    merged = worksheet(row(1, c("A1", t="inlineStr", inner="<is><t>titolo unito</t></is>"), c("B1", s=S_BOLD), c("C1", s=S_BOLD))
                       + row(3, c("B3", "3")) + row(6, c("D6", "1", t="b")),
                       merges=["A1:C1", "B3:B5", "D6:F8", "H10:I10"])
    one = worksheet(row(1, c("A1", t="inlineStr", inner="<is><t>nascosto</t></is>")))
    two = worksheet(row(2, c("B2", t="inlineStr", inner="<is><t>molto nascosto</t></is>")))
    package(os.path.join(folder, "raw-states-merges.xlsx"),
            [("Unite", "visible", "xl/worksheets/sheet1.xml", merged),
             ("Nascosto", "hidden", "xl/worksheets/sheet2.xml", one),
             ("Molto nascosto", "veryHidden", "xl/worksheets/sheet3.xml", two),
             ("Vuoto", None, "xl/worksheets/sheet4.xml", worksheet(""))])
    return "raw-states-merges.xlsx", "visible/hidden/veryHidden sheets, merged ranges, an empty sheet"


def case_macro(folder):
    """A .xlsm: the macro-enabled main content type and a (dummy) VBA project part."""
    sheet = worksheet(row(1, c("A1", t="inlineStr", inner="<is><t>con macro</t></is>"), c("B1", "12.5")))
    package(os.path.join(folder, "raw-macro.xlsm"), [("Macro", None, "xl/worksheets/sheet1.xml", sheet)],
            macro=True, extra_parts=[("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + bytes(508))])
    return "raw-macro.xlsm", "xlsm content type with a vbaProject part"


# How Excel reads the strings of case_x_escapes (ECMA-376 Part 1, 22.9.2.19 ST_Xstring: _xHHHH_
# is U+HHHH; _x005F_ is an underscore, so _x005F_x000D_ is the literal text _x000D_).
X_ESCAPES_EXCEL = {(1, 1): "a\rb", (1, 2): "tab\tqui", (1, 3): "_x000D_ letterale",
                   (1, 4): "nome_x_strano_", (2, 1): "in linea\na capo"}


def case_x_escapes(folder):
    """ST_Xstring escapes (_x000D_, _x0009_, _x005F_ as an escaped underscore) in shared and
    inline strings. Excel decodes them; openpyxl 3.0.9 does not (see check_readers.py)."""
    strings = sst(["<t>a_x000D_b</t>", "<t>tab_x0009_qui</t>", "<t>_x005F_x000D_ letterale</t>", "<t>nome_x_strano_</t>"])
    sheet = worksheet(row(1, *[c("%s1" % chr(65 + i), str(i), t="s") for i in range(4)]) +
                      row(2, c("A2", t="inlineStr", inner="<is><t>in linea_x000A_a capo</t></is>")))
    package(os.path.join(folder, "raw-x-escapes.xlsx"), [("Escape", None, "xl/worksheets/sheet1.xml", sheet)],
            strings=strings)
    return "raw-x-escapes.xlsx", "_xHHHH_ escapes in strings"


def case_extremes(folder):
    """The last cell of a sheet (XFD1048576), a 32767-character text, a UTF-8 BOM before the XML
    declaration, stored (not deflated) entries."""
    long_text = ("Lorem ipsum è €. " * 2000)[:32767]
    rows = row(1, c("A1", t="inlineStr", inner="<is><t>%s</t></is>" % esc(long_text))) + \
        row(1048576, c("XFD1048576", "1"), attrs="")
    xml = "\ufeff" + worksheet(rows)
    package(os.path.join(folder, "raw-extremes.xlsx"), [("Estremi", None, "xl/worksheets/sheet1.xml", xml)],
            compression=zipfile.ZIP_STORED)
    return "raw-extremes.xlsx", "XFD1048576, a 32767-character text, a BOM, stored entries"


def case_data_descriptors(folder):
    """Entries written with data descriptors (sizes after the data), as streaming zip writers do."""
    strings = sst(["<t>descrittore</t>", "<t>dati</t>"])
    sheet = worksheet(row(1, c("A1", "0", t="s"), c("B1", "1", t="s"), c("C1", "45777", s=S_DATE)))
    package(os.path.join(folder, "raw-data-descriptors.xlsx"), [("Flusso", None, "xl/worksheets/sheet1.xml", sheet)],
            strings=strings, stream=True)
    return "raw-data-descriptors.xlsx", "zip entries with data descriptors"


def case_pretty(folder):
    """Pretty-printed parts: line breaks and indentation between all elements (text nodes that
    are not cell text), whitespace around numbers and shared string indexes (xsd:double and
    xsd:unsignedInt collapse it), an inline string with a phonetic run, a merged range whose
    covered cell holds a value (openpyxl drops it; see check_readers.py), <sheetData/> empty."""
    strings = DECL + ('''<sst xmlns="%s" count="3" uniqueCount="3">
  <si>
    <t>primo</t>
  </si>
  <si>
    <r>
      <rPr><b/></rPr>
      <t>ricco</t>
    </r>
    <r>
      <t xml:space="preserve"> indentato</t>
    </r>
  </si>
  <si>
    <t>terzo</t>
    <rPh sb="0" eb="1">
      <t>テ</t>
    </rPh>
  </si>
</sst>
''' % MAIN)
    sheet = DECL + ('''<worksheet xmlns="%s">
  <dimension ref="A1:D4"/>
  <sheetData>
    <row r="1">
      <c r="A1" t="s">
        <v>0</v>
      </c>
      <c r="B1" t="s">
        <v> 1 </v>
      </c>
      <c r="C1" t="s"><v>
2
</v></c>
      <c r="D1">
        <v> 42 </v>
      </c>
    </row>
    <row r="2">
      <c r="A2"><v>
4.5
</v></c>
      <c r="B2" t="inlineStr">
        <is>
          <t>東京</t>
          <rPh sb="0" eb="2"><t>トウキョウ</t></rPh>
        </is>
      </c>
      <c r="C2" t="b">
        <v> 1 </v>
      </c>
      <c r="D2" s="%d">
        <f>D1/100</f>
        <v>0.42</v>
      </c>
    </row>
    <row r="4">
      <c r="A4" t="inlineStr"><is><t>unite</t></is></c>
      <c r="B4" t="inlineStr"><is><t>nascosta nella fusione</t></is></c>
    </row>
  </sheetData>
  <mergeCells count="1">
    <mergeCell ref="A4:B4"/>
  </mergeCells>
</worksheet>
''' % (MAIN, S_PCT0))
    empty = DECL + '<worksheet xmlns="%s"><sheetData/></worksheet>' % MAIN
    package(os.path.join(folder, "raw-pretty.xlsx"),
            [("Indentato", None, "xl/worksheets/sheet1.xml", sheet),
             ("Nomi <α> & 'β'", None, "xl/worksheets/sheet2.xml", empty)],
            strings=strings)
    return "raw-pretty.xlsx", "pretty-printed XML, whitespace around numbers, a value in a covered cell"


CASES = [case_absolute_targets, case_relative_targets, case_shared_strings, case_cell_types,
         case_date1904, lambda folder: case_date1904(folder, "true"), case_no_refs,
         case_number_formats, case_prefixed, case_states_merges, case_macro, case_x_escapes,
         case_extremes, case_data_descriptors, case_pretty]


def write_all(folder):
    return [case(folder) for case in CASES]


if __name__ == "__main__":
    import sys

    for name, what in write_all(sys.argv[1]):
        print(name, "-", what)
