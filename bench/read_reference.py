#!/usr/bin/env python3
"""The reference: Python's csv module reading the same table and parsing its Italian
numbers naively (replace '.', ',' -> '.'), i.e. the least a script would do."""
import csv
import sys

total = 0.0
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    r = csv.reader(f, delimiter=";")
    header = next(r)
    w = header.index("weight")
    for row in r:
        total += float(row[w].rstrip("%").replace(".", "").replace(",", "."))
print(total)
