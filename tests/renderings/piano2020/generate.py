#!/usr/bin/python3
"""Renders the content of samples/piano2020/cruscotto.csv (the balanced-scorecard cruscotto of
the Piano della performance 2020-2022 of the Camera di Commercio di Pistoia) into a PDF the way
another office could lay it out, along independent axes chosen from a seed
(random.Random(seed)), with one of three producers (reportlab, WeasyPrint, python-docx +
LibreOffice): see README.md.

  generate.py --seed N --out FILE.pdf [--producer P] [--describe] [--verify]
  generate.py --matrix --out-dir DIR [--only NAME] [--verify]
  generate.py --seed N [--producer P]          (the axes only)
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
CSV = os.path.join(SOURCE, "samples", "piano2020", "cruscotto.csv")
NCOL = 14
TREE = ("prospettiva", "linea", "ambito", "operativo", "sotto")
LABELS = {  # the tree's labels, as written in the seed and in two other wordings
    "corrected": {"Prospettiva BSC": "Prospettiva BSC", "Prospettiva bac": "Prospettiva BSC",
                  "LINEA STRATEGICA DI MANDATO": "Linea strategica di mandato",
                  "Ambito strategico/Obiiettivo strategico":
                      "Ambito strategico / Obiettivo strategico",
                  "Ambito strategico/Obiettivo strategico":
                      "Ambito strategico / Obiettivo strategico",
                  "Obiiettivo operativo": "Obiettivo operativo",
                  "Obiettivo operativo": "Obiettivo operativo"},
    "short": {"Prospettiva BSC": "Prospettiva", "Prospettiva bac": "Prospettiva",
              "LINEA STRATEGICA DI MANDATO": "Linea strategica",
              "Ambito strategico/Obiiettivo strategico": "Obiettivo strategico",
              "Ambito strategico/Obiettivo strategico": "Obiettivo strategico",
              "Obiiettivo operativo": "Ob. operativo", "Obiettivo operativo": "Ob. operativo"},
}
HEADERS = {  # header labels: abbreviated, or wrapped at other points
    "abbrev": {"INDICATORE": "INDICATORE", "ALGORITMO": "ALGORITMO", "Media cluster": "Media cl.",
               "Valore ottenuto 2019": "Val. 2019", "Tipologia indicatore": "Tip.",
               "Tipologia di indicatore": "Tip.", "Unità di misura": "U.d.M.", "Fonte": "Fonte"},
    "wrapped": {"Media cluster": "Media\ncluster", "Valore ottenuto 2019": "Valore\nottenuto\n2019",
                "Tipologia indicatore": "Tipologia\nindicatore",
                "Tipologia di indicatore": "Tipologia\ndi indicatore",
                "Unità di misura": "Unità di\nmisura", "Target 2020": "Target\n2020",
                "Target 2021": "Target\n2021", "Target 2022": "Target\n2022"},
}
WIDTHS = [5, 15, 5, 19, 5, 5, 6, 4, 6, 5, 5, 8, 7, 7]


def choose(seed, producer=None):
    rng = random.Random(seed)
    a = {}

    def pick(name, values):
        a[name] = rng.choice(values)
        return a[name]

    pick("producer", list(P.PRODUCERS))
    if producer:
        a["producer"] = producer
    pick("structure", ["grid", "blocks"])
    pick("block", ["inline", "grid", "above"])
    pick("labels", ["written", "corrected", "short"])
    pick("code_split", [False, True])
    pick("code_key", ["Codice", "Cod.", "Codice obiettivo"])
    pick("tree_font", ["value-bold", "all-bold", "none", "label-italic"])
    pick("header", ["as-written", "two-row", "abbrev", "wrapped"])
    pick("order", ["seed", "name-first", "code-first", "source-before-type"])
    pick("title", ["upper-lines", "one-line", "mixed-lines"])
    pick("size", [6, 6, 6.5, 7, 7.5, 8])
    a["page"] = "landscape"  # fourteen columns: nobody sets this cruscotto in portrait
    pick("margins", [[15, 15, 15, 15], [12, 10, 12, 10], [20, 20, 20, 20], [10, 8, 10, 8]])
    pick("rules", ["grid", "none", "zebra", "hlines"])
    pick("repeat", [True, False])
    pick("split_rows", [True, False])
    pick("running", [None, "Camera di Commercio di Pistoia - Piano della performance 2020-2022",
                     "Piano della performance 2020-2022"])
    pick("folio", [None, "{n}", "Pagina {n}", "- {n} -", "Pagina {n} di {m}"])
    pick("thousands", [".", "", " "])
    pick("percent", ["%", " %"])
    pick("comparator", ["glued", "spaced"])
    pick("align", ["left", "center", "right"])
    pick("widths", ["even", "wide-name", "wide-formula"])
    P.producer_dependent(a, rng)
    return a


# ---------------------------------------------------------------------------- values

NUMBER = re.compile(r"(>=|<=|>|<)?\s*(-?)(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?\s*(%|ore)?")


def value(text, a):
    """A value cell: a number in the chosen form ('2.280', '2280', '2 280'; '99,61%' or
    '99,61 %'; '>3 ore' or '> 3 ore'); words and dates as written."""
    m = NUMBER.fullmatch(text.strip())
    if not m:
        return text
    comp, sign, whole, dec, unit = m.groups()
    digits = whole.replace(".", "")
    if len(digits) > 3 and a["thousands"]:
        groups = []
        while len(digits) > 3:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        groups.insert(0, digits)
        digits = a["thousands"].join(groups)
    out = sign + digits + (dec or "")
    if unit == "%":
        out += a["percent"]
    elif unit:
        out += " " + unit
    if comp:
        out = comp + ("" if a["comparator"] == "glued" else " ") + out
    return out


def cells_of(r):
    return [r["c%d" % k] for k in range(NCOL)]


def order(a):
    seed = list(range(NCOL))
    return {"seed": seed,
            "name-first": [1, 2, 0] + seed[3:],
            "code-first": [2, 1, 0] + seed[3:],
            "source-before-type": seed[:11] + [13, 11, 12]}[a["order"]]


def label(text, a):
    return LABELS.get(a["labels"], {}).get(text, text)


def tree_parts(kind, cells):
    """(label, code, name) of a tree row, as its cells hold them."""
    filled = [(k, c) for k, c in enumerate(cells) if c]
    name = filled[-1][1]
    rest = [c for k, c in filled[:-1]]
    lab = next((c for c in rest if re.search(r"[a-z]{4}", c.lower()) and len(c) > 3), "")
    code = ""
    if kind == "linea":
        m = re.fullmatch(r"([A-Z]) (LINEA STRATEGICA DI MANDATO)", cells[0])
        if m:
            code, lab = m.group(1), m.group(2)
        else:
            code = cells[2] if cells[2] and cells[2] != name else cells[0]
    elif kind == "ambito":
        code = cells[2]
    elif kind == "operativo":
        code = cells[2]
    return lab, code, name


def tree_fields(kind, cells, a):
    lab, code, name = tree_parts(kind, cells)
    lab = label(lab, a)
    if kind in ("sotto",):
        return [("", name)]
    if code and a["code_split"]:
        return [(a["code_key"], code), (lab, name)]
    return [(lab, (code + " - " + name) if code else name)]


def header_cells(cells, a, cols):
    out = []
    for k in cols:
        text = cells[k]
        text = HEADERS.get(a["header"], {}).get(text, text)
        out.append(text)
    return out


def header_rows(cells, a, cols):
    def C(text, span=1):
        return P.cell([[(line, "b")] for line in text.split("\n")] if text else [], span,
                      "center" if a["align"] == "center" else "left")
    labels = header_cells(cells, a, cols)
    if a["header"] != "two-row":
        return [[C(t) for t in labels]]
    top, bottom, k = [], [], 0
    while k < len(cols):
        if cols[k] == 8 and cols[k + 1: k + 3] == [9, 10]:
            top.append(C("Target", 3))
            bottom += [C(cells[j].replace("Target ", "")) for j in (8, 9, 10)]
            k += 3
            continue
        top.append(C(labels[k]))
        bottom.append(C(""))
        k += 1
    return [top, bottom]


def indicator_row(cells, a, cols):
    out = []
    for k in cols:
        text = value(cells[k], a) if 4 <= k <= 10 else cells[k]
        out.append(P.cell(text, 1, a["align"] if 4 <= k <= 10 else "left"))
    return out


def styled(lab, val, a):
    if a["tree_font"] == "value-bold":
        return [(lab, ""), (val, "b")]
    if a["tree_font"] == "all-bold":
        return [(lab, "b"), (val, "b")]
    if a["tree_font"] == "label-italic":
        return [(lab, "i"), (val, "")]
    return [(lab, ""), (val, "")]


def grid_tree_row(kind, cells, a):
    """A tree row inside the grid: its cells where the seed has them (labels in the chosen
    wording), the last one spanning to the end of the row."""
    filled = [k for k, c in enumerate(cells) if c]
    last = filled[-1]
    row = []
    for k in range(last):
        t = cells[k]
        if t and re.search(r"[a-z]{4}", t.lower()) and len(t) > 3:
            m = re.fullmatch(r"([A-Z]) (LINEA STRATEGICA DI MANDATO)", t)
            t = (m.group(1) + " " + label(m.group(2), a)) if m else label(t, a)
        st = styled(t, "", a)[0][1]
        row.append(P.cell([[(t, st)]] if t else []))
    st = styled("", cells[last], a)[1][1]
    row.append(P.cell([[(cells[last], st)]], NCOL - last, shade=a["rules"] == "zebra"))
    return row


def widths(a, cols):
    w = list(WIDTHS)
    if a["widths"] == "wide-name":
        w[1] *= 1.4
    elif a["widths"] == "wide-formula":
        w[3] *= 1.4
    elif a["widths"] == "even":
        w = [max(x, 6) for x in w]
    return [w[k] for k in cols]


def title_blocks(a, size):
    if a["title"] == "upper-lines":
        return [("h", size + 4, [("Camera di Commercio di PISTOIA", "b")]),
                ("h", size + 8, [("PIANO DELLA PERFORMANCE\n2020-2022", "b")])]
    if a["title"] == "one-line":
        return [("h", size + 8, [("Piano della performance 2020-2022", "b")]),
                ("p", [("Camera di Commercio di Pistoia", "")])]
    return [("h", size + 4, [("Camera di Commercio di Pistoia", "")]),
            ("h", size + 8, [("Piano della Performance\n2020-2022", "b")])]


def build(a):
    with open(CSV, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    size = a["size"]
    blocks = title_blocks(a, size) + [
        ("h", size + 3, [("3.2 Pianificazione triennale. Gli obiettivi strategici", "b")])]
    base = {"repeat": False, "split_rows": a["split_rows"], "rules": a["rules"]}
    if a["structure"] == "grid":
        cols = list(range(NCOL))
        body = []
        for r in rows:
            cells = cells_of(r)
            if r["kind"] in TREE:
                body.append(grid_tree_row(r["kind"], cells, a))
            elif r["kind"] == "intestazione":
                body += header_rows(cells, a, cols)
            elif r["kind"] == "indicatore":
                body.append(indicator_row(cells, a, cols))
            else:  # nota, testo: one cell over the row
                body.append([P.cell(cells[0], NCOL)])
        blocks.append(("table", dict(base, widths=widths(a, cols), header=[], body=body)))
    else:
        cols = order(a)
        table = None
        for r in rows:
            cells = cells_of(r)
            kind = r["kind"]
            if kind == "intestazione":
                table = dict(base, widths=widths(a, cols), header=header_rows(cells, a, cols),
                             body=[], repeat=a["repeat"])
                blocks.append(("table", table))
            elif kind == "indicatore":
                table["body"].append(indicator_row(cells, a, cols))
            elif kind in TREE:
                table = None
                fields = tree_fields(kind, cells, a)
                blocks += block_fields(fields, a)
            else:
                table = None
                blocks.append(("p", [(cells[0], "i" if kind == "nota" else "")]))
    # a table whose words do not fit is set smaller, down to 5 pt (the seed's PDF is 5.5 pt)
    return {"page": a["page"], "margins": a["margins"], "font": a["font"], "size": size,
            "min_size": 5,
            "running": a["running"], "folio": a["folio"], "blocks": blocks,
            "title": "Piano della performance 2020-2022",
            "author": "Camera di Commercio di Pistoia"}


def block_fields(fields, a):
    out = []
    if a["block"] == "grid":
        grid = {"widths": [1, 4], "header": [], "repeat": False, "split_rows": True,
                "rules": "grid" if a["rules"] in ("grid", "zebra") else "none",
                "body": [[P.cell([[(k, "b" if a["tree_font"] != "label-italic" else "i")]]),
                          P.cell(v)] for k, v in fields]}
        return [("table", grid)]
    for k, v in fields:
        if not k:
            out.append(("p", [(v, "")]))
        elif a["block"] == "inline":
            lab, val = styled(k + ": ", v, a)
            out.append(("p", [lab, val]))
        else:
            lab, val = styled(k, v, a)
            out += [("p", [lab]), ("p", [val])]
    return out


def values(a):
    with open(CSV, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    out = []
    for r in rows:
        cells = cells_of(r)
        if r["kind"] == "indicatore":
            out += [value(c, a) if 4 <= k <= 10 else c for k, c in enumerate(cells)]
        elif r["kind"] in TREE:
            out += [c for c in cells if c and c not in LABELS["corrected"]
                    and "LINEA STRATEGICA" not in c]
        elif r["kind"] != "intestazione":
            out.append(cells[0])
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
    ap.add_argument("--verify", action="store_true",
                    help="look for every value in the PDF's text (pdftotext)")
    ap.add_argument("--matrix", action="store_true")
    ap.add_argument("--out-dir")
    ap.add_argument("--only")
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
