#!/usr/bin/python3
"""A user's profile on a layout no shipped profile knows: the PIRA 2026 of Pistoia-Prato
(samples/pira2026/indicatori.csv) rendered as one flat table (make_flat_pdf.py: a row per
indicator, the objective's fields in columns, a two-line header repeated on every page, the year
only in the title), extracted with tests/user_profile/flat-pira.toml found by detection in the
user's profile folder (PIRA_PROFILE_DIR, no --profile, no rebuild), and compared, every field of
every row, with the transcription by the comparison of the PIRA 2026 check
(tests/extract/check_pira2026.py's `expected` and `extracted`, field_check's
`check_renderings`). Then the --report JSON of the same run: one table over the nine pages, its
rows, and every diagnostic with its code, page and row.
Usage: check_flat.py PIRA SOURCE_DIR SCRATCH_DIR"""
import csv
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def report_failures(pira, pdf, scratch, rows):
    """What --report FILE.json says of the run, checked against the document itself."""
    report = os.path.join(scratch, "report.json")
    subprocess.run([pira, "extract", pdf, "-o", os.path.join(scratch, "r.csv"), "--report",
                    report], capture_output=True, check=True)
    with open(report, encoding="utf-8") as f:
        doc = json.load(f)["documents"][0]
    pages = int(subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True)
                .stdout.split("Pages:")[1].split()[0])
    failures = []
    if doc["profile"] != "flat-pira" or doc["outcome"] != "estratto":
        failures.append("report: profile %r, outcome %r" % (doc["profile"], doc["outcome"]))
    if len(doc["tables"]) != 1 or doc["rows"] != rows:
        failures.append("report: %d tables, %d rows" % (len(doc["tables"]), doc["rows"]))
    elif (doc["tables"][0]["page"], doc["tables"][0]["last_page"]) != (1, pages):
        failures.append("report: table on pages %r" % doc["tables"][0])
    for d in doc["diagnostics"]:
        if not d["code"] or not 1 <= d["page"] <= pages or not 1 <= d["row"] <= rows:
            failures.append("report: diagnostic without code, page or row: %r" % d)
    return failures


def main():
    pira, source, scratch = (os.path.abspath(a) for a in sys.argv[1:4])
    sys.path.insert(0, os.path.join(source, "tests", "extract"))
    from check_pira2026 import expected, extracted  # noqa: E402
    from field_check import check_renderings  # noqa: E402

    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    here = os.path.join(source, "tests", "user_profile")
    indicatori = os.path.join(source, "samples", "pira2026", "indicatori.csv")
    pdf = os.path.join(scratch, "flat.pdf")
    subprocess.run(["/usr/bin/python3", os.path.join(here, "make_flat_pdf.py"),
                    "--csv", indicatori, "--out", pdf], check=True)
    # The profile is found by detection among the built-in ones and the user's folder.
    os.environ["PIRA_PROFILE_DIR"] = here
    with open(indicatori, encoding="utf-8") as f:
        want = [expected(r) for r in csv.DictReader(f, delimiter=";")]
    failures = check_renderings(pira, {"flat": pdf}, want, extracted, "indicator_name",
                                scratch, stderr_has=("profilo flat-pira (confidenza",))
    failures += report_failures(pira, pdf, scratch, len(want))
    if not os.path.exists(os.path.join(scratch, "flat.csv")):
        # pira refused the table (exit 1, nothing written): check_renderings printed no counts.
        print("flat: 0/%d indicators, 0/%d fields right (nothing written)"
              % (len(want), len(want) * len(want[0])))
    if failures:
        print("\n".join(failures[:60]))
        sys.exit(1)


if __name__ == "__main__":
    main()
