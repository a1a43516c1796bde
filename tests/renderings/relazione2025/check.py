#!/usr/bin/python3
"""The renderings of the Relazione 2025 by other hands, extracted by pira and compared, field by
field, with the transcription (samples/relazione2025): the comparison of
tests/extract/check_relazione.py (every indicator's code, name, description, target, actual,
weight, exclusion and published performance through `pira score`, then the published figures of
the objectives and of the strategic objective).

  check.py PIRA SOURCE_DIR SCRATCH_DIR                 the matrix PDFs (pdf/NAME.pdf)
  check.py PIRA SOURCE_DIR SCRATCH_DIR --only NAME     one of them
  check.py PIRA SOURCE_DIR SCRATCH_DIR --random K [--seed S]
        K renderings of random seeds (drawn from S, or from the time), generated into
        SCRATCH_DIR; each seed is printed: replay it with generate.py --seed N --describe.
  check.py PIRA SOURCE_DIR SCRATCH_DIR --seeds N,N     those seeds (the replay of random ones)
  ... --summary FILE                                   what was measured, as JSON (summary.py)

Prints per rendering `name (producer): found/expected indicators, right/total fields` and exits 1
if any differs."""
import argparse
import os
import shutil
import subprocess
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
    ap.add_argument("--differences", type=int, default=8, help="differences shown per rendering")
    summary.add_options(ap)
    a = ap.parse_args()
    sys.path.insert(0, os.path.join(a.source, "tests", "extract"))
    sys.path.insert(0, HERE)
    import check_relazione  # tests/extract/check_relazione.py: the expected rows, the comparison
    import field_check  # tests/extract/field_check.py: the dataset's rows as written
    import generate

    shutil.rmtree(a.scratch, ignore_errors=True)
    os.makedirs(a.scratch)
    expected = check_relazione.load_expected(a.pira, a.source)

    rows = expected["rows"]
    record = summary.Summary(a.summary, "relazione2025", len(rows), len(rows) * len(rows[0]))
    renderings = []  # (name, producer, pdf, seed)
    if summary.wants_seeds(a):
        for seed in summary.seeds(a):
            pdf = os.path.join(a.scratch, "seed%d.pdf" % seed)
            ax = generate.choose(seed)
            print("seed %d: %s" % (seed, generate.describe(ax)), flush=True)
            why = summary.rendered(lambda: generate.render(seed, pdf))
            if why:
                record.add("seed%d" % seed, ax["producer"], not_rendered=why, seed=seed)
                continue
            renderings.append(("seed%d" % seed, ax["producer"], pdf, seed))
    else:
        for entry in generate.load_matrix():
            if a.only and entry["name"] != a.only:
                continue
            pdf = os.path.join(a.source, "tests", "renderings", "relazione2025", "pdf",
                               entry["name"] + ".pdf")
            renderings.append((entry["name"], entry["producer"], pdf, None))
        if not renderings:
            raise SystemExit("no rendering named %r in matrix.json" % a.only)

    failed = []
    for name, producer, pdf, seed in renderings:
        label = "%s (%s)" % (name, producer)
        out = os.path.join(a.scratch, name + ".csv")
        db = os.path.join(a.scratch, name + ".db")
        report = os.path.join(a.scratch, name + ".report.json")
        done = subprocess.run([a.pira, "extract", pdf, "-o", out, "--db", db, "-v",
                               "--report", report], capture_output=True, text=True)
        if done.returncode != 0:
            print("%s: 0/%d indicators, 0/%d fields right: pira exit %d"
                  % (label, len(expected["rows"]), len(expected["rows"]) *
                     len(expected["rows"][0]), done.returncode))
            print("    " + "\n    ".join(done.stderr.strip().splitlines()[:6]))
            failed.append(name)
            record.add(name, producer, None, ["%s: pira exit %d\n%s" % (
                label, done.returncode, done.stderr)], seed=seed)
            continue
        # A row pira said it could not split may hold name and description as one name
        # (tests/renderings/equivalences.py), counted apart.
        c = check_relazione.compare_counts(a.pira, pdf, out, expected, label,
                                           field_check.unsplit_rows(report))
        found, right, total, failures = c["found"], c["right"], c["total"], c["failures"]
        fig_right, fig_total = c["figures_right"], c["figures_total"]
        texts = field_check.texts_as_written(db)
        if len(texts) != found:
            failures.insert(0, "%s: %d rows in the CSV, %d in the dataset"
                            % (label, found, len(texts)))
        print("%s: %d/%d indicators, %d/%d fields right%s, %d/%d published objective figures"
              % (label, found, len(expected["rows"]), right, total,
                 ", %d of them as one name" % c["as_one_name"] if c["as_one_name"] else "",
                 fig_right, fig_total))
        record.add(name, producer, (found, len(rows), right, total, c["as_one_name"]), failures, seed=seed)
        if failures:
            failed.append(name)
            for f in failures[:a.differences]:
                print("    " + f.replace("\n", "\n    ").rstrip())
            if len(failures) > a.differences:
                print("    ... %d differences in all" % len(failures))
    failed += [e["name"] for e in record.entries if not e["rendered"]]
    record.write()
    print("%d/%d renderings read right%s" % (len(record.entries) - len(failed), len(record.entries),
                                             (": not " + ", ".join(failed)) if failed else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
