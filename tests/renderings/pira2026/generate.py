#!/usr/bin/python3
"""Renderings of the PIRA 2026 of the Camera di Commercio di Pistoia-Prato made "by other hands".

The content is the transcription under samples/pira2026/ (indicatori.csv: the 112 indicators of the
18 objectives; obiettivi.csv: each objective's description). This script lays it out the way other
offices would, along independent axes picked from a seed with random.Random(seed), and prints it
to PDF with one of three producers found in Debian:

  reportlab    Platypus tables (python3-reportlab)
  weasyprint   HTML + CSS written here, printed by the `weasyprint` command
  docx         a Word document written with python3-docx, printed by LibreOffice (soffice)

It knows nothing of pira's extractor: the layouts come from the content alone.

  generate.py --seed N --out FILE.pdf [--producer P] [--describe]
  generate.py --describe --seed N             (print the axes chosen for a seed)
  generate.py --matrix --out-dir DIR [--only NAME]   (the fixed matrix of matrix.json)
"""
import argparse
import csv
import fcntl
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
SOURCE = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SAMPLE = os.path.join(SOURCE, "samples", "pira2026")
PRODUCERS = ("reportlab", "weasyprint", "docx")

# Fonts: reportlab's own Type 1 fonts exist only there; the TrueType ones everywhere.
STD_FONTS = ("Helvetica", "Times")
TTF_FONTS = ("DejaVu Sans", "DejaVu Serif", "DejaVu Sans Condensed", "Liberation Sans",
             "Liberation Serif", "Liberation Sans Narrow")

# Every axis and its values. A rendering takes one value of each (see choose()).
AXES = {
    "fields": ("inline", "grid", "stacked"),          # block fields: "Key: value" / key|value / key above value
    "keys": ("seed", "short", "long"),               # wording of the block's keys
    "key_bold": (False, True),
    "code": ("seed", "own", "in_name"),              # objective code: as the seed / always "Codice:" / inside the name
    "block_order": ("seed", "fields_first"),         # seed: description between the codes and the resources
    "name_desc": ("bold", "italic", "lines", "runon", "columns"),
    "comparator": ("space", "tight", "column", "header"),   # ">= 80%" / ">=80%" / own cell / "Target 2026 (>=)"
    "op_style": ("ascii", "unicode"),                # ">=" or "≥"
    "op_years": ("first", "all"),                    # glued comparator on the 2026 target only / on each year
    "op_header": ("span", "empty", "label"),         # with its own cell: "Target 2026" spans both / empty / "Op."
    "header_words": ("seed", "abbrev", "long"),
    "header_wrap": (False, True),
    "col_order": ("seed", "weight_after_unit", "type_unit_last"),
    "font": STD_FONTS + TTF_FONTS,
    "size": (6, 7, 7.5, 8, 9, 10),
    "orientation": ("portrait", "landscape"),
    "margins": (10, 18, 25),                         # mm
    "widths": ("balanced", "wide_name", "narrow_name"),
    "rules": ("grid", "none", "zebra", "horizontal"),
    "repeat_header": (True, False),
    "row_split": (True, False),                      # rows may be cut by a page break
    "running": ("none", "header", "footer", "both"),  # running header text / page numbers
    "page_per_objective": (False, True),
    "thousands": (".", "", " "),                     # 10.588.411 / 10588411 / 10 588 411
    "pct_space": (False, True),                      # 80% / 80 %
    "euro": ("after", "before"),                     # 45.500,00 € / € 45.500,00
    "intro": (True, False),                          # the plan's opening pages before the objectives
}

NBSP = "\u00a0"

INTRO = [
    ("title", "IL PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO 2026"),
    ("heading", "PREMESSA"),
    ("para", "Il Piano degli indicatori e dei risultati attesi di bilancio è il documento che "
             "illustra gli obiettivi della spesa, misura i risultati e monitora l'effettivo andamento "
             "in termini di servizi forniti e di interventi realizzati. Viene redatto contestualmente "
             "al bilancio di previsione ed al bilancio consuntivo."),
    ("para", "L'art. 19, comma 2, del d. lgs. 91/2011 ha disposto l'inserimento nel Piano delle "
             "informazioni sintetiche relative ai principali obiettivi da realizzare, con riferimento a "
             "ciascun programma di spesa del bilancio per il triennio della programmazione finanziaria, "
             "e degli indicatori individuati per quantificare tali obiettivi nonché la misurazione "
             "annuale degli stessi indicatori per monitorare i risultati conseguiti."),
    ("para", "Per le Camere di Commercio, il Decreto del Ministero dell'economia e delle Finanze 27 "
             "marzo 2013 – istruzioni applicative – budget economico delle amministrazioni in "
             "contabilità economica, ha individuato le seguenti missioni:"),
    ("bullet", "Missione 011 – “Competitività e sviluppo delle imprese”;"),
    ("bullet", "Missione 012 – “Regolazione del mercato”;"),
    ("bullet", "Missione 016 – “Commercio internazionale ed internazionalizzazione del sistema "
               "produttivo”;"),
    ("bullet", "Missione 032 – “Servizi istituzionali e generali delle amministrazioni pubbliche”;"),
    ("bullet", "Missione 033 – “Fondi da ripartire”"),
    ("heading", "La programmazione 2026"),
    ("para", "Il Programma pluriennale per il periodo 2021-2025 rappresenta il quadro di riferimento "
             "cui si ispirerà l'intero processo di programmazione; in esso gli amministratori camerali "
             "stabiliscono le priorità di intervento, ovvero gli ambiti sui quali si intende "
             "focalizzare l'azione politica dell'Ente e gli obiettivi strategici."),
    ("para", "Nel proprio Programma Pluriennale la Camera di Pistoia – Prato ha individuato tre ambiti "
             "strategici:"),
    ("bullet", "AMBITO STRATEGICO 1 - Promozione e sostegno allo sviluppo e alla competitività del "
               "territorio e del sistema delle imprese"),
    ("bullet", "AMBITO STRATEGICO 2 - Semplificazione amministrativa ed e-government"),
    ("bullet", "AMBITO STRATEGICO 3 - Ottimizzazione della struttura, dell'organizzazione e delle "
               "risorse"),
    ("para", "Di seguito si riportano i progetti che la Camera intende realizzare nel 2026 e la loro "
             "classificazione per Missioni e Programmi."),
]
RUNNING_TEXT = ("Camera di Commercio di Pistoia-Prato – Piano degli indicatori e dei risultati attesi "
                "di bilancio 2026")

KEYS = {
    "seed": {"mission": "D.M. 27/03/2013 Missione", "programme": "D.M. 27/03/2013 Programma",
             "strategic": "Ambito strategico CCIAA PT-PO", "name": "Obiettivo", "code": "Codice",
             "resources": "Risorse economiche", "units": "Unità organizzative coinvolte",
             "department": "Area di responsabilità", "office": "Ufficio",
             "description": "Descrizione"},
    "short": {"mission": "Missione", "programme": "Programma", "strategic": "Ambito strategico",
              "name": "Obiettivo", "code": "Cod.", "resources": "Risorse",
              "units": "Unità organizzative", "department": "Area", "office": "Ufficio",
              "description": "Descrizione"},
    "long": {"mission": "Missione (D.M. 27/03/2013)", "programme": "Programma (D.M. 27/03/2013)",
             "strategic": "Ambito strategico CCIAA Pistoia-Prato", "name": "Obiettivo operativo",
             "code": "Codice obiettivo", "resources": "Risorse economiche assegnate",
             "units": "Unità organizzative coinvolte", "department": "Area di responsabilità",
             "office": "Ufficio responsabile", "description": "Descrizione dell'obiettivo"},
}

HEADERS = {
    "seed": {"name": "Indicatori", "namedesc": "Indicatori", "desc": "Descrizione",
             "type": "Tipologia", "unit": "UdM", "base": "Stato 2025", "op": "",
             "t2026": "Target 2026", "t2027": "Target 2027", "t2028": "Target 2028",
             "weight": "Peso indicatori"},
    "abbrev": {"name": "Indicatore", "namedesc": "Indicatore", "desc": "Descr.", "type": "Tip.",
               "unit": "U.d.M.", "base": "Stato 2025", "op": "Op.", "t2026": "Target 2026",
               "t2027": "Target 2027", "t2028": "Target 2028", "weight": "Peso"},
    "long": {"name": "Denominazione indicatore", "namedesc": "Indicatore e modalità di calcolo",
             "desc": "Modalità di calcolo", "type": "Tipologia indicatore",
             "unit": "Unità di misura", "base": "Baseline 2025", "op": "Operatore",
             "t2026": "Target 2026", "t2027": "Target 2027", "t2028": "Target 2028",
             "weight": "Peso dell'indicatore"},
}
# Where a header label breaks when header_wrap is on.
WRAPS = {"Stato 2025": "Stato\n2025", "Target 2026": "Target\n2026", "Target 2027": "Target\n2027",
         "Target 2028": "Target\n2028", "Peso indicatori": "Peso\nindicatori",
         "Baseline 2025": "Baseline\n2025", "Tipologia indicatore": "Tipologia\nindicatore",
         "Unità di misura": "Unità di\nmisura", "Peso dell'indicatore": "Peso\ndell'indicatore",
         "Denominazione indicatore": "Denominazione\nindicatore",
         "Indicatore e modalità di calcolo": "Indicatore e\nmodalità di calcolo",
         "Modalità di calcolo": "Modalità\ndi calcolo"}
WIDTHS = {"name": 3.2, "namedesc": 6.0, "desc": 4.0, "type": 1.9, "unit": 1.1, "base": 1.7,
          "op": 0.7, "t2026": 1.6, "t2027": 1.6, "t2028": 1.6, "weight": 1.45}
OPS_UNICODE = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<"}


# ----------------------------------------------------------------------------- the content

def load_content():
    with open(os.path.join(SAMPLE, "indicatori.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    with open(os.path.join(SAMPLE, "obiettivi.csv"), encoding="utf-8") as f:
        descriptions = {r["objective_code"]: r["description"]
                        for r in csv.DictReader(f, delimiter=";")}
    objectives = []
    for r in rows:
        key = (r["objective_code"], r["objective_name"], r["mission"], r["office"])
        if not objectives or objectives[-1]["key"] != key:
            objectives.append({"key": key, "first": r, "rows": [],
                               "description": descriptions.get(r["objective_code"], "")})
        objectives[-1]["rows"].append(r)
    return objectives


# ----------------------------------------------------------------------------- the axes

def parse_value(name, text):
    """A value of an axis given on the command line (--set AXIS=VALUE)."""
    for v in AXES[name]:
        if str(v) == text:
            return v
    raise SystemExit("axis %s has no value %r (values: %s)" % (name, text,
                                                               ", ".join(map(str, AXES[name]))))


def choose(seed, producer=None, overrides=None):
    rng = random.Random(seed)
    axes = {}
    picked = rng.choice(PRODUCERS)
    axes["producer"] = producer or picked
    for name, values in AXES.items():
        axes[name] = rng.choice(values)
    # reportlab's own fonts have no "≥": such a document keeps the ASCII comparators.
    if axes["font"] in STD_FONTS and axes["producer"] != "reportlab":
        axes["font"] = TTF_FONTS[STD_FONTS.index(axes["font"])]   # Helvetica-like / Times-like
    if axes["font"] in STD_FONTS:
        axes["op_style"] = "ascii"
    axes["jitter"] = [round(rng.uniform(0.9, 1.1), 3) for _ in range(12)]
    for name, value in (overrides or {}).items():   # for diagnosis only: not in the matrix
        axes[name] = value
    return axes


# ----------------------------------------------------------------------------- value forms

def number_form(text, axes):
    """An Italian number or amount written with the chosen thousands separator and % spacing."""
    sep = {".": ".", "": "", " ": NBSP}[axes["thousands"]]

    def group(m):
        return m.group(0).replace(".", sep)
    text = re.sub(r"(?<![\d.,/])-?\d{1,3}(?:\.\d{3})+(?=,\d|\b(?![./]\d))", group, text)
    if axes["pct_space"]:
        text = re.sub(r"(?<=\d)%", NBSP + "%", text)
    return text


def split_op(text):
    m = re.match(r"\s*(>=|<=|=|>|<)\s*(.*)", text)
    return (m.group(1), m.group(2)) if m else ("", text)


def op_form(op, axes):
    return OPS_UNICODE[op] if axes["op_style"] == "unicode" else op


def glue(op, value, axes):
    if not op:
        return value
    op = op_form(op, axes)
    return op + ("" if axes["comparator"] == "tight" else " ") + value


def is_value(text):
    """A number or a date (which a comparator can stand before), not n.d./si/no/words."""
    t = text.strip()
    return bool(re.fullmatch(r"-?[\d.,\s\u00a0]+%?|\d\d[/.]\d\d[/.]\d{4}", t)) and t != ""


# ----------------------------------------------------------------------------- the document

def R(text, style=""):
    """A run of a cell: (text, style), style in '', 'b', 'i'; '\n' in text breaks the line."""
    return (text, style)


def columns_for(axes):
    nd = ["name", "desc"] if axes["name_desc"] == "columns" else ["namedesc"]
    targets = (["op"] if axes["comparator"] == "column" else []) + ["t2026", "t2027", "t2028"]
    order = axes["col_order"]
    if order == "seed":
        return nd + ["type", "unit", "base"] + targets + ["weight"]
    if order == "weight_after_unit":
        return nd + ["type", "unit", "weight", "base"] + targets
    return nd + ["base"] + targets + ["type", "unit", "weight"]


def build_table(obj, axes):
    cols = columns_for(axes)
    words = HEADERS[axes["header_words"]]
    rows = obj["rows"]
    ops = [split_op(r["target_2026"])[0] for r in rows]
    shared = ops[0] if ops and ops[0] and all(o == ops[0] for o in ops) else ""
    comparator = axes["comparator"]
    if comparator == "header" and not shared:
        comparator = "space"          # the header can hold it only when every row shares it
    header = []
    for c in cols:
        label = words[c]
        if c == "t2026" and comparator == "header":
            label += " (%s)" % op_form(shared, axes)
        if axes["header_wrap"]:
            label = WRAPS.get(label, label)
        header.append(label)
    span = None
    if "op" in cols:
        i = cols.index("op")
        if axes["op_header"] == "span":
            header[i] = header[i + 1]
            header[i + 1] = ""
            span = (i, i + 1)
        elif axes["op_header"] == "empty":
            header[i] = ""
    body = []
    for r in rows:
        op26, v26 = split_op(r["target_2026"])
        cells = {}
        name, desc = r["indicator_name"], r["description"]
        mode = axes["name_desc"]
        if mode == "columns":
            cells["name"], cells["desc"] = [R(name)], [R(desc)]
        elif mode == "bold":
            cells["namedesc"] = [R(name, "b"), R(" " + desc)]
        elif mode == "italic":
            cells["namedesc"] = [R(name + " "), R(desc, "i")]
        elif mode == "lines":
            cells["namedesc"] = [R(name + "\n" + desc)]
        else:
            cells["namedesc"] = [R(name + " " + desc)]
        cells["type"] = [R(r["type"])]
        cells["unit"] = [R(r["unit"])]
        cells["base"] = [R(number_form(r["baseline"], axes))]
        cells["weight"] = [R(number_form(r["weight"], axes))]
        v26f = number_form(v26, axes)
        if comparator == "column":
            cells["op"] = [R(op_form(op26, axes) if op26 else "")]
            cells["t2026"] = [R(v26f)]
        elif comparator == "header":
            cells["t2026"] = [R(v26f)]
        else:
            cells["t2026"] = [R(glue(op26, v26f, dict(axes, comparator=comparator)))]
        for year in (2027, 2028):
            text = r["target_%d" % year]
            op, value = split_op(text)
            value = number_form(value, axes)
            if (not op and op26 and axes["op_years"] == "all" and comparator in ("space", "tight")
                    and is_value(text)):
                op = op26
            cells["t%d" % year] = [R(glue(op, value, dict(axes, comparator=comparator))
                                     if op else value)]
        body.append([cells[c] for c in cols])
    jit = axes["jitter"]
    widths = []
    for i, c in enumerate(cols):
        w = WIDTHS[c] * jit[i]
        if c in ("name", "namedesc", "desc"):
            w *= {"balanced": 1.0, "wide_name": 1.35, "narrow_name": 0.7}[axes["widths"]]
        widths.append(w)
    total = sum(widths)
    widths, rest = fit_widths(cols, header, body, [w / total for w in widths], axes)
    return {"cols": cols, "header": header, "span": span, "body": body,
            "widths": widths, "comparator": comparator, "rest": rest}


def frame_points(axes):
    page = 297 if axes["orientation"] == "landscape" else 210
    return (page - 2 * axes["margins"]) / 25.4 * 72


_MEASURED = {}


def measure(word, axes, bold=False, size=None):
    """Width in points of a word in the rendering's font (reportlab's metrics)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = axes["font"]
    if font in STD_FONTS:
        name = {"Helvetica": ("Helvetica", "Helvetica-Bold"),
                "Times": ("Times-Roman", "Times-Bold")}[font][bold]
    else:
        name = "m-" + font.replace(" ", "") + ("-B" if bold else "")
        if name not in _MEASURED:
            pdfmetrics.registerFont(TTFont(name, ttf_files(font)[1 if bold else 0]))
            _MEASURED[name] = True
    return pdfmetrics.stringWidth(word, name, size or axes["table_size"])


def fit_widths(cols, header, body, widths, axes):
    """Widen the short columns so that no value, and no word of a header, has to be cut
    inside a word (an office would widen them too); the indicator columns give the room."""
    frame = frame_points(axes)
    pad = 12 if axes["producer"] == "docx" else 7
    need = []
    for i, c in enumerate(cols):
        words = [w for h in header[i].split("\n") for w in h.split()]
        m = max([measure(w, axes, True) for w in words] or [0])
        for row in body:
            text = "".join(r[0] for r in row[i])
            # a value is kept whole (its comparator may go on the line above)
            parts = text.split() if c in ("name", "desc", "namedesc") else [text] if len(text) < 14 \
                else text.split()
            m = max([m] + [measure(p, axes, True) * 1.02 for p in parts])
        need.append((m + pad) / frame)
    flexible = [i for i, c in enumerate(cols) if c in ("name", "desc", "namedesc")]
    out = list(widths)
    for i in range(len(cols)):
        if i not in flexible:
            out[i] = max(out[i], need[i])
    rest = 1 - sum(out[i] for i in range(len(cols)) if i not in flexible)
    old = sum(widths[i] for i in flexible)
    if rest < 0.25:      # too tight: the short columns shrink together
        out = [w * 0.75 / (1 - rest) if i not in flexible else w for i, w in enumerate(out)]
        return [w if i not in flexible else widths[i] / old * 0.25 for i, w in enumerate(out)], rest
    for i in flexible:
        out[i] = widths[i] / old * rest
    return out, rest


def fields_of(obj, axes, which):
    r = obj["first"]
    k = KEYS[axes["keys"]]
    code_in_name = {"seed": r["code_in_name"] == "si", "own": False,
                    "in_name": True}[axes["code"]]
    if which == "head":
        name = r["objective_name"]
        out = [(k["mission"], r["mission"]), (k["programme"], r["programme"]),
               (k["strategic"], r["strategic_objective"])]
        if code_in_name:
            out.append((k["name"], r["objective_code"] + " " + name))
        else:
            out += [(k["name"], name), (k["code"], r["objective_code"])]
        return out
    if which == "resources":
        res = r["resources_eur"]
        if "€" in res:
            amount = number_form(res.replace("€", "").strip(), axes)
            res = ("€ " + amount) if axes["euro"] == "before" else (amount + " €")
        return [(k["resources"], res)]
    return [(k["department"], r["department"]), (k["office"], r["office"])]


def build_document(axes):
    """The document as a list of elements, the same for every producer."""
    k = KEYS[axes["keys"]]
    doc = []
    if axes["intro"]:
        doc += list(INTRO)
        doc.append(("pagebreak",))
    objectives = load_content()
    for n, obj in enumerate(objectives):
        if n and axes["page_per_objective"]:
            doc.append(("pagebreak",))
        elif n:
            doc.append(("space",))
        paras = [p.strip() for p in obj["description"].split("\n") if p.strip()]
        desc = [("label", k["description"] + ":")] + [
            ("bullet", p[2:]) if p.startswith("- ") else ("para", p) for p in paras]
        if axes["block_order"] == "seed":
            doc.append(("fields", fields_of(obj, axes, "head")))
            doc += desc
            doc.append(("fields", fields_of(obj, axes, "resources")))
            doc.append(("label", k["units"] + ":"))
            doc.append(("fields", fields_of(obj, axes, "units")))
        else:
            doc.append(("fields", fields_of(obj, axes, "head") + fields_of(obj, axes, "resources")
                        + fields_of(obj, axes, "units")))
            doc += desc
        doc.append(("table", obj))
    # The tables' type size: the body's, or smaller until every table leaves its indicator
    # columns a fair share of the width, as one does when a table does not fit the page.
    size = axes["size"]
    while True:
        axes["table_size"] = size
        tables = [build_table(el[1], axes) for el in doc if el[0] == "table"]
        if size <= 6 or min(t["rest"] for t in tables) >= 0.3:
            break
        size -= 0.5
    tables = iter(tables)
    return [("table", next(tables)) if el[0] == "table" else el for el in doc]


# ----------------------------------------------------------------------------- reportlab

def render_reportlab(doc, axes, out):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    from reportlab.lib.fonts import addMapping

    font = axes["font"]
    if font == "Helvetica":
        regular, bold, italic = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    elif font == "Times":
        regular, bold, italic = "Times-Roman", "Times-Bold", "Times-Italic"
    else:
        files = ttf_files(font)
        tag = font.replace(" ", "")
        regular, bold, italic, bi = tag, tag + "-Bold", tag + "-Italic", tag + "-BoldItalic"
        for name, path in zip((regular, bold, italic, bi), files):
            pdfmetrics.registerFont(TTFont(name, path))
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, italic)
        addMapping(regular, 1, 1, bi)
    size = axes["size"]
    body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=size * 1.22,
                          spaceAfter=size * 0.5)
    cell = ParagraphStyle("cell", parent=body, spaceAfter=0)
    tsize = axes["table_size"]
    tcell = ParagraphStyle("tcell", parent=cell, fontSize=tsize, leading=tsize * 1.2)
    head = ParagraphStyle("head", parent=tcell, fontName=bold)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=size + 4,
                           leading=(size + 4) * 1.3, spaceAfter=size, alignment=1)
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=size + 1.5,
                             leading=(size + 1.5) * 1.3, spaceBefore=size * 0.6)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=size * 1.6, bulletIndent=size * 0.4)

    def runs(cellruns):
        out = []
        for text, style in cellruns:
            t = html.escape(text, quote=False).replace("\n", "<br/>")
            out.append("<%s>%s</%s>" % (style, t, style) if style else t)
        return "".join(out)

    pagesize = landscape(A4) if axes["orientation"] == "landscape" else A4
    margin = axes["margins"] * mm
    frame_width = pagesize[0] - 2 * margin
    story = []
    for el in doc:
        kind = el[0]
        if kind == "title":
            story.append(Paragraph(html.escape(el[1]), title))
        elif kind == "heading":
            story.append(Paragraph(html.escape(el[1]), heading))
        elif kind == "para":
            story.append(Paragraph(html.escape(el[1]), body))
        elif kind == "bullet":
            story.append(Paragraph(html.escape(el[1]), bullet, bulletText="–"))
        elif kind == "label":
            story.append(Paragraph("<b>%s</b>" % html.escape(el[1]), body))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "space":
            story.append(Spacer(1, size * 2))
        elif kind == "fields":
            story += rl_fields(el[1], axes, body, cell, Paragraph, Table, TableStyle, colors,
                               frame_width)
        elif kind == "table":
            t = el[1]
            data = [[Paragraph(html.escape(h).replace("\n", "<br/>"), head) for h in t["header"]]]
            data += [[Paragraph(runs(c), tcell) for c in row] for row in t["body"]]
            table = Table(data, colWidths=[w * frame_width for w in t["widths"]],
                          repeatRows=1 if axes["repeat_header"] else 0,
                          splitInRow=1 if axes["row_split"] else 0, hAlign="LEFT")
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                     ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if t["span"]:
                style.append(("SPAN", (t["span"][0], 0), (t["span"][1], 0)))
            rules = axes["rules"]
            if rules == "grid":
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            elif rules == "horizontal":
                style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                          ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]
            elif rules == "zebra":
                style += [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.8, 0.85, 0.92)),
                          ("ROWBACKGROUNDS", (0, 1), (-1, -1),
                           [colors.white, colors.Color(0.93, 0.93, 0.93)])]
            table.setStyle(TableStyle(style))
            story.append(Spacer(1, size * 0.6))
            story.append(table)

    def on_page(canvas, document):
        canvas.saveState()
        canvas.setFont(regular, max(size - 1, 6))
        w, h = pagesize
        if axes["running"] in ("header", "both"):
            canvas.drawString(margin, h - margin * 0.6, RUNNING_TEXT)
            canvas.setLineWidth(0.3)
            canvas.line(margin, h - margin * 0.6 - 3, w - margin, h - margin * 0.6 - 3)
        if axes["running"] in ("footer", "both"):
            canvas.drawRightString(w - margin, margin * 0.5, "Pagina %d" % document.page)
        canvas.restoreState()

    document = SimpleDocTemplate(out, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin,
                                 title="Piano degli indicatori e dei risultati attesi di bilancio 2026",
                                 author="CCIAA Pistoia-Prato")
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)


def rl_fields(fields, axes, body, cell, Paragraph, Table, TableStyle, colors, frame_width):
    def key(k, colon=True):
        k = html.escape(k) + (":" if colon else "")
        return "<b>%s</b>" % k if axes["key_bold"] else k
    if axes["fields"] == "inline":
        return [Paragraph("%s %s" % (key(k), html.escape(v)), body) for k, v in fields]
    if axes["fields"] == "stacked":
        out = []
        for k, v in fields:
            out.append(Paragraph(key(k), cell))
            out.append(Paragraph(html.escape(v) or "&nbsp;", body))
        return out
    data = [[Paragraph(key(k, False), cell), Paragraph(html.escape(v), cell)] for k, v in fields]
    t = Table(data, colWidths=[frame_width * 0.28, frame_width * 0.72], hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if axes["rules"] in ("grid", "horizontal"):
        style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    t.setStyle(TableStyle(style))
    return [t]


def ttf_files(font):
    d = "/usr/share/fonts/truetype/"
    table = {
        "DejaVu Sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
                        "dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSans-BoldOblique.ttf"),
        "DejaVu Serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
                         "dejavu/DejaVuSerif-Italic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"),
        "DejaVu Sans Condensed": ("dejavu/DejaVuSansCondensed.ttf",
                                  "dejavu/DejaVuSansCondensed-Bold.ttf",
                                  "dejavu/DejaVuSansCondensed-Oblique.ttf",
                                  "dejavu/DejaVuSansCondensed-BoldOblique.ttf"),
        "Liberation Sans": ("liberation/LiberationSans-Regular.ttf",
                            "liberation/LiberationSans-Bold.ttf",
                            "liberation/LiberationSans-Italic.ttf",
                            "liberation/LiberationSans-BoldItalic.ttf"),
        "Liberation Serif": ("liberation/LiberationSerif-Regular.ttf",
                             "liberation/LiberationSerif-Bold.ttf",
                             "liberation/LiberationSerif-Italic.ttf",
                             "liberation/LiberationSerif-BoldItalic.ttf"),
        "Liberation Sans Narrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                                   "liberation/LiberationSansNarrow-Bold.ttf",
                                   "liberation/LiberationSansNarrow-Italic.ttf",
                                   "liberation/LiberationSansNarrow-BoldItalic.ttf"),
    }
    return [d + f for f in table[font]]


# ----------------------------------------------------------------------------- WeasyPrint

def render_weasyprint(doc, axes, out):
    e = html.escape
    size = axes["size"]
    parts = []

    def runs(cellruns):
        s = []
        for text, style in cellruns:
            t = e(text).replace("\n", "<br>")
            s.append("<%s>%s</%s>" % (style, t, style) if style else t)
        return "".join(s)

    def key(k, colon=True):
        k = e(k) + (":" if colon else "")
        return "<b>%s</b>" % k if axes["key_bold"] else k

    list_open = False
    for el in doc:
        kind = el[0]
        if kind != "bullet" and list_open:
            parts.append("</ul>")
            list_open = False
        if kind == "title":
            parts.append("<h1>%s</h1>" % e(el[1]))
        elif kind == "heading":
            parts.append("<h2>%s</h2>" % e(el[1]))
        elif kind == "para":
            parts.append("<p>%s</p>" % e(el[1]))
        elif kind == "bullet":
            if not list_open:
                parts.append("<ul>")
                list_open = True
            parts.append("<li>%s</li>" % e(el[1]))
        elif kind == "label":
            parts.append('<p class="label"><b>%s</b></p>' % e(el[1]))
        elif kind == "pagebreak":
            parts.append('<div class="pb"></div>')
        elif kind == "space":
            parts.append('<div class="sp"></div>')
        elif kind == "fields":
            if axes["fields"] == "inline":
                parts += ['<p class="f">%s %s</p>' % (key(k), e(v)) for k, v in el[1]]
            elif axes["fields"] == "stacked":
                parts += ['<p class="fk">%s</p><p class="fv">%s</p>' % (key(k), e(v) or "&nbsp;")
                          for k, v in el[1]]
            else:
                parts.append('<table class="fields">' + "".join(
                    '<tr><td class="k">%s</td><td>%s</td></tr>' % (key(k, False), e(v))
                    for k, v in el[1]) + "</table>")
        elif kind == "table":
            t = el[1]
            cols = "".join('<col style="width:%.2f%%">' % (w * 100) for w in t["widths"])
            hcells = []
            for i, h in enumerate(t["header"]):
                if t["span"] and i == t["span"][1]:
                    continue
                span = ' colspan="2"' if t["span"] and i == t["span"][0] else ""
                hcells.append("<th%s>%s</th>" % (span, e(h).replace("\n", "<br>")))
            hrow = "<tr>%s</tr>" % "".join(hcells)
            brows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % runs(c) for c in row)
                            for row in t["body"])
            if axes["repeat_header"]:
                parts.append('<table class="ind"><colgroup>%s</colgroup><thead>%s</thead>'
                             '<tbody>%s</tbody></table>' % (cols, hrow, brows))
            else:
                parts.append('<table class="ind"><colgroup>%s</colgroup><tbody>%s%s</tbody>'
                             '</table>' % (cols, hrow.replace("<th", '<th class="h"'), brows))
    if list_open:
        parts.append("</ul>")
    page = "A4 landscape" if axes["orientation"] == "landscape" else "A4"
    margin = axes["margins"]
    rules = axes["rules"]
    css = ["@page { size: %s; margin: %dmm; %s %s }" % (
        page, margin,
        ('@top-left { content: "%s"; font-size: %spt; border-bottom: 0.3pt solid #444; '
         'width: 100%%; }' % (RUNNING_TEXT, max(size - 1, 6)))
        if axes["running"] in ("header", "both") else "",
        ('@bottom-right { content: "Pag. " counter(page) " di " counter(pages); '
         'font-size: %spt; }' % max(size - 1, 6)) if axes["running"] in ("footer", "both") else "")]
    css.append("body { font-family: '%s'; font-size: %spt; line-height: 1.22; }"
               % (axes["font"], size))
    css.append("h1 { font-size: %spt; text-align: center; } h2 { font-size: %spt; }"
               % (size + 4, size + 1.5))
    css.append("p { margin: 0 0 %spt 0; } p.f, p.fk { margin: 0; } p.fv { margin: 0 0 3pt 0; }"
               % (size * 0.5))
    css.append(".pb { break-after: page; } .sp { height: %spt; }" % (size * 2))
    css.append("table { border-collapse: collapse; width: 100%; margin: 3pt 0 3pt 0; }")
    css.append("table.fields td { vertical-align: top; padding: 1pt 3pt; } "
               "table.fields td.k { width: 28%; }")
    if rules in ("grid", "horizontal"):
        css.append("table.fields td { border: 0.4pt solid #888; }")
    css.append("table.ind { font-size: %spt; }" % axes["table_size"])
    css.append("table.ind { table-layout: fixed; } table.ind th, table.ind td { vertical-align: top;"
               " padding: 1.5pt 2.5pt; text-align: left; overflow-wrap: break-word; }")
    css.append("table.ind th { font-weight: bold; }")
    if rules == "grid":
        css.append("table.ind th, table.ind td { border: 0.5pt solid black; }")
    elif rules == "horizontal":
        css.append("table.ind tr { border-bottom: 0.4pt solid #777; } "
                   "table.ind tr:first-child { border-top: 0.8pt solid black; }")
    elif rules == "zebra":
        css.append("table.ind th { background: #ccd9eb; } "
                   "table.ind tbody tr:nth-child(even) td { background: #eeeeee; }")
    css.append("table.ind tr { break-inside: %s; }" % ("auto" if axes["row_split"] else "avoid"))
    text = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Piano degli '
            'indicatori e dei risultati attesi di bilancio 2026</title><style>%s</style></head>'
            '<body>%s</body></html>' % ("\n".join(css), "\n".join(parts)))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "pira2026.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(text)
        subprocess.run(["weasyprint", "-q", src, out], check=True)


# ----------------------------------------------------------------------------- DOCX + LibreOffice

def render_docx(doc, axes, out):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = docx.Document()
    size = axes["size"]
    normal = d.styles["Normal"]
    normal.font.name = axes["font"]
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(a), axes["font"])
    normal.paragraph_format.space_after = Pt(size * 0.5)
    normal.paragraph_format.line_spacing = 1.1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if axes["orientation"] == "landscape":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    m = Mm(axes["margins"])
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = m
    sec.header_distance = sec.footer_distance = Mm(max(axes["margins"] // 2, 5))
    frame = sec.page_width - 2 * m

    def para(text="", bold=False, style_size=None, align=None, after=None):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            if style_size:
                r.font.size = Pt(style_size)
        if align is not None:
            p.alignment = align
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    def compact(p):
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.line_spacing = 1.0

    def fill(cellobj, cellruns, bold=False, tsize=None):
        p = cellobj.paragraphs[0]
        compact(p)
        for text, style in cellruns:
            lines = text.split("\n")
            for j, line in enumerate(lines):
                if j:
                    p.add_run().add_break()
                r = p.add_run(line)
                r.bold = bold or style == "b"
                r.italic = style == "i"
                if tsize:
                    r.font.size = Pt(tsize)

    def shade(cellobj, fill_hex):
        tcpr = cellobj._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill_hex)
        tcpr.append(shd)

    def borders(table, kind):
        tblpr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        edges = {"grid": ("top", "left", "bottom", "right", "insideH", "insideV"),
                 "horizontal": ("top", "bottom", "insideH")}.get(kind, ())
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement("w:" + edge)
            if edge in edges:
                el.set(qn("w:val"), "single")
                el.set(qn("w:sz"), "4")
                el.set(qn("w:color"), "000000" if kind == "grid" else "777777")
            else:
                el.set(qn("w:val"), "nil")
            b.append(el)
        tblpr.append(b)

    def row_props(row, header=False, cant_split=False):
        trpr = row._tr.get_or_add_trPr()
        if cant_split:
            trpr.append(OxmlElement("w:cantSplit"))
        if header:
            trpr.append(OxmlElement("w:tblHeader"))

    def set_widths(table, widths):
        table.autofit = False
        grid = table._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w / 635)))   # EMU -> twentieths of a point
        for row in table.rows:
            for c, w in zip(row.cells, widths):
                c.width = w

    pending_break = False
    for el in doc:
        kind = el[0]
        if kind == "pagebreak":
            pending_break = True
            continue
        if pending_break:
            p = d.add_paragraph()
            compact(p)
            p.add_run().add_break(WD_BREAK.PAGE)
            pending_break = False
        if kind == "title":
            para(el[1], bold=True, style_size=size + 4, align=1, after=size)
        elif kind == "heading":
            para(el[1], bold=True, style_size=size + 1.5)
        elif kind == "para":
            para(el[1])
        elif kind == "bullet":
            p = para("– " + el[1])
            p.paragraph_format.left_indent = Pt(size * 1.6)
            p.paragraph_format.first_line_indent = Pt(-size * 0.9)
        elif kind == "label":
            para(el[1], bold=True)
        elif kind == "space":
            para(after=size)
        elif kind == "fields":
            if axes["fields"] == "grid":
                t = d.add_table(rows=len(el[1]), cols=2)
                borders(t, "grid" if axes["rules"] in ("grid", "horizontal") else "none")
                for row, (k, v) in zip(t.rows, el[1]):
                    fill(row.cells[0], [(k, "")], bold=axes["key_bold"])
                    fill(row.cells[1], [(v, "")])
                set_widths(t, [int(frame * 0.28), int(frame * 0.72)])
                para(after=0)
            else:
                for k, v in el[1]:
                    if axes["fields"] == "inline":
                        p = d.add_paragraph()
                        compact(p)
                        r = p.add_run(k + ":")
                        r.bold = axes["key_bold"]
                        p.add_run("\t" + v if axes["keys"] == "seed" else " " + v)
                        p.paragraph_format.tab_stops.add_tab_stop(Mm(55))
                    else:
                        p = d.add_paragraph()
                        compact(p)
                        r = p.add_run(k + ":")
                        r.bold = axes["key_bold"]
                        p2 = para(v)
                        p2.paragraph_format.space_after = Pt(2)
        elif kind == "table":
            t = el[1]
            ncols = len(t["cols"])
            table = d.add_table(rows=1 + len(t["body"]), cols=ncols)
            borders(table, axes["rules"])
            hdr = table.rows[0]
            row_props(hdr, header=axes["repeat_header"], cant_split=True)
            for i, h in enumerate(t["header"]):
                if t["span"] and i == t["span"][1]:
                    continue
                fill(hdr.cells[i], [(h, "")], bold=True, tsize=axes["table_size"])
            if t["span"]:
                a, b = t["span"]
                merged = hdr.cells[a].merge(hdr.cells[b])
                for p in merged.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
            if axes["rules"] == "zebra":
                for c in hdr.cells:
                    shade(c, "CCD9EB")
            for n, (row, cells) in enumerate(zip(table.rows[1:], t["body"])):
                row_props(row, cant_split=not axes["row_split"])
                for c, runs in zip(row.cells, cells):
                    fill(c, runs, tsize=axes["table_size"])
                    if axes["rules"] == "zebra" and n % 2 == 1:
                        shade(c, "EEEEEE")
            set_widths(table, [int(frame * w) for w in t["widths"]])
            para(after=0)

    def field(paragraph, instr):
        r = paragraph.add_run()
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = paragraph.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = paragraph.add_run()
        e2 = OxmlElement("w:fldChar")
        e2.set(qn("w:fldCharType"), "end")
        r3._r.append(e2)

    if axes["running"] in ("header", "both"):
        p = sec.header.paragraphs[0]
        r = p.add_run(RUNNING_TEXT)
        r.font.size = Pt(max(size - 1, 6))
    if axes["running"] in ("footer", "both"):
        p = sec.footer.paragraphs[0]
        p.alignment = 1
        p.add_run("– ")
        field(p, "PAGE")
        p.add_run(" –")
    d.core_properties.title = "Piano degli indicatori e dei risultati attesi di bilancio 2026"
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "pira2026.docx")
        d.save(src)
        profile = os.path.join(tempfile.gettempdir(), "lo-%d-pira2026gen" % os.getpid())
        # One LibreOffice at a time on this machine, whoever calls us.
        with open(os.path.join(tempfile.gettempdir(), "pira2026-gen-soffice.lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                                "--convert-to", "pdf", "--outdir", tmp, src],
                               check=True, capture_output=True, timeout=240)
            finally:
                shutil.rmtree(profile, ignore_errors=True)
        shutil.move(os.path.join(tmp, "pira2026.pdf"), out)


# ----------------------------------------------------------------------------- command line

def describe(axes):
    return ", ".join("%s=%s" % (k, v) for k, v in axes.items() if k != "jitter")


def render(seed, out, producer=None, overrides=None):
    axes = choose(seed, producer, overrides)
    doc = build_document(axes)
    {"reportlab": render_reportlab, "weasyprint": render_weasyprint,
     "docx": render_docx}[axes["producer"]](doc, axes, out)
    return axes


def verify(pdf, axes):
    """What of the content pdftotext -layout does not find in the PDF: every word of every cell
    and field, counted (a value written 12 times must be there 12 times)."""
    from collections import Counter
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    def tokens(t):
        return re.findall(r"-|%|[≥≤]|>=|<=|[=<>]|[^\s≥≤=<>/%-]+", t.replace(NBSP, " "))
    have = Counter(tokens(text))
    want = Counter()
    for el in build_document(axes):
        if el[0] == "fields":
            for k, v in el[1]:
                want.update(tokens(k + ("" if axes["fields"] == "grid" else ":") + " " + v))
        elif el[0] == "table":
            t = el[1]
            for row in t["body"]:
                for cell in row:
                    want.update(tokens("".join(r[0] for r in cell)))
    return sorted("%s (%d of %d)" % (w, have[w], n) for w, n in want.items() if have[w] < n)


def load_matrix():
    with open(os.path.join(HERE, "matrix.json"), encoding="utf-8") as f:
        return json.load(f)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--producer", choices=PRODUCERS)
    ap.add_argument("--describe", action="store_true", help="print the axes chosen for the seed")
    ap.add_argument("--matrix", action="store_true", help="render the fixed matrix (matrix.json)")
    ap.add_argument("--out-dir")
    ap.add_argument("--only", help="with --matrix: only this rendering")
    ap.add_argument("--set", action="append", default=[], metavar="AXIS=VALUE",
                    help="force one axis (to find which axis a failure comes from)")
    ap.add_argument("--verify", action="store_true",
                    help="after rendering, check with pdftotext that every word of the content is there")
    a = ap.parse_args()
    if a.matrix:
        if not a.out_dir:
            ap.error("--matrix needs --out-dir")
        os.makedirs(a.out_dir, exist_ok=True)
        for m in load_matrix():
            if a.only and m["name"] != a.only:
                continue
            pdf = os.path.join(a.out_dir, m["name"] + ".pdf")
            axes = render(m["seed"], pdf, m["producer"])
            print("%s: seed %d, %s" % (m["name"], m["seed"], describe(axes)))
            if a.verify:
                missing = verify(pdf, axes)
                print("  verify: %s" % ("all content found" if not missing else
                                        "MISSING " + "; ".join(missing[:20])))
        return
    if a.seed is None:
        ap.error("--seed is needed")
    overrides = {}
    for item in a.set:
        name, _, value = item.partition("=")
        if name not in AXES:
            ap.error("no axis %r" % name)
        overrides[name] = parse_value(name, value)
    if a.out:
        axes = render(a.seed, a.out, a.producer, overrides)
        if a.verify:
            missing = verify(a.out, axes)
            print("verify: %s" % ("all content found" if not missing else
                                  "MISSING " + "; ".join(missing[:20])))
    else:
        axes = choose(a.seed, a.producer, overrides)
    if a.describe or not a.out:
        print("seed %d: %s" % (a.seed, describe(axes)))


if __name__ == "__main__":
    main()
