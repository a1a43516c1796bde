#!/usr/bin/env python3
"""Damaged inputs: bytes of the sample PDF and workbooks overwritten at random (seeded), each
run through pira. Every run must end with an exit code of the interface (0, 1 or 2) and an
Italian message, never a crash; in the Debug build the sanitizers check memory too.
Usage: damaged_files.py PIRA SOURCE_DIR SCRATCH [RUNS_PER_FORMAT]"""
import os
import random
import shutil
import subprocess
import sys

pira, source, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 15
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
random.seed(20251122)
inputs = [("tests/fixtures/pdf/obiettivo.pdf", "extract"),
          ("samples/workbooks/relazione2025.xlsx", "score"),
          ("samples/workbooks/relazione2025-semplice.xls", "score"),
          ("samples/workbooks/relazione2025-semplice.ods", "score")]
failures = []
total = 0
for name, command in inputs:
    data = open(os.path.join(source, name), "rb").read()
    ext = os.path.splitext(name)[1]
    for i in range(runs):
        damaged = bytearray(data)
        for _ in range(random.randint(1, 20)):
            damaged[random.randrange(len(damaged))] = random.randrange(256)
        path = os.path.join(scratch, "damaged-%d%s" % (i, ext))
        with open(path, "wb") as f:
            f.write(damaged)
        r = subprocess.run([pira, command, path], capture_output=True, text=True, timeout=300)
        total += 1
        if r.returncode not in (0, 1, 2) or (r.returncode != 0 and not r.stderr.strip()):
            failures.append("%s %s: exit %d %s" % (command, path, r.returncode, r.stderr[-300:]))
for f in failures:
    print("FAIL:", f)
print("%d passed, %d failed" % (total - len(failures), len(failures)))
sys.exit(1 if failures else 0)
