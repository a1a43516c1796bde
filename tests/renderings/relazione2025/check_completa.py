#!/usr/bin/env python3
"""The whole Relazione 2025 section 3.1 (samples/relazione2025/completa, 414 indicators) rendered
by producers other than LibreOffice (generate.py --folder completa: reportlab seed 5, WeasyPrint
with seed 695's axes), extracted and scored against the transcription: every field of every
indicator, every published figure (406 indicator, 49 objective, the strategic and the ente's
97,34 %), through check_relazione.py's own comparison. Both sides forgive only what a rendering
cannot show (../equivalences.py: a line broken right after a slash).
Usage: check_completa.py PIRA SOURCE_DIR SCRATCH_DIR"""
import csv
import os
import shutil
import subprocess
import sys

PDFS = ("relazione2025-completa-reportlab.pdf", "relazione2025-completa-weasyprint.pdf")


def main():
    pira, source, scratch = sys.argv[1:4]
    sys.path.insert(0, os.path.join(source, "tests", "extract"))
    sys.path.insert(0, os.path.join(source, "tests", "renderings"))
    import check_relazione  # noqa: E402  the expected rows and the comparison
    from equivalences import unbroken  # noqa: E402  a break after "/" cannot be seen
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    expected = check_relazione.load_expected(pira, source, "completa")
    expected["rows"] = [unbroken(r) for r in expected["rows"]]
    failed = 0
    for name in PDFS:
        pdf = os.path.join(source, "samples", "relazione2025", "completa", name)
        raw = os.path.join(scratch, name + ".raw.csv")
        done = subprocess.run([pira, "extract", pdf, "-o", raw], capture_output=True, text=True)
        if done.returncode != 0:
            print("%s: pira exit %d\n%s" % (name, done.returncode, done.stderr[:2000]))
            failed += 1
            continue
        table = os.path.join(scratch, name + ".csv")
        with open(raw, encoding="utf-8") as f:
            reader = csv.DictReader(f)
            rows, fields = [unbroken(r) for r in reader], reader.fieldnames
        with open(table, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=fields)
            w.writeheader()
            w.writerows(rows)
        found, right, total, fig_right, fig_total, failures = check_relazione.compare_table(
            pira, pdf, table, expected, name)
        print("%s: %d/%d indicators, %d/%d fields right, %d/%d published figures"
              % (name, found, len(expected["rows"]), right, total, fig_right, fig_total))
        if failures or fig_right != fig_total or not expected["ente"]:
            failed += 1
            for f in failures[:10]:
                print("    " + f)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
