#!/usr/bin/env python3
"""`pira import` of the damaged .xls files make_damaged_xls.py makes (three of them, on which
libfreexl 1.0.6 reads past its buffers, are committed in tests/fuzz/regressions/xls and must be
what the script makes) and of the one fuzzing found there: each is refused with exit 2 before libfreexl opens it, the message
names the file, says «file .xls danneggiato» and which length is wrong, and the dataset's bytes
stay as they were.
Usage: check_damaged_xls.py PIRA SOURCE_DIR SCRATCH"""
import hashlib
import os
import shutil
import subprocess
import sys

pira, source, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
here = os.path.join(source, "tests", "workbook", "hostile")
committed = os.path.join(source, "tests", "fuzz", "regressions", "xls")
EXPECTED = {
    "dir-name-65535.xls": "voce di directory: il nome dichiara 65535 byte, più dei 64 ammessi",
    "format-utf16-65535.xls": "record FORMAT: una stringa dichiara 65535 caratteri",
    "sst-continue-65535.xls": "record CONTINUE: una stringa dichiara 65535 caratteri",
    "boundsheet-name-255.xls": "record BOUNDSHEET: una stringa dichiara 255 caratteri",
    # Found by fuzzing (the 240 s run of 2026-12-03), committed as found: a second DIMENSIONS
    # record in the sheet, on which libfreexl leaks the first cell array (18,096 bytes).
    "dimensions-twice.xls": "record DIMENSIONS: un foglio dichiara più volte le sue dimensioni",
}
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("    FAIL:", what)


def read(path):
    with open(path, "rb") as f:
        return f.read()


made = os.path.join(scratch, "made")
subprocess.run([sys.executable, os.path.join(here, "make_damaged_xls.py"), source, made], check=True)
db = os.path.join(scratch, "dataset.db")
sample = os.path.join(source, "samples", "relazione2025", "indicatori.csv")
check(subprocess.run([pira, "import", sample, "--db", db], capture_output=True).returncode == 0,
      "import of the sample")
before = hashlib.sha256(read(db)).hexdigest()
for name, fragment in EXPECTED.items():
    path = os.path.join(made, name)
    if not os.path.exists(path):
        path = os.path.join(committed, name)
    elif os.path.exists(os.path.join(committed, name)):
        check(read(os.path.join(committed, name)) == read(path),
              "%s: the committed regression differs from what make_damaged_xls.py makes" % name)
        path = os.path.join(committed, name)  # the very file fuzz.replay_xls replays
    r = subprocess.run([pira, "import", path, "--db", db], capture_output=True, text=True,
                       timeout=60)
    print("%-26s exit %d  %s" % (name, r.returncode, r.stderr.strip().splitlines()[:1]))
    check(r.returncode == 2, "%s: exit %d, expected 2" % (name, r.returncode))
    check(name in r.stderr, "%s: the message does not name the file: %r" % (name, r.stderr))
    check("file .xls danneggiato" in r.stderr and fragment in r.stderr,
          "%s: expected «%s» in %r" % (name, fragment, r.stderr))
    check(hashlib.sha256(read(db)).hexdigest() == before, "%s changed the dataset" % name)
check(sorted(os.listdir(committed)) == sorted(n for n in EXPECTED if n != "boundsheet-name-255.xls"),
      "tests/fuzz/regressions/xls holds other files: %r" % os.listdir(committed))

print("%d failures" % len(failures))
sys.exit(1 if failures else 0)
