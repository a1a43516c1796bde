#!/usr/bin/env python3
"""Hostile workbooks, generated here (none comes from pira), each read by
`pira extract --lines FILE` under a measurement of wall time and peak RSS:
  (a) zip bombs: a sheet entry (and a shared strings entry) that honestly declares and inflates
      to about 3 GB of repeated XML, written from one deflate block repeated, so the file is a
      few MB and is written in seconds;
  (b) entity expansion: billion laughs (nested entities) in a sheet, the shared strings, the
      workbook part and its relationships; a quadratic blowup (one large entity referenced many
      times); an external entity naming /etc/passwd;
  (c) zip headers that lie about an entry's uncompressed size: both headers claim 2,000 bytes
      for a sheet that inflates to 1 GB; both claim 3.5 GB for one that inflates to 300 bytes;
      the local and the central header disagree (either way round);
  (d) one million cells (100,000 rows x 10 columns: numbers, shared and inline strings,
      percentages, dates, booleans, formulas with cached values), which must be read;
  (e) structures not to be taken at their word: counts, dimensions and merged ranges over the
      whole sheet (read), an ods cell repeated 17 billion times (refused), empty ods repeats to
      the sheet's end (read), a 50 MB string, 1.5 million nested elements, references past the
      sheet's end or any integer (read or refused).
Every run must finish within 10 s and under 200 MB of peak RSS, and never crash. A refusal is
exit 2 with a non-empty Italian message on stderr naming the file: (a)-(c) must be refused (the
external entity may also be read with exit 0, provided nothing of /etc/passwd comes out); (d)
must exit 0 and print exactly one line per cell plus its #sheet line, with the types the
generator wrote.

Under AddressSanitizer (--sanitized, the Debug preset) the same cases must give the same exits
and no sanitizer report, within budgets scaled for its slowdown and shadow memory (x6 time, x5
memory): the 10 s / 200 MB figures are the release build's.

Usage: check_hostile.py PIRA SCRATCH [--only SUBSTRING] [--sanitized]"""
import os
import re
import shutil
import struct
import subprocess
import sys
import threading
import time
import zipfile
import zlib

MAX_SECONDS = 10.0
MAX_MB = 200.0
KILL_AFTER = 30.0

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CONTENT_TYPES = DECL + (
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    b'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    b'</Types>')
ROOT_RELS = DECL + (
    '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>' % (PKG_REL, R)).encode()
WORKBOOK = DECL + ('<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="Foglio1" sheetId="1" r:id="rId1"/>'
                   '</sheets></workbook>' % (MAIN, R)).encode()
WORKBOOK_RELS = DECL + (
    '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
    '<Relationship Id="rId3" Type="%s/styles" Target="styles.xml"/></Relationships>' % (PKG_REL, R, R, R)).encode()
STYLES = DECL + ('<styleSheet xmlns="%s"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
                 '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                 '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                 '<borders count="1"><border/></borders>'
                 '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                 '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                 '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                 '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
                 '</styleSheet>' % MAIN).encode()
SHEET_HEAD = DECL + ('<worksheet xmlns="%s" xmlns:r="%s"><sheetData>' % (MAIN, R)).encode()
SHEET_TAIL = b"</sheetData></worksheet>"
SMALL_SHEET = SHEET_HEAD + b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>42</v></c></row>' + SHEET_TAIL
SMALL_SST = DECL + ('<sst xmlns="%s" count="1" uniqueCount="1"><si><t>ciao</t></si></sst>' % MAIN).encode()


# --- A zip writer that puts any sizes in the headers -------------------------------------------

class Entry:
    def __init__(self, name, chunks, crc, usize, csize, method=8, local_usize=None, central_usize=None):
        self.name = name.encode()
        self.chunks = chunks  # the compressed data, as a list of byte strings (may repeat one object)
        self.crc, self.usize, self.csize, self.method = crc, usize, csize, method
        self.local_usize = usize if local_usize is None else local_usize
        self.central_usize = usize if central_usize is None else central_usize


def deflated(name, data, level=9):
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    body = c.compress(data) + c.flush()
    return Entry(name, [body], zlib.crc32(data), len(data), len(body))


def repeated(name, head, chunk, copies, tail):
    """An entry inflating to head + chunk * copies + tail, compressed as head's block, one block
    of chunk repeated (a full flush makes each copy independent of what precedes it) and a
    final block for tail."""
    blocks = []
    for data, final in ((head, False), (chunk, False), (tail, True)):
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        blocks.append(c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH))
    crc = zlib.crc32(head)
    for _ in range(copies):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    chunks = [blocks[0]] + [blocks[1]] * copies + [blocks[2]]
    usize = len(head) + len(chunk) * copies + len(tail)
    assert usize < 2 ** 32 - 1, "no zip64 here"
    return Entry(name, chunks, crc, usize, sum(len(b) for b in chunks))


def write_zip(path, entries):
    central = []
    with open(path, "wb") as f:
        for e in entries:
            offset = f.tell()
            f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, e.method, 0, 0x21, e.crc,
                                e.csize, e.local_usize, len(e.name), 0))
            f.write(e.name)
            for chunk in e.chunks:
                f.write(chunk)
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, e.method, 0, 0x21,
                                       e.crc, e.csize, e.central_usize, len(e.name), 0, 0, 0, 0, 0, offset)
                           + e.name)
        start = f.tell()
        for c in central:
            f.write(c)
        size = f.tell() - start
        f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), size, start, 0))


def workbook(path, sheet=None, sst=None, workbook_xml=None, workbook_rels=None):
    """A complete package; each part given replaces the plain one (an Entry or bytes)."""
    def entry(name, part):
        return part if isinstance(part, Entry) else deflated(name, part)
    write_zip(path, [entry("[Content_Types].xml", CONTENT_TYPES), entry("_rels/.rels", ROOT_RELS),
                     entry("xl/workbook.xml", workbook_xml or WORKBOOK),
                     entry("xl/_rels/workbook.xml.rels", workbook_rels or WORKBOOK_RELS),
                     entry("xl/styles.xml", STYLES),
                     entry("xl/sharedStrings.xml", sst or SMALL_SST),
                     entry("xl/worksheets/sheet1.xml", sheet or SMALL_SHEET)])


# --- The hostile files ----------------------------------------------------------------------------

GB = 1 << 30
ROW = b'<row><c t="n"><v>1</v></c></row>'
ROWS_CHUNK = ROW * ((16 << 20) // len(ROW))  # about 16 MB of rows without references
SI = b"<si><t>xxxxxxxxxxxxxxxx</t></si>"
SI_CHUNK = SI * ((16 << 20) // len(SI))


def bomb_sheet(path):
    copies = (3 * GB) // len(ROWS_CHUNK)
    workbook(path, sheet=repeated("xl/worksheets/sheet1.xml", SHEET_HEAD, ROWS_CHUNK, copies, SHEET_TAIL))


def bomb_sst(path):
    copies = (3 * GB) // len(SI_CHUNK)
    head = DECL + ('<sst xmlns="%s">' % MAIN).encode()
    workbook(path, sst=repeated("xl/sharedStrings.xml", head, SI_CHUNK, copies, b"</sst>"))


def laughs_dtd(root):
    lines = ['<!DOCTYPE %s [' % root, '<!ENTITY lol "lol">']
    lines.append('<!ENTITY lol1 "%s">' % ("&lol;" * 10))
    for i in range(2, 10):
        lines.append('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1)) * 10))
    lines.append("]>")
    return "\n".join(lines).encode() + b"\n"


def laughs_sheet(path):
    sheet = DECL + laughs_dtd("worksheet") + ('<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr">'
                                              '<is><t>&lol9;</t></is></c></row></sheetData></worksheet>' % MAIN).encode()
    workbook(path, sheet=sheet)


def laughs_sst(path):
    sst = DECL + laughs_dtd("sst") + ('<sst xmlns="%s" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>' % MAIN).encode()
    workbook(path, sst=sst)


def laughs_workbook(path):
    wb = DECL + laughs_dtd("workbook") + ('<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="&lol9;" sheetId="1" '
                                          'r:id="rId1"/></sheets></workbook>' % (MAIN, R)).encode()
    workbook(path, workbook_xml=wb)


def laughs_rels(path):
    rels = DECL + laughs_dtd("Relationships") + (
        '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/worksheet" Target="&lol9;"/>'
        '</Relationships>' % (PKG_REL, R)).encode()
    workbook(path, workbook_rels=rels)


def quadratic(path):
    big = "a" * 100000
    sheet = DECL + ('<!DOCTYPE worksheet [<!ENTITY a "%s">]>' % big).encode() + (
        '<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row>'
        '</sheetData></worksheet>' % (MAIN, "&a;" * 20000)).encode()
    workbook(path, sheet=sheet)


def external_entity(path):
    sheet = DECL + b'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + (
        '<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
        '</sheetData></worksheet>' % MAIN).encode()
    workbook(path, sheet=sheet)


def big_sheet_entry(**sizes):
    copies = GB // len(ROWS_CHUNK)
    e = repeated("xl/worksheets/sheet1.xml", SHEET_HEAD, ROWS_CHUNK, copies, SHEET_TAIL)
    for k, v in sizes.items():
        setattr(e, k, e.usize if v == "true" else v)
    return e


def lie_small(path):
    workbook(path, sheet=big_sheet_entry(local_usize=2000, central_usize=2000))


def lie_big(path):
    e = deflated("xl/worksheets/sheet1.xml", SMALL_SHEET)
    e.local_usize = e.central_usize = 3500000000
    workbook(path, sheet=e)


def lie_central_small(path):
    workbook(path, sheet=big_sheet_entry(local_usize="true", central_usize=2000))


def lie_local_small(path):
    workbook(path, sheet=big_sheet_entry(local_usize=2000, central_usize="true"))


ROWS, COLS = 100000, 10
CATEGORIES = ["Promozione", "Digitalizzazione", "Ambiente", "Turismo", "Internazionalizzazione",
              "Semplificazione", "Formazione", "Lavoro", "Credito", "Legalità"]


def million_cells(path):
    """100,000 rows x 10 columns; returns the expected count of each type."""
    strings = ["Indicatore n. %d" % r for r in range(1, ROWS + 1)] + CATEGORIES
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/styles.xml", STYLES)
        sst = [DECL, ('<sst xmlns="%s" count="%d" uniqueCount="%d">' % (MAIN, 2 * ROWS, len(strings))).encode()]
        sst += [("<si><t>%s</t></si>" % s).encode() for s in strings]
        sst.append(b"</sst>")
        z.writestr("xl/sharedStrings.xml", b"".join(sst))
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            f.write(SHEET_HEAD)
            buf = []
            for r in range(1, ROWS + 1):
                buf.append(
                    '<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="s"><v>%d</v></c>'
                    '<c r="C%d" t="inlineStr"><is><t>codice %05d</t></is></c><c r="D%d"><v>%r</v></c>'
                    '<c r="E%d" s="1"><v>%r</v></c><c r="F%d" s="2"><v>%d</v></c><c r="G%d" t="b"><v>%d</v></c>'
                    '<c r="H%d" t="s"><v>%d</v></c><c r="I%d"><f>A%d*2</f><v>%d</v></c><c r="J%d"><v>%r</v></c></row>'
                    % (r, r, r, r, r - 1, r, r, r, r * 1.25, r, (r % 1000) / 1000, r, 45000 + r % 3000,
                       r, r % 2, r, ROWS + r % len(CATEGORIES), r, r, 2 * r, r, -r / 8))
                if len(buf) == 1000:
                    f.write("".join(buf).encode())
                    buf = []
            f.write("".join(buf).encode())
            f.write(SHEET_TAIL)
    return {"lines": 1 + ROWS * COLS, "types": {"n": 5 * ROWS, "s": 3 * ROWS, "d": ROWS, "b": ROWS},
            "last": "J%d" % ROWS}


def lying_counts(path):
    """A shared strings table that claims two billion strings and holds two."""
    sst = DECL + ('<sst xmlns="%s" count="2000000000" uniqueCount="2000000000"><si><t>uno</t></si>'
                  '<si><t>due</t></si></sst>' % MAIN).encode()
    sheet = SHEET_HEAD + b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' + SHEET_TAIL
    workbook(path, sheet=sheet, sst=sst)
    return {"lines": 3, "types": {"s": 2}, "last": "B1"}


def whole_sheet_dimension(path):
    """A dimension over the whole sheet (17 billion cells) around one cell."""
    sheet = DECL + ('<worksheet xmlns="%s"><dimension ref="A1:XFD1048576"/><sheetData><row r="1048576">'
                    '<c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>' % MAIN).encode()
    workbook(path, sheet=sheet)
    return {"lines": 2, "types": {"n": 1}, "last": "XFD1048576"}


def whole_sheet_merge(path):
    """One merged range over the whole sheet: printed as one #merge line, never expanded."""
    sheet = DECL + ('<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
                    '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>' % MAIN).encode()
    workbook(path, sheet=sheet)
    return {"lines": 3, "types": {"n": 1}, "last": "A1", "merges": 1}


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"')


def ods(path, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>'
               '<office:spreadsheet><table:table table:name="Foglio1">%s</table:table></office:spreadsheet>'
               '</office:body></office:document-content>' % (ODS_NS, body)).encode()
    manifest = (b'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
                b'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                b'<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    mimetype = b"application/vnd.oasis.opendocument.spreadsheet"
    write_zip(path, [Entry("mimetype", [mimetype], zlib.crc32(mimetype), len(mimetype), len(mimetype), method=0),
                     deflated("META-INF/manifest.xml", manifest), deflated("content.xml", content)])


def ods_repeat_bomb(path):
    """One cell with content repeated over 16,384 columns in a row repeated 1,048,576 times: a
    400-byte content.xml that stands for 17 billion non-empty cells."""
    ods(path, '<table:table-row table:number-rows-repeated="1048576"><table:table-cell '
              'table:number-columns-repeated="16384" office:value-type="float" office:value="1">'
              '<text:p>1</text:p></table:table-cell></table:table-row>')


def ods_empty_repeats(path):
    """Empty rows and cells repeated to the sheet's end around two cells, as LibreOffice writes."""
    ods(path, '<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/>'
              '</table:table-row><table:table-row><table:table-cell table:number-columns-repeated="16383"/>'
              '<table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell>'
              '</table:table-row><table:table-row table:number-rows-repeated="1"><table:table-cell '
              'office:value-type="string"><text:p>fine</text:p></table:table-cell>'
              '<table:table-cell table:number-columns-repeated="16383"/></table:table-row>')
    return {"lines": 2 + 1, "types": {"n": 1, "s": 1}, "last": "A1048576"}


def huge_text(path):
    """One inline string of 50 MB (Excel's limit is 32,767 characters)."""
    chunk = b"testo lungo " * ((1 << 20) // 12)
    copies = 50
    head = SHEET_HEAD + b'<row r="1"><c r="A1" t="inlineStr"><is><t>'
    workbook(path, sheet=repeated("xl/worksheets/sheet1.xml", head, chunk, copies, b"</t></is></c></row>" + SHEET_TAIL))


def deep_nesting(path):
    """1.5 million nested elements (unknown to the reader) before the sheet data, each with its
    own name so that the part deflates far less than 200:1 (no compression ratio limit applies)."""
    depth = 1500000
    names = [b"e%x" % i for i in range(depth)]
    head = DECL + ('<worksheet xmlns="%s"><extLst>' % MAIN).encode()
    body = b"".join(b"<%s>" % n for n in names) + b"".join(b"</%s>" % n for n in reversed(names))
    data = head + body + b"</extLst><sheetData/></worksheet>"
    workbook(path, sheet=deflated("xl/worksheets/sheet1.xml", data, level=6))


def huge_references(path):
    """Cell and row references past the sheet's end and past any integer."""
    sheet = SHEET_HEAD + (b'<row r="1"><c r="ZZZZZZZZZZZZZZZZZZZZ1"><v>1</v></c></row>'
                          b'<row r="99999999999999999999999"><c r="A99999999999999999999999"><v>2</v></c></row>'
                          b'<row r="1048577"><c r="A1048577"><v>3</v></c></row><row r="2"><c r="XFE2"><v>4</v></c></row>') + SHEET_TAIL
    workbook(path, sheet=sheet)


CASES = [
    ("a-bomb-sheet.xlsx", "zip bomb: sheet entry of 3 GB", bomb_sheet, "refuse"),
    ("a-bomb-sharedstrings.xlsx", "zip bomb: shared strings entry of 3 GB", bomb_sst, "refuse"),
    ("b-laughs-sheet.xlsx", "billion laughs in the sheet", laughs_sheet, "refuse"),
    ("b-laughs-sharedstrings.xlsx", "billion laughs in the shared strings", laughs_sst, "refuse"),
    ("b-laughs-workbook.xlsx", "billion laughs in the workbook part", laughs_workbook, "refuse"),
    ("b-laughs-rels.xlsx", "billion laughs in the workbook relationships", laughs_rels, "refuse"),
    ("b-quadratic.xlsx", "quadratic blowup: a 100 kB entity referenced 20,000 times", quadratic, "refuse"),
    ("b-external-entity.xlsx", "external entity file:///etc/passwd", external_entity, "refuse-or-no-leak"),
    ("c-lie-small.xlsx", "both headers claim 2,000 bytes, inflates to 1 GB", lie_small, "refuse"),
    ("c-lie-big.xlsx", "both headers claim 3.5 GB, inflates to 300 bytes", lie_big, "refuse"),
    ("c-lie-central-small.xlsx", "central header 2,000 bytes, local 1 GB (true)", lie_central_small, "refuse"),
    ("c-lie-local-small.xlsx", "local header 2,000 bytes, central 1 GB (true)", lie_local_small, "refuse"),
    ("d-million-cells.xlsx", "1,000,000 cells (100,000 rows x 10)", million_cells, "read"),
    # (e) structures that a reader must not take at their word (read, refused by a limit, or
    # refused as invalid; never a crash, never over the time and memory limits).
    ("e-lying-counts.xlsx", "shared strings claiming 2 billion strings, holding 2", lying_counts, "read"),
    ("e-whole-dimension.xlsx", "dimension A1:XFD1048576 around one cell", whole_sheet_dimension, "read"),
    ("e-whole-merge.xlsx", "merged range A1:XFD1048576", whole_sheet_merge, "read"),
    ("e-ods-repeat-bomb.ods", "ods: one cell repeated 16,384 x 1,048,576 times", ods_repeat_bomb, "refuse"),
    ("e-ods-empty-repeats.ods", "ods: empty rows/cells repeated to the sheet's end", ods_empty_repeats, "read"),
    ("e-huge-text.xlsx", "one inline string of 50 MB", huge_text, "read-or-refuse"),
    ("e-deep-nesting.xlsx", "1.5 million nested elements", deep_nesting, "read-or-refuse"),
    ("e-huge-references.xlsx", "references past the sheet's end and past 64 bits", huge_references, "read-or-refuse"),
]

ITALIAN = re.compile(r"\b(di|del|della|dei|delle|non|il|la|le|lo|è|un|una|per|oltre|troppo|troppi|troppe|"
                     r"supera|superato|limite|errore|file|foglio|cartella|valido|danneggiato|contiene)\b", re.I)


TIME = "/usr/bin/time"  # GNU time (Debian package time)


def measure(cmd, stdout_path):
    """Runs cmd; returns (exit code, seconds, peak RSS in MB, stderr text). Killed after
    KILL_AFTER seconds (exit code -9). The peak RSS comes from GNU time when it is installed:
    a child forked from this Python process would count the parent's pages it started with
    (os.wait4 then reports this script's size, not pira's)."""
    stats = stdout_path + ".time"
    use_time = os.access(TIME, os.X_OK)
    full = [TIME, "-o", stats, "-f", "%e %M %x"] + cmd if use_time else cmd
    with open(stdout_path, "wb") as out:
        start = time.monotonic()
        proc = subprocess.Popen(full, stdout=out, stderr=subprocess.PIPE)
        timer = threading.Timer(KILL_AFTER, proc.kill)
        timer.start()
        err = []
        reader = threading.Thread(target=lambda: err.append(proc.stderr.read()))
        reader.start()
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.monotonic() - start
        timer.cancel()
        reader.join()
        code = os.waitstatus_to_exitcode(status)
    mb = usage.ru_maxrss / 1024.0
    text = err[0].decode("utf-8", "replace")
    if use_time:
        lines = open(stats).read().split("\n")
        os.remove(stats)
        last = [line for line in lines if line.strip()][-1].split()
        if len(last) == 3 and code >= 0:
            seconds, mb, code = float(last[0]), int(last[1]) / 1024.0, int(last[2])
        # "Command terminated by signal N" (killed or crashed) precedes the figures.
        for line in lines:
            if line.startswith("Command terminated by signal"):
                code = -int(line.split()[-1])
    return code, seconds, mb, text


def count_output(path):
    """(lines, #merge lines, {type: cells}, last cell reference) of pira's output."""
    lines = merges = 0
    types = {}
    last = None
    with open(path, "rb") as f:
        for line in f:
            lines += 1
            if line.startswith(b"#merge"):
                merges += 1
            elif not line.startswith(b"#"):
                fields = line.split(b"\t")
                t = fields[1].decode("utf-8", "replace") if len(fields) == 6 else "malformed"
                types[t] = types.get(t, 0) + 1
                last = fields[0].decode("utf-8", "replace")[:40]
    return lines, merges, types, last


def main():
    global MAX_SECONDS, MAX_MB
    args = sys.argv[1:]
    if "--sanitized" in args:
        args.remove("--sanitized")
        MAX_SECONDS *= 6
        MAX_MB *= 5
    only = None
    if "--only" in args:
        i = args.index("--only")
        only = args[i + 1]
        del args[i:i + 2]
    pira, scratch = os.path.abspath(args[0]), os.path.abspath(args[1])
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    failures = []
    print("%-28s %8s %8s %8s %5s  %s" % ("file", "size", "s", "MB", "exit", "stderr"))
    for name, what, make, expect in CASES:
        if only and only not in name:
            continue
        path = os.path.join(scratch, name)
        t0 = time.monotonic()
        counts = make(path)
        gen = time.monotonic() - t0
        out = path + ".out"
        code, seconds, mb, err = measure([pira, "extract", "--lines", path], out)
        size = os.path.getsize(path)
        first_err = err.strip().splitlines()[0] if err.strip() else ""
        print("%-28s %7.1fM %8.2f %8.1f %5d  %s" % (name, size / 1e6, seconds, mb, code, first_err[:300]))
        print("    %s (generated in %.1f s)" % (what, gen))
        problems = []
        if seconds > MAX_SECONDS:
            problems.append("took %.1f s (limit %.0f s)" % (seconds, MAX_SECONDS))
        if mb > MAX_MB:
            problems.append("peak RSS %.0f MB (limit %.0f MB)" % (mb, MAX_MB))
        if code < 0 or code > 2:
            problems.append("crashed or killed (exit %d)" % code)
        output = open(out, "rb").read(1 << 20) if os.path.getsize(out) < (64 << 20) else b""
        if b"root:" in output:
            problems.append("the output holds /etc/passwd")
        refused = code == 2
        if expect == "refuse" and not refused:
            problems.append("exit %d, expected 2" % code)
        if expect == "refuse-or-no-leak" and code not in (0, 2):
            problems.append("exit %d, expected 2 (or 0 without the external entity)" % code)
        if expect == "read" and code != 0:
            problems.append("exit %d, expected 0: %r" % (code, err[:300]))
        if expect == "read-or-refuse" and code not in (0, 2):
            problems.append("exit %d, expected 0 or 2" % code)
        if refused:
            printed = count_output(out)[0]
            if printed:
                print("    refused after printing %d lines on stdout" % printed)
            if not err.strip():
                problems.append("no message on stderr")
            elif name not in err:
                problems.append("the message does not name the file: %r" % err[:300])
            elif not ITALIAN.search(err):
                problems.append("the message does not look Italian: %r" % err[:300])
        if code == 0:
            lines, merges, types, last = count_output(out)
            print("    exit 0: %d lines, %d merges, types %s, last cell %s" % (
                lines, merges, dict(sorted(types.items())), last))
            if counts:
                if lines != counts["lines"]:
                    problems.append("%d lines, expected %d" % (lines, counts["lines"]))
                if types != counts["types"]:
                    problems.append("types %s, expected %s" % (types, counts["types"]))
                if last != counts["last"]:
                    problems.append("last cell %r, expected %s" % (last, counts["last"]))
                if merges != counts.get("merges", 0):
                    problems.append("%d merged ranges, expected %d" % (merges, counts.get("merges", 0)))
        for p in problems:
            failures.append("%s: %s" % (name, p))
            print("    FAIL:", p)
        os.remove(path)
        os.remove(out)
    print("%d failures" % len(failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
