#!/usr/bin/python3
"""Renders the Relazione sulla performance 2025 transcription (samples/relazione2025/*.csv) into
a PDF the way another office might lay it out, along independent variation axes chosen from a
seed, with one of four producers: reportlab, weasyprint, LibreOffice (from a DOCX written by
python-docx) and groff (-ms -t -Tpdf).

  generate.py --seed N --out FILE.pdf [--producer P] [--describe]
  generate.py --matrix --out-dir DIR [--only NAME]     (the renderings of matrix.json)
  generate.py --seed N --describe                       (the axes of a seed, nothing rendered)

Only Debian's python3 and its packages (python3-reportlab, python3-docx), the weasyprint,
soffice and groff commands. The same seed gives the same text; the bytes may differ."""
import argparse
import csv
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SAMPLE = os.path.join(SOURCE, "samples", "relazione2025")
PRODUCERS = ("reportlab", "weasyprint", "libreoffice", "groff")

ENTE = "Camera di Commercio di Pistoia-Prato"
TITLE = "Relazione sulla performance 2025"
SECTION = ("3.1 Rendicontazione degli obiettivi strategici triennali e degli obiettivi "
           "operativi annuali")

# ---------------------------------------------------------------------------------------------
# The axes. Each rendering picks one value per axis from its seed.

FONTS = {
    # name: producers that can use it
    "DejaVu Sans": ("reportlab", "weasyprint", "libreoffice"),
    "DejaVu Serif": ("reportlab", "weasyprint", "libreoffice"),
    "DejaVu Sans Condensed": ("reportlab", "weasyprint", "libreoffice"),
    "Liberation Sans": ("reportlab", "weasyprint", "libreoffice"),
    "Liberation Serif": ("reportlab", "weasyprint", "libreoffice"),
    "Liberation Sans Narrow": ("reportlab", "weasyprint", "libreoffice"),
    "Helvetica": ("reportlab", "groff"),
    "Times": ("reportlab", "groff"),
    "Helvetica Narrow": ("groff",),
}

AXES = [
    # block fields (area, strategic objective, objective): "Chiave: valore" lines, a key | value
    # grid, the key above its value, or a heading without keys as in the published document
    ("block", ["inline", "grid", "stacked", "heading"]),
    ("key_words", ["long", "medium", "short"]),
    # the indicator's code: before its name ("code - name") or in a column of its own
    ("code_place", ["joined", "column"]),
    # name and description in one cell (font cue on the name) or in two columns
    ("name_desc", ["one_cell", "two_cols"]),
    ("cue", ["bold", "italic", "none"]),
    ("comparator", ["glued", "spaced", "unicode", "column", "header"]),
    ("header", ["none", "full", "abbrev", "wrapped"]),
    ("repeat_header", [True, False]),
    ("order", ["weight_first", "weight_after_name", "weight_last"]),
    ("structure", ["per_objective", "one_table"]),
    ("rules", ["grid", "none", "zebra", "horizontal"]),
    ("split_rows", [True, False]),
    ("valign", ["top", "middle"]),
    ("running", ["none", "header_footer", "footer"]),
    ("font", list(FONTS)),
    ("size", [6, 7, 8, 9, 10]),
    ("orientation", ["portrait", "landscape"]),
    ("margin_mm", [10, 15, 20, 25]),
    ("widths", ["balanced", "wide_name", "wide_values"]),
    ("thousands", ["dot", "none", "space"]),
    ("pct_space", ["kept", "none", "space"]),
    ("unit_space", ["kept", "spaced"]),
    ("ocr", ["kept", "repaired"]),
    ("dates", ["dash", "slash", "dot"]),
]

KEYS = {  # key wording variants: long, medium, short
    "area": ("Ambito strategico", "Area strategica", "Ambito"),
    "strategic": ("Obiettivo strategico", "Linea strategica", "Ob. strategico"),
    "degree": ("Grado di raggiungimento", "Grado calcolato", "Grado"),
    "code": ("Codice obiettivo", "Codice", "Cod."),
    "objective": ("Obiettivo operativo", "Obiettivo", "Ob."),
    "performance": ("Performance obiettivo", "Performance", "Perf."),
}

HEADERS = {  # full, abbrev, wrapped ("\n": where the label wraps)
    "weight": ("Peso", "P.", "Peso\n%"),
    "code": ("Codice indicatore", "Cod.", "Codice\nindicatore"),
    "name": ("Indicatore", "Ind.", "Nome\nindicatore"),
    "desc": ("Descrizione", "Descr.", "Descrizione\nindicatore"),
    "namedesc": ("Indicatore e descrizione", "Indicatore", "Indicatore /\ndescrizione"),
    "cmp": ("Operatore", "Op.", "Opera-\ntore"),
    "target": ("Target 2025", "Tgt", "Target\n2025"),
    "actual": ("Consuntivo 2025", "Cons.", "Valore\nconsuntivo"),
    "perf": ("Performance", "Perf.", "Grado di\nraggiung."),
}


def choose(seed, producer=None):
    """The axes of a seed: {axis: value}, with the producer."""
    rng = random.Random(seed)
    picked = rng.choice(PRODUCERS)
    producer = producer or picked
    axes = {"producer": producer}
    for name, values in AXES:
        if name == "font":
            values = [f for f in values if producer in FONTS[f]]
        axes[name] = rng.choice(values)
    # The combinations a producer cannot make, picked again from the same generator.
    if producer == "groff":
        axes["split_rows"] = False  # tbl never breaks a row
        while axes["rules"] == "zebra":  # tbl has no cell shading
            axes["rules"] = rng.choice(dict(AXES)["rules"])
    if axes["comparator"] == "unicode" and axes["font"] in ("Helvetica", "Times") \
            and producer == "reportlab":
        # reportlab's standard fonts have no ≥: the TrueType family of the same look
        axes["font"] = {"Helvetica": "Liberation Sans", "Times": "Liberation Serif"}[axes["font"]]
    if axes["comparator"] == "header" and axes["header"] == "none":
        axes["header"] = rng.choice(["full", "abbrev", "wrapped"])
    if axes["structure"] == "one_table" and axes["comparator"] == "header":
        axes["comparator"] = "column"  # one table: its rows do not share a comparator
    return axes


# ---------------------------------------------------------------------------------------------
# The content

def read_csv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def load_content():
    """[area {name, strategic: [{name, degree, objectives: [{code, name, perf, rows}]}]}]"""
    rows = read_csv(os.path.join(SAMPLE, "indicatori.csv"))
    published = read_csv(os.path.join(SAMPLE, "indicatori-pubblicati.csv"))
    figures = read_csv(os.path.join(SAMPLE, "obiettivi-pubblicati.csv"))
    objective_figures = [f["performance"] for f in figures if f["level"] == "objective"]
    strategic_figures = {f["key"]: f["performance"] for f in figures
                         if f["level"] == "strategic_objective"}
    areas = []
    for r, p in zip(rows, published):
        assert r["source_ref"] == p["source_ref"]
        if not areas or areas[-1]["name"] != r["area"]:
            areas.append({"name": r["area"], "strategic": []})
        strat = areas[-1]["strategic"]
        if not strat or strat[-1]["name"] != r["strategic_objective"]:
            strat.append({"name": r["strategic_objective"], "objectives": [],
                          "degree": strategic_figures.get(r["strategic_objective"])})
        objs = strat[-1]["objectives"]
        if not objs or objs[-1]["code"] != r["objective_code"]:
            objs.append({"code": r["objective_code"], "name": r["objective_name"], "rows": []})
        objs[-1]["rows"].append(dict(r, formula=p["formula"], performance=p["performance"]))
    objectives = [o for a in areas for s in a["strategic"] for o in s["objectives"]]
    assert len(objectives) == len(objective_figures)
    for o, f in zip(objectives, objective_figures):
        o["perf"] = f + " %"
    return areas


# ---------------------------------------------------------------------------------------------
# Values in the rendering's forms (all equivalent to the transcription's)

CMP_RE = re.compile(r"^(>=|<=|5=|S=|>|<|=|Entro)\s*(.*)$")
NUM_RE = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(\s*)(.*)$")
DATE_RE = re.compile(r"^(\d\d)-(\d\d)-(\d{4})$")


def split_cmp(text, ax):
    """'>= 80,00 %' -> ('>=', '80,00 %'); the OCR's '5=' and 'S=' are '>=' when repaired."""
    m = CMP_RE.match(text.strip())
    if not m:
        return "", text.strip()
    op, rest = m.group(1), m.group(2)
    if ax["ocr"] == "repaired" and op in ("5=", "S="):
        op = ">="
    return op, rest


def value(text, ax):
    """A value (no comparator) in the rendering's number, percent, unit and date forms."""
    text = text.strip()
    if ax["ocr"] == "repaired" and text in ("IN.", "lN."):
        text = "1N."
    m = DATE_RE.match(text)
    if m:
        sep = {"dash": "-", "slash": "/", "dot": "."}[ax["dates"]]
        return sep.join(m.groups())
    m = NUM_RE.match(text)
    if not m:
        return text
    digits = m.group(1).replace(".", "")
    if len(digits) > 3:
        sep = {"dot": ".", "none": "", "space": "\u00a0"}[ax["thousands"]]
        groups = []
        while digits:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        digits = sep.join(groups)
    number = digits + (m.group(2) or "")
    space, unit = m.group(3), m.group(4)
    if not unit:
        return number
    space = space and "\u00a0"  # a value and its unit stay on one line
    if unit == "%":
        space = {"kept": space, "none": "", "space": "\u00a0"}[ax["pct_space"]]
    elif ax["unit_space"] == "spaced":
        space = "\u00a0"
    return number + space + unit


def glue(op, val, ax):
    """A comparator and its value in one cell."""
    if not op:
        return val
    if op == "Entro":
        return "Entro " + val
    if ax["comparator"] == "unicode":
        op = {">=": "≥", "<=": "≤"}.get(op, op)
        return op + " " + val
    if ax["comparator"] == "glued":
        return op + val
    return op + " " + val


# ---------------------------------------------------------------------------------------------
# The layout model every producer draws: blocks of paragraphs and tables.
# A paragraph is (style, [(text, "b"|"i"|"")]); a cell is {"paras": [...], "span": n,
# "align": "l"|"c"|"r", "head": bool}; a row is {"cells": [...], "kind": "head"|"group"|"body",
# "shade": bool}.

def para(style, *runs):
    return (style, [r if isinstance(r, tuple) else (r, "") for r in runs])


def cell(*paras, span=1, align="l", head=False):
    return {"paras": list(paras), "span": span, "align": align, "head": head}


def field_blocks(pairs, ax, level, in_table_cols=None):
    """Block fields [(key, value)] of a level (area, strategic, objective) as blocks, or as
    table rows when in_table_cols (one_table structure) is the table's column count."""
    style = ax["block"]
    pstyle = {"area": "h2", "strategic": "h3", "objective": "h4"}[level]
    if style == "heading":
        # no keys: the values, the code joined to the name, the figure after it
        values = [v for k, v in pairs]
        if level == "objective":
            text = "%s - %s" % (values[0], values[1])
            paras = [para(pstyle, (text, "b"))]
            if len(values) > 2:
                paras.append(para("body", values[2]))
        else:
            paras = [para(pstyle, (values[0], "b"))] + [para("body", v) for v in values[1:]]
        if in_table_cols:
            return [{"cells": [cell(*paras, span=in_table_cols)], "kind": "group"}]
        return paras
    if style == "inline":
        paras = [para(pstyle if i == 0 else "body", (k + ": ", "b"), v)
                 for i, (k, v) in enumerate(pairs)]
        if in_table_cols:
            return [{"cells": [cell(*paras, span=in_table_cols)], "kind": "group"}]
        return paras
    if style == "stacked":
        paras = []
        for k, v in pairs:
            paras.append(para("key", (k, "b")))
            paras.append(para(pstyle if not paras[:-1] else "body", v))
        if in_table_cols:
            return [{"cells": [cell(*paras, span=in_table_cols)], "kind": "group"}]
        return paras
    # grid: a key cell and a value cell per field
    if in_table_cols:
        return [{"cells": [cell(para("body", (k, "b"))),
                           cell(para("body", v), span=in_table_cols - 1)], "kind": "group"}
                for k, v in pairs]
    return [{"table": "fields", "cols": [("key", 0.28), ("value", 0.72)],
             "rows": [{"cells": [cell(para("body", (k, "b"))), cell(para("body", v))],
                       "kind": "body"} for k, v in pairs],
             "level": level}]


def indicator_columns(ax, shared_op):
    """[(column id, relative width)] in the rendering's order."""
    cue_cols = []
    if ax["code_place"] == "column":
        cue_cols.append(("code", 0.15))
    if ax["name_desc"] == "one_cell":
        cue_cols.append(("namedesc", 0.46))
    else:
        cue_cols += [("name", 0.25), ("desc", 0.27)]
    values = []
    if ax["comparator"] == "column":
        values.append(("cmp", 0.05))
    values += [("target", 0.10), ("actual", 0.10), ("perf", 0.09)]
    weight = [("weight", 0.07)]
    if ax["order"] == "weight_first":
        cols = weight + cue_cols + values
    elif ax["order"] == "weight_after_name":
        cols = cue_cols + weight + values
    else:
        cols = cue_cols + values + weight
    name_ids = ("code", "namedesc", "name", "desc")
    factor = {"balanced": (1, 1), "wide_name": (1.25, 0.8), "wide_values": (0.8, 1.3)}
    fn, fv = factor[ax["widths"]]
    return [(c, w * (fn if c in name_ids else fv)) for c, w in cols]


def header_row(cols, ax, shared_op):
    which = {"full": 0, "abbrev": 1, "wrapped": 2}[ax["header"]]
    cells = []
    for c, _ in cols:
        label = HEADERS[c][which]
        if c == "name" and ax["code_place"] == "joined" and which == 0:
            label = "Codice - Indicatore"
        if c == "target" and shared_op:
            label += " (%s)" % shared_op
        lines = label.split("\n")
        cells.append(cell(*[para("head", (line, "b")) for line in lines], head=True,
                          align="l" if c in ("code", "name", "desc", "namedesc") else "c"))
    return {"cells": cells, "kind": "head"}


def indicator_row(r, cols, ax, shared_op):
    code, name = r["indicator_code"], r["indicator_name"]
    named = ("%s - %s" % (code, name)) if code and ax["code_place"] == "joined" else name
    cue = {"bold": "b", "italic": "i", "none": ""}[ax["cue"]]
    op, target = split_cmp(r["target"], ax)
    target = value(target, ax)
    actual = value(r["actual"], ax)
    cells = []
    for c, _ in cols:
        if c == "code":
            cells.append(cell(para("cell", code)))
        elif c == "namedesc":
            cells.append(cell(para("cell", (named, cue)), para("desc", r["formula"])))
        elif c == "name":
            cells.append(cell(para("cell", (named, cue))))
        elif c == "desc":
            cells.append(cell(para("cell", r["formula"])))
        elif c == "weight":
            cells.append(cell(para("cell", value(r["weight"], ax)), align="r"))
        elif c == "cmp":
            shown = "" if op == "Entro" else {"≥": ">="}.get(op, op)
            cells.append(cell(para("cell", shown), align="c"))
        elif c == "target":
            if ax["comparator"] == "column" and op != "Entro":
                text = target
            elif shared_op:
                text = target
            else:
                text = glue(op, target, ax)
            cells.append(cell(para("cell", text), align="r"))
        elif c == "actual":
            cells.append(cell(para("cell", actual), align="r"))
        elif c == "perf":
            cells.append(cell(para("cell", value(r["performance"], ax)), align="r"))
    return {"cells": cells, "kind": "body"}


def build(ax):
    """The document as blocks."""
    areas = load_content()
    kw = {"long": 0, "medium": 1, "short": 2}[ax["key_words"]]
    blocks = [para("title", TITLE), para("subtitle", ENTE), para("h1", SECTION)]
    one = ax["structure"] == "one_table"
    if one:
        cols = indicator_columns(ax, None)
        big = {"table": "indicators", "cols": cols, "rows": []}
        if ax["header"] != "none":
            big["rows"].append(header_row(cols, ax, None))
    for area in areas:
        pairs = [(KEYS["area"][kw], area["name"])]
        if one:
            big["rows"] += field_blocks(pairs, ax, "area", len(cols))
        else:
            blocks += field_blocks(pairs, ax, "area")
        for strat in area["strategic"]:
            pairs = [(KEYS["strategic"][kw], strat["name"])]
            if strat["degree"]:
                pairs.append((KEYS["degree"][kw], value(strat["degree"] + " %", ax)))
            if one:
                big["rows"] += field_blocks(pairs, ax, "strategic", len(cols))
            else:
                blocks += field_blocks(pairs, ax, "strategic")
            for obj in strat["objectives"]:
                pairs = [(KEYS["code"][kw], obj["code"]), (KEYS["objective"][kw], obj["name"]),
                         (KEYS["performance"][kw], value(obj["perf"], ax))]
                if one:
                    big["rows"] += field_blocks(pairs, ax, "objective", len(cols))
                    big["rows"] += [indicator_row(r, cols, ax, None) for r in obj["rows"]]
                    continue
                blocks += field_blocks(pairs, ax, "objective")
                shared = None
                if ax["comparator"] == "header":
                    ops = {split_cmp(r["target"], ax)[0] for r in obj["rows"]}
                    if len(ops) == 1 and ops <= {">=", "<="}:
                        shared = ops.pop()
                cols = indicator_columns(ax, shared)
                table = {"table": "indicators", "cols": cols, "rows": []}
                if ax["header"] != "none":
                    table["rows"].append(header_row(cols, ax, shared))
                table["rows"] += [indicator_row(r, cols, ax, shared) for r in obj["rows"]]
                blocks.append(table)
    if one:
        blocks.append(big)
    for b in blocks:
        if isinstance(b, dict) and b["table"] == "indicators":
            fit_widths(b, ax)
    for b in blocks:  # zebra: every other body row of each table
        if isinstance(b, dict):
            n = 0
            for row in b["rows"]:
                row["shade"] = row["kind"] == "body" and ax["rules"] == "zebra" and n % 2 == 1
                n = n + 1 if row["kind"] == "body" else 0
    return blocks


TTF = {
    "DejaVu Sans": ("dejavu/DejaVuSans", "", "-Bold", "-Oblique", "-BoldOblique"),
    "DejaVu Serif": ("dejavu/DejaVuSerif", "", "-Bold", "-Italic", "-BoldItalic"),
    "DejaVu Sans Condensed": ("dejavu/DejaVuSansCondensed", "", "-Bold", "-Oblique",
                              "-BoldOblique"),
    "Liberation Sans": ("liberation/LiberationSans", "-Regular", "-Bold", "-Italic",
                        "-BoldItalic"),
    "Liberation Serif": ("liberation/LiberationSerif", "-Regular", "-Bold", "-Italic",
                         "-BoldItalic"),
    "Liberation Sans Narrow": ("liberation/LiberationSansNarrow", "-Regular", "-Bold",
                               "-Italic", "-BoldItalic"),
}


def font_names(font):
    """reportlab's names of a family's regular, bold, italic, bold italic (registered)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if font not in TTF:
        base = {"Helvetica": "Helvetica", "Helvetica Narrow": "Helvetica", "Times": "Times"}[font]
        if base == "Times":
            return ["Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"]
        return ["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"]
    names = []
    for suffix, tag in zip(TTF[font][1:], ("", "B", "I", "BI")):
        name = font.replace(" ", "") + tag
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, "/usr/share/fonts/truetype/%s%s.ttf"
                                           % (TTF[font][0], suffix)))
        names.append(name)
    return names


def measure(text, ax, bold=False):
    """The width of text in mm in the rendering's font and size."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    names = font_names(ax["font"])
    width = stringWidth(text, names[1] if bold else names[0], ax["size"]) * 0.3528
    return width * (0.82 if ax["font"] == "Helvetica Narrow" else 1)


def fit_widths(table, ax):
    """Column widths in mm, the way an office sizes them: the value and code columns as wide as
    their longest entry, narrowed when the name columns would get less than 40 % of the line
    down to their longest unbreakable piece (a header label or a target may wrap at its
    blanks); the rest shared by the name columns in the rendering's proportions."""
    text_width = paper(ax)[0] - 2 * ax["margin_mm"]
    pad = {"reportlab": 2.5, "weasyprint": 2.5, "libreoffice": 5.0, "groff": 3.5}[ax["producer"]]
    full, least, free = {}, {}, {}
    for k, (c, w) in enumerate(table["cols"]):
        if c in ("namedesc", "name", "desc"):
            free[k] = w
            continue
        full[k] = least[k] = 0
        for row in table["rows"]:
            if row["kind"] == "group" or len(row["cells"]) != len(table["cols"]):
                continue
            for st, runs in row["cells"][k]["paras"]:
                text = "".join(t for t, _ in runs)
                head = row["kind"] == "head"
                if not head:
                    full[k] = max(full[k], measure(text, ax))
                least[k] = max([least[k]] + [measure(p, ax, head) for p in text.split(" ")])
        full[k] = max(full[k], least[k]) + pad
        least[k] += pad
    widths = dict(full)
    need = 0.4 * text_width - (text_width - sum(widths.values()))
    slack = sum(full[k] - least[k] for k in full)
    if need > 0 and slack > 0:
        cut = min(1, need / slack)
        widths = {k: full[k] - cut * (full[k] - least[k]) for k in full}
    rest = text_width - sum(widths.values())
    total_free = sum(free.values())
    table["cols"] = [(c, widths[k] if k in widths else rest * free[k] / total_free)
                     for k, (c, _) in enumerate(table["cols"])]


def running_texts(ax):
    """(header text or None, footer kind or None)"""
    if ax["running"] == "none":
        return None, None
    if ax["running"] == "header_footer":
        return "%s - %s" % (ENTE, TITLE), "Pagina {page} di {pages}"
    return None, "{page}"


def paper(ax):
    """(width, height) in mm"""
    return (297, 210) if ax["orientation"] == "landscape" else (210, 297)


SIZES = {"title": 2.0, "subtitle": 1.3, "h1": 1.3, "h2": 1.15, "h3": 1.1, "h4": 1.05,
         "key": 0.85, "body": 1.0, "cell": 1.0, "desc": 1.0, "head": 0.95}


# ---------------------------------------------------------------------------------------------
# reportlab

def render_reportlab(blocks, ax, out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
                                    KeepTogether)

    names = font_names(ax["font"])
    base, bold = names[0], names[1]
    if ax["font"] in TTF:
        from reportlab.lib.fonts import addMapping
        for (b_, i_), n in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names):
            addMapping(base, b_, i_, n)
    size = ax["size"]
    styles = {k: ParagraphStyle(k, fontName=bold if k in ("title", "subtitle", "h1", "key",
                                                          "head") else base,
                                fontSize=size * f, leading=size * f * 1.22,
                                spaceBefore=size * 0.8 if k in ("h1", "h2", "h3", "h4") else 0,
                                spaceAfter=size * 0.3 if k not in ("cell", "desc", "head") else 0)
              for k, f in SIZES.items()}
    styles["desc"].spaceBefore = size * 0.25
    pagesize = landscape(A4) if ax["orientation"] == "landscape" else A4
    margin = ax["margin_mm"] * mm
    width = pagesize[0] - 2 * margin
    head_text, foot = running_texts(ax)

    def markup(runs):
        out = []
        for text, st in runs:
            t = html.escape(text, quote=False)
            if st == "b":
                t = "<b>%s</b>" % t
            elif st == "i":
                t = "<i>%s</i>" % t
            out.append(t)
        return "".join(out)

    def paras(ps, align="l"):
        al = {"l": 0, "c": 1, "r": 2}[align]
        result = []
        for st, runs in ps:
            style = ParagraphStyle(st + str(al), parent=styles[st], alignment=al)
            result.append(Paragraph(markup(runs), style))
        return result

    story = []
    for b in blocks:
        if not isinstance(b, dict):
            story += paras([b])
            continue
        total = sum(w for _, w in b["cols"])
        scale = width if b["table"] == "indicators" else width * 0.8
        widths = [scale * w / total for _, w in b["cols"]]
        data, cmds = [], []
        for i, row in enumerate(b["rows"]):
            line, col = [], 0
            for c in row["cells"]:
                line.append(paras(c["paras"], c["align"]))
                if c["span"] > 1:
                    cmds.append(("SPAN", (col, i), (col + c["span"] - 1, i)))
                    line += [""] * (c["span"] - 1)
                col += c["span"]
            data.append(line)
            if row.get("shade"):
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#e8edf3")))
            if row["kind"] in ("head", "group"):
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#d9d9d9")
                             if row["kind"] == "head" else colors.HexColor("#f2f2f2")))
        rules = ax["rules"]
        if rules == "grid" or (rules == "zebra" and b["table"] == "fields"):
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        elif rules == "horizontal":
            cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey))
            cmds.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black))
        cmds += [("VALIGN", (0, 0), (-1, -1), "MIDDLE" if ax["valign"] == "middle" else "TOP"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        head = 1 if b["rows"] and b["rows"][0]["kind"] == "head" and ax["repeat_header"] else 0
        t = Table(data, colWidths=widths, repeatRows=head, splitInRow=1 if ax["split_rows"] else 0,
                  hAlign="LEFT")
        t.setStyle(TableStyle(cmds))
        story.append(t)
        story.append(Spacer(1, size * 0.8))

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont(base, size * 0.9)
        if head_text:
            canvas.drawString(margin, pagesize[1] - margin * 0.6, head_text)
        if foot:
            text = foot.format(page=doc.page, pages="%(pages)s")
            if "%(pages)s" in text:
                text = text.replace(" di %(pages)s", "")
            canvas.drawRightString(pagesize[0] - margin, margin * 0.5, text)
        canvas.restoreState()

    doc = SimpleDocTemplate(out, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, title=TITLE, author=ENTE)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# ---------------------------------------------------------------------------------------------
# WeasyPrint (HTML + CSS)

def to_html(blocks, ax):
    font = ax["font"]
    size = ax["size"]
    head_text, foot = running_texts(ax)
    w, h = paper(ax)
    css = ["@page { size: %dmm %dmm; margin: %dmm; " % (w, h, ax["margin_mm"])]
    if head_text:
        css.append("@top-left { content: '%s'; font: %spt '%s'; }"
                   % (head_text.replace("'", "\\'"), size * 0.9, font))
    if foot:
        content = ("'Pagina ' counter(page) ' di ' counter(pages)" if "pages" in foot
                   else "counter(page)")
        css.append("@bottom-right { content: %s; font: %spt '%s'; }" % (content, size * 0.9,
                                                                         font))
    css.append("}")
    css.append("body { font-family: '%s'; font-size: %spt; line-height: 1.22; }" % (font, size))
    for k, f in SIZES.items():
        css.append(".%s { font-size: %.2fpt; margin: %s; %s }"
                   % (k, size * f, "0.6em 0 0.2em 0" if k.startswith("h") else
                      "0 0 0.15em 0" if k not in ("cell", "desc", "head") else "0",
                      "font-weight: bold;" if k in ("title", "subtitle", "h1", "key", "head")
                      else ""))
    css.append(".desc { margin-top: 0.25em; }")
    css.append("table { border-collapse: collapse; margin: 0.3em 0 0.8em 0; table-layout: fixed; }")
    css.append("td, th { padding: 1.5pt 3pt; vertical-align: %s; font-weight: normal; }"
               % ax["valign"])
    css.append("th { background: #d9d9d9; } tr.group td { background: #f2f2f2; }")
    css.append("tr.shade td { background: #e8edf3; }")
    css.append("tr { break-inside: %s; }" % ("auto" if ax["split_rows"] else "avoid"))
    if ax["rules"] == "grid":
        css.append("td, th { border: 0.5pt solid black; }")
    elif ax["rules"] == "horizontal":
        css.append("td, th { border-bottom: 0.4pt solid #888; } table { border-top: 0.8pt "
                   "solid black; }")
    elif ax["rules"] == "zebra":
        css.append("table.fields td { border: 0.5pt solid black; }")
    body = []

    def runs_html(runs):
        out = []
        for text, st in runs:
            t = html.escape(text, quote=False)
            out.append("<b>%s</b>" % t if st == "b" else "<i>%s</i>" % t if st == "i" else t)
        return "".join(out)

    def paras_html(ps, tag="p"):
        return "".join('<%s class="%s">%s</%s>' % (tag, st, runs_html(r), tag) for st, r in ps)

    for b in blocks:
        if not isinstance(b, dict):
            st = b[0]
            tag = {"title": "h1", "h1": "h2", "h2": "h3", "h3": "h4", "h4": "h5"}.get(st, "p")
            body.append('<%s class="%s">%s</%s>' % (tag, st, runs_html(b[1]), tag))
            continue
        total = sum(w for _, w in b["cols"])
        pct = 100 if b["table"] == "indicators" else 80
        body.append('<table class="%s" style="width: %d%%">' % (b["table"], pct))
        body.append("<colgroup>%s</colgroup>" % "".join(
            '<col style="width: %.1f%%">' % (100 * w / total) for _, w in b["cols"]))
        rows = b["rows"]
        if rows and rows[0]["kind"] == "head" and ax["repeat_header"]:
            body.append("<thead>%s</thead>" % row_html(rows[0], paras_html))
            rows = rows[1:]
        body.append("<tbody>%s</tbody></table>" % "".join(row_html(r, paras_html) for r in rows))
    return ("<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>%s</title>"
            "<meta name='author' content='%s'><style>%s</style></head><body>%s</body></html>"
            % (TITLE, ENTE, "\n".join(css), "\n".join(body)))


def row_html(row, paras_html):
    cls = {"group": "group", "head": "head"}.get(row["kind"], "shade" if row.get("shade") else "")
    cells = []
    for c in row["cells"]:
        tag = "th" if c["head"] else "td"
        align = {"l": "left", "c": "center", "r": "right"}[c["align"]]
        cells.append('<%s colspan="%d" style="text-align: %s">%s</%s>'
                     % (tag, c["span"], align, paras_html(c["paras"], "div"), tag))
    return '<tr class="%s">%s</tr>' % (cls, "".join(cells))


def render_weasyprint(blocks, ax, out):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "relazione.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(to_html(blocks, ax))
        subprocess.run(["weasyprint", "-q", src, out], check=True)


# ---------------------------------------------------------------------------------------------
# LibreOffice from a DOCX written with python-docx

def write_docx(blocks, ax, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    w, h = paper(ax)
    sec.orientation = WD_ORIENT.LANDSCAPE if ax["orientation"] == "landscape" else \
        WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(w), Mm(h)
    m = Mm(ax["margin_mm"])
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = m
    sec.header_distance = sec.footer_distance = Mm(ax["margin_mm"] * 0.45)
    size = ax["size"]
    font = ax["font"]
    for st in doc.styles:
        try:
            st.font.name = font
            rpr = st.element.get_or_add_rPr()
            rpr.get_or_add_rFonts().set(qn("w:eastAsia"), font)
        except (AttributeError, ValueError):
            pass
    normal = doc.styles["Normal"]
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    head_text, foot = running_texts(ax)

    def page_field(p, instr):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        p._p.append(fld)

    if head_text:
        p = sec.header.paragraphs[0]
        p.text = head_text
        p.runs[0].font.size = Pt(size * 0.9)
    if foot:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if "pages" in foot:
            p.add_run("Pagina ")
            page_field(p, "PAGE")
            p.add_run(" di ")
            page_field(p, "NUMPAGES")
        else:
            page_field(p, "PAGE")

    def fill(p, st, runs, align="l"):
        p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                       "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        fmt = p.paragraph_format
        if st.startswith("h"):
            fmt.space_before = Pt(size * 0.8)
            fmt.space_after = Pt(size * 0.3)
            fmt.keep_with_next = True
        elif st in ("title", "subtitle", "body", "key"):
            fmt.space_after = Pt(size * 0.3)
            fmt.keep_with_next = st != "body"
        elif st == "desc":
            fmt.space_before = Pt(size * 0.25)
        for text, style in runs:
            r = p.add_run(text)
            r.font.size = Pt(size * SIZES[st])
            r.bold = style == "b" or st in ("title", "subtitle", "h1", "key", "head")
            r.italic = style == "i"

    def shade(c, color):
        tcpr = c._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), color)
        tcpr.append(shd)

    def borders(table, which):
        tblpr = table._tbl.tblPr
        el = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            b = OxmlElement("w:" + side)
            on = side in which
            b.set(qn("w:val"), "single" if on else "nil")
            if on:
                b.set(qn("w:sz"), "4")
                b.set(qn("w:color"), "000000" if side != "insideH" or "insideV" in which
                      else "888888")
            el.append(b)
        tblpr.append(el)

    text_width = w - 2 * ax["margin_mm"]
    for b in blocks:
        if not isinstance(b, dict):
            fill(doc.add_paragraph(), b[0], b[1])
            continue
        ncols = len(b["cols"])
        table = doc.add_table(rows=len(b["rows"]), cols=ncols)
        table.autofit = False
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        table._tbl.tblPr.append(layout)
        rules = ax["rules"]
        if rules == "grid" or (rules == "zebra" and b["table"] == "fields"):
            borders(table, ("top", "left", "bottom", "right", "insideH", "insideV"))
        elif rules == "horizontal":
            borders(table, ("top", "bottom", "insideH"))
        else:
            borders(table, ())
        total = sum(wt for _, wt in b["cols"])
        scale = text_width * (1 if b["table"] == "indicators" else 0.8)
        widths = [Mm(scale * wt / total) for _, wt in b["cols"]]
        for i, col in enumerate(table.columns):
            col.width = widths[i]
        for i, row in enumerate(b["rows"]):
            tr = table.rows[i]
            trpr = tr._tr.get_or_add_trPr()
            if row["kind"] == "head" and ax["repeat_header"]:
                trpr.append(OxmlElement("w:tblHeader"))
            if not ax["split_rows"]:
                trpr.append(OxmlElement("w:cantSplit"))
            col = 0
            for c in row["cells"]:
                dc = tr.cells[col]
                for k in range(ncols):
                    tr.cells[k].width = widths[k]
                if c["span"] > 1:
                    dc = dc.merge(tr.cells[col + c["span"] - 1])
                dc.vertical_alignment = (WD_ALIGN_VERTICAL.CENTER if ax["valign"] == "middle"
                                         else WD_ALIGN_VERTICAL.TOP)
                for j, (st, runs) in enumerate(c["paras"]):
                    p = dc.paragraphs[0] if j == 0 else dc.add_paragraph()
                    fill(p, st, runs, c["align"])
                if row["kind"] == "head":
                    shade(dc, "D9D9D9")
                elif row["kind"] == "group":
                    shade(dc, "F2F2F2")
                elif row.get("shade"):
                    shade(dc, "E8EDF3")
                col += c["span"]
        doc.add_paragraph()
    doc.core_properties.title = TITLE
    doc.core_properties.author = ENTE
    doc.save(path)


def soffice_convert(docx_paths, out_dir):
    """One LibreOffice, a private profile, all the DOCX at once."""
    profile = tempfile.mkdtemp(prefix="lo-%d-" % os.getpid())
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", out_dir] + docx_paths, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def render_libreoffice(blocks, ax, out):
    with tempfile.TemporaryDirectory() as tmp:
        stem = os.path.splitext(os.path.basename(out))[0]
        src = os.path.join(tmp, stem + ".docx")
        write_docx(blocks, ax, src)
        soffice_convert([src], tmp)
        shutil.move(os.path.join(tmp, stem + ".pdf"), out)


# ---------------------------------------------------------------------------------------------
# groff -ms with tbl

def roff_text(text):
    text = text.replace("\\", "\\e").replace("\u00a0", "\\~").replace("'", "\\(aq")
    text = text.replace("≥", "\\[>=]").replace("≤", "\\[<=]")
    return text


def roff_runs(runs):
    out = []
    for text, st in runs:
        t = roff_text(text)
        out.append("\\fB%s\\fP" % t if st == "b" else "\\fI%s\\fP" % t if st == "i" else t)
    s = "".join(out)
    return "\\&" + s if s[:1] in (".", "'") else s


def to_roff(blocks, ax):
    fam = {"Times": "T", "Helvetica": "H", "Helvetica Narrow": "HN"}[ax["font"]]
    size = ax["size"]
    w, h = paper(ax)
    margin = ax["margin_mm"]
    head_text, foot = running_texts(ax)
    lines = [".nr HY 0", ".hy 0", ".nh", ".nr PS %sp" % size, ".nr VS %.1fp" % (size * 1.22), ".nr PD 0.2v",
             ".fam %s" % fam, ".ds FAM %s" % fam,
             ".nr PO %.1fc" % (margin / 10), ".nr LL %.1fc" % ((w - 2 * margin) / 10),
             ".nr HM %.1fc" % (margin / 10), ".nr FM %.1fc" % (margin / 10),
             ".pl %.1fc" % (h / 10),
             '.ds LH %s' % (roff_text(head_text) if head_text else ""), ".ds CH", ".ds RH",
             ".ds LF", ".ds CF"]
    if foot:
        lines.append(".ds RF %s" % ("Pagina %" if "pages" in foot else "%"))
    else:
        lines.append(".ds RF")
    lines += [".pdfinfo /Title %s" % TITLE, ".pdfinfo /Author %s" % ENTE]

    def heading(st, runs):
        factor = SIZES[st]
        out = []
        if st.startswith("h") or st in ("title", "subtitle"):
            out.append(".sp 0.5v")
            out.append(".ne 4v")
        out.append(".LP")
        out.append(".ps %.1f" % (size * factor))
        out.append(".vs %.1f" % (size * factor * 1.22))
        bold = st in ("title", "subtitle", "h1", "key")
        text = roff_runs(runs)
        out.append("\\fB%s\\fP" % text if bold else text)
        out.append(".ps %s" % size)
        out.append(".vs %.1f" % (size * 1.22))
        return out

    for b in blocks:
        if not isinstance(b, dict):
            lines += heading(b[0], b[1])
            continue
        total = sum(wt for _, wt in b["cols"])
        scale = (w - 2 * margin) * (1 if b["table"] == "indicators" else 0.8)
        # tbl: widths exclude the column gap (1n, about 0.5em); leave room for it
        gap = size * 0.5 * 0.3528 * 2  # mm per column
        widths = [max(4, scale * wt / total - gap - 1) for _, wt in b["cols"]]
        rules = ax["rules"]
        opts = ["tab(\t)"]
        if rules == "grid":
            opts.append("allbox")
        elif rules == "horizontal":
            opts.append("box")  # top and bottom; rows ruled below
        lines.append(".sp 0.3v")
        rows = b["rows"]
        has_head = rows and rows[0]["kind"] == "head"
        # Always ".TS H": tbl sets a table without it as one block, and a boxed one longer than
        # a page (the whole section in one table, "box" or "allbox") came out empty. A table
        # whose header does not repeat gets an empty ".TH" right after its format.
        repeats = has_head and ax["repeat_header"]
        lines.append(".TS H")
        lines.append(" ".join(opts) + ";")
        vt = "" if ax["valign"] == "middle" else "t"

        def fmt(row):
            spec = []
            for k, c in enumerate(row["cells"]):
                a = {"l": "l", "c": "c", "r": "r"}[c["align"]]
                col_index = sum(x["span"] for x in row["cells"][:k])
                spec.append("%s%sw(%.1fp)" % (a, vt, 2.835 * (
                    widths[col_index] if c["span"] == 1
                    else sum(widths[col_index:col_index + c["span"]]) + gap * (c["span"] - 1))))
                if row["kind"] == "head":
                    spec[-1] += "b"
                spec += ["s"] * (c["span"] - 1)
            return " ".join(spec)

        prev = None
        for i, row in enumerate(rows):
            f = fmt(row)
            if prev is None:
                lines.append(f + ".")
                if not repeats:
                    lines.append(".TH")
            elif f != prev:
                lines.append(".T&")
                lines.append(f + ".")
            prev = f
            cells = []
            for c in row["cells"]:
                parts = []
                for j, (st, runs) in enumerate(c["paras"]):
                    if st == "desc" and j > 0:
                        parts.append(".sp 0.25v")
                    elif j > 0:
                        parts.append(".br")
                    parts.append(roff_runs(runs) if st != "head" else roff_text(
                        "".join(t for t, _ in runs)))
                cells.append("T{\n%s\nT}" % "\n".join(parts))
            lines.append("\t".join(cells))
            if repeats and i == 0:
                lines.append(".TH")
            if rules == "horizontal" and i < len(rows) - 1:
                lines.append("_")
        lines.append(".TE")
    return "\n".join(lines) + "\n"


def render_groff(blocks, ax, out):
    src = to_roff(blocks, ax)
    args = ["groff", "-K", "utf8", "-ms", "-t", "-Tpdf", "-P-pa4"]
    if ax["orientation"] == "landscape":
        args.append("-P-l")
    with open(out, "wb") as f:
        done = subprocess.run(args, input=src.encode("utf-8"), stdout=f,
                              stderr=subprocess.PIPE, check=False)
    if done.returncode != 0:
        raise SystemExit("groff: %s" % done.stderr.decode())


RENDERERS = {"reportlab": render_reportlab, "weasyprint": render_weasyprint,
             "libreoffice": render_libreoffice, "groff": render_groff}


def render(seed, out, producer=None):
    ax = choose(seed, producer)
    RENDERERS[ax["producer"]](build(ax), ax, out)
    return ax


def describe(ax):
    return " ".join("%s=%s" % (k, ax[k]) for k in ["producer"] + [a for a, _ in AXES])


def load_matrix():
    with open(os.path.join(HERE, "matrix.json"), encoding="utf-8") as f:
        return json.load(f)


def render_matrix(out_dir, only=None):
    """The renderings of matrix.json into out_dir/NAME.pdf; the DOCX of LibreOffice converted by
    one soffice run."""
    os.makedirs(out_dir, exist_ok=True)
    docx = []
    tmp = tempfile.mkdtemp(prefix="gen-rel-")
    try:
        for entry in load_matrix():
            if only and entry["name"] != only:
                continue
            out = os.path.join(out_dir, entry["name"] + ".pdf")
            ax = choose(entry["seed"], entry["producer"])
            print("%s (seed %d): %s" % (entry["name"], entry["seed"], describe(ax)))
            if ax["producer"] == "libreoffice":
                src = os.path.join(tmp, entry["name"] + ".docx")
                write_docx(build(ax), ax, src)
                docx.append(src)
            else:
                RENDERERS[ax["producer"]](build(ax), ax, out)
        if docx:
            soffice_convert(docx, tmp)
            for src in docx:
                stem = os.path.splitext(os.path.basename(src))[0]
                shutil.move(os.path.join(tmp, stem + ".pdf"), os.path.join(out_dir, stem + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--producer", choices=PRODUCERS)
    ap.add_argument("--describe", action="store_true")
    ap.add_argument("--matrix", action="store_true")
    ap.add_argument("--out-dir")
    ap.add_argument("--only")
    ap.add_argument("--folder", default="",
                    help="the content's folder under samples/relazione2025 (completa: the "
                         "whole section 3.1)")
    a = ap.parse_args()
    global SAMPLE
    SAMPLE = os.path.join(SOURCE, "samples", "relazione2025", a.folder)
    if a.matrix:
        if not a.out_dir:
            ap.error("--matrix needs --out-dir")
        render_matrix(a.out_dir, a.only)
        return
    if a.seed is None:
        ap.error("--seed N (or --matrix)")
    ax = choose(a.seed, a.producer)
    if a.describe:
        print("seed %d: %s" % (a.seed, describe(ax)))
    if a.out:
        RENDERERS[ax["producer"]](build(ax), ax, a.out)
    elif not a.describe:
        ap.error("--out FILE.pdf")


if __name__ == "__main__":
    main()
