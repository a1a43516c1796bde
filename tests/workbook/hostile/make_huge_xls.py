#!/usr/bin/env python3
"""Makes the hostile .xls of tests/workbook/hostile: a canonical table of one indicator, written
as .xls by LibreOffice (`soffice --headless --convert-to xls`), whose sheet then declares in its
DIMENSIONS record (BIFF8, record 0x0200) far more rows and columns than it holds. A 41 KB file
of this kind drove `pira import` to 1.2 GB: libfreexl allocates every declared cell when it
opens the file, and pira then allocated the declared grid again.

Usage: make_huge_xls.py OUT.xls [ROWS COLUMNS]   (default 65536 x 256, BIFF8's whole sheet)
       make_huge_xls.py --patch IN.xls OUT.xls ROWS COLUMNS   (another extent, no LibreOffice)

Only the record's last row and column change, in place: the compound file's sectors and the
stream's length stay as LibreOffice wrote them. The committed huge-dimensions.xls was made by
the first form."""
import os
import shutil
import struct
import subprocess
import sys
import tempfile

TABLE = ("ente,year,objective_code,indicator_name,target,actual,weight\n"
         "CCIAA Prova,2025,01_01_OS01,Indicatore ostile,>= 10,12,100\n")
DIMENSIONS = b"\x00\x02\x0e\x00"  # record type 0x0200, length 14 (BIFF8)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def patch(data, rows, columns):
    """The DIMENSIONS record of a one-sheet file written by LibreOffice, found by its contents
    (rows 0 to 2, columns 0 to 7 of TABLE), made to declare ROWS x COLUMNS."""
    assert data.startswith(OLE), "not an OLE compound file"
    at = data.find(DIMENSIONS)
    assert at >= 0 and data.find(DIMENSIONS, at + 1) < 0, "expected exactly one DIMENSIONS record"
    first_row, last_row, first_col, last_col, _ = struct.unpack("<IIHHH", data[at + 4:at + 18])
    assert (first_row, first_col) == (0, 0) and last_row >= 2 and last_col >= 7, \
        "unexpected extent %r" % ((first_row, last_row, first_col, last_col),)
    out = bytearray(data)
    out[at + 4:at + 16] = struct.pack("<IIHH", 0, rows, 0, columns)
    return bytes(out)


def from_libreoffice():
    scratch = tempfile.mkdtemp()
    try:
        csv = os.path.join(scratch, "tabella.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write(TABLE)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % scratch,
                        "--convert-to", "xls", "--outdir", scratch, csv],
                       check=True, capture_output=True, timeout=180)
        with open(os.path.join(scratch, "tabella.xls"), "rb") as f:
            return f.read()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    args = sys.argv[1:]
    if args and args[0] == "--patch":
        source, out, rows, columns = args[1], args[2], int(args[3]), int(args[4])
        with open(source, "rb") as f:
            data = f.read()
    else:
        out = args[0]
        rows, columns = (int(args[1]), int(args[2])) if len(args) > 2 else (65536, 256)
        data = from_libreoffice()
    with open(out, "wb") as f:
        f.write(patch(data, rows, columns))


if __name__ == "__main__":
    main()
