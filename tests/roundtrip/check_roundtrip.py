#!/usr/bin/env python3
"""Round trip of every bundled sample through the files pira writes and the dataset.

For each sample under samples/:
- a PDF, or a workbook kept in a document's layout (one that `pira extract` recognises), is
  extracted to CSV, JSON lines and xlsx; for each of the three files, `pira score FILE` (scoring
  the sample directly) and `pira import FILE` into a fresh dataset then `pira score --db` must
  give the same outcome: the same exit code and, when figures are produced, the same JSON field
  by field. The three direct scores must also equal each other (a format loses nothing).
- a canonical table (CSV whose header names are all canonical, or a workbook no profile
  recognises) is imported as it is into a fresh dataset and scored the same two ways.

A table that `pira score` refuses (a plan has no `actual`, the legacy tables no `weight`) must be
refused the same way from the dataset: same exit code, same kinds of error.

Usage: check_roundtrip.py PIRA SOURCE_DIR SCRATCH_DIR
Prints one line per sample and format, then the figures compared; on failure the sample, the
format and the first differing fields."""
import csv
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys

pira, source, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
env = dict(os.environ)
env.pop("PIRA_DB", None)  # every dataset here is named with --db

CANONICAL = {"ente", "document", "year", "mission", "programme", "area", "strategic_objective",
             "objective_code", "objective_name", "objective_weight", "department", "office",
             "resources_eur", "indicator_code", "indicator_name", "formula", "type", "unit",
             "baseline", "target", "weight", "actual", "performance", "source_ref"}
WORKBOOKS = (".xlsx", ".ods", ".xls")
FORMATS = ("csv", "jsonl", "xlsx")

failures = []
compared = {"runs": 0, "figures": 0, "fields": 0, "tables": 0, "values": 0}


def run(*args):
    return subprocess.run([pira, *args], capture_output=True, text=True, check=False, env=env)


def error_kinds(stderr):
    """The errors with their values, without places, details and hints: a file and the dataset
    name places differently ("colonna obbligatoria mancante: «actual»")."""
    kinds = set()
    for line in stderr.splitlines():
        m = re.search(r": errore: (.*)$", line)
        if m:
            message = m.group(1).split(". Suggerimento:")[0]
            kinds.add(re.sub(r" \([^()]*\)$", "", message).strip())
    return kinds


def score(label, *args):
    """(exit code, JSON or None, error kinds) of `pira score ... --format json`."""
    out = os.path.join(scratch, label + ".json")
    done = run("score", *args, "--format", "json", "-o", out)
    figures = None
    if done.returncode == 0:
        with open(out, encoding="utf-8") as f:
            figures = json.load(f)
    return done.returncode, figures, error_kinds(done.stderr), done.stderr


def diff(a, b, path=""):
    """Field-by-field differences between two JSON values, as "path: a != b"."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append("%s.%s: %s" % (path, k, "missing on the left" if k not in a
                                          else "missing on the right"))
            else:
                out += diff(a[k], b[k], "%s.%s" % (path, k))
        return out
    if isinstance(a, list) and isinstance(b, list):
        out = [] if len(a) == len(b) else ["%s: %d items != %d" % (path, len(a), len(b))]
        for i, (x, y) in enumerate(zip(a, b)):
            out += diff(x, y, "%s[%d]" % (path, i))
        return out
    compared["fields"] += 1
    if isinstance(a, float) and isinstance(b, float) and a == b:
        return []
    return [] if a == b else ["%s: %r != %r" % (path, a, b)]


def count_figures(figures):
    n = 0 if figures.get("ente") is None else 1
    for level in ("areas", "strategic_objectives", "objectives", "indicators"):
        n += len(figures.get(level, []))
    return n


def same_outcome(sample, fmt, what, left, right):
    """left, right: score() results. Records a failure naming sample, format and fields."""
    compared["runs"] += 1
    (e1, j1, k1, s1), (e2, j2, k2, s2) = left, right
    where = "%s [%s] %s" % (sample, fmt, what)
    if e1 != e2:
        failures.append("%s: exit %d != %d\n--- left:\n%s--- right:\n%s"
                        % (where, e1, e2, s1[-1500:], s2[-1500:]))
        return False
    if j1 is None:
        if k1 != k2:
            failures.append("%s: both refused (exit %d), errors differ: %s != %s"
                            % (where, e1, sorted(k1), sorted(k2)))
            return False
        return True
    d = diff(j1, j2)
    compared["figures"] += count_figures(j1)
    if d:
        failures.append("%s: %d fields differ, first: %s" % (where, len(d), "; ".join(d[:8])))
        return False
    return True


def through_dataset(label, table):
    """`pira import TABLE` into a fresh dataset, then `pira score --db`."""
    db = os.path.join(scratch, label + ".db")
    done = run("import", table, "--db", db)
    if done.returncode != 0:
        return done.returncode, None, {"import: " + k for k in error_kinds(done.stderr)}, \
            done.stderr
    return score(label + ".db", "--db", db)


IDENTITY = ("ente", "year", "objective_code", "source_ref")


def dataset_rows(db):
    """The loaded indicators in file order: identity, and per field (text, value) of its facts."""
    with sqlite3.connect(db) as con:
        indicators = con.execute("SELECT id, ente, year, objective_code FROM indicators "
                                 "ORDER BY position").fetchall()
        facts = con.execute("SELECT indicator_id, field, text, value FROM facts").fetchall()
    by_id = {i: {"ente": ente, "year": str(year), "objective_code": code}
             for i, ente, year, code in indicators}
    values = {i: {} for i in by_id}
    for i, field, text, value in facts:
        values[i][field] = (text, value)
    return [(by_id[i], values[i]) for i, *_ in indicators]


def same_values(sample, fmt, written, db):
    """Every value pira extract wrote (`written`: the JSON lines, no guard, machine form) is in
    the dataset loaded from the file of format `fmt`, as written and as its machine form."""
    compared["tables"] += 1
    loaded = dataset_rows(db)
    where = "%s [%s] values: the extracted table against the dataset loaded from it" % (sample,
                                                                                       fmt)
    if len(loaded) != len(written):
        failures.append("%s: %d rows written, %d loaded" % (where, len(written), len(loaded)))
        return
    problems = []
    for n, (row, (identity, facts)) in enumerate(zip(written, loaded), start=1):
        for column in ("ente", "year", "objective_code"):
            compared["values"] += 1
            if str(row.get(column, "")) != identity[column]:
                problems.append("row %d %s: %r != %r" % (n, column, row.get(column),
                                                         identity[column]))
        for column, value in row.items():
            if column in IDENTITY or value == "":
                continue
            compared["values"] += 1
            got = facts.get(column)
            if got is None:
                problems.append("row %d %s: %r not loaded" % (n, column, value))
            elif got != (value, value):
                problems.append("row %d %s: %r loaded as %r (text) / %r (value)"
                                % (n, column, value, got[0], got[1]))
        for column in facts:
            if column not in row or row[column] == "":
                problems.append("row %d %s: %r loaded, not written" % (n, column, facts[column]))
    if problems:
        failures.append("%s: %d differences, first: %s" % (where, len(problems),
                                                            "; ".join(problems[:8])))


def describe(result):
    code, figures, kinds, _ = result
    if figures is None:
        return "refused (exit %d: %s)" % (code, "; ".join(sorted(kinds)) or "?")
    return "%d figures" % count_figures(figures)


def is_canonical_table(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        first = f.readline()
    delimiter = max(";,\t", key=first.count)
    names = next(csv.reader([first], delimiter=delimiter))
    # As for tables on a sheet: canonical names only, one of them naming the indicators (the
    # published figures of samples/relazione2025 have canonical names but are not a table).
    return ("objective_code" in names or "indicator_name" in names) and all(
        n in CANONICAL or re.fullmatch(r"target_\d{4}", n) for n in names)


def samples():
    """(path, route) for every bundled sample; route "extract" or "canonical"."""
    out = []
    root = os.path.join(source, "samples")
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            path = os.path.join(folder, name)
            ext = os.path.splitext(name)[1].lower()
            if ext == ".pdf":
                out.append((path, "extract"))
            elif ext in WORKBOOKS:
                probe = run("extract", path, "-o", os.path.join(scratch, "probe.csv"))
                out.append((path, "extract" if probe.returncode != 2 else "canonical"))
            elif ext in (".csv", ".jsonl") and is_canonical_table(path):
                out.append((path, "canonical"))
    return out


def label_of(path):
    return os.path.relpath(path, os.path.join(source, "samples")).replace(os.sep, "_")


def main():
    found = samples()
    for path, route in found:
        sample = os.path.relpath(path, source)
        label = label_of(path)
        if route == "canonical":
            fmt = os.path.splitext(path)[1][1:]
            direct = score(label + ".direct", path)
            via = through_dataset(label, path)
            same_outcome(sample, fmt, "pira score FILE vs import + score --db", direct, via)
            print("%s [%s]: %s; through the dataset %s" % (sample, fmt, describe(direct),
                                                            describe(via)))
            continue
        reference = None
        written = None
        for fmt in FORMATS:
            out = os.path.join(scratch, "%s.%s" % (label, fmt))
            done = run("extract", path, "-o", out)
            if done.returncode != 0:
                failures.append("%s [%s]: pira extract exit %d\n%s"
                                % (sample, fmt, done.returncode, done.stderr[-1500:]))
                continue
            if fmt == "jsonl":
                with open(out, encoding="utf-8") as f:
                    written = [json.loads(line) for line in f]
            direct = score("%s.%s.direct" % (label, fmt), out)
            via = through_dataset("%s.%s" % (label, fmt), out)
            same_outcome(sample, fmt, "pira score FILE vs import + score --db", direct, via)
            if reference is None:
                reference = direct
            else:
                same_outcome(sample, fmt, "pira score FILE vs the same from CSV", reference,
                             direct)
            print("%s [%s]: %s; through the dataset %s" % (sample, fmt, describe(direct),
                                                            describe(via)))
        for fmt in FORMATS:
            db = os.path.join(scratch, "%s.%s.db" % (label, fmt))
            if written is not None and os.path.exists(db):
                same_values(sample, fmt, written, db)
    extracted = sum(1 for _, r in found if r == "extract")
    print("%d samples (%d extracted x %d formats, %d canonical tables): %d outcomes compared, "
          "%d figures and %d fields equal; %d extracted tables loaded back, %d values compared"
          % (len(found), extracted, len(FORMATS), len(found) - extracted, compared["runs"],
             compared["figures"], compared["fields"], compared["tables"], compared["values"]))
    if failures:
        print("\n%d failures:" % len(failures))
        print("\n".join(failures[:40]))
        sys.exit(1)


main()
