#!/usr/bin/env python3
"""The hostile-input set of issue 17, generated here into WORK_DIR, each given to the pira
commands that read it (extract, import into a dataset, score):
  random bytes named .pdf, .xlsx and .csv; an empty PDF and a truncated one; an encrypted PDF
  (reportlab's standard encryption, with a user password); a zip bomb xlsx (a sheet inflating
  to 3 GB); billion-laughs XML in an xlsx's shared strings; a fake zip (a zip signature and
  garbage); an .xls declaring a 65,536 x 256 sheet (the committed fixture's DIMENSIONS record
  patched again); a workbook of one million cells (read, and refused with --limit max_cells);
  formula-injection text in a canonical table; a CSV of one 100 MB line.
Every run must end with exit 1 or 2 (never a signal), a message on stderr that names the file
and says what is wrong in Italian (the case's own words, such as the limit's name), within 20 s
and 1 GB of peak RSS, and the dataset must be unchanged (SHA-256 of `sqlite3 .dump`, before and
after). The figures of every run are printed.

Under AddressSanitizer (--sanitized) the budgets are scaled as in tests/workbook/hostile
(x6 time, x5 memory).

Usage: hostile_inputs.py PIRA SOURCE_DIR WORK_DIR [--sanitized]"""
import hashlib
import os
import random
import shutil
import subprocess
import sys

pira, source, work = sys.argv[1:4]
sanitized = "--sanitized" in sys.argv[4:]
sys.path.insert(0, os.path.join(source, "tests", "workbook", "hostile"))
import check_hostile as wb  # noqa: E402  the hostile workbook generators and the measurement

MAX_SECONDS = 20.0 * (6 if sanitized else 1)
MAX_MB = 1024.0 * (5 if sanitized else 1)
wb.KILL_AFTER = MAX_SECONDS * 3

shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db = os.path.join(work, "pira.db")
failures = []
rng = random.Random(17)


def path(name):
    return os.path.join(work, name)


def dump_hash():
    done = subprocess.run(["sqlite3", db, ".dump"], capture_output=True, check=True)
    return hashlib.sha256(done.stdout).hexdigest()


# --- The inputs ------------------------------------------------------------------------------

def random_bytes(name, size=1 << 20):
    with open(path(name), "wb") as f:
        f.write(rng.randbytes(size))
    return path(name)


def empty_pdf():
    open(path("vuoto.pdf"), "wb").close()
    return path("vuoto.pdf")


def truncated_pdf():
    data = open(os.path.join(source, "samples/pira2026/pira2026-semplice.pdf"), "rb").read()
    with open(path("troncato.pdf"), "wb") as f:
        f.write(data[: len(data) // 2])
    return path("troncato.pdf")


def encrypted_pdf():
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas
    out = path("cifrato.pdf")
    c = canvas.Canvas(out, encrypt=pdfencrypt.StandardEncryption("segreta", ownerPassword="capo",
                                                                    strength=128))
    c.drawString(72, 720, "Piano integrato di attività e organizzazione 2026")
    c.showPage()
    c.save()
    return out


def zip_bomb():
    wb.bomb_sheet(path("bomba.xlsx"))
    return path("bomba.xlsx")


def billion_laughs():
    wb.laughs_sst(path("risate.xlsx"))
    return path("risate.xlsx")


def fake_zip():
    with open(path("finto.xlsx"), "wb") as f:
        f.write(b"PK\x03\x04" + rng.randbytes(64 << 10))
    return path("finto.xlsx")


def huge_xls():
    base = os.path.join(source, "tests/workbook/hostile/huge-dimensions.xls")
    out = path("enorme.xls")
    subprocess.run([sys.executable, os.path.join(source, "tests/workbook/hostile/make_huge_xls.py"),
                    "--patch", base, out, "65536", "256"], check=True, capture_output=True)
    return out


def million_cells():
    wb.million_cells(path("milione.xlsx"))
    return path("milione.xlsx")


def formula_injection():
    out = path("formule.csv")
    rows = ["ente;year;objective_code;indicator_name;target;actual;weight",
            '=HYPERLINK("http://x.invalid";"clic");2025;01_01_OS01;=cmd|\' /C calc\'!A0;'
            '=1+1;+10;@SUM(A1:A2)',
            "CCIAA;2025;01_01_OS01;-2+3;\t=A1;\r=B2;=C3*100"]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    return out


def one_line_csv():
    out = path("una-riga.csv")
    with open(out, "wb") as f:
        f.write(b"ente;year;indicator_name")
        chunk = b";x" * (1 << 19)
        for _ in range(100):
            f.write(chunk)  # 100 MB, no newline
    return out


# (name, make, [(command arguments, words its message must contain)]).
IMPORT = ["import", "--db", db]
EXTRACT = ["extract", "--db", db, "-o", path("estratto.csv")]
CASES = [
    ("bytes casuali .pdf", lambda: random_bytes("casuale.pdf"),
     [(EXTRACT, "non è un PDF leggibile"), (IMPORT, "formato di file non supportato")]),
    ("bytes casuali .xlsx", lambda: random_bytes("casuale.xlsx"),
     [(IMPORT, "non leggibile"), (EXTRACT, "non leggibile"), (["score"], "non leggibile")]),
    ("bytes casuali .csv", lambda: random_bytes("casuale.csv"),
     [(IMPORT, ""), (["score"], "")]),
    ("PDF vuoto", empty_pdf, [(EXTRACT, "non è un PDF leggibile")]),
    ("PDF troncato", truncated_pdf, [(EXTRACT, "")]),
    ("PDF cifrato", encrypted_pdf, [(EXTRACT, "PDF protetto da password")]),
    ("zip bomb", zip_bomb,
     [(IMPORT, "supera il limite"), (EXTRACT, "supera il limite"), (["score"], "--limit")]),
    ("billion laughs", billion_laughs,
     [(IMPORT, "DOCTYPE"), (EXTRACT, "DOCTYPE"), (["score"], "DOCTYPE")]),
    ("zip finto", fake_zip, [(IMPORT, "non leggibile"), (EXTRACT, "non leggibile")]),
    (".xls enorme", huge_xls,
     [(IMPORT, "max_xls_declared_cells"), (EXTRACT, "max_xls_declared_cells"),
      (["score"], "--limit max_xls_declared_cells=N")]),
    ("un milione di celle", million_cells,
     [(IMPORT, "nessuna tabella"), (IMPORT + ["--limit", "max_cells=500K"], "max_cells = 512000"),
      (["score", "--limit", "max_cells=500K"], "--limit max_cells=N")]),
    ("testo da formula", formula_injection, [(IMPORT, "errore"), (["validate"], "errore")]),
    ("CSV di una riga da 100 MB", one_line_csv,
     [(IMPORT, "max_line_bytes = 16777216"), (["score"], "--limit max_line_bytes=N")]),
]

seed = os.path.join(source, "samples/relazione2025/indicatori.csv")
done = subprocess.run([pira, "import", "--db", db, seed], capture_output=True, text=True)
if done.returncode != 0:
    sys.exit("the seed import failed: " + done.stderr)
before = dump_hash()

print("%-28s %-10s %5s %8s %8s" % ("caso", "comando", "exit", "s", "MB"))
for name, make, runs in CASES:
    file = make()
    for args, words in runs:
        cmd = [pira] + args + [file]
        code, seconds, mb, err = wb.measure(cmd, path("stdout.txt"))
        print("%-28s %-10s %5d %8.2f %8.1f" % (name, args[0], code, seconds, mb))
        what = "%s: pira %s" % (name, " ".join(args).replace(work + os.sep, ""))
        if code not in (1, 2):
            failures.append("%s: exit %d (expected 1 or 2)" % (what, code))
        if seconds > MAX_SECONDS or mb > MAX_MB:
            failures.append("%s: %.1f s, %.0f MB (budget %.0f s, %.0f MB)"
                            % (what, seconds, mb, MAX_SECONDS, MAX_MB))
        if os.path.basename(file) not in err or "errore interno" in err:
            failures.append("%s: no message naming the file: %r" % (what, err[:300]))
        if words and words not in err:
            failures.append("%s: the message does not say «%s»: %r" % (what, words, err[:400]))
        if "AddressSanitizer" in err or "runtime error" in err:
            failures.append("%s: sanitizer report" % what)
        if dump_hash() != before:
            failures.append("%s: the dataset changed" % what)
            before = dump_hash()
    if os.path.exists(file):
        os.remove(file)  # the bomb and the 100 MB line are not kept

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
