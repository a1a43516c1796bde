#!/usr/bin/python3
"""Renders the content of samples/toscana2024/indicatori.csv (PIRA 2024 of the Camera di
Commercio della Toscana Nord-Ovest) into a PDF the way another office could lay it out, along
independent axes chosen from a seed (random.Random(seed)), with one of three producers
(reportlab, WeasyPrint, python-docx + LibreOffice): see README.md.

  generate.py --seed N --out FILE.pdf [--producer P] [--describe]
  generate.py --matrix --out-dir DIR [--only NAME]
  generate.py --describe --seed N [--producer P]
"""
import argparse
import csv
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import producers_gen_other as P  # noqa: E402  (tests/renderings/producers_gen_other.py)

SOURCE = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
CSV = os.path.join(SOURCE, "samples", "toscana2024", "indicatori.csv")
PREMESSA = ("Il Piano degli Indicatori e dei Risultati Attesi (PIRA) è redatto in conformità "
            "delle linee guida generali definite con il D.P.C.M. del 18.09.2012, i cui "
            "contenuti sono stati declinati per le Camere di Commercio dalla Circolare MISE "
            "148213 del 12.09.2013. Gli indicatori del PIRA costituiscono la base logica di "
            "avvio dell'intero ciclo di gestione della Performance.")


def choose(seed, producer=None):
    """One value per axis, from the seed (the producer drawn too, then overridden if given)."""
    rng = random.Random(seed)
    a = {}

    def pick(name, values):
        a[name] = rng.choice(values)
        return a[name]

    pick("producer", list(P.PRODUCERS))
    if producer:
        a["producer"] = producer
    pick("structure", ["tables", "tables", "single"])
    pick("block", ["heading", "inline", "grid", "above"])
    if a["structure"] == "single" and a["block"] in ("grid", "above"):
        a["block"] = "inline"
    pick("mission_key", ["MISSIONE", "Missione"])
    pick("code_split", [False, True])
    pick("code_key", ["Codice", "Codice obiettivo", "Cod."])
    pick("objective_key", ["Obiettivo strategico", "Obiettivo", "Denominazione"])
    pick("weight_key", ["Peso", "Peso obiettivo"])
    pick("resources_key", ["Risorse 2024", "Risorse economiche 2024", "Risorse assegnate 2024"])
    pick("money", ["{} Euro", "€ {}", "{} €", "Euro {}"])
    pick("indicator", ["cell-bold", "cell-italic", "cell-plain", "two-cols", "three-cols"])
    pick("cell_paras", ["separate", "joined"])
    if a["indicator"] == "cell-plain":
        a["cell_paras"] = "separate"
    pick("code_sep", [" - ", " – ", "newline"])
    pick("indicator_weight", ["in-cell", "column"])
    pick("weight_form", ["(Peso: {})", "Peso: {}", "(peso {})"])
    pick("comparator", ["glued", "spaced", "symbol", "column", "header"])
    pick("header", ["two-row", "one-row", "abbrev", "wrapped"])
    pick("order", ["seed", "type-first", "targets-last"])
    pick("size", [6, 6.5, 7, 7.5, 8, 8.5, 9, 10])
    pick("page", ["portrait", "landscape"])
    if a["page"] == "portrait" and a["size"] > 8:
        a["size"] -= 2  # nobody sets ten or more columns at 9-10 pt on a portrait page
    pick("margins", [[15, 15, 15, 15], [20, 20, 20, 20], [12, 10, 12, 10], [25, 20, 20, 25]])
    pick("rules", ["grid", "none", "zebra", "hlines"])
    pick("repeat", [True, False])
    pick("split_rows", [True, False])
    pick("running", [None, "Camera di Commercio della Toscana Nord-Ovest - PIRA 2024",
                     "PIRA 2024"])
    pick("folio", [None, "{n}", "Pagina {n}", "- {n} -", "Pagina {n} di {m}"])
    pick("thousands", [".", "", " "])
    pick("percent", ["%", " %"])
    pick("widths", ["even", "wide-indicator", "wide-formula"])
    pick("align", ["left", "center", "right"])
    pick("preamble", [True, False])
    # last, as the only draw whose choices depend on the producer
    P.producer_dependent(a, rng)
    return a


# ---------------------------------------------------------------------------- values

def number(text, a):
    """'1.889.300,00' with the chosen thousands separator; decimals keep their comma."""
    whole, _, dec = text.partition(",")
    digits = whole.replace(".", "")
    if len(digits) > 3 and a["thousands"]:
        groups = []
        while len(digits) > 3:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        groups.insert(0, digits)
        digits = a["thousands"].join(groups)
    return digits + ("," + dec if dec else "")


def percent(text, a):
    """'16,66%' -> '16,66%' or '16,66 %'."""
    return number(text.rstrip("%").strip(), a) + a["percent"]


SYMBOL = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<"}


def split_target(text):
    m = re.fullmatch(r"([<>=]=?)\s*([\d.,]+)\s*(.*)", text.strip())
    return m.group(1), m.group(2), m.group(3)


def comparator(comp, a):
    return SYMBOL[comp] if a["comparator"] == "symbol" else comp


def target(text, a, with_comp=True):
    """'>= 1.000 N' in the rendering's form, with or without its comparator."""
    if not text:
        return ""
    comp, value, unit = split_target(text)
    value = number(value, a)
    value += a["percent"] if unit == "%" else (" " + unit if unit else "")
    if not with_comp:
        return value
    glue = "" if a["comparator"] == "glued" else " "
    return comparator(comp, a) + glue + value


def cluster(text, a):
    if not text:
        return ""
    m = re.fullmatch(r"([\d.,]+)\s*(.*)", text)
    value, unit = m.groups()
    return number(value, a) + (a["percent"] if unit == "%" else " " + unit)


def money(text, a):
    return a["money"].format(number(text.split()[0], a))


# ---------------------------------------------------------------------------- layout

YEARS = ("2024", "2025", "2026")


def columns(a):
    """The table's columns: keys in order."""
    ind = {"two-cols": ["ind", "desc"], "three-cols": ["code", "name", "desc"]}.get(
        a["indicator"], ["ind"])
    if a["indicator_weight"] == "column":
        ind.append("weight")
    targets = (["comp"] if a["comparator"] == "column" else []) + ["t" + y for y in YEARS]
    rest = {"seed": ["formula"] + targets + ["type", "cluster"],
            "type-first": ["type", "formula"] + targets + ["cluster"],
            "targets-last": ["formula", "type", "cluster"] + targets}[a["order"]]
    return ind + rest


LABELS = {
    "two-row": {"ind": "Indicatore", "code": "Codice", "name": "Indicatore",
                "desc": "Descrizione", "weight": "Peso", "formula": "Algoritmo",
                "comp": "", "type": "Tipologia",
                "cluster": "Valore medio cluster dimensionale Pareto"},
    "one-row": {"ind": "Indicatore", "code": "Codice indicatore", "name": "Indicatore",
                "desc": "Descrizione", "weight": "Peso indicatore", "formula": "Algoritmo",
                "comp": "Segno", "type": "Tipologia",
                "cluster": "Valore medio cluster dimensionale Pareto"},
    "abbrev": {"ind": "Indicatore", "code": "Cod.", "name": "Indicatore", "desc": "Descr.",
               "weight": "Peso", "formula": "Algoritmo", "comp": "Comp.", "type": "Tip.",
               "cluster": "Media cluster Pareto"},
    "wrapped": {"ind": "Indicatore", "code": "Codice\nindicatore", "name": "Indicatore",
                "desc": "Descrizione\nindicatore", "weight": "Peso\nindicatore",
                "formula": "Algoritmo di\ncalcolo", "comp": "Segno", "type": "Tipo-\nlogia",
                "cluster": "Valore medio\ncluster\ndimensionale\nPareto"},
}
WIDTHS = {"ind": 30, "code": 16, "name": 17, "desc": 20, "weight": 7, "formula": 24, "comp": 6,
          "t2024": 8, "t2025": 8, "t2026": 8, "type": 9, "cluster": 9}


def header(cols, a, head_comp):
    """Header rows: 'Target' over the three years (two-row) or one row."""
    labels = LABELS[a["header"]]
    def year_label(y, prefix):
        comp = head_comp.get("t" + y)
        return prefix + y + (" (%s)" % comparator(comp, a) if comp else "")
    bold = "" if a["header"] == "abbrev" else "b"
    def C(text, span=1):
        return P.cell([[(line, bold)] for line in text.split("\n")] if text else [], span,
                      "center" if a["align"] == "center" else "left")
    if a["header"] == "two-row":
        top, bottom = [], []
        k = 0
        while k < len(cols):
            c = cols[k]
            if c == "t2024":
                top.append(C("Target", 3))
                bottom += [C(year_label(y, "")) for y in YEARS]
                k += 3
                continue
            top.append(C(labels[c]))
            bottom.append(C(""))
            k += 1
        return [top, bottom]
    sep = "\n" if a["header"] == "wrapped" else " "
    prefix = ("Tgt" if a["header"] == "abbrev" else "Target") + sep
    return [[C(year_label(c[1:], prefix)) if c.startswith("t2") else C(labels[c])
             for c in cols]]


def indicator_cells(r, a):
    code, name, desc = r["indicator_code"], r["indicator_name"], r["description"]
    weight = a["weight_form"].format(percent(r["weight"], a))
    in_cell = a["indicator_weight"] == "in-cell"
    sep = "\n" if a["code_sep"] == "newline" else a["code_sep"]
    out = {"weight": [[(percent(r["weight"], a), "")]]}
    if a["indicator"] in ("cell-bold", "cell-italic", "cell-plain"):
        head_style = "b" if a["indicator"] == "cell-bold" else ""
        desc_style = "i" if a["indicator"] == "cell-italic" else ""
        head = [(code + sep + name, head_style)]
        parts = [head]
        if desc:
            parts.append([(desc, desc_style)])
        if in_cell:
            parts.append([(weight, "")])
        if a["cell_paras"] == "joined":
            joined = []
            for p in parts:
                joined += ([(" ", "")] if joined else []) + p
            parts = [joined]
        out["ind"] = parts
    elif a["indicator"] == "two-cols":
        out["ind"] = [[(code + sep + name, "b")]] + ([[(weight, "")]] if in_cell else [])
        out["desc"] = [[(desc, "")]] if desc else []
    else:
        out["code"] = [[(code, "")]]
        out["name"] = [[(name, "")]] + ([[(weight, "")]] if in_cell else [])
        out["desc"] = [[(desc, "")]] if desc else []
    return out


def table_rows(rows, cols, a, head_comp=None):
    """Body rows and the comparators the header carries (comparator 'header'): those all the
    rows of a year share, unless given."""
    if head_comp is None:
        head_comp = {}
    elif a["comparator"] == "header":
        head_comp = dict(head_comp)
        a = dict(a, comparator="_given")
    if a["comparator"] == "header":
        for y in YEARS:
            comps = {split_target(r["target_" + y])[0] for r in rows if r["target_" + y]}
            if len(comps) == 1:
                head_comp["t" + y] = comps.pop()
    body = []
    num = a["align"]
    for r in rows:
        cells = indicator_cells(r, a)
        row_comps = {split_target(r["target_" + y])[0] for y in YEARS if r["target_" + y]}
        own_col = a["comparator"] == "column" and len(row_comps) == 1
        line = []
        for c in cols:
            if c in cells:
                line.append(P.cell(cells[c]))
            elif c == "formula":
                line.append(P.cell(r["formula"]))
            elif c == "comp":
                line.append(P.cell(comparator(row_comps.pop(), a) if own_col else "", 1, num))
            elif c.startswith("t2"):
                text = r["target_" + c[1:]]
                bare = own_col or c in head_comp
                line.append(P.cell(target(text, a, not bare), 1, num))
            elif c == "type":
                line.append(P.cell(r["type"]))
            elif c == "cluster":
                line.append(P.cell(cluster(r["cluster"], a), 1, num))
        body.append(line)
    return body, head_comp


def widths(cols, a):
    w = [WIDTHS[c] for c in cols]
    if a["widths"] == "wide-indicator":
        w = [x * 1.5 if c in ("ind", "name", "desc") else x for x, c in zip(w, cols)]
    elif a["widths"] == "wide-formula":
        w = [x * 1.5 if c == "formula" else x for x, c in zip(w, cols)]
    elif a["widths"] == "even":
        w = [max(x, 9) for x in w]
    return w


def objective_fields(o, a):
    """[(key, value)] of an objective block."""
    r = o[0]
    weight = percent(r["objective_weight"], a)
    if a["code_split"]:
        fields = [(a["code_key"], r["objective_code"]), (a["objective_key"], r["objective_name"])]
    else:
        fields = [(a["objective_key"], r["objective_code"] + " - " + r["objective_name"])]
    return fields + [(a["weight_key"], weight), (a["resources_key"], money(r["resources_eur"], a))]


def mission_fields(r, a, mission, programme):
    out = []
    key = a["mission_key"]
    prog = "PROGRAMMA" if key.isupper() else "Programma"
    if mission:
        out.append((key, r["mission"]))
    if programme:
        out.append((prog, r["programme"]))
    return out


def block_paragraphs(fields, a, size):
    """Key/value fields as blocks of the document (inline, grid or key above)."""
    if a["block"] == "inline":
        return [("p", [(k + ": ", "b"), (v, "")]) for k, v in fields]
    if a["block"] == "above":
        out = []
        for k, v in fields:
            out.append(("p", [(k, "b")]))
            out.append(("p", [(v, "")]))
        return out
    grid = {"widths": [1, 4], "header": [], "repeat": False, "split_rows": True,
            "rules": "grid" if a["rules"] in ("grid", "zebra") else "none",
            "body": [[P.cell([[(k, "b")]]), P.cell(v)] for k, v in fields]}
    return [("table", grid)]


def build(a):
    with open(CSV, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    size = a["size"]
    blocks = [("h", size + 6, [("PIRA 2024", "b")]),
              ("h", size + 2, [("Piano degli Indicatori e dei Risultati Attesi di bilancio", "")])]
    if a["preamble"]:
        blocks += [("h", size + 2, [("PREMESSA", "b")]), ("p", [(PREMESSA, "")])]
    cols = columns(a)
    groups = []  # objectives in order, each a list of rows
    for r in rows:
        if groups and groups[-1][0]["objective_code"] == r["objective_code"]:
            groups[-1].append(r)
        else:
            groups.append([r])
    single = a["structure"] == "single"
    single_body = []
    mission = programme = None
    for o in groups:
        r = o[0]
        new_m, new_p = r["mission"] != mission, (r["programme"] != programme
                                               or r["mission"] != mission)
        mission, programme = r["mission"], r["programme"]
        mp = mission_fields(r, a, new_m, new_p)
        of = objective_fields(o, a)
        body, head_comp = table_rows(o, cols, a)
        if a["block"] == "heading":
            # the document's own form: MISSIONE - 011 - ..., OS_xx - name (Peso: ..), Risorse
            paras = [[("%s - %s" % (k.upper() if a["mission_key"].isupper() else k, v), "b")]
                     for k, v in mp]
            name = r["objective_code"] + " - " + r["objective_name"]
            paras.append([("%s (%s: %s)" % (name, a["weight_key"],
                                            percent(r["objective_weight"], a)), "b")])
            res = [(a["resources_key"], "b"), ("   " + money(r["resources_eur"], a), "")]
            if single:
                single_body.append([P.cell(paras + [res], len(cols), shade=True)])
            else:
                blocks += [("p", p) for p in paras] + [("p", res)]
        elif single:
            single_body.append([P.cell([[(k + ": ", "b"), (v, "")] for k, v in mp + of],
                                       len(cols), shade=True)])
        else:
            blocks += block_paragraphs(mp + of, a, size)
        if single:
            single_body += body
        else:
            blocks.append(("table", {"widths": widths(cols, a), "header": header(cols, a,
                                                                                 head_comp),
                                     "body": body, "repeat": a["repeat"],
                                     "split_rows": a["split_rows"], "rules": a["rules"]}))
    if single:
        # one table: a comparator in the header only when the whole document shares it
        _, head_comp = table_rows(rows, cols, a)
        body, k = [], 0
        for o in groups:
            body.append(single_body[k])
            body += table_rows(o, cols, a, head_comp)[0]
            k += 1 + len(o)
        blocks.append(("table", {"widths": widths(cols, a), "header": header(cols, a, head_comp),
                                 "body": body, "repeat": a["repeat"],
                                 "split_rows": a["split_rows"], "rules": a["rules"]}))
    return {"page": a["page"], "margins": a["margins"], "font": a["font"], "size": size,
            "running": a["running"], "folio": a["folio"], "blocks": blocks,
            "title": "PIRA 2024", "author": "Camera di Commercio della Toscana Nord-Ovest"}


def values(a):
    """Every field of the transcription in the form this rendering writes it (targets without
    their comparator, which may stand in a column or the header)."""
    with open(CSV, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    out = []
    for r in rows:
        out += [r["mission"], r["programme"], r["objective_code"], r["objective_name"],
                percent(r["objective_weight"], a), money(r["resources_eur"], a),
                r["indicator_code"], r["indicator_name"], r["description"],
                percent(r["weight"], a), r["formula"], r["type"], cluster(r["cluster"], a)]
        out += [target(r["target_" + y], a, False) for y in YEARS]
    return out


def render(seed, out, producer=None, describe=False, verify=False):
    a = choose(seed, producer)
    if describe:
        print(json.dumps(dict(a, seed=seed), ensure_ascii=False))
    P.render(build(a), out, a["producer"])
    if verify:
        missing = P.missing_values(out, values(a))
        print("%s: %s" % (out, "every value found" if not missing else
                          "%d values not found: %s" % (len(missing), missing[:8])))
    return a


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--producer", choices=P.PRODUCERS)
    ap.add_argument("--describe", action="store_true")
    ap.add_argument("--matrix", action="store_true")
    ap.add_argument("--out-dir")
    ap.add_argument("--only")
    ap.add_argument("--verify", action="store_true",
                    help="look for every value in the PDF's text (pdftotext)")
    args = ap.parse_args()
    if args.matrix:
        with open(os.path.join(HERE, "matrix.json"), encoding="utf-8") as f:
            matrix = json.load(f)
        os.makedirs(args.out_dir, exist_ok=True)
        for m in matrix:
            if args.only and m["name"] != args.only:
                continue
            out = os.path.join(args.out_dir, m["name"] + ".pdf")
            render(m["seed"], out, m["producer"], args.describe, args.verify)
            print("wrote", out)
        return
    if args.seed is None:
        ap.error("--seed or --matrix")
    if args.out:
        render(args.seed, args.out, args.producer, args.describe, args.verify)
    else:
        print(json.dumps(dict(choose(args.seed, args.producer), seed=args.seed),
                         ensure_ascii=False))


if __name__ == "__main__":
    main()
