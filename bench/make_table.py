#!/usr/bin/env python3
"""Writes a large canonical table by repeating the Relazione 2025 sample under fresh
objective codes: `make_table.py COPIES OUT.csv`."""
import csv
import sys

copies, out = int(sys.argv[1]), sys.argv[2]
with open("samples/relazione2025/indicatori.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, delimiter=";"))
header, body = rows[0], rows[1:]
code = header.index("objective_code")
strategic = header.index("strategic_objective")
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(header)
    for c in range(copies):
        for r in body:
            r = list(r)
            # Keep the objective type, vary area and number so every copy is a new objective.
            r[code] = "%02d_%02d_%s" % (c % 90 + 1, c // 90 % 90 + 1, r[code][6:])
            r[strategic] = "%s (%d)" % (r[strategic], c % 50)
            w.writerow(r)
