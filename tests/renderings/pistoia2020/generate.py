#!/usr/bin/python3
"""Renders the PIRA 2020 of the Camera di Commercio di Pistoia (samples/pistoia2020/: the
programmes, their indicators, the two footnotes) as other offices would lay it out, along
independent axes chosen from a seed, with reportlab, WeasyPrint or LibreOffice (from DOCX).
  generate.py --seed N --out FILE.pdf [--producer P] [--describe]
  generate.py --matrix [--out-dir DIR]      the renderings of matrix.json (default: pdf/)
Shared code: tests/renderings/producers_gen_legacy.py."""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import producers_gen_legacy as P  # noqa: E402

SAMPLE = os.path.join(HERE, "..", "..", "..", "samples", "pistoia2020")

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
    ("mission_head", ["lines", "one-line", "grid"]),
    ("block", ["inline", "grid", "stacked"]),
    ("keys", ["seed", "short", "alt"]),
    ("values_bold", [True, False]),
    ("benefici", ["lines", "bullets"]),
    ("benefici_italic", [True, False]),
    ("budget_note", [True, False]),
    ("euro", ["prefix", "suffix"]),
    ("thousands", [".", "", "nbsp"]),
    ("pct_space", [False, True]),
    ("namecell", ["two-cols-bold", "two-cols-plain", "one-bold", "one-italic", "one-plain"]),
    ("header", ["seed", "title", "wrapped", "abbrev", "grouped"]),
    ("order", ["seed", "type-first", "targets-first"]),
    ("widths", ["text-wide", "even", "values-wide"]),
    ("note", ["row", "after-table"]),
    ("marker", ["unicode", "raised"]),
    ("seed_page_break", [True, False]),
    ("align_values", ["left", "center", "right"]),
]

MARGINS = {"narrow": (10, 8, 10, 8), "normal": (18, 15, 18, 15), "wide": (25, 22, 25, 22)}
BUDGET_NOTE = ("(cui si aggiungono le risorse che fanno carico agli ordinari stanziamenti di "
               "bilancio per spese di funzionamento e personale)")
SUPERSCRIPT = {"¹": "1", "²": "2"}
VALUES = ("baseline", "actual", "target_2020", "target_2021", "target_2022")
# Logical columns, in the seed's order, the seed header's positions.
COLUMNS = ("name", "formula", "baseline", "actual", "target_2020", "target_2021",
           "target_2022", "type", "unit", "source")
HEADERS = {
    "title": ["Indicatore", "Algoritmo di calcolo", "Consuntivo al 30.9.2020",
              "Consuntivo al 31.12.2020", "Target 2020", "Target 2021", "Target 2022",
              "Tipologia indicatore", "Unità di misura", "Fonte"],
    "wrapped": ["Valenza|indicatore", "Algoritmo|di calcolo", "Consuntivo al|30.9.2020",
                "Consuntivo al|31.12.2020", "Target|2020", "Target|2021", "Target|2022",
                "Tipologia|indicatore", "Unità di|misura", "Fonte|dati"],
    "abbrev": ["Indicatore", "Algoritmo", "Cons. 30/09/20", "Cons. 31/12/20", "T. 2020",
               "T. 2021", "T. 2022", "Tip.", "U.d.M.", "Fonte"],
    "grouped": ["Indicatore", "Algoritmo di calcolo", "al 30.9.2020", "al 31.12.2020", "2020",
                "2021", "2022", "Tipologia", "U.d.M.", "Fonte"],
}
WEIGHTS = {
    "text-wide": {"name": 3.2, "formula": 3.4, "type": 1.4, "unit": 1.2, "source": 1.1, "v": 0.8},
    "even": {"name": 1.6, "formula": 1.6, "type": 1.1, "unit": 1.0, "source": 1.0, "v": 1.0},
    "values-wide": {"name": 2.2, "formula": 2.2, "type": 1.2, "unit": 1.1, "source": 1.0,
                    "v": 1.3},
}
KEYS = {
    "seed": lambda p: ["Benefici Attesi", p["budget_label"], "Centro di responsabilità",
                       p["portatori_label"]],
    "short": lambda p: ["Benefici", p["budget_label"].replace("Budget mastro 8",
                                                              "Budget (mastro 8)"),
                        "Centro resp.", "Stakeholder"],
    "alt": lambda p: ["Benefici attesi", p["budget_label"].replace("Budget", "Risorse"),
                      "Responsabile", "Portatori di interesse"],
}


def read(name):
    with open(os.path.join(SAMPLE, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def value_runs(text, a):
    """A value with its form of number and percentage, its footnote marker (¹ or raised 1) and
    its note in brackets kept."""
    marker = ""
    m = re.fullmatch(r"(.*?)\s*([¹²])", text.strip())
    if m:
        text, marker = m.group(1), m.group(2)
    m = re.fullmatch(r"(\S+)( \([^()]*\))", text)
    core, rest = (m.group(1), m.group(2)) if m else (text, "")
    out = [(P.number_form(core, a["thousands"], a["pct_space"]) + rest, "")]
    if marker:
        out += [(" " + marker, "")] if a["marker"] == "unicode" else [(SUPERSCRIPT[marker], "s")]
    return out


def note_runs(number, text, a):
    mark = [("¹²"[int(number) - 1] + " ", "")] if a["marker"] == "unicode" else [
        (number, "s"), (" ", "")]
    return mark + [(text, "")]


def fix(a):
    """Ten columns on a portrait page: at most 8 pt."""
    if not a["landscape"]:
        a["size"] = min(a["size"], 8)


P.FIX.append(fix)


def build(a):
    programmes = read("programmi.csv")
    indicators = read("indicatori.csv")
    notes = {n["number"]: n["text"] for n in read("note.csv")}
    rules = a["rules"]
    a = dict(a, usable=P.usable_mm({"margins": MARGINS[a["margins"]],
                                    "landscape": a["landscape"]}))
    running = "Camera di Commercio di Pistoia-Prato – PIRA 2020 – Situazione al 31 dicembre 2020"
    doc = {"landscape": a["landscape"], "margins": MARGINS[a["margins"]], "size": a["size"],
           "running": running if a["running"] in ("header", "both") else None,
           "pages": {"none": None, "header": None, "pages": "Pagina n", "both": "n"}[
               a["running"]],
           "valign": a["valign"], "title": "Piano degli indicatori e dei risultati attesi di "
                                           "bilancio - Pistoia 2020", "blocks": []}
    B = doc["blocks"]
    B.append({"t": "para", "runs": [("Piano degli indicatori e dei risultati attesi di "
                                     "bilancio", "b")], "size": 1.8})
    B.append({"t": "para", "runs": [("Situazione al 31 dicembre 2020", "bi")], "size": 1.3})
    table_opts = {"repeat": a["repeat_header"], "split_rows": a["split_rows"]}
    parts = ("preamble", "section") if a["preamble"] else ("section",)
    B += P.prose(os.path.join(HERE, "intro.txt"), parts, dict(table_opts, rules=rules))
    for p in programmes:
        mission_head(B, p, a, table_opts)
        blocks_of(B, p, a, table_opts)
        rows = [r for r in indicators if (r["mission"], r["programme"]) ==
                (p["mission"], p["programme"])]
        indicator_tables(B, p, rows, notes, a, table_opts)
    return doc


def mission_head(B, p, a, opts):
    m = ("Missione " + p["mission"], p["mission_name"])
    g = ("Programma " + p["programme"], p["programme_name"])
    if a["mission_head"] == "lines":
        for key, name in (m, g):
            B.append({"t": "para", "runs": [(key, "b")], "size": 1.15})
            B.append({"t": "para", "runs": [(name, "")]})
    elif a["mission_head"] == "one-line":
        B.append({"t": "heading", "level": 2, "text": "%s – %s" % m})
        B.append({"t": "heading", "level": 3, "text": "%s – %s" % g})
    else:
        rows = [{"cells": [P.cell([("Missione", "b")]),
                           P.cell("%s – %s" % (p["mission"], p["mission_name"]))]},
                {"cells": [P.cell([("Programma", "b")]),
                           P.cell("%s – %s" % (p["programme"], p["programme_name"]))]}]
        B.append(dict(opts, t="table", widths=[0.15, 0.85], rows=rows, header_rows=0,
                      rules="grid" if a["rules"] in ("grid", "zebra") else a["rules"]))


def blocks_of(B, p, a, opts):
    keys = KEYS[a["keys"]](p)
    vb = "b" if a["values_bold"] else ""
    benefici = [[(("• " if a["benefici"] == "bullets" else "") + b,
                  ("i" if a["benefici_italic"] else "") + vb)] for b in p["benefici"].split("|")]
    budget = P.euro_form(p["budget"], a["thousands"], a["euro"])
    budget_par = [(budget, vb)]
    if a["budget_note"] and "€" in p["budget"]:
        budget_par += [(" " + BUDGET_NOTE, "")]
    fields = [(keys[0], benefici), (keys[1], [budget_par]), (keys[2], [[(p["centro"], vb)]]),
              (keys[3], [[(p["portatori"], vb)]])]
    if a["block"] == "grid":
        rows = [{"cells": [P.cell([(k, "b")]), P.cell(v)]} for k, v in fields]
        B.append(dict(opts, t="table", widths=[0.2, 0.8], rows=rows, header_rows=0,
                      rules="grid" if a["rules"] in ("grid", "zebra") else a["rules"]))
    elif a["block"] == "inline":
        for k, v in fields:
            B.append({"t": "para", "runs": [(k + ": ", "b")] + v[0]})
            for more in v[1:]:
                B.append({"t": "para", "runs": [("\u00a0" * 6, "")] + more})
    else:
        for k, v in fields:
            B.append({"t": "para", "runs": [(k, "b")]})
            for par in v:
                B.append({"t": "para", "runs": par})
    B.append({"t": "space"})


def indicator_tables(B, p, rows, notes, a, opts):
    order = list(COLUMNS)
    if a["order"] == "type-first":
        order = ["name", "formula", "type", "unit", "source"] + list(VALUES)
    elif a["order"] == "targets-first":
        order = ["name", "formula", "target_2020", "target_2021", "target_2022", "baseline",
                 "actual", "type", "unit", "source"]
    one = a["namecell"].startswith("one")
    cols = [c for c in order if not (one and c == "formula")]
    if a["header"] == "seed":
        labels = dict(zip(COLUMNS, p["header"].split("|")))
    else:
        labels = dict(zip(COLUMNS, HEADERS[a["header"]]))
    w = WEIGHTS[a["widths"]]
    weights = [w.get(c, w["v"]) + (w["formula"] if one and c == "name" else 0) for c in cols]
    # the values want some 7 characters, type and unit a word ('Percentuale') beside them
    em = a["size"] * 0.353 * 0.55
    mins = [7 * em + 2 if c in VALUES else 11 * em + 2 if c in ("type", "unit") else 0
            for c in cols]
    widths = P.fit_widths(weights, mins, a["usable"])
    values_align = a["align_values"]

    def head_cell(c):
        rt = [[(part, "b")] for part in labels[c].split("|")]
        if one and c == "name":
            rt = rt + [[(part, "i" if a["namecell"] == "one-bold" else "")]
                       for part in labels["formula"].split("|")]
        return P.cell(rt, align="left" if c in ("name", "formula") else "center")

    def header_rows():
        if a["header"] != "grouped":
            return [{"cells": [head_cell(c) for c in cols], "head": True}]
        top, bottom = [], []
        i = 0
        while i < len(cols):
            c = cols[i]
            group = ("Consuntivo" if c in ("baseline", "actual") else
                     "Target" if c.startswith("target") else None)
            if group:
                n = 1
                while i + n < len(cols) and (
                        ("Consuntivo" if cols[i + n] in ("baseline", "actual") else
                         "Target" if cols[i + n].startswith("target") else None) == group):
                    n += 1
                top.append(P.cell([(group, "b")], span=n, align="center"))
                bottom += [head_cell(x) for x in cols[i:i + n]]
                i += n
            else:
                top.append(head_cell(c))
                bottom.append(P.cell(""))
                i += 1
        return [{"cells": top, "head": True}, {"cells": bottom, "head": True}]

    def body_cell(r, c):
        if c == "name":
            if not one:
                return P.cell([(r["indicator_name"], "b" if a["namecell"] == "two-cols-bold"
                                else "")])
            cue = {"one-bold": ("b", ""), "one-italic": ("", "i"), "one-plain": ("", "")}[
                a["namecell"]]
            return P.cell([[(r["indicator_name"], cue[0])], [(r["formula"], cue[1])]])
        if c == "formula":
            return P.cell(r["formula"])
        if c in VALUES:
            return P.cell(value_runs(r[c], a), align=values_align)
        return P.cell(r[{"type": "type", "unit": "unit", "source": "source"}[c]])

    hr = header_rows()
    table_rows, pending = list(hr), []

    def flush():
        B.append(dict(opts, t="table", widths=widths, rows=list(table_rows),
                      header_rows=len(hr) if table_rows[:len(hr)] == hr else 0,
                      rules=a["rules"]))
        for n in pending:
            B.append({"t": "para", "runs": note_runs(n, notes[n], a), "size": 0.9})
        pending.clear()

    body = 0
    for r in rows:
        row = {"cells": [body_cell(r, c) for c in cols],
               "shade": a["rules"] == "zebra" and body % 2 == 1}
        table_rows.append(row)
        body += 1
        if r["after"] == "nota":
            # the note the seed prints after this row: the one its programme's rows mark
            number = [SUPERSCRIPT[m] for x in rows for v in VALUES
                      for m in re.findall(r"[¹²]", x[v])][0]
            if a["note"] == "row":
                table_rows.append({"cells": [P.cell(note_runs(number, notes[number], a),
                                                    span=len(cols))]})
            else:
                pending.append(number)
        if r["after"] == "pagina" and a["seed_page_break"]:
            flush()
            B.append({"t": "pagebreak"})
            table_rows[:] = list(hr) if a["repeat_header"] else []
            body = 0
    flush()


if __name__ == "__main__":
    P.main("pistoia2020", AXES, build, HERE)
