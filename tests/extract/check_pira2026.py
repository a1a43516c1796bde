#!/usr/bin/env python3
"""The PIRA 2026 sample PDFs of the Camera di Commercio di Pistoia-Prato, extracted, against the
transcription of seed 000 they were built from (samples/pira2026/indicatori.csv): every indicator,
every field, in both renderings. The transcription is written as the seed writes it (Italian
numbers, "n.d.", dates with slashes or dots, comparators in a cell of their own); this script
reads both sides into comparable values on its own, without pira's normaliser.
Prints the per-layout counts. Usage: check_pira2026.py PIRA SOURCE_DIR SCRATCH_DIR"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from field_check import italian_number, main  # noqa: E402  (tests/extract/field_check.py)

MISSING = ("n.d.", "")
# docs/value-forms.md: "01_01_05_01" is the OS code "01_01_OS01" typed with digits.
CODES = {"01_01_05_01": "01_01_OS01"}
UNITS = {"entro": "data"}  # docs/value-forms.md: a deadline's unit


def italian_value(text):
    """A cell as the seed writes it: ('n', 31.4, '%'), ('d', '2026-11-30'), ('t', 'si'), None."""
    # A note in brackets after the value ("1 (periodicità semestrale)") is not the value.
    text = re.sub(r"(?<=\S) \([^()]*\)$", "", text.strip())
    if text in MISSING:
        return None
    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{4})", text)
    if m:
        return ("d", "%s-%s-%s" % (m.group(3), m.group(2), m.group(1)))
    pct = text.endswith("%")
    n = italian_number(text.rstrip("%").strip())
    if n is not None:
        return ("n", n, "%" if pct else "")
    return ("t", text)


def machine_value(text):
    """A cell as pira writes it: '31.4%', '-3.36%', '9948', '2026-11-30', 'si'."""
    text = text.strip().lstrip("'")
    if text == "":
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return ("d", text)
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)(%?)", text)
    if m:
        return ("n", float(m.group(1)), m.group(2))
    return ("t", text)


def split_op(text):
    m = re.match(r"\s*(>=|<=|=|>|<)\s*(.*)", text)
    return (m.group(1), m.group(2)) if m else ("", text)


def expected_targets(r):
    """The three targets: the 2026 comparator goes on to the later years' numbers and dates; a
    bare yes/no is '=', a bare date '<=' (a deadline); 'n.d.' is no target."""
    out, op = {}, ""
    for year in (2026, 2027, 2028):
        cell_op, text = split_op(r["target_%d" % year])
        value = italian_value(text)
        if year == 2026:
            op = cell_op
        if value is None:
            out[year] = None
            continue
        if not cell_op and value[0] in ("n", "d") and op:
            cell_op = op
        if not cell_op and value[0] == "t" and value[1] in ("si", "no"):
            cell_op = "="
        if not cell_op and value[0] == "d":
            cell_op = "<="
        out[year] = (cell_op, value)
    return out


def extracted_target(text):
    op, rest = split_op(text.strip().lstrip("'"))
    value = machine_value(rest)
    return None if value is None else (op, value)


def expected(r):
    mission = re.match(r"\d+", r["mission"]).group(0).zfill(3)
    programme = re.match(r"\d+", r["programme"]).group(0).zfill(3)
    resources = r["resources_eur"]
    amount = italian_number(resources.replace("€", "").strip())
    targets = expected_targets(r)
    return {
        "mission": mission, "programme": programme,
        "strategic_objective": r["strategic_objective"],
        "objective_code": CODES.get(r["objective_code"], r["objective_code"]),
        "objective_name": r["objective_name"], "department": r["department"],
        "office": r["office"],
        "resources_eur": amount if amount is not None else (resources or None),
        "indicator_name": r["indicator_name"], "formula": r["description"], "type": r["type"],
        "unit": UNITS.get(r["unit"], r["unit"]), "baseline": italian_value(r["baseline"]),
        "target_2026": targets[2026], "target_2027": targets[2027],
        "target_2028": targets[2028],
        "weight": italian_number(r["weight"].rstrip("%")),
    }


def extracted(r):
    out = {k: r.get(k, "") for k in ("mission", "programme", "strategic_objective",
                                     "objective_code", "objective_name", "department", "office",
                                     "indicator_name", "formula", "type", "unit")}
    resources = r.get("resources_eur", "")
    amount = machine_value(resources)
    out["resources_eur"] = amount[1] if amount and amount[0] == "n" else (resources or None)
    out["baseline"] = machine_value(r.get("baseline", ""))
    for year in (2026, 2027, 2028):
        out["target_%d" % year] = extracted_target(r.get("target_%d" % year, ""))
    out["weight"] = float(r["weight"]) if r.get("weight") else None
    return out


if __name__ == "__main__":  # importable by tests/renderings/
    main("pira2026", ('rigata', 'semplice'), expected, extracted, "indicator_name")
