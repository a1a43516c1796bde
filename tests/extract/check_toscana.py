#!/usr/bin/env python3
"""The PIRA 2024 sample PDFs of the Camera di Commercio della Toscana Nord-Ovest, extracted, against
the transcription of seed 002 they were built from (samples/toscana2024/indicatori.csv): every
indicator, every field, in both renderings. Prints the per-layout counts.
Usage: check_toscana.py PIRA SOURCE_DIR SCRATCH_DIR"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from field_check import main  # noqa: E402  (tests/extract/field_check.py)



def number(text):
    """Italian '1.889.300,00' -> 1889300.0."""
    return float(text.replace(".", "").replace(",", "."))


def target(text):
    """'>= 1.000 N.' -> ('>=', 1000.0, ''); '>= 35 %' -> ('>=', 35.0, '%'): the machine form's
    parts, the unit of measure aside ('N.', 'gg' are the unit column's)."""
    m = re.fullmatch(r"([<>=]=?)\s*([\d.]+(?:,\d+)?)\s*(%?).*", text.strip().lstrip("'"))
    if not m:
        return text
    value = m.group(2)
    value = number(value) if "," in value or re.fullmatch(r"\d{1,3}(\.\d{3})+", value) \
        else float(value)
    return (m.group(1), value, m.group(3))


def expected(r):
    """The canonical row the transcription describes, as comparable values."""
    formula = "; ".join(x for x in (r["description"], r["formula"]) if x)
    return {
        "mission": r["mission"][:3], "programme": r["programme"][:3],
        "objective_code": r["objective_code"], "objective_name": r["objective_name"],
        "objective_weight": number(r["objective_weight"].rstrip("%")),
        "resources_eur": number(r["resources_eur"].split()[0]),
        "indicator_code": r["indicator_code"], "indicator_name": r["indicator_name"],
        "formula": formula, "type": r["type"], "weight": number(r["weight"].rstrip("%")),
        "target_2024": target(r["target_2024"]), "target_2025": target(r["target_2025"]),
        "target_2026": target(r["target_2026"]),
    }


def extracted(r):
    out = {k: r.get(k, "") for k in ("mission", "programme", "objective_code", "objective_name",
                                     "indicator_code", "indicator_name", "formula", "type")}
    for k in ("objective_weight", "resources_eur", "weight"):
        out[k] = float(r[k]) if r.get(k) else None
    for k in ("target_2024", "target_2025", "target_2026"):
        out[k] = target(r.get(k, ""))
    return out


if __name__ == "__main__":  # importable by tests/renderings/
    main("toscana2024", ('orizzontale', 'verticale'), expected, extracted, "indicator_code")
