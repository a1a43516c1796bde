#!/usr/bin/env python3
"""Reference reader of bench/workbook_bench.sh: openpyxl in read-only mode iterating every value
of every sheet (what a script reading a workbook does at the least). Prints the non-empty cells.
Usage: workbook_read_openpyxl.py FILE.xlsx"""
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
cells = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        for value in row:
            if value is not None:
                cells += 1
wb.close()
print(cells)
