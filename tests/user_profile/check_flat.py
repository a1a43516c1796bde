#!/usr/bin/python3
"""A user's profile on a layout no shipped profile knows: the PIRA 2026 of Pistoia-Prato
(samples/pira2026/indicatori.csv) rendered as one flat table (make_flat_pdf.py), extracted with
tests/user_profile/flat-pira.toml given to `pira extract --profile FILE.toml`, and compared,
every field of every row, with the transcription by the comparison of the PIRA 2026 check
(tests/extract/check_pira2026.py's `expected` and `extracted`, field_check's
`check_renderings`). Not registered in tests/CMakeLists.txt.

check_renderings runs `PIRA extract PDF -o OUT --db DB -v` and has no way to pass a profile, so
the PIRA it is given is a two-line wrapper in SCRATCH_DIR that adds `--profile flat-pira.toml`.
Usage: check_flat.py PIRA SOURCE_DIR SCRATCH_DIR"""
import csv
import os
import shlex
import shutil
import stat
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


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
    wrapper = os.path.join(scratch, "pira-flat")
    with open(wrapper, "w") as f:
        f.write("#!/bin/sh\nexec %s \"$@\" --profile %s\n"
                % (shlex.quote(pira), shlex.quote(os.path.join(here, "flat-pira.toml"))))
    os.chmod(wrapper, os.stat(wrapper).st_mode | stat.S_IXUSR)
    with open(indicatori, encoding="utf-8") as f:
        want = [expected(r) for r in csv.DictReader(f, delimiter=";")]
    failures = check_renderings(wrapper, {"flat": pdf}, want, extracted, "indicator_name",
                                scratch)
    if not os.path.exists(os.path.join(scratch, "flat.csv")):
        # pira refused the table (exit 1, nothing written): check_renderings printed no counts.
        print("flat: 0/%d indicators, 0/%d fields right (nothing written)"
              % (len(want), len(want) * len(want[0])))
    if failures:
        print("\n".join(failures[:60]))
        sys.exit(1)


if __name__ == "__main__":
    main()
