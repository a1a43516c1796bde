#!/usr/bin/python3
"""Renders the PIRA 2020 of the Camera di Commercio di Prato (samples/prato2020/: the nine
schede and the Salute finanziaria, their 59 indicators) as other offices would lay it out,
along independent axes chosen from a seed, with reportlab, WeasyPrint or LibreOffice (DOCX).
  generate.py --seed N --out FILE.pdf [--producer P] [--describe]
  generate.py --matrix [--out-dir DIR]      the renderings of matrix.json (default: pdf/)
Shared code: tests/renderings/producers_gen_legacy.py."""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import producers_gen_legacy as P  # noqa: E402

SAMPLE = os.path.join(HERE, "..", "..", "..", "samples", "prato2020")

AXES = [
    ("landscape", [True, False]),
    ("size", [6, 7, 7.5, 8, 9, 10]),
    ("margins", ["narrow", "normal", "wide"]),
    ("rules", ["grid", "none", "zebra", "horiz"]),
    ("repeat_header", [True, False]),
    ("split_rows", [True, False]),
    ("running", ["none", "header", "pages", "both"]),
    ("valign", ["top", "middle"]),
    ("preamble", [True, False]),
    ("mission_form", ["seed", "coded"]),
    ("scheda", ["one-table", "blocks-inline", "blocks-grid", "blocks-stacked"]),
    ("keys", ["seed", "short", "alt"]),
    ("labels_bold", [True, False]),
    ("euro", ["prefix", "suffix"]),
    ("thousands", [".", "", "nbsp"]),
    ("pct_space", [False, True]),
    ("namecell", ["two-cols", "one-bold", "one-italic", "one-plain"]),
    ("header", ["seed", "title", "wrapped", "abbrev", "grouped"]),
    ("order", ["seed", "name-first", "unit-after-values"]),
    ("widths", ["text-wide", "even", "values-wide"]),
    ("salute_layout", ["label-col", "section-rows", "headings"]),
    ("salute_unit", ["glued", "column"]),
    ("align_values", ["left", "center", "right"]),
]

MARGINS = {"narrow": (10, 8, 10, 8), "normal": (18, 15, 18, 15), "wide": (25, 22, 25, 22)}
VALUES = ("baseline", "actual", "target_2020", "target_2021", "target_2022", "performance")
COLUMNS = ("type", "name", "formula", "unit", "baseline", "actual", "target_2020",
           "target_2021", "target_2022", "performance")
HEADERS = {
    "seed": ["Tipologia", "Indicatore", "Formula", "UDM", "30/09/2020", "Stato 2020",
             "Target 2020", "Target 2021", "Target 2022", "Performance"],
    "title": ["Tipologia indicatore", "Indicatore", "Formula di calcolo", "Unità di misura",
              "Valore al 30/09/2020", "Stato 2020", "Target 2020", "Target 2021", "Target 2022",
              "Performance"],
    "wrapped": ["Tipologia|indicatore", "Nome|indicatore", "Formula|di calcolo", "Unità di|misura",
                "Valore al|30/09/2020", "Stato|2020", "Target|2020", "Target|2021", "Target|2022",
                "Perfor-|mance"],
    "abbrev": ["Tip.", "Indicatore", "Formula", "U.d.M.", "30/09/20", "Stato 2020", "T. 2020",
               "T. 2021", "T. 2022", "Perf."],
    "grouped": ["Tipologia", "Indicatore", "Formula", "UDM", "30/09/2020", "Stato 2020", "2020",
                "2021", "2022", "Performance"],
}
WEIGHTS = {
    "text-wide": {"type": 1.4, "name": 3.0, "formula": 3.4, "unit": 0.7, "v": 0.8},
    "even": {"type": 1.1, "name": 1.6, "formula": 1.6, "unit": 0.8, "v": 1.0},
    "values-wide": {"type": 1.2, "name": 2.2, "formula": 2.2, "unit": 0.8, "v": 1.3},
}
KEYS = {
    "seed": {"area": "Area strategica", "programme": "Programma", "budget": "Budget",
             "avanzamento": "Indicatore di avanzamento", "obiettivo": "Obiettivo",
             "descrizione": "Descrizione", "fasi": "Fasi", "indicatori": "Indicatori",
             "stakeholder": "Stakeholder", "target": "Target triennio"},
    "short": {"area": "Area strat.", "programme": "Programma", "budget": "Budget",
              "avanzamento": "Ind. di avanzamento", "obiettivo": "Obiettivo",
              "descrizione": "Descrizione", "fasi": "Fasi", "indicatori": "Indicatori",
              "stakeholder": "Stakeholders", "target": "Target 2020-2022",
              "centro": "Centro di resp."},
    "alt": {"area": "Area", "programme": "Programma strategico", "budget": "Risorse",
            "avanzamento": "Avanzamento", "obiettivo": "Obiettivo strategico",
            "descrizione": "Descrizione del programma", "fasi": "Fasi di attuazione",
            "indicatori": "Indicatori di risultato", "stakeholder": "Portatori di interesse",
            "target": "Target del triennio", "centro": "Responsabile"},
}
MISSION_NAMES = {}


def read(name):
    with open(os.path.join(SAMPLE, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def fix(a):
    """Eleven columns on a portrait page: at most 8 pt."""
    if not a["landscape"]:
        a["size"] = min(a["size"], 8)


P.FIX.append(fix)


def num(text, a):
    return P.number_form(text, a["thousands"], a["pct_space"])


def build(a):
    schede = read("schede.csv")
    indicators = read("indicatori.csv")
    a = dict(a, usable=P.usable_mm({"margins": MARGINS[a["margins"]],
                                    "landscape": a["landscape"]}))
    running = "Camera di Commercio di Pistoia-Prato – PIRA 2020 – Schede della C.C.I.A.A. di Prato"
    doc = {"landscape": a["landscape"], "margins": MARGINS[a["margins"]], "size": a["size"],
           "running": running if a["running"] in ("header", "both") else None,
           "pages": {"none": None, "header": None, "pages": "Pagina n", "both": "n"}[
               a["running"]],
           "valign": a["valign"], "title": "Piano degli indicatori e dei risultati attesi di "
                                           "bilancio - Prato 2020", "blocks": []}
    B = doc["blocks"]
    opts = {"repeat": a["repeat_header"], "split_rows": a["split_rows"]}
    B.append({"t": "para", "runs": [("Piano degli indicatori e dei risultati attesi di "
                                     "bilancio", "b")], "size": 1.8})
    B.append({"t": "para", "runs": [("Situazione al 31 dicembre 2020", "bi")], "size": 1.3})
    parts = ("preamble", "section") if a["preamble"] else ("section",)
    B += P.prose(os.path.join(HERE, "intro.txt"), parts, dict(opts, rules=a["rules"]))
    mission = None
    for s in schede:
        if s["mission"] != mission:
            mission = s["mission"]
            if a["mission_form"] == "seed":
                text = 'Missione %s) "%s"' % (int(mission), s["mission_name"])
            else:
                text = "Missione %03d – %s" % (int(mission), s["mission_name"])
            B.append({"t": "heading", "level": 2, "text": text})
        B.append({"t": "heading", "level": 3, "text": s["title"]})
        rows = [r for r in indicators if r["scheda"] == s["scheda"]]
        if s["kind"] == "salute":
            salute(B, s, rows, a, opts)
        elif a["scheda"] == "one-table":
            one_table(B, s, rows, a, opts)
        else:
            blocks(B, s, rows, a, opts)
    return doc


def key(s, name, a):
    k = KEYS[a["keys"]]
    if name == "centro":
        return s["centro_label"] if a["keys"] == "seed" else k["centro"]
    return k[name]


def label(text, a):
    return [(text, "b" if a["labels_bold"] else "")]


def budget(s, a):
    return P.euro_form(s["budget"], a["thousands"], a["euro"])


def columns(a):
    order = list(COLUMNS)
    if a["order"] == "name-first":
        order = ["name", "formula", "type", "unit"] + list(VALUES)
    elif a["order"] == "unit-after-values":
        order = ["type", "name", "formula"] + list(VALUES[:-1]) + ["unit", "performance"]
    return order


def indicator_rows(rows, a, lead=None):
    """Header rows and body rows of the indicators, the cells of each row (a name+formula cell
    spans two columns when lead is given, to keep the scheda's eleven columns)."""
    order = columns(a)
    one = a["namecell"] != "two-cols"
    labels = dict(zip(COLUMNS, HEADERS[a["header"]]))
    align = a["align_values"]

    def head_cell(c):
        rt = [[(part, "b")] for part in labels[c].split("|")]
        if one and c == "name":
            rt += [[(part, "i" if a["namecell"] == "one-bold" else "")]
                   for part in labels["formula"].split("|")]
        return P.cell(rt, span=2 if one and c == "name" and lead is not None else 1,
                      align="left" if c in ("name", "formula", "type") else "center")

    cols = [c for c in order if not (one and c == "formula")]
    if a["header"] == "grouped":
        top, bottom, i = [], [], 0
        while i < len(cols):
            c = cols[i]
            if c.startswith("target"):
                n = 1
                while i + n < len(cols) and cols[i + n].startswith("target"):
                    n += 1
                top.append(P.cell([("Target", "b")], span=n, align="center"))
                bottom += [head_cell(x) for x in cols[i:i + n]]
                i += n
            else:
                top.append(head_cell(c))
                bottom.append(P.cell("", span=top[-1]["span"]))
                i += 1
        head = [{"cells": top}, {"cells": bottom}]
    else:
        head = [{"cells": [head_cell(c) for c in cols]}]

    def body_cell(r, c):
        if c == "name":
            name = P.runs_of_markup(r["indicator_name"])
            span = 2 if one and lead is not None else 1
            if not one:
                return P.cell(name)
            cue = {"one-bold": ("b", ""), "one-italic": ("", "i"), "one-plain": ("", "")}[
                a["namecell"]]
            return P.cell([[(t, f + cue[0]) for t, f in name], [(r["formula"], cue[1])]],
                          span=span)
        if c == "formula":
            return P.cell(r["formula"])
        if c in VALUES:
            return P.cell(num(r[c], a), align=align)
        return P.cell(r[c], align="center" if c == "unit" else "left")

    body = [{"cells": [body_cell(r, c) for c in cols],
             "shade": a["rules"] == "zebra" and i % 2 == 1} for i, r in enumerate(rows)]
    return cols, head, body


def widths_of(cols, a, one, usable):
    w = WEIGHTS[a["widths"]]
    em = a["size"] * 0.353 * 0.55
    weights, mins = [], []
    for c in cols:
        weights.append(w.get(c, w["v"]) + (w["formula"] if one and c == "name" else 0))
        mins.append(7 * em + 2 if c in VALUES else 5 * em + 2 if c == "unit" else 0)
    return P.fit_widths(weights, mins, usable)


def fasi_rows(s):
    """[[name paragraphs], mark, mark, mark] per line of the Fasi, the header first; a phase
    written in two cells (phase and activity) keeps both as two paragraphs."""
    out = []
    for i, part in enumerate(s["fasi"].split(" || ")):
        cells = part.split("|")
        names = [c for c in cells if i == 0 and c == cells[0] or
                 i > 0 and not set(c) <= set("▶▼↔←→ ")]
        marks = cells[len(names):]
        out.append([names] + marks + [""] * (3 - len(marks)))
    return out


def one_table(B, s, rows, a, opts):
    """The scheda as one table of eleven columns, the labels in the first one (as the seed)."""
    one = a["namecell"] != "two-cols"
    cols, head, body = indicator_rows(rows, a, lead=True)
    data_cols = [c for c in columns(a)]
    inner = widths_of(data_cols, a, False, a["usable"] * 0.88)
    widths = [0.12] + [x * 0.88 for x in inner]
    T = []

    def full(k, rt):
        T.append({"cells": [P.cell(label(k, a)), P.cell(rt, span=10)]})
    full(key(s, "area", a), s["area"])
    full(key(s, "programme", a), s["programme"])
    full(key(s, "centro", a), s["centro"])
    full(key(s, "budget", a), budget(s, a))
    av = s["avanzamento"].split("|")
    T.append({"cells": [P.cell(label(key(s, "avanzamento", a), a)),
                        P.cell([("Indicatore", "b")], span=3), P.cell([("Formula", "b")], span=3),
                        P.cell([("30/09/2020", "b")], span=2, align="center"),
                        P.cell([(key(s, "target", a), "b")], span=2, align="center")]})
    T.append({"cells": [P.cell(""), P.cell(av[0], span=3), P.cell(av[1], span=3),
                        P.cell(num(av[2], a), span=2, align=a["align_values"]),
                        P.cell(num(av[3], a), span=2, align=a["align_values"])]})
    full(key(s, "obiettivo", a), s["obiettivo"])
    for i, par in enumerate(s["descrizione"].split(" | ")):
        T.append({"cells": [P.cell(label(key(s, "descrizione", a), a) if i == 0 else ""),
                            P.cell(P.runs_of_markup(par), span=10)]})
    for i, f in enumerate(fasi_rows(s)):
        flag = "b" if i == 0 else ""
        T.append({"cells": [P.cell(label(key(s, "fasi", a), a) if i == 0 else ""),
                            P.cell([[(n, flag)] for n in f[0]], span=4)] +
                 [P.cell([(x, flag)], span=2, align="center") for x in f[1:4]]})
    for i, r in enumerate(head):
        T.append({"cells": [P.cell(label(key(s, "indicatori", a), a) if i == 0 else "")] +
                  r["cells"]})
    for r in body:
        T.append({"cells": [P.cell("")] + r["cells"], "shade": r.get("shade")})
    full(key(s, "stakeholder", a), s["stakeholder"])
    B.append(dict(opts, t="table", widths=widths, rows=T, header_rows=0, rules=a["rules"]))


def blocks(B, s, rows, a, opts):
    """Block fields, then the avanzamento, description, phases and indicators each in its own
    table or paragraphs."""
    layout = a["scheda"].split("-")[1]
    fields = [(key(s, "area", a), s["area"]), (key(s, "programme", a), s["programme"]),
              (key(s, "centro", a), s["centro"]), (key(s, "budget", a), budget(s, a)),
              (key(s, "obiettivo", a), s["obiettivo"])]
    block_fields(B, fields, layout, a, opts)
    av = s["avanzamento"].split("|")
    B.append({"t": "para", "runs": [(key(s, "avanzamento", a), "b")]})
    B.append(dict(opts, t="table", widths=[0.35, 0.35, 0.15, 0.15], header_rows=1,
                  rules=a["rules"], rows=[
                      {"cells": [P.cell([("Indicatore", "b")]), P.cell([("Formula", "b")]),
                                 P.cell([("30/09/2020", "b")], align="center"),
                                 P.cell([(key(s, "target", a), "b")], align="center")]},
                      {"cells": [P.cell(av[0]), P.cell(av[1]),
                                 P.cell(num(av[2], a), align=a["align_values"]),
                                 P.cell(num(av[3], a), align=a["align_values"])]}]))
    B.append({"t": "para", "runs": [(key(s, "descrizione", a), "b")]})
    for par in s["descrizione"].split(" | "):
        B.append({"t": "para", "runs": P.runs_of_markup(par)})
    B.append({"t": "para", "runs": [(key(s, "fasi", a), "b")]})
    fr = fasi_rows(s)
    B.append(dict(opts, t="table", widths=[0.55, 0.15, 0.15, 0.15], header_rows=1,
                  rules=a["rules"], rows=[
                      {"cells": [P.cell([[(n, "b" if i == 0 else "")] for n in f[0]])] +
                       [P.cell([(x, "b" if i == 0 else "")], align="center") for x in f[1:4]]}
                      for i, f in enumerate(fr)]))
    B.append({"t": "para", "runs": [(key(s, "indicatori", a), "b")]})
    cols, head, body = indicator_rows(rows, a)
    B.append(dict(opts, t="table", widths=widths_of(cols, a, a["namecell"] != "two-cols",
                                                      a["usable"]),
                  rows=head + body, header_rows=len(head), rules=a["rules"]))
    block_fields(B, [(key(s, "stakeholder", a), s["stakeholder"])], layout, a, opts)


def block_fields(B, fields, layout, a, opts):
    if layout == "grid":
        B.append(dict(opts, t="table", widths=[0.2, 0.8], header_rows=0,
                      rules="grid" if a["rules"] in ("grid", "zebra") else a["rules"],
                      rows=[{"cells": [P.cell(label(k, a)), P.cell(v)]} for k, v in fields]))
    elif layout == "inline":
        for k, v in fields:
            B.append({"t": "para", "runs": [(k + ": ", "b" if a["labels_bold"] else "")] +
                      [(v, "")]})
    else:
        for k, v in fields:
            B.append({"t": "para", "runs": [(k, "b")]})
            B.append({"t": "para", "runs": [(v, "")]})


def salute(B, s, rows, a, opts):
    """The Salute finanziaria: its Condizioni, then its sections of indicators (Indicatore,
    Formula, Consuntivo 30.09.2020, Target 2020, Performance), the unit glued before the
    consuntivo as in the seed or in a column of its own."""
    glued = a["salute_unit"] == "glued"
    va = a["align_values"]
    B.append({"t": "para", "runs": [("Stato di Salute Finanziaria", "b")]})
    B.append({"t": "para", "runs": [("Condizioni: ", "b"), (s["descrizione"], "")]})
    head = ["Indicatore", "Formula"] + ([] if glued else ["U.d.M."]) + [
        "Consuntivo 30.09.2020", "Target 2020", "Performance"]

    def unit_value(text):
        u, v = text.split(" ", 1)
        return u, v

    def line(r):
        u, v = unit_value(r["actual"])
        cells = [P.cell(r["indicator_name"]), P.cell(r["formula"])]
        if glued:
            cells.append(P.cell(u + " " + num(v, a), align=va))
        else:
            cells += [P.cell(u, align="center"), P.cell(num(v, a), align=va)]
        return cells + [P.cell(num(r["target_2020"], a), align=va),
                        P.cell(num(r["performance"], a), align=va)]
    sections = []
    for r in rows:
        if not sections or sections[-1][0] != r["section"]:
            sections.append((r["section"], []))
        sections[-1][1].append(r)
    base = [0.26, 0.34] + ([] if glued else [0.07]) + [0.13, 0.11, 0.09]
    if a["salute_layout"] == "headings":
        for name, rs in sections:
            B.append({"t": "para", "runs": [(name, "b")]})
            T = [{"cells": [P.cell([(h, "b")]) for h in head]}] + [
                {"cells": line(r), "shade": a["rules"] == "zebra" and i % 2 == 1}
                for i, r in enumerate(rs)]
            B.append(dict(opts, t="table", widths=[x / sum(base) for x in base], rows=T,
                          header_rows=1, rules=a["rules"]))
    elif a["salute_layout"] == "section-rows":
        T = [{"cells": [P.cell([(h, "b")]) for h in head]}]
        for name, rs in sections:
            T.append({"cells": [P.cell([(name, "bi")], span=len(head))]})
            T += [{"cells": line(r), "shade": a["rules"] == "zebra" and i % 2 == 1}
                  for i, r in enumerate(rs)]
        B.append(dict(opts, t="table", widths=[x / sum(base) for x in base], rows=T,
                      header_rows=1, rules=a["rules"]))
    else:
        w = [0.14] + [x * 0.86 / sum(base) for x in base]
        T = []
        for name, rs in sections:
            T.append({"cells": [P.cell([(name, "b")])] + [P.cell([(h, "b")]) for h in head]})
            T += [{"cells": [P.cell("")] + line(r)} for r in rs]
        B.append(dict(opts, t="table", widths=w, rows=T, header_rows=0, rules=a["rules"]))


if __name__ == "__main__":
    P.main("prato2020", AXES, build, HERE)
