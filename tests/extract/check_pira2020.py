#!/usr/bin/env python3
"""Seed 003 as one PDF (samples/pira2020: Pistoia's PIRA 2020, then Prato's): pira extract must
find two sections, pages 1-4 with the profile pira-pistoia-2020 and the rest with
pira-prato-2020, each said on stderr and in the --report JSON, and every field of every
indicator of both chambers must equal the transcriptions (samples/pistoia2020, samples/prato2020,
compared as their own checks compare them). The dataset gets one document per section, and
pira validate refuses the volume, naming its sections.
Usage: check_pira2020.py PIRA SOURCE_DIR SCRATCH_DIR"""
import csv
import json
import os
import shutil
import sqlite3
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_pistoia2020 as pistoia  # noqa: E402
import check_prato2020 as prato  # noqa: E402
from field_check import check_renderings  # noqa: E402

pira, source, scratch = sys.argv[1:4]
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)


def want_rows(name, expected):
    with open(os.path.join(source, "samples", name, "indicatori.csv"), encoding="utf-8") as f:
        return [expected(r) for r in csv.DictReader(f, delimiter=";")]


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in out.splitlines() if line.startswith("Pages:")))


def extracted(r):
    """Each row read as its chamber's own check reads it."""
    return (pistoia if r.get("ente", "").endswith("Pistoia") else prato).extracted(r)


want = want_rows("pistoia2020", pistoia.expected) + want_rows("prato2020", prato.expected)
# Renderings by other hands (tests/renderings/): a line broken right after a slash cannot be
# told from a space there, and both sides forgive it (tests/renderings/equivalences.py).
sys.path.insert(0, os.path.join(source, "tests", "renderings"))
from equivalences import unbroken  # noqa: E402
# check_renderings compares the keys of each expected row: Pistoia's and Prato's differ.
failures = []
# Each joined PDF and the Pistoia PDF that opens it (its pages are the first section).
renderings = {n: os.path.join("samples", "pistoia2020", "pistoia2020-%s.pdf" % s)
              for n, s in (("rigata", "rigata"), ("semplice", "semplice"), ("misto", "rigata"))}
# Pistoia's r01-reportlab and Prato's r02-weasyprint (make_pdf.sh): other producers, fonts,
# keys and headers than the samples' (issue 16).
renderings["altri"] = os.path.join("tests", "renderings", "pistoia2020", "pdf", "r01-reportlab.pdf")
for name, pt_pdf in renderings.items():
    pdf = os.path.join(source, "samples", "pira2020", "pira2020-%s.pdf" % name)
    pt_pages = pages(os.path.join(source, pt_pdf))
    sub = os.path.join(scratch, name)
    os.makedirs(sub)
    other_hands = name == "altri"
    rows = [unbroken(w) for w in want] if other_hands else want
    read = (lambda r: unbroken(extracted(r))) if other_hands else extracted
    failures += ["%s: %s" % (name, f) for f in
                 check_renderings(pira, {name: pdf}, rows, read, "indicator_name", sub)]
    # The sections, as the report says them.
    report = os.path.join(sub, "report.json")
    done = subprocess.run([pira, "extract", pdf, "-o", os.path.join(sub, "again.csv"),
                           "--report", report], capture_output=True, text=True)
    with open(report, encoding="utf-8") as f:
        docs = json.load(f)["documents"]
    got = [(d.get("pages"), d["profile"], d["rows"], d["outcome"]) for d in docs]
    expect = [("1-%d" % pt_pages, "pira-pistoia-2020", 19, "estratto"),
              ("%d-%d" % (pt_pages + 1, pages(pdf)), "pira-prato-2020", 59, "estratto")]
    print("%s: sections %s" % (name, got))
    if got != expect:
        failures.append("%s: sections %r, expected %r" % (name, got, expect))
    for pages_text, profile, _, _ in expect:
        said = "(pagine %s): profilo %s" % (pages_text, profile)
        if said not in done.stderr:
            failures.append("%s: stderr does not say %r: %r" % (name, said, done.stderr))
    with sqlite3.connect(os.path.join(sub, name + ".db")) as con:
        documents = con.execute("SELECT ente, sha256 FROM documents ORDER BY id").fetchall()
    entes = [e for e, _ in documents]
    if entes != ["Camera di Commercio di Pistoia", "Camera di Commercio di Prato"]:
        failures.append("%s: dataset documents %r" % (name, documents))
    elif not all(s.endswith("#pagine=" + p) for (_, s), (p, _, _, _) in zip(documents, expect)):
        failures.append("%s: documents not keyed by their pages: %r" % (name, documents))

# pira validate checks one plan: a bound volume is refused, naming its sections, never
# validated by its first family alone.
pdf = os.path.join(source, "samples", "pira2020", "pira2020-rigata.pdf")
done = subprocess.run([pira, "validate", pdf], capture_output=True, text=True)
if done.returncode != 2 or "pagine 1-4: pira-pistoia-2020, pagine 5-18: pira-prato-2020" \
        not in done.stderr or "pira extract" not in done.stderr:
    failures.append("validate of the bound volume: exit %d, %r" % (done.returncode, done.stderr))

for f in failures[:60]:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
