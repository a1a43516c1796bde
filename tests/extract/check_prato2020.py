#!/usr/bin/env python3
"""The sample PDFs of the PIRA 2020 of the Camera di Commercio di Prato (legacy, seed 003),
extracted, against the transcription they were built from (samples/prato2020/schede.csv and
indicatori.csv): every indicator of the nine schede and of the Salute finanziaria sheet, every
field, in both renderings. The seed's Italian forms are read here, without pira's normaliser.
Prints the per-layout counts.
Usage: check_prato2020.py PIRA SOURCE_DIR SCRATCH_DIR"""
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from field_check import italian_number as number  # noqa: E402  (tests/extract/field_check.py)
from field_check import main  # noqa: E402

MISSING = {"n.d.", "N.D.", ""}
YES, NO = {"si", "sì", "realizzato", "realizzazione"}, {"no"}
# The seed's tipologie and units, as the dataset names them (mappings/types.toml, units.toml);
# the Salute finanziaria's sections are its tipologie.
TYPES = {"Realizzazione fisica": "Realizzazione fisica", "Output": "Output",
         "Realizzazione finanziaria": "Realizzazione finanziaria",
         "Realizzazione finanziaria dell'intero progetto": "Realizzazione finanziaria"}
SECTIONS = {"Equilibrio economico", "Proventi", "Costi", "Patrimonio", "Indebitamento"}
UNITS = {"n.": "n.", "euro": "€", "€": "€", "%": "%", "si/no": "si/no"}


def schede():
    with open(os.path.join(sys.argv[2], "samples", "prato2020", "schede.csv"),
              encoding="utf-8") as f:
        return {s["scheda"]: s for s in csv.DictReader(f, delimiter=";")}


SCHEDE = schede()


def italian_value(text):
    """A value as the seed writes it: ('n', 29.0, '%'), ('b', 'si'), ('n', 0.5, '') for
    '4 su 8' (the share done), ('t', text) for a judgement, None when missing."""
    text = text.strip()
    if text in MISSING:
        return None
    if text in YES or text in NO:
        return ("b", "si" if text in YES else "no")
    share = re.fullmatch(r"(\d+) su (\d+)", text)
    if share:
        return ("n", int(share.group(1)) / int(share.group(2)), "")
    pct = text.endswith("%")
    n = number(text.rstrip("%"))
    return ("n", n, "%" if pct else "") if n is not None else ("t", text)


def italian_target(text):
    """A target: a value, si/no and realizzazione as '= si' (a yes/no target is met by yes)."""
    v = italian_value(text)
    return ("b", "= " + v[1]) if v and v[0] == "b" else v


def machine_value(text):
    """A value as pira writes it: '98.47%', '0.5', 'si', "'= si" (a CSV-safe '='), ''."""
    text = text.strip().lstrip("'")
    if text == "":
        return None
    if text in ("si", "no", "= si", "= no"):
        return ("b", text)
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)(%?)", text)
    return ("n", float(m.group(1)), m.group(2)) if m else ("t", text)


def glued_unit(text):
    """The Salute finanziaria's consuntivo, its unit written before it: ('%', '6,4')."""
    m = re.fullmatch(r"(%|€|n\.) (.+)", text.strip())
    return (m.group(1), m.group(2)) if m else ("", text)


def expected(r):
    s = SCHEDE[r["scheda"]]
    amount = number(s["budget"].replace("€", ""))
    salute = s["kind"] == "salute"
    unit, actual = glued_unit(r["actual"]) if salute else (r["unit"], r["actual"])
    out = {
        "mission": "%03d" % int(s["mission"]), "objective_code": "PO2020_%02d" % int(r["scheda"]),
        "objective_name": s["title"] if salute else s["programme"],
        "department": s["centro"], "resources_eur": amount if amount is not None else s["budget"],
        "type": "Salute economica" if r["section"] in SECTIONS else TYPES[r["type"]],
        "indicator_name": re.sub(r"</?i>", "", r["indicator_name"]), "formula": r["formula"],
        "unit": UNITS[unit], "baseline": italian_value(r["baseline"]),
        "actual": italian_value(actual), "performance": italian_value(r["performance"]),
    }
    for year in (2020, 2021, 2022):
        out["target_%d" % year] = italian_target(r["target_%d" % year])
    return out


def extracted(r):
    out = {k: r.get(k, "") for k in ("mission", "objective_code", "objective_name", "department",
                                     "type", "indicator_name", "formula", "unit")}
    resources = r.get("resources_eur", "")
    amount = machine_value(resources)
    out["resources_eur"] = amount[1] if amount and amount[0] == "n" else resources
    for k in ("baseline", "actual", "performance", "target_2020", "target_2021", "target_2022"):
        out[k] = machine_value(r.get(k, ""))
    return out


if __name__ == "__main__":  # importable by tests/renderings/
    main("prato2020", ("rigata", "semplice"), expected, extracted, "indicator_name")
