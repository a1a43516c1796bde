#!/usr/bin/env python3
"""An import killed with SIGKILL in the middle of its transaction (its rollback journal is on
disk: it is writing) leaves the dataset exactly as it was (SHA-256 of `sqlite3 .dump`),
integrity_check ok; a later import of the same table then loads all of it.

Usage: import_killed_midway.py PIRA SOURCE_DIR WORK_DIR [ROWS]"""
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time

pira, source, work = sys.argv[1:4]
rows = int(sys.argv[4]) if len(sys.argv) > 4 else 40000
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db = os.path.join(work, "pira.db")
failures = []


def sql(query):
    return subprocess.run(["sqlite3", db, query], capture_output=True, text=True,
                          check=True).stdout.strip()


def dump_hash():
    done = subprocess.run(["sqlite3", db, ".dump"], capture_output=True, check=True)
    return hashlib.sha256(done.stdout).hexdigest()


# Another chamber's plan, so that the big table (the Relazione's rows) adds indicators of its own.
seed = os.path.join(source, "samples/legacy/pistoia-2020.csv")
subprocess.run([pira, "import", "--db", db, seed], check=True, capture_output=True)
before = dump_hash()
indicators_before = int(sql("SELECT COUNT(*) FROM indicators"))

big = os.path.join(work, "grande.csv")
subprocess.run([sys.executable, os.path.join(source, "bench/make_table.py"),
                str(rows // 82 + 1), big, str(rows)], cwd=source, check=True)

journal = db + "-journal"
proc = subprocess.Popen([pira, "import", "--db", db, big], stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL)
start = time.monotonic()
seen = None
while proc.poll() is None:
    # The journal is opened when the transaction first changes a page (it keeps the page as it
    # was): once it is there, the import is writing.
    if os.path.exists(journal) and os.path.getsize(journal) > 0:
        seen = time.monotonic() - start
        time.sleep(0.2)  # well inside the transaction
        proc.send_signal(signal.SIGKILL)
        break
    time.sleep(0.002)
code = proc.wait()
sizes = (os.path.getsize(db), os.path.getsize(journal) if os.path.exists(journal) else 0)
print("import killed %.2f s after it started (journal seen at %s s), exit %d"
      % (time.monotonic() - start, "%.2f" % seen if seen is not None else "-", code))
if seen is None or code != -signal.SIGKILL:
    failures.append("the import ended (exit %d) before it could be killed midway: "
                    "more ROWS needed" % code)
if not os.path.exists(journal):
    failures.append("no rollback journal after the kill: the kill was not midway")
print("after the kill: pira.db %d bytes, journal %d bytes" % sizes)
if dump_hash() != before:
    failures.append("the dataset changed: its dump differs from before the import")
if sql("PRAGMA integrity_check") != "ok":
    failures.append("integrity_check: " + sql("PRAGMA integrity_check"))

done = subprocess.run([pira, "import", "--db", db, big], capture_output=True, text=True)
n = int(sql("SELECT COUNT(*) FROM indicators"))
print("later import: exit %d, %d indicators (%d before)" % (done.returncode, n, indicators_before))
if done.returncode != 0 or "caricato (documento" not in done.stdout:
    failures.append("the later import: exit %d, %r %r" % (done.returncode, done.stdout, done.stderr))
if n != indicators_before + rows:
    failures.append("the later import: %d indicators, expected %d" % (n, indicators_before + rows))
if sql("PRAGMA integrity_check") != "ok":
    failures.append("integrity_check after the later import")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
