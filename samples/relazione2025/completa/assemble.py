#!/usr/bin/env python3
"""Assembles the whole section 3.1 of the Relazione sulla performance 2025 (seed 001) from the
parts transcribed one by one in parti/: writes indicatori.csv, indicatori-pubblicati.csv and
obiettivi-pubblicati.csv beside this script, in the format of ../ (read by ../make_pdf.py).

Inputs, the parts only (so that the script can be rerun): parti/X-indicatori.csv,
parti/X-indicatori-pubblicati.csv and parti/X-obiettivi-pubblicati.csv for each part X (its
objective figures, in the order of its objectives), and parti/0-obiettivi-pubblicati.csv (the
entity and strategic-objective figures the OCR prints). Parts may copy rows of another part:
rows are merged by source_ref (the seed line) and must then be identical; the indicators come
out in seed line order, the objective figures in the order of their objectives.
Fails, with every inconsistency found, rather than write a partial table.
Usage: assemble.py [--check]   (--check: write nothing, fail if the written files differ)"""
import csv
import glob
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = os.path.join(HERE, "parti")
SUMMARY = "0"  # the part of the entity and strategic-objective figures
OUTPUTS = ("indicatori.csv", "indicatori-pubblicati.csv", "obiettivi-pubblicati.csv")


class Failures(list):
    def fail(self, message):
        self.append(message)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter=";")
        header = next(reader)
        return header, [dict(zip(header, row)) for row in reader]


def seed_line(source_ref):
    match = re.fullmatch(r"[^#]+#line=(\d+)", source_ref)
    return int(match.group(1)) if match else None


def parts():
    """The part names (X of parti/X-indicatori.csv), in name order."""
    paths = sorted(glob.glob(os.path.join(PARTS, "*-indicatori.csv")))
    return [os.path.basename(p)[: -len("-indicatori.csv")] for p in paths]


def merge(failures, kind, merged, key, row, where):
    """Adds `row` under `key` unless an identical row is there; a different one fails."""
    if key not in merged:
        merged[key] = (row, where)
    elif merged[key][0] != row:
        failures.fail("%s %s: %s and %s differ:\n  %r\n  %r"
                      % (kind, key, merged[key][1], where, merged[key][0], row))


class Tables:
    def __init__(self):
        self.headers = {}
        self.indicators = {}  # source_ref -> (row, part)
        self.published = {}  # source_ref -> (row, part)
        self.figures = {}  # objective key -> (row, part)
        self.keys = {}  # objective code as printed -> (objective key, part)

    def header(self, failures, name, header, part):
        if self.headers.setdefault(name, header) != header:
            failures.fail("%s-%s: header %r, other parts %r"
                          % (part, name, header, self.headers[name]))


def read_part(failures, tables, part):
    base = os.path.join(PARTS, part + "-")
    for name in OUTPUTS:
        if not os.path.exists(base + name):
            failures.fail("part %s: %s missing" % (part, base + name))
            return
    header, rows = read(base + "indicatori.csv")
    tables.header(failures, "indicatori.csv", header, part)
    for r in rows:
        if seed_line(r["source_ref"]) is None:
            failures.fail("%s-indicatori.csv: source_ref %r" % (part, r["source_ref"]))
        merge(failures, "indicator", tables.indicators, r["source_ref"], r, part)
    header, published = read(base + "indicatori-pubblicati.csv")
    tables.header(failures, "indicatori-pubblicati.csv", header, part)
    refs = [r["source_ref"] for r in rows]
    if [p["source_ref"] for p in published] != refs:
        failures.fail("%s-indicatori-pubblicati.csv: not one row per indicator, in its order"
                      % part)
    for p in published:
        merge(failures, "published indicator", tables.published, p["source_ref"], p, part)
    read_figures(failures, tables, part, rows)


def read_figures(failures, tables, part, rows):
    """The part's objective figures, one per objective in the order of its rows: the printed
    code of each objective is tied to the key of its figure."""
    header, figures = read(os.path.join(PARTS, part + "-obiettivi-pubblicati.csv"))
    tables.header(failures, "obiettivi-pubblicati.csv", header, part)
    codes = list(dict.fromkeys(r["objective_code"] for r in rows))
    if any(f["level"] != "objective" for f in figures) or len(figures) != len(codes):
        failures.fail("%s-obiettivi-pubblicati.csv: %d objective figures expected, one per "
                      "objective, got %d rows" % (part, len(codes), len(figures)))
        return
    for code, figure in zip(codes, figures):
        if code[:6] != figure["key"][:6]:
            failures.fail("%s: objective %s given the figure of %s" % (part, code, figure["key"]))
        merge(failures, "objective", tables.keys, code, figure["key"], part)
        merge(failures, "objective figure", tables.figures, figure["key"], figure, part)


def ordered(failures, tables):
    """The indicators in seed line order; each objective's rows must then be contiguous."""
    rows = sorted((r for r, _ in tables.indicators.values()),
                  key=lambda r: seed_line(r["source_ref"]))
    codes = [r["objective_code"] for r in rows]
    runs = [c for i, c in enumerate(codes) if i == 0 or codes[i - 1] != c]
    for code in {c for c in runs if runs.count(c) > 1}:
        failures.fail("objective %s: its rows are not contiguous in seed line order" % code)
    return rows, runs


def summary(failures, tables, rows):
    """The entity and strategic-objective figures, checked against the table's names."""
    header, figures = read(os.path.join(PARTS, SUMMARY + "-obiettivi-pubblicati.csv"))
    tables.header(failures, "obiettivi-pubblicati.csv", header, SUMMARY)
    names = {"ente": {r["ente"] for r in rows},
             "strategic_objective": {r["strategic_objective"] for r in rows}}
    for f in figures:
        if f["key"] not in names.get(f["level"], ()):
            failures.fail("%s-obiettivi-pubblicati.csv: %s %r is not in the table"
                          % (SUMMARY, f["level"], f["key"]))
    if not any(f["level"] == "ente" for f in figures):
        failures.fail("%s-obiettivi-pubblicati.csv: no entity figure" % SUMMARY)
    return figures


def assemble(failures):
    tables = Tables()
    for part in parts():
        read_part(failures, tables, part)
    rows, codes = ordered(failures, tables)
    missing = [ref for ref in tables.indicators if ref not in tables.published]
    if missing:
        failures.fail("indicators without their published figure: %s" % missing)
    objective_figures = []
    for code in codes:
        key = tables.keys.get(code, (None,))[0]
        if key not in tables.figures:
            failures.fail("objective %s without its heading figure" % code)
        else:
            objective_figures.append(tables.figures.pop(key)[0])
    if tables.figures:
        failures.fail("figures of objectives with no indicator: %s" % sorted(tables.figures))
    figures = objective_figures + summary(failures, tables, rows)
    published = [tables.published[r["source_ref"]][0] for r in rows if r["source_ref"] in
                 tables.published]
    return {"indicatori.csv": (tables.headers["indicatori.csv"], rows),
            "indicatori-pubblicati.csv": (tables.headers["indicatori-pubblicati.csv"], published),
            "obiettivi-pubblicati.csv": (tables.headers["obiettivi-pubblicati.csv"], figures)}


def text(header, rows):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(header)
    writer.writerows([r[col] for col in header] for r in rows)
    return out.getvalue()


def main():
    check = sys.argv[1:] == ["--check"]
    failures = Failures()
    outputs = assemble(failures)
    if failures:
        sys.exit("assemble.py: nothing written\n" + "\n".join(failures))
    stale = []
    for name, (header, rows) in outputs.items():
        path = os.path.join(HERE, name)
        content = text(header, rows)
        if check:
            with open(path, encoding="utf-8", newline="") as f:
                if f.read() != content:
                    stale.append(name)
        else:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(content)
    if stale:
        sys.exit("assemble.py --check: %s not as the parts give them" % ", ".join(stale))
    rows = outputs["indicatori.csv"][1]
    figures = outputs["obiettivi-pubblicati.csv"][1]
    print("%s %d indicators, %d objectives, %d figures (%s)"
          % ("checked" if check else "wrote", len(rows),
             len({r["objective_code"] for r in rows}), len(figures),
             ", ".join("%d %s" % (sum(f["level"] == level for f in figures), level)
                       for level in ("objective", "strategic_objective", "ente"))))


if __name__ == "__main__":
    main()
