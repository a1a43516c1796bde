#!/usr/bin/python3
"""pira against renderings of the PIRA 2026 made by other hands (generate.py): each is extracted
with `PIRA extract PDF -o out.csv --db out.db -v` and compared, field by field, with the
transcription samples/pira2026/indicatori.csv, by the comparison of tests/extract/check_pira2026.py
and tests/extract/field_check.py (imported, not rewritten).

  check.py PIRA SOURCE_DIR SCRATCH_DIR                 the fixed matrix (pdf/<name>.pdf, matrix.json)
  check.py PIRA SOURCE_DIR SCRATCH_DIR --only NAME     one rendering of the matrix
  check.py PIRA SOURCE_DIR SCRATCH_DIR --random K [--seed S]
                                                       K renderings of random seeds, generated into
                                                       SCRATCH_DIR; the seeds come from S (or from
                                                       the time) and are printed, to be replayed
                                                       with generate.py --seed N
  check.py PIRA SOURCE_DIR SCRATCH_DIR --seeds N,N     those seeds (the replay of random ones)
  ... --summary FILE                                   what was measured, as JSON (summary.py)

Prints `name (producer): found/expected indicators, right/total fields` for each rendering and
exits 1 when any of them differs."""
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
    ap.add_argument("--show", type=int, default=8, help="differences printed per rendering")
    summary.add_options(ap)
    a = ap.parse_args()
    source = os.path.abspath(a.source)
    sys.path.insert(0, os.path.join(source, "tests", "extract"))
    sys.path.insert(0, os.path.join(source, "tests", "renderings", "pira2026"))
    import check_pira2026                    # noqa: E402  expected()/extracted() of the sample check
    from field_check import check_renderings  # noqa: E402
    sys.path.insert(0, os.path.join(source, "tests", "renderings"))
    from equivalences import unbroken         # noqa: E402  a break after "/" cannot be seen
    import generate                           # noqa: E402

    pira = os.path.abspath(a.pira)
    shutil.rmtree(a.scratch, ignore_errors=True)
    os.makedirs(a.scratch)
    with open(os.path.join(source, "samples", "pira2026", "indicatori.csv"), encoding="utf-8") as f:
        want = [unbroken(check_pira2026.expected(r)) for r in csv.DictReader(f, delimiter=";")]

    record = summary.Summary(a.summary, "pira2026", len(want), sum(len(w) for w in want))
    renderings = []   # (name, producer, pdf, replay, seed)
    if summary.wants_seeds(a):
        for seed in summary.seeds(a):
            pdf = os.path.join(a.scratch, "seed-%d.pdf" % seed)
            axes = generate.choose(seed)
            print("seed %d: %s" % (seed, generate.describe(axes)), flush=True)
            producer = axes["producer"]
            why = summary.rendered(lambda: generate.render(seed, pdf))
            if why:
                record.add("seed-%d" % seed, producer, not_rendered=why, seed=seed)
                continue
            renderings.append(("seed-%d" % seed, producer, pdf,
                               "generate.py --seed %d --out X.pdf" % seed, seed))
    else:
        with open(os.path.join(source, "tests", "renderings", "pira2026", "matrix.json"),
                  encoding="utf-8") as f:
            matrix = json.load(f)
        for m in matrix:
            if a.only and m["name"] != a.only:
                continue
            pdf = os.path.join(source, "tests", "renderings", "pira2026", "pdf", m["name"] + ".pdf")
            renderings.append((m["name"], m["producer"], pdf, "generate.py --seed %d --producer %s"
                               % (m["seed"], m["producer"]), None))
        if not renderings:
            sys.exit("no rendering named %r in matrix.json" % a.only)

    results, failed = [], []
    for name, producer, pdf, replay, seed in renderings:
        label = "%s (%s)" % (name, producer)
        scratch = os.path.join(a.scratch, name)
        os.makedirs(scratch, exist_ok=True)
        failures, counts = summary.counted(lambda: check_renderings(
            pira, {label: pdf}, want, lambda r: unbroken(check_pira2026.extracted(r)),
            "indicator_name", scratch, one_name=True))
        record.add(name, producer, counts, failures, seed=seed)
        sys.stdout.flush()
        if failures and failures[0].startswith(label + ": exit "):
            # pira refused: its summary line, then its first errors and warnings
            first = failures[0].split("\n")
            err = [l.replace(pdf, "").lstrip(": ") for l in first[1:] if l.strip()]
            print("%s: %s, %s" % (label, first[0][len(label) + 2:],
                                  err[-1][:300] if err else "no message"))
            told = [l for l in err[:-1] if "errore:" in l] + [l for l in err[:-1] if "avviso:" in l]
            for l in told[:a.show]:
                print("  " + l[:300])
            failures = failures[1:] + ["refused"]
        elif failures:
            for f in failures[:a.show]:
                print("  " + f.replace("\n", "\n    ")[:600])
            if len(failures) > a.show:
                print("  ... %d differences in all" % len(failures))
        if failures:
            failed.append(name)
            print("  replay: %s" % replay)
        results.append((label, not failures))
    failed += [e["name"] for e in record.entries if not e["rendered"]]
    results += [(e["name"], False) for e in record.entries if not e["rendered"]]
    print("\n%d of %d renderings read right%s" % (
        sum(ok for _, ok in results), len(results),
        "" if not failed else "; differing: " + ", ".join(failed)))
    record.write()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
