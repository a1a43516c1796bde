#!/usr/bin/python3
"""Every rendering from other hands (tests/renderings/FAMILY/pdf/*.pdf, made by the generators
beside them with reportlab, WeasyPrint, LibreOffice and groff), and one more per family rendered
now from a random seed (printed, so a failure can be replayed with generate.py --seed), ends
well in pira extract: exit 0, or exit 1 or 2 with an Italian error line, within the time limit,
never a signal; and its --report JSON is written, every diagnostic with a code and a place.
Whether each rendering comes out equal to its family's golden table is check.py's business
(FAMILY/check.py): this test holds while the extractor does not yet read them all.
Prints, per family, the renderings read whole (exit 0) and the indicators found.
Usage: never_crash.py PIRA SOURCE_DIR SCRATCH_DIR [--seed S]"""
import glob
import json
import os
import random
import shutil
import subprocess
import sys
import time

FAMILIES = ("pira2026", "relazione2025", "pistoia2020", "prato2020", "toscana2024", "piano2020")
LIMIT_S = 60


def run_one(pira, pdf, scratch, failures):
    stem = os.path.splitext(os.path.basename(pdf))[0]
    report = os.path.join(scratch, stem + ".json")
    try:
        done = subprocess.run([pira, "extract", pdf, "-o", os.path.join(scratch, stem + ".csv"),
                               "--report", report], capture_output=True, text=True,
                              timeout=LIMIT_S)
    except subprocess.TimeoutExpired:
        failures.append("%s: more than %d s" % (pdf, LIMIT_S))
        return None
    if done.returncode not in (0, 1, 2):
        failures.append("%s: exit %d (a signal?)\n%s" % (pdf, done.returncode, done.stderr[-800:]))
        return None
    if done.returncode != 0 and "errore" not in done.stderr:
        failures.append("%s: exit %d without an error line" % (pdf, done.returncode))
    if not os.path.exists(report):
        failures.append("%s: no --report written" % pdf)
        return None
    with open(report, encoding="utf-8") as f:
        doc = json.load(f)["documents"][0]
    for d in doc["diagnostics"]:
        if not d["code"] or not d["place"]:
            failures.append("%s: diagnostic without code or place: %r" % (pdf, d))
    return done.returncode, doc["rows"]


def main():
    pira, source, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else \
        int(time.time())
    print("random seed %d (replay: never_crash.py ... --seed %d)" % (seed, seed))
    rng = random.Random(seed)
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    failures = []
    for family in FAMILIES:
        here = os.path.join(source, "tests", "renderings", family)
        pdfs = sorted(glob.glob(os.path.join(here, "pdf", "*.pdf")))
        s = rng.randrange(1, 10 ** 6)
        extra = os.path.join(scratch, "%s-random-%d.pdf" % (family, s))
        made = subprocess.run(["/usr/bin/python3", os.path.join(here, "generate.py"), "--seed",
                               str(s), "--out", extra, "--producer", "reportlab"],
                              capture_output=True, text=True)
        if made.returncode != 0:
            failures.append("%s: generate.py --seed %d failed\n%s" % (family, s, made.stderr))
        else:
            pdfs.append(extra)
        whole = rows = 0
        for pdf in pdfs:
            r = run_one(pira, pdf, scratch, failures)
            if r:
                whole += r[0] == 0
                rows += r[1]
        print("%s: %d renderings (random seed %d), %d read without errors, %d rows found"
              % (family, len(pdfs), s, whole, rows))
    if failures:
        print("\n".join(failures[:40]))
        sys.exit(1)


if __name__ == "__main__":
    main()
