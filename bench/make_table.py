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


def same_type(t):
    """The type part as pira reads it, up to the OCR confusions it repairs (0/O, 5/S, 1/I/l):
    "0502" and "0s02" are both OS02, "ulco1" and "uico1" both UIC01."""
    return t.upper().translate(str.maketrans("OSIL", "0511"))


# Objectives of different areas in the sample can share a type ("01_01_0502", "03_01_0s02"):
# each gets its own rank, so that no two objectives of a copy, nor of two copies, get one code
# (merged, their weights would no longer sum to 100 and pira would rightly refuse the table).
ranks, seen = {}, {}
for r in body:
    t = same_type(r[code][6:])
    if r[code] not in ranks:
        ranks[r[code]] = seen.get(t, 0)
        seen[t] = ranks[r[code]] + 1
per_copy = max(seen.values())
if copies * per_copy > 99 * 99:
    sys.exit("make_table.py: at most %d copies" % (99 * 99 // per_copy))
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
            n = c * per_copy + ranks[r[code]]
            r[code] = "%02d_%02d_%s" % (n % 99 + 1, n // 99 + 1, r[code][6:])
            r[strategic] = "%s (%d)" % (r[strategic], c % 50)
            w.writerow(r)
