#!/usr/bin/env python3
"""`pira import` of .xls files whose sheet declares far more cells than it holds (made by
make_huge_xls.py; huge-dimensions.xls is committed), under GNU time (`/usr/bin/time -v`) for
wall time and peak RSS:
  - huge-dimensions.xls, 65,536 x 256 declared around 2 rows x 7 columns (16.8 million cells:
    before the fix 1.2 GB and 8 s, then loaded): refused, exit 2;
  - the same declaring 4,294,967,295 rows (past any sheet, and past libfreexl's 32-bit
    product): refused, exit 2;
  - 65,536 x 76 declared (4,980,736 cells, within max_xls_declared_cells): read sparse, loaded,
    exit 0, the one indicator in the dataset.
Each must end within 20 s and under 1 GB; a refusal names the file and the limit
(max_xls_declared_cells) in Italian on stderr and leaves the dataset's bytes unchanged.
Usage: check_huge_xls.py PIRA SOURCE_DIR SCRATCH"""
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys

pira, source, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
here = os.path.join(source, "tests", "workbook", "hostile")
fixture = os.path.join(here, "huge-dimensions.xls")
MAX_SECONDS, MAX_MB = 20.0, 1024.0
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("    FAIL:", what)


def timed(*args):
    """(exit code, seconds, peak RSS in MB, stderr) of pira under GNU time -v."""
    stats = os.path.join(scratch, "time.txt")
    r = subprocess.run(["/usr/bin/time", "-v", "-o", stats, pira, *args],
                       capture_output=True, text=True, timeout=120)
    text = open(stats).read()
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024.0
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    seconds = 0.0
    for part in clock.split(":"):
        seconds = seconds * 60 + float(part)
    return r.returncode, seconds, rss, r.stderr


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def indicator_names(db):
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute(
            "SELECT text FROM facts WHERE field = 'indicator_name' ORDER BY text")]
    finally:
        con.close()


def variant(name, rows, columns):
    path = os.path.join(scratch, name)
    subprocess.run([sys.executable, os.path.join(here, "make_huge_xls.py"), "--patch", fixture,
                    path, str(rows), str(columns)], check=True)
    return path


def refused(path):
    db = os.path.join(scratch, "refused.db")
    if os.path.exists(db):
        os.remove(db)
    sample = os.path.join(source, "samples", "relazione2025", "indicatori.csv")
    check(subprocess.run([pira, "import", sample, "--db", db], capture_output=True).returncode == 0,
          "import of the sample")
    before = sha256(db)
    code, seconds, mb, err = timed("import", path, "--db", db)
    print("%-28s %6.2f s %8.1f MB exit %d  %s" % (os.path.basename(path), seconds, mb, code,
                                                  err.strip().splitlines()[0] if err.strip() else ""))
    check(seconds <= MAX_SECONDS, "%s took %.1f s" % (path, seconds))
    check(mb <= MAX_MB, "%s peak RSS %.0f MB" % (path, mb))
    check(code == 2, "%s: exit %d, expected 2" % (path, code))
    check(os.path.basename(path) in err, "the message does not name the file: %r" % err)
    check("max_xls_declared_cells" in err and "celle" in err, "the message lacks the limit: %r" % err)
    check(sha256(db) == before, "%s changed the dataset" % path)


refused(fixture)
refused(variant("past-any-sheet.xls", 0xFFFFFFFF, 256))

sparse = variant("sparse-within-limit.xls", 65536, 76)
db = os.path.join(scratch, "sparse.db")
code, seconds, mb, err = timed("import", sparse, "--db", db)
print("%-28s %6.2f s %8.1f MB exit %d" % ("sparse-within-limit.xls", seconds, mb, code))
check(code == 0, "sparse .xls within the limit: exit %d %r" % (code, err))
check(seconds <= MAX_SECONDS and mb <= MAX_MB, "sparse .xls: %.1f s, %.0f MB" % (seconds, mb))
check(code != 0 or indicator_names(db) == ["Indicatore ostile"], "the sparse .xls's indicator")

print("%d failures" % len(failures))
sys.exit(1 if failures else 0)
