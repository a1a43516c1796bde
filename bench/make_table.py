#!/usr/bin/env python3
"""Writes a large canonical table by repeating the Relazione 2025 sample under fresh
objective codes: `make_table.py COPIES OUT.csv [ROWS] [--comma]`. ROWS keeps the first ROWS
rows (COPIES must give at least that many: 82 rows each); --comma writes `,` as delimiter (with
RFC 4180 quoting), as sqlite3's `.import --csv` reads it, instead of the sample's `;`."""
import csv
import sys

args = [a for a in sys.argv[1:] if a != "--comma"]
delimiter = "," if "--comma" in sys.argv[1:] else ";"
copies, out = int(args[0]), args[1]
limit = int(args[2]) if len(args) > 2 else None
with open("samples/relazione2025/indicatori.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, delimiter=";"))
header, body = rows[0], rows[1:]
code = header.index("objective_code")
strategic = header.index("strategic_objective")
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=delimiter)
    w.writerow(header)
    written = 0
    for c in range(copies):
        for r in body:
            if limit is not None and written == limit:
                break
            written += 1
            r = list(r)
            # Keep the objective type, vary area and number so every copy is a new objective.
            r[code] = "%02d_%02d_%s" % (c % 90 + 1, c // 90 % 90 + 1, r[code][6:])
            r[strategic] = "%s (%d)" % (r[strategic], c % 50)
            w.writerow(r)
