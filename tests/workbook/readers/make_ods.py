"""A hand-made OpenDocument spreadsheet (raw content.xml written by Python's zipfile), for what
LibreOffice's own ods may not hold: boolean cells, a comment inside a cell (not its text),
spans and links inside the text, several paragraphs, explicit spaces, tabs and line breaks,
a displayed text that differs from the value, repeated rows and cells with content, covered
cells, a hidden table, and a million empty repeated rows at the end. check_readers.py compares
pira's reading with openpyxl's reading of LibreOffice's xlsx conversion of this file."""
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
      'office:version="1.3"')

STYLES = """<office:automatic-styles>
<number:percentage-style style:name="N10"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<number:currency-style style:name="N120"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol>€</number:currency-symbol></number:currency-style>
<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
<style:style style:name="cePct" style:family="table-cell" style:data-style-name="N10"/>
<style:style style:name="ceDate" style:family="table-cell" style:data-style-name="N37"/>
<style:style style:name="ceEur" style:family="table-cell" style:data-style-name="N120"/>
<style:style style:name="ceBold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>"""


def cell(inner="", **attrs):
    a = "".join(' %s="%s"' % (k.replace("__", ":").replace("_", "-"), v) for k, v in attrs.items())
    return "<table:table-cell%s>%s</table:table-cell>" % (a, inner)


def string(text_xml, **attrs):
    return cell(text_xml, office__value_type="string", calcext__value_type="string", **attrs)


ROWS = [
    # 1: booleans (value type boolean), a float shown otherwise, a currency, a percentage, a date.
    cell("<text:p>VERO</text:p>", office__value_type="boolean", office__boolean_value="true")
    + cell("<text:p>FALSO</text:p>", office__value_type="boolean", office__boolean_value="false")
    + cell("<text:p>1.234,56</text:p>", office__value_type="float", office__value="1234.56")
    + cell("<text:p>1.234,56 €</text:p>", office__value_type="currency", office__currency="EUR",
           office__value="1234.56", table__style_name="ceEur")
    + cell("<text:p>61,19%</text:p>", office__value_type="percentage", office__value="0.6119",
           table__style_name="cePct")
    + cell("<text:p>30/04/2025</text:p>", office__value_type="date", office__date_value="2025-04-30",
           table__style_name="ceDate")
    + cell("<text:p>30/04/2025 14:30</text:p>", office__value_type="date",
           office__date_value="2025-04-30T14:30:00", table__style_name="ceDate"),
    # 2: text built of pieces.
    string("<office:annotation><dc:creator>revisore</dc:creator><text:p>un commento</text:p></office:annotation>"
           "<text:p>valore con commento</text:p>")
    + string('<text:p>testo <text:span text:style-name="T1">in grassetto</text:span> e '
             '<text:a xlink:href="https://example.org/">un collegamento</text:a></text:p>')
    + string("<text:p>prima riga</text:p><text:p>seconda riga</text:p><text:p/>")
    + string('<text:p><text:s text:c="2"/>due spazi prima,<text:s text:c="3"/>tre in mezzo</text:p>')
    + string("<text:p>tab<text:tab/>e<text:line-break/>a capo</text:p>")
    + string("<text:p>≥ 95% — «città»</text:p>", table__style_name="ceBold"),
    # 3: a merged block (spanned cell then covered cells) and cells repeated with content.
    string("<text:p>unite</text:p>", table__number_columns_spanned="2", table__number_rows_spanned="2")
    + "<table:covered-table-cell/>"
    + string("<text:p>ripetuta</text:p>", table__number_columns_repeated="3")
    + cell("<text:p>7</text:p>", office__value_type="float", office__value="7", table__number_columns_repeated="2"),
    # 4: covered cells of the merged block, then a formula with its value.
    '<table:covered-table-cell table:number-columns-repeated="2"/>'
    + cell("<text:p>14</text:p>", table__formula="of:=[.F3]*2", office__value_type="float", office__value="14"),
]


def content():
    rows = "".join("<table:table-row>%s</table:table-row>" % r for r in ROWS)
    repeated = ('<table:table-row table:number-rows-repeated="2">%s</table:table-row>'
                % string("<text:p>riga ripetuta</text:p>"))
    tail = ('<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
            'table:number-columns-repeated="16384"/></table:table-row>')
    first = ('<table:table table:name="Fatto a mano" table:style-name="ta1">'
             '<table:table-column table:number-columns-repeated="16384"/>%s%s%s</table:table>' % (rows, repeated, tail))
    hidden = ('<table:table table:name="Nascosto" table:style-name="ta2"><table:table-column/>'
              '<table:table-row>%s</table:table-row></table:table>' % string("<text:p>nascosto</text:p>"))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>%s'
            '<office:body><office:spreadsheet>%s%s</office:spreadsheet></office:body></office:document-content>'
            % (NS, STYLES, first, hidden))


MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def write(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content(), compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    import sys

    write(sys.argv[1])
