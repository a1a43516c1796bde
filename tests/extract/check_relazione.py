#!/usr/bin/env python3
"""The Relazione 2025 sample PDFs, extracted and then scored, against the transcription of seed
001 they were built from: every indicator with its code, name, description, target, actual and
weight, and every performance the document publishes that the sample covers (indicators,
objectives, strategic objectives, the entity).
Usage: check_relazione.py PIRA SOURCE_DIR SCRATCH_DIR [--folder F] [--pdf-prefix P]
  F: the sample's folder under samples/relazione2025 (default: the 13-objective sample itself;
  `completa`: the whole section 3.1); P: its PDFs are P-rigata.pdf and P-serif.pdf (default
  relazione2025).
Importable (tests/renderings/relazione2025/check.py): load_expected() and compare_table()."""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys

# The fields compared for each indicator: from the extracted CSV, then from `pira score` of it.
CSV_FIELDS = ("indicator_name", "area", "strategic_objective", "objective_name", "formula")
SCORE_FIELDS = ("objective_code", "code", "target", "actual", "weight", "excluded")


def run(pira, failures, *args):
    done = subprocess.run([pira, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        failures.append("pira %s: exit %d\n%s" % (" ".join(args), done.returncode, done.stderr))
    return done.stdout


def read_csv(path, delimiter=","):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def percent(text):
    """'95,30%' or '95,30' -> 95.3; 'N/D' -> None."""
    return None if text == "N/D" else float(text.rstrip("% ").replace(",", "."))


def sample_dir(source, folder=""):
    return os.path.join(source, "samples", "relazione2025", folder)


def load_expected(pira, source, folder=""):
    """The expected side, from samples/relazione2025/FOLDER: {"rows": one dict per indicator with
    every compared field (the published performance as a number or None), "objectives": [(code,
    figure)], "strategic": [(name, figure)], "ente": [(name, figure)] (none when the sample does
    not cover the entity)}, the transcription scored by `pira score`."""
    sample = sample_dir(source, folder)
    failures = []
    transcription = read_csv(os.path.join(sample, "indicatori.csv"), ";")
    published = read_csv(os.path.join(sample, "indicatori-pubblicati.csv"), ";")
    by_level = {}
    for p in read_csv(os.path.join(sample, "obiettivi-pubblicati.csv"), ";"):
        by_level.setdefault(p["level"], []).append(p)
    scored = json.loads(run(pira, failures, "score", os.path.join(sample, "indicatori.csv"),
                            "--format", "json"))
    if failures or len(scored["indicators"]) != len(transcription):
        raise SystemExit("the transcription does not score: %s" % failures)
    if [t["source_ref"] for t in transcription] != [p["source_ref"] for p in published]:
        raise SystemExit("%s: indicatori-pubblicati.csv is not one row per indicator, in order"
                         % sample)
    rows = []
    for t, pub, s in zip(transcription, published, scored["indicators"]):
        row = {col: t[col] for col in CSV_FIELDS if col != "formula"}
        row["formula"] = pub["formula"]
        row.update({key: s[key] for key in SCORE_FIELDS})
        row["performance"] = percent(pub["performance"])
        row["source_ref"] = True  # the extracted row points at a page of its PDF
        rows.append(row)
    return {"rows": rows,
            "objectives": [(p["key"], percent(p["performance"])) for p in by_level["objective"]],
            "strategic": [(p["key"], percent(p["performance"]))
                          for p in by_level["strategic_objective"]],
            "ente": [(p["key"], percent(p["performance"])) for p in by_level.get("ente", [])]}


def compare_table(pira, pdf, table, expected, label, warned=None):
    """The CSV `table` pira extracted from `pdf`, scored, against `expected` (load_expected()).
    Returns (found, right, total, figures_right, figures_total, failures): indicators found,
    indicator fields right of all expected, published objective, strategic-objective and entity
    figures right of all. warned: renderings by other hands only, the rows pira said it could
    not split into name and description (field_check.unsplit_rows), which may hold both as
    one name (field_check.read_as_one_name; compare_counts' "as_one_name" counts them)."""
    c = compare_counts(pira, pdf, table, expected, label, warned)
    return (c["found"], c["right"], c["total"], c["figures_right"], c["figures_total"],
            c["failures"])


def compare_counts(pira, pdf, table, expected, label, warned=None):
    """compare_table() as a dict, with the published indicator figures counted apart too
    (indicator_figures_right of indicator_figures, N/D excluded)."""
    failures = []
    want = expected["rows"]
    rows = read_csv(table)
    if len(rows) != len(want):
        failures.append("%s: %d indicators, expected %d" % (label, len(rows), len(want)))
    out = run(pira, failures, "score", table, "--format", "json")
    try:
        scored = json.loads(out)
    except ValueError:
        scored = {"indicators": [], "objectives": [], "strategic_objectives": []}
    if len(scored["indicators"]) != len(want):
        failures.append("%s: %d indicators scored, expected %d"
                        % (label, len(scored["indicators"]), len(want)))
    got = []
    for i, r in enumerate(rows):
        g = {col: r.get(col, "") for col in CSV_FIELDS}
        g["source_ref"] = r.get("source_ref", "").startswith(pdf + "#page=")
        s = scored["indicators"][i] if i < len(scored["indicators"]) else {}
        for key in SCORE_FIELDS:
            g[key] = s.get(key, "(not scored)")
        p = s.get("performance", "(not scored)")
        g["performance"] = p if p is None or isinstance(p, str) else round(p + 1e-9, 2)
        got.append(g)
    as_one = 0
    if warned:
        from field_check import read_as_one_name  # noqa: E402  (tests/extract/field_check.py)
        got, as_one = read_as_one_name(got, want, warned)
    right = indicator_figures_right = 0
    for i, (g, w) in enumerate(zip(got, want)):
        indicator_figures_right += w["performance"] is not None and \
            g["performance"] == w["performance"]
        for k in w:
            if g[k] == w[k]:
                right += 1
            else:
                failures.append("%s row %d (%s) %s: %r != %r"
                                % (label, i + 1, w["objective_code"] + " " + w["code"], k,
                                   g[k], w[k]))
    objectives = {o["code"]: o["performance"] for o in scored["objectives"]}
    strategic = {s["name"]: s["performance"] for s in scored["strategic_objectives"]}
    # pira gives the entity no name: its figure is keyed by the ente column of the table.
    # (pira score may give the entity no figure, "ente": null: then it has none, not a crash.)
    ente = {r["ente"]: scored["ente"]["performance"] for r in rows[:1] if scored.get("ente")}
    if len(objectives) != len(expected["objectives"]):
        failures.append("%s: %d objectives, expected %d"
                        % (label, len(objectives), len(expected["objectives"])))
    figures_right = 0
    for kind, table_of, figures in (("objective", objectives, expected["objectives"]),
                                    ("strategic objective", strategic, expected["strategic"]),
                                    ("entity", ente, expected.get("ente", []))):
        for key, figure in figures:
            if table_of.get(key) == figure:
                figures_right += 1
            else:
                failures.append("%s: %s %s %r, published %s"
                                % (label, kind, key, table_of.get(key), figure))
    figures_total = (len(expected["objectives"]) + len(expected["strategic"]) +
                     len(expected.get("ente", [])))
    return {"found": len(rows), "right": right, "total": len(want) * len(want[0]),
            "figures_right": figures_right, "figures_total": figures_total,
            "indicator_figures_right": indicator_figures_right,
            "indicator_figures": sum(w["performance"] is not None for w in want),
            "as_one_name": as_one, "failures": failures}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pira")
    ap.add_argument("source")
    ap.add_argument("scratch")
    ap.add_argument("--folder", default="", help="under samples/relazione2025 (default: itself)")
    ap.add_argument("--pdf-prefix", default="relazione2025")
    args = ap.parse_args()
    pira, source, scratch = args.pira, args.source, args.scratch
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    sample = sample_dir(source, args.folder)
    expected = load_expected(pira, source, args.folder)
    failures = []
    for rendering in ("rigata", "serif"):
        pdf = os.path.join(sample, "%s-%s.pdf" % (args.pdf_prefix, rendering))
        table = os.path.join(scratch, rendering + ".csv")
        run(pira, failures, "extract", pdf, "-o", table)
        c = compare_counts(pira, pdf, table, expected, rendering)
        failures += c["failures"]
        print("%s: %d/%d indicators found, %d/%d fields right, %d/%d published indicator figures "
              "and %d/%d objective, strategic-objective and entity figures reproduced"
              % (os.path.basename(pdf), c["found"], len(expected["rows"]), c["right"],
                 c["total"], c["indicator_figures_right"], c["indicator_figures"],
                 c["figures_right"], c["figures_total"]))

    # The same table written as xlsx: openpyxl reads every cell of the CSV back, and pira
    # scores the workbook to the same figures.
    pdf = os.path.join(sample, "%s-rigata.pdf" % args.pdf_prefix)
    workbook = os.path.join(scratch, "rigata.xlsx")
    run(pira, failures, "extract", pdf, "-o", workbook)
    import openpyxl  # Debian's python3-openpyxl: the independent reader

    sheet = openpyxl.load_workbook(workbook)["Indicatori"]
    cells = [["" if v is None else v for v in r] for r in sheet.iter_rows(values_only=True)]
    with open(os.path.join(scratch, "rigata.csv"), encoding="utf-8") as f:
        text_rows = list(csv.reader(f))
    if cells[0] != text_rows[0]:
        failures.append("xlsx header %r" % cells[0])
    if len(cells) != len(text_rows):
        failures.append("xlsx rows %d, csv %d" % (len(cells), len(text_rows)))
    for i, (x, t) in enumerate(zip(cells[1:], text_rows[1:])):
        for name, a, b in zip(text_rows[0], x, t):
            same = float(a) == float(b) if isinstance(a, (int, float)) else a == b
            if not same:
                failures.append("xlsx row %d %s: %r, csv %r" % (i + 2, name, a, b))
    if (json.loads(run(pira, failures, "score", workbook, "--format", "json"))["objectives"] !=
            json.loads(run(pira, failures, "score", os.path.join(scratch, "rigata.csv"),
                           "--format", "json"))["objectives"]):
        failures.append("xlsx scores as the csv")

    if failures:
        print("\n".join(failures[:40]))
        sys.exit(1)
    print("Relazione 2025 (%s): 2 renderings x %d indicators, %d objectives, %d strategic "
          "objective(s), %d entity figure(s), and the xlsx output: all equal"
          % (args.folder or "sample", len(expected["rows"]), len(expected["objectives"]),
             len(expected["strategic"]), len(expected["ente"])))


if __name__ == "__main__":  # importable by tests/renderings/
    main()
