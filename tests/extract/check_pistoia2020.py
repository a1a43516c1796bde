#!/usr/bin/env python3
"""The sample PDFs of the PIRA 2020 of the Camera di Commercio di Pistoia (legacy, seed 003),
extracted, against the transcription they were built from (samples/pistoia2020/programmi.csv and
indicatori.csv): every indicator, every field, in both renderings. The seed's Italian forms are
read here, without pira's normaliser. Prints the per-layout counts.
Usage: check_pistoia2020.py PIRA SOURCE_DIR SCRATCH_DIR"""
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from field_check import italian_number as number  # noqa: E402  (tests/extract/field_check.py)
from field_check import main  # noqa: E402

MISSING = {"N.D.", "n.d.", ""}
# The seed's tipologie and units, as the dataset names them (mappings/types.toml, units.toml).
TYPES = {"Indicatore di efficacia della spesa": "Efficacia", "Indicatore di efficacia": "Efficacia",
         "Efficacia": "Efficacia", "Indicatore di volume": "Volume",
         "Indicatore di qualità erogata": "Qualità", "Indicator e di qualità erogata": "Qualità",
         "Struttura": "Struttura", "Salute economica": "Salute economica",
         "DIPARTIMENTO FUNZIONI PUBBLICHE": "Indicatore Funzione Pubblica"}
UNITS = {"Percentuale": "%", "numero in valore assoluto": "n.", "Numero assoluto": "n.",
         "giorni": "gg"}


def programmes():
    with open(os.path.join(sys.argv[2], "samples", "pistoia2020", "programmi.csv"),
              encoding="utf-8") as f:
        return {(p["mission"], p["programme"]): p for p in csv.DictReader(f, delimiter=";")}


PROGRAMMES = programmes()


def italian_value(text):
    """A value as the seed writes it, its footnote marker ('16% ¹') and its note in brackets
    ('76,07% (194/255)') aside: ('n', 16.0, '%'), ('t', text), or None when missing."""
    text = re.sub(r"\s*[¹²]$", "", text.strip())
    text = re.sub(r"(?<=\S) \([^()]*\)$", "", text)
    if text in MISSING:
        return None
    pct = text.endswith("%")
    n = number(text.rstrip("%"))
    return ("n", n, "%" if pct else "") if n is not None else ("t", text)


def machine_value(text):
    """A value as pira writes it: '98.47%', '-28.76', '' for missing."""
    text = text.strip().lstrip("'")
    if text == "":
        return None
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)(%?)", text)
    return ("n", float(m.group(1)), m.group(2)) if m else ("t", text)


def expected(r):
    p = PROGRAMMES[(r["mission"], r["programme"])]
    amount = number(p["budget"].replace("€", ""))
    out = {
        "mission": r["mission"], "programme": r["programme"],
        "objective_code": "PT2020_%s_%s" % (r["mission"], r["programme"]),
        "objective_name": p["programme_name"], "department": p["centro"],
        "resources_eur": amount if amount is not None else p["budget"],
        "indicator_name": r["indicator_name"], "formula": r["formula"],
        "type": TYPES[r["type"]], "unit": UNITS[r["unit"]],
        "baseline": italian_value(r["baseline"]), "actual": italian_value(r["actual"]),
    }
    for year in (2020, 2021, 2022):
        out["target_%d" % year] = italian_value(r["target_%d" % year])
    return out


def extracted(r):
    out = {k: r.get(k, "") for k in ("mission", "programme", "objective_code", "objective_name",
                                     "department", "indicator_name", "formula", "type", "unit")}
    resources = r.get("resources_eur", "")
    amount = machine_value(resources)
    out["resources_eur"] = amount[1] if amount and amount[0] == "n" else resources
    for k in ("baseline", "actual", "target_2020", "target_2021", "target_2022"):
        out[k] = machine_value(r.get(k, ""))
    return out


if __name__ == "__main__":  # importable by tests/renderings/
    main("pistoia2020", ("rigata", "semplice"), expected, extracted, "indicator_name")
