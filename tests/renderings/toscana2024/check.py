#!/usr/bin/python3
"""The renderings of the PIRA 2024 of the Toscana Nord-Ovest made by other hands
(tests/renderings/toscana2024/: generate.py, matrix.json, pdf/), extracted by pira and compared
field by field with the transcription (samples/toscana2024/indicatori.csv), with the comparison
of tests/extract/check_toscana.py and tests/extract/field_check.py.

Usage: check.py PIRA SOURCE_DIR SCRATCH_DIR [--random K] [--seed S] [--only NAME]
  without --random: the committed matrix PDFs; with it: K renderings of random seeds (drawn
  from S, or from the time), generated into SCRATCH_DIR, each seed printed for replay
  (generate.py --seed N --describe). --seeds N,N: those seeds (the replay of random ones);
  --summary FILE: what was measured, as JSON (summary.py)."""
import argparse
import csv
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import summary  # noqa: E402  --summary, --seeds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pira")
    ap.add_argument("source")
    ap.add_argument("scratch")
    ap.add_argument("--random", type=int, metavar="K")
    ap.add_argument("--seed", type=int, metavar="S")
    ap.add_argument("--only", metavar="NAME")
    summary.add_options(ap)
    args = ap.parse_args()
    sys.path.insert(0, os.path.join(args.source, "tests", "extract"))
    import check_toscana  # noqa: E402  (the sample's own comparison)
    from field_check import check_renderings  # noqa: E402
    sys.path.insert(0, HERE)
    import generate  # noqa: E402
    sys.path.insert(0, os.path.dirname(HERE))
    from equivalences import unbroken  # noqa: E402  a break after "/" cannot be seen

    shutil.rmtree(args.scratch, ignore_errors=True)
    os.makedirs(args.scratch)
    with open(os.path.join(args.source, "samples", "toscana2024", "indicatori.csv"),
              encoding="utf-8") as f:
        want = [unbroken(check_toscana.expected(r)) for r in csv.DictReader(f, delimiter=";")]
    record = summary.Summary(args.summary, "toscana2024", len(want), sum(len(w) for w in want))
    pdfs = {}  # label: (pdf, name, producer, seed)
    if summary.wants_seeds(args):
        for seed in summary.seeds(args):
            a = generate.choose(seed)
            name = "seed-%d" % seed
            pdf = os.path.join(args.scratch, name + ".pdf")
            print("seed %d (%s): generate.py --seed %d --out %s" % (seed, a["producer"], seed,
                                                                     pdf), flush=True)
            why = summary.rendered(lambda: generate.render(seed, pdf))
            if why:
                record.add(name, a["producer"], not_rendered=why, seed=seed)
                continue
            pdfs["%s (%s)" % (name, a["producer"])] = (pdf, name, a["producer"], seed)
    else:
        with open(os.path.join(HERE, "matrix.json"), encoding="utf-8") as f:
            for m in json.load(f):
                if args.only and m["name"] != args.only:
                    continue
                pdfs["%s (%s)" % (m["name"], m["producer"])] = (
                    os.path.join(HERE, "pdf", m["name"] + ".pdf"), m["name"], m["producer"], None)
    failures = []
    for key, (pdf, name, producer, seed) in pdfs.items():
        mine, counts = summary.counted(lambda: check_renderings(
            args.pira, {key: pdf}, want, lambda r: unbroken(check_toscana.extracted(r)),
            "indicator_code", args.scratch, one_name=True))
        record.add(name, producer, counts, mine, seed=seed)
        failures += mine
    record.write()
    if failures or len(record.entries) > len(pdfs):  # a seed not rendered fails too
        # the first differences of each rendering (an error message counts as one)
        for key in pdfs:
            mine = [f for f in failures if f.startswith(key + ":") or f.startswith(key + " ")]
            print("\n".join(mine[:15]))
            if len(mine) > 15:
                print("%s: %d more differences" % (key, len(mine) - 15))
        sys.exit(1)


if __name__ == "__main__":
    main()
