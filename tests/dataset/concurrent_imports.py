#!/usr/bin/env python3
"""Two `pira import` runs at the same time into one new dataset, of two different large tables
(bench/make_table.py, each its own document): both must land (exit 0, «caricato»), with every
row of each, `PRAGMA integrity_check` ok; the one that found the dataset locked says once that
it waits (each run at most once). Then the same file imported twice at the same time: one load and one «già caricato».

Usage: concurrent_imports.py PIRA SOURCE_DIR WORK_DIR [ROWS]"""
import csv
import os
import shutil
import subprocess
import sys

pira, source, work = sys.argv[1:4]
rows = int(sys.argv[4]) if len(sys.argv) > 4 else 20000
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db = os.path.join(work, "pira.db")
failures = []


def table(name, ente):
    """ROWS rows of the Relazione sample under fresh codes, as the plan of the chamber `ente`
    (its own indicators: an indicator is identified by ente, year and codes)."""
    raw = os.path.join(work, name + ".raw.csv")
    subprocess.run([sys.executable, os.path.join(source, "bench/make_table.py"),
                    str(rows // 82 + 1), raw, str(rows)], cwd=source, check=True)
    out = os.path.join(work, name + ".csv")
    with open(raw, newline="", encoding="utf-8") as f, \
            open(out, "w", newline="", encoding="utf-8") as g:
        r, w = csv.reader(f, delimiter=";"), csv.writer(g, delimiter=";")
        header = next(r)
        w.writerow(header)
        at = header.index("ente")
        for row in r:
            row[at] = ente
            w.writerow(row)
    os.remove(raw)
    return out


def sql(query):
    done = subprocess.run(["sqlite3", db, query], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def together(files_a, files_b):
    """Starts both imports at once; returns [(exit, stdout, stderr)] for each."""
    procs = [subprocess.Popen([pira, "import", "--db", db] + files, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for files in (files_a, files_b)]
    return [(p.wait(),) + p.communicate() for p in procs]


a = table("piano-a", "CCIAA A")
b = table("piano-b", "CCIAA B")
results = together([a], [b])
for (code, out, err), file in zip(results, (a, b)):
    if code != 0 or "caricato (documento" not in out:
        failures.append("import of %s: exit %d, %r %r" % (os.path.basename(file), code, out, err))
# Each run may find the other holding the lock (one at creation, the other at its load), so
# both can wait; what must hold is that a run says so once, not once per retry.
said = [err.count("dataset occupato da un'altra importazione: attendo") for _, _, err in results]
waits = sum(said)
if max(said) > 1:
    failures.append("the wait was announced %s times per run (at most once per run)" % said)
print("imports at the same time: exits %s, %d announced wait(s)"
      % ([r[0] for r in results], waits))
for ente in ("CCIAA A", "CCIAA B"):
    n = int(sql("SELECT COUNT(*) FROM indicators WHERE ente = '%s'" % ente) or 0)
    if n != rows:
        failures.append("%s: %d indicators in the dataset, %d in the file" % (ente, n, rows))
if sql("PRAGMA integrity_check") != "ok":
    failures.append("integrity_check: " + sql("PRAGMA integrity_check"))
if sql("PRAGMA foreign_key_check"):
    failures.append("foreign_key_check: " + sql("PRAGMA foreign_key_check"))

# The same new file, twice at the same time: one load, one «già caricato», no error.
c = table("piano-c", "CCIAA C")
results = together([c], [c])
outs = [out for _, out, _ in results]
print("the same file at the same time: exits %s" % [r[0] for r in results])
if [r[0] for r in results] != [0, 0]:
    failures.append("the same file twice: exits %s: %r" % ([r[0] for r in results], results))
if sorted("già caricato" in o for o in outs) != [False, True]:
    failures.append("the same file twice: expected one load and one «già caricato»: %r" % outs)
if sql("SELECT COUNT(*) FROM documents WHERE ente = 'CCIAA C'") != "1":
    failures.append("the same file twice: not one document")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
