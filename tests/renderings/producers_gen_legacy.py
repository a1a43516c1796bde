"""Shared by tests/renderings/pistoia2020/generate.py and tests/renderings/prato2020/generate.py:
a small document model (headings, paragraphs, tables of rich-text cells), three PDF producers
for it (reportlab Platypus, WeasyPrint from HTML+CSS, LibreOffice from a DOCX written with
python-docx), Italian number forms, and the command line of the generators (one seed, the
fixed matrix, --describe). Knows nothing of pira.

Model
  doc    = {"landscape", "margins" (mm: top, right, bottom, left), "font" (key of FONTS),
            "size" (pt), "running" (text or None), "pages" (None, "n", "n/m", "Pagina n"),
            "valign" ("top"/"middle"), "blocks": [block]}
  block  = {"t": "heading", "level": 1-3, "text"} | {"t": "para", "runs": [run], "size"?}
         | {"t": "table", "widths": [fraction], "rows": [row], "header_rows": n,
            "repeat": bool, "rules": "grid"/"none"/"zebra"/"horiz", "split_rows": bool}
         | {"t": "pagebreak"} | {"t": "space"}
  row    = {"cells": [cell], "head": bool, "shade": bool}
  cell   = {"rt": [paragraph], "span": n, "align": "left"/"center"/"right"}
  paragraph = [run]; run = (text, flags) with flags in "", "b", "i", "bi", "s" (superscript).
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

PRODUCERS = ("reportlab", "weasyprint", "libreoffice")

# Fonts each producer may use: key -> (CSS/LibreOffice family, reportlab files or builtin).
FONTS = {
    "dejavu-sans": ("DejaVu Sans", "DejaVuSans"),
    "dejavu-serif": ("DejaVu Serif", "DejaVuSerif"),
    "dejavu-condensed": ("DejaVu Sans Condensed", "DejaVuSansCondensed"),
    "liberation-sans": ("Liberation Sans", "LiberationSans"),
    "liberation-serif": ("Liberation Serif", "LiberationSerif"),
    "liberation-narrow": ("Liberation Sans Narrow", "LiberationSansNarrow"),
    "helvetica": ("Helvetica", None),
    "times": ("Times", None),
}
PRODUCER_FONTS = {
    "reportlab": ["helvetica", "times", "dejavu-sans", "dejavu-condensed", "liberation-serif",
                  "liberation-narrow"],
    "weasyprint": ["dejavu-sans", "dejavu-serif", "dejavu-condensed", "liberation-sans",
                   "liberation-serif", "liberation-narrow"],
    "libreoffice": ["liberation-sans", "liberation-serif", "liberation-narrow", "dejavu-sans",
                    "dejavu-serif", "dejavu-condensed"],
}
FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation")


# ---------------------------------------------------------------- content helpers

def cell(rt, span=1, align="left"):
    """A cell from text, a paragraph (list of runs) or a list of paragraphs."""
    if isinstance(rt, str):
        rt = [[(rt, "")]]
    elif rt and isinstance(rt[0], tuple):
        rt = [rt]
    return {"rt": rt, "span": span, "align": align}


def runs_of_markup(text, flags=""):
    """'Grado di <i>auto finanziamento</i> x' -> runs, the <i>/<b> tags as flags."""
    out, cur = [], set(flags)
    for part in re.split(r"(</?[bi]>)", text):
        m = re.fullmatch(r"<(/?)([bi])>", part)
        if m:
            (cur.discard if m.group(1) else cur.add)(m.group(2))
        elif part:
            out.append((part, "".join(sorted(cur))))
    return out


def prose(path, parts, table_opts):
    """The document's own text around the schede (intro.txt, taken from the seed): the parts
    asked ('preamble', 'section'), as blocks: '## ' headings, '- ' list items, tab-separated
    lines as a table whose first line is its header, the rest paragraphs; **bold**, *italic*."""
    blocks, part, table = [], None, None
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for line in lines + [""]:
        if line.startswith("@@ "):
            part = line[3:].strip()
            continue
        if part not in parts:
            continue
        if "\t" in line:
            if table is None:
                table = []
            table.append(line.split("\t"))
            continue
        if table:
            n = len(table[0])
            rows = [{"cells": [cell(runs_of_markup("<b>%s</b>" % c if i == 0 else c))
                               for c in r], "head": i == 0} for i, r in enumerate(table)]
            blocks.append(dict(table_opts, t="table", widths=[1.0 / n] * n, rows=rows,
                               header_rows=1))
            table = None
        if not line.strip():
            continue
        text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", line)
        text = re.sub(r"\*(.+?)\*", r"<i>\1</i>", text)
        if text.startswith("## "):
            blocks.append({"t": "heading", "level": 2,
                           "text": re.sub(r"</?[bi]>", "", text[3:]).strip()})
        elif text.startswith("- "):
            blocks.append({"t": "para", "runs": runs_of_markup("\u2013 " + text[2:])})
        else:
            blocks.append({"t": "para", "runs": runs_of_markup(text)})
    return blocks


NUMBER = re.compile(r"(-?)(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?")


def number_form(text, thousands=".", pct_space=False):
    """An Italian number (with an optional '%', '€ ' or '% ' before it) in another form:
    thousands '.' (1.003), '' (1003) or 'nbsp' (1 003); '80%' or '80 %'. Anything that is not
    such a number comes back as it is."""
    m = re.fullmatch(r"((?:€|%|n\.) )?(-?[\d.]+(?:,\d+)?)( ?%)?", text.strip())
    if not m or not NUMBER.fullmatch(m.group(2)):
        return text
    n = NUMBER.fullmatch(m.group(2))
    digits = n.group(2).replace(".", "")
    if len(digits) > 3 and thousands != ".":
        sep = "" if thousands == "" else "\u00a0"
        groups = []
        while len(digits) > 3:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        digits = sep.join([digits] + groups)
    elif len(digits) > 3:
        digits = n.group(2)
    out = n.group(1) + digits + (n.group(3) or "")
    if m.group(3):
        out += " %" if pct_space else "%"
    return (m.group(1) or "") + out


def euro_form(text, thousands, where):
    """'€ 1.107.200,00' -> the number in its form, '€' before or after it."""
    m = re.fullmatch(r"€ ?(-?[\d.]+(?:,\d+)?)", text.strip())
    if not m or not NUMBER.fullmatch(m.group(1)):
        return text
    value = number_form(m.group(1), thousands)
    return "€ " + value if where == "prefix" else value + " €"


# ---------------------------------------------------------------- axes and command line

FIX = []  # a generator's rule for axes that depend on each other (portrait: at most 8 pt)


def choose(seed, axes, producer=None):
    """The axes of a seed: the producer first, then each axis in order (then FIX)."""
    rng = random.Random(seed)
    drawn = rng.choice(PRODUCERS)
    producer = producer or drawn
    out = {"producer": producer, "font": rng.choice(PRODUCER_FONTS[producer])}
    for name, values in axes:
        out[name] = rng.choice(values)
    for fix in FIX:
        fix(out)
    return out


def fit_widths(weights, mins, usable):
    """Column fractions from weights, each column at least its minimum (mm) of usable (mm)."""
    fixed = {}
    for _ in range(len(weights)):
        free = [i for i in range(len(weights)) if i not in fixed]
        room = usable - sum(fixed.values())
        total = sum(weights[i] for i in free)
        more = {i: mins[i] for i in free if weights[i] / total * room < mins[i]}
        if not more:
            break
        fixed.update(more)
    free = [i for i in range(len(weights)) if i not in fixed]
    room = max(usable - sum(fixed.values()), 1)
    total = sum(weights[i] for i in free) or 1
    mm = [fixed.get(i, weights[i] / total * room) for i in range(len(weights))]
    return [x / sum(mm) for x in mm]


def usable_mm(doc):
    top, right, bottom, left = doc["margins"]
    return (297 if doc["landscape"] else 210) - left - right


def main(family, axes, build, here):
    """The command line of a generator: build(axes) -> doc."""
    ap = argparse.ArgumentParser(description="Renders samples/%s in other hands." % family)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--producer", choices=PRODUCERS)
    ap.add_argument("--matrix", action="store_true")
    ap.add_argument("--out-dir")
    ap.add_argument("--describe", action="store_true", help="print the axes of --seed")
    ap.add_argument("--cover", type=int, metavar="N",
                    help="propose a matrix of N renderings covering every axis value")
    a = ap.parse_args()
    if a.cover:
        print(json.dumps(cover(axes, a.cover), indent=1))
        return
    if a.matrix:
        with open(os.path.join(here, "matrix.json"), encoding="utf-8") as f:
            matrix = json.load(f)
        out_dir = a.out_dir or os.path.join(here, "pdf")
        render_many([(os.path.join(out_dir, m["name"] + ".pdf"),
                      choose(m["seed"], axes, m["producer"])) for m in matrix], build)
        for m in matrix:
            print("%s (%s): seed %d" % (m["name"], m["producer"], m["seed"]))
        return
    if a.seed is None:
        ap.error("--seed or --matrix")
    chosen = choose(a.seed, axes, a.producer)
    if a.describe or not a.out:
        print(json.dumps(chosen, ensure_ascii=False, indent=1))
    if a.out:
        render_many([(a.out, chosen)], build)


def cover(axes, n):
    """Seeds covering every (axis, value) pair, at least n // 3 per producer (a greedy search
    over seeds 1-20000, producers in turn)."""
    every = {("producer", p) for p in PRODUCERS}
    every |= {("font", f) for fs in PRODUCER_FONTS.values() for f in fs}
    every |= {(k, json.dumps(v)) for k, vs in axes for v in vs}
    need, picked, used = set(every), [], set()
    for i in range(n):
        producer = PRODUCERS[i % 3]
        if not need - {("producer", p) for p in PRODUCERS}:
            need = set(every)  # a second round, covering everything again
        best = max((s for s in range(1, 20000) if s not in used),
                   key=lambda s: (len(pairs(choose(s, axes, producer)) & need), -s))
        used.add(best)
        chosen = choose(best, axes, producer)
        need -= pairs(chosen)
        picked.append({"name": "r%02d-%s" % (i + 1, producer), "seed": best,
                       "producer": producer})
    if need and len(need) == len(every):
        print("not covered: %s" % sorted(need), file=sys.stderr)
    return picked


def pairs(chosen):
    return {(k, v if k in ("producer", "font") else json.dumps(v)) for k, v in chosen.items()}


def render_many(jobs, build):
    """jobs: [(out.pdf, axes)]. The DOCX ones go through one LibreOffice run at the end."""
    docx_jobs = []
    tmp = tempfile.mkdtemp(prefix="gen-legacy-")
    try:
        for out, chosen in jobs:
            os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
            doc = build(chosen)
            doc["font"] = chosen["font"]
            if chosen["producer"] == "reportlab":
                render_reportlab(doc, out)
            elif chosen["producer"] == "weasyprint":
                render_weasyprint(doc, out, tmp)
            else:
                name = os.path.splitext(os.path.basename(out))[0]
                path = os.path.join(tmp, name + ".docx")
                render_docx(doc, path)
                docx_jobs.append((path, out))
        if docx_jobs:
            convert_docx(docx_jobs, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- reportlab

_RL_REGISTERED = set()


def _rl_font(key):
    """The reportlab font family name of a FONTS key, registered on first use."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    family, base = FONTS[key]
    if base is None:
        return {"helvetica": "Helvetica", "times": "Times-Roman"}[key]
    if base not in _RL_REGISTERED:
        styles = {"": "", "b": "-Bold", "i": "-Oblique", "bi": "-BoldOblique"}
        if base.startswith("Liberation"):
            styles = {"": "-Regular", "b": "-Bold", "i": "-Italic", "bi": "-BoldItalic"}
        elif base.startswith("DejaVuSerif"):
            styles = {"": "", "b": "-Bold", "i": "-Italic", "bi": "-BoldItalic"}
        for flags, suffix in styles.items():
            path = next(os.path.join(d, base + suffix + ".ttf") for d in FONT_DIRS
                        if os.path.exists(os.path.join(d, base + suffix + ".ttf")))
            pdfmetrics.registerFont(TTFont(base + suffix, path))
            addMapping(base, "b" in flags, "i" in flags, base + suffix)
        _RL_REGISTERED.add(base)
    return base + ("-Regular" if base.startswith("Liberation") else "")


def _rl_markup(paragraph, builtin):
    """Reportlab paragraph markup of runs; characters a builtin font (or Liberation) lacks are
    set in DejaVu Sans."""
    out = []
    for text, flags in paragraph:
        t = escape(text)
        t = re.sub(r"([^\x00-\xff€’‘“”–—…•])",
                   lambda m: '<font name="%s">%s</font>' % (_rl_font("dejavu-sans"), m.group(1))
                   if builtin or m.group(1) in "▶▼↔←→≥≤" else m.group(1), t)
        if "b" in flags:
            t = "<b>%s</b>" % t
        if "i" in flags:
            t = "<i>%s</i>" % t
        if "s" in flags:
            t = "<super>%s</super>" % t
        out.append(t)
    return "".join(out)


def render_reportlab(doc, out):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    page = landscape(A4) if doc["landscape"] else A4
    top, right, bottom, left = doc["margins"]
    font = _rl_font(doc["font"])
    builtin = FONTS[doc["font"]][1] is None
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(
        font, font.replace("-Regular", "") + "-Bold")
    size = doc["size"]
    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=size * 1.2)
    aligns = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
    if builtin:
        from reportlab.lib.fonts import addMapping
        if font == "Helvetica":
            for b, i, n in ((0, 0, "Helvetica"), (1, 0, "Helvetica-Bold"),
                            (0, 1, "Helvetica-Oblique"), (1, 1, "Helvetica-BoldOblique")):
                addMapping("Helvetica", b, i, n)
        else:
            for b, i, n in ((0, 0, "Times-Roman"), (1, 0, "Times-Bold"),
                            (0, 1, "Times-Italic"), (1, 1, "Times-BoldItalic")):
                addMapping("Times-Roman", b, i, n)
    width = page[0] - (left + right) * mm
    story = []
    for block in doc["blocks"]:
        if block["t"] == "heading":
            hs = ParagraphStyle("h", parent=base, fontName=bold,
                                fontSize=size * {1: 1.8, 2: 1.35, 3: 1.15}[block["level"]],
                                leading=size * {1: 2.2, 2: 1.7, 3: 1.45}[block["level"]],
                                spaceBefore=size * 0.8, spaceAfter=size * 0.4,
                                keepWithNext=1)
            story.append(Paragraph(_rl_markup([(block["text"], "")], builtin), hs))
        elif block["t"] == "para":
            ps = ParagraphStyle("p", parent=base, fontSize=size * block.get("size", 1),
                                leading=size * block.get("size", 1) * 1.25, spaceAfter=size * 0.5)
            story.append(Paragraph(_rl_markup(block["runs"], builtin), ps))
        elif block["t"] == "space":
            story.append(Spacer(1, size))
        elif block["t"] == "pagebreak":
            story.append(PageBreak())
        elif block["t"] == "table":
            data, cmds = [], []
            ncols = len(block["widths"])
            for r, row in enumerate(block["rows"]):
                line, c = [], 0
                for ce in row["cells"]:
                    cs = ParagraphStyle("c", parent=base, alignment=aligns[ce["align"]])
                    flow = [Paragraph(_rl_markup(p, builtin), cs) for p in ce["rt"]]
                    line.append(flow)
                    if ce["span"] > 1:
                        cmds.append(("SPAN", (c, r), (c + ce["span"] - 1, r)))
                        line += [""] * (ce["span"] - 1)
                    c += ce["span"]
                line += [""] * (ncols - c)
                data.append(line)
                if row.get("shade"):
                    cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#e6e6e6")))
            hr = block["header_rows"]
            rules = block["rules"]
            if rules == "grid":
                cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            elif rules == "horiz":
                cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                         ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black)]
            if hr and rules != "none":
                cmds.append(("LINEBELOW", (0, hr - 1), (-1, hr - 1), 1, colors.black))
            cmds += [("VALIGN", (0, 0), (-1, -1), doc["valign"].upper()),
                     ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                     ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            table = Table(data, colWidths=[w * width for w in block["widths"]],
                          repeatRows=hr if block["repeat"] else 0,
                          splitInRow=1 if block["split_rows"] else 0, hAlign="LEFT")
            table.setStyle(TableStyle(cmds))
            story += [table, Spacer(1, size * 0.8)]

    def on_page(canvas, d):
        canvas.saveState()
        canvas.setFont(font, size * 0.9)
        if doc["running"]:
            canvas.drawString(left * mm, page[1] - top * mm * 0.6, doc["running"])
        if doc["pages"]:
            text = _page_text(doc["pages"], d.page, None)
            canvas.drawRightString(page[0] - right * mm, bottom * mm * 0.45, text)
        canvas.restoreState()

    t = SimpleDocTemplate(out, pagesize=page, topMargin=top * mm, bottomMargin=bottom * mm,
                          leftMargin=left * mm, rightMargin=right * mm, invariant=1,
                          title=doc.get("title", ""), author=doc.get("author", ""))
    t.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _page_text(form, n, total):
    return {"n": "%d" % n, "n/m": "%d" % n, "Pagina n": "Pagina %d" % n}[form]


# ---------------------------------------------------------------- WeasyPrint

def _html_runs(paragraph):
    out = []
    for text, flags in paragraph:
        t = escape(text)
        if "b" in flags:
            t = "<b>%s</b>" % t
        if "i" in flags:
            t = "<i>%s</i>" % t
        if "s" in flags:
            t = "<sup>%s</sup>" % t
        out.append(t)
    return "".join(out)


def _html_cell(ce, tag):
    inner = "".join("<p>%s</p>" % _html_runs(p) for p in ce["rt"])
    span = ' colspan="%d"' % ce["span"] if ce["span"] > 1 else ""
    return '<%s%s class="%s">%s</%s>' % (tag, span, ce["align"], inner, tag)


def render_weasyprint(doc, out, tmp):
    top, right, bottom, left = doc["margins"]
    size = doc["size"]
    margin_boxes = ""
    if doc["running"]:
        margin_boxes += '@top-left { content: "%s"; font-size: %.1fpt; }' % (
            doc["running"].replace('"', '\\"'), size * 0.9)
    if doc["pages"]:
        content = {"n": 'counter(page)', "n/m": 'counter(page) " / " counter(pages)',
                   "Pagina n": '"Pagina " counter(page)'}[doc["pages"]]
        margin_boxes += "@bottom-right { content: %s; font-size: %.1fpt; }" % (content,
                                                                                size * 0.9)
    css = """
@page { size: A4 %s; margin: %dmm %dmm %dmm %dmm; %s }
body { font-family: "%s"; font-size: %.1fpt; line-height: 1.2; }
h1 { font-size: 1.8em; } h2 { font-size: 1.35em; } h3 { font-size: 1.15em; }
h1, h2, h3 { margin: 0.8em 0 0.3em; break-after: avoid; }
p { margin: 0 0 0.4em; }
table { border-collapse: collapse; width: 100%%; table-layout: fixed; margin-bottom: 0.8em; }
td, th { padding: 1.5pt 2.5pt; vertical-align: %s; font-weight: normal; text-align: left;
         overflow-wrap: break-word; }
td p, th p { margin: 0; }
.center { text-align: center; } .right { text-align: right; }
table.grid td, table.grid th { border: 0.5pt solid black; }
table.horiz td, table.horiz th { border-bottom: 0.3pt solid #888; }
table.horiz { border-top: 1pt solid black; }
tr.headlast td, tr.headlast th { border-bottom: 1pt solid black; }
table.none tr.headlast td, table.none tr.headlast th { border-bottom: none; }
tr.shade { background: #e6e6e6; }
table.nosplit tr { break-inside: avoid; }
""" % ("landscape" if doc["landscape"] else "portrait", top, right, bottom, left, margin_boxes,
       FONTS[doc["font"]][0], size, doc["valign"])
    body = []
    for block in doc["blocks"]:
        if block["t"] == "heading":
            body.append("<h%d>%s</h%d>" % (block["level"], escape(block["text"]), block["level"]))
        elif block["t"] == "para":
            style = ' style="font-size: %.2fem"' % block["size"] if "size" in block else ""
            body.append("<p%s>%s</p>" % (style, _html_runs(block["runs"])))
        elif block["t"] == "space":
            body.append("<p>&#160;</p>")
        elif block["t"] == "pagebreak":
            body.append('<div style="break-after: page"></div>')
        elif block["t"] == "table":
            cls = block["rules"] + ("" if block["split_rows"] else " nosplit")
            html = ['<table class="%s"><colgroup>%s</colgroup>' % (
                cls, "".join('<col style="width: %.2f%%">' % (w * 100) for w in block["widths"]))]
            hr = block["header_rows"]
            rows = block["rows"]

            def tr(row, tag, last=False):
                c = " ".join(x for x in ("shade" if row.get("shade") else "",
                                         "headlast" if last else "") if x)
                return '<tr class="%s">%s</tr>' % (c, "".join(_html_cell(ce, tag)
                                                            for ce in row["cells"]))
            head = [tr(r, "th", i == hr - 1) for i, r in enumerate(rows[:hr])]
            if block["repeat"]:
                html.append("<thead>%s</thead><tbody>" % "".join(head))
            else:
                html.append("<tbody>" + "".join(head))
            html += [tr(r, "td") for r in rows[hr:]]
            html.append("</tbody></table>")
            body.append("".join(html))
    path = os.path.join(tmp, os.path.basename(out) + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>%s</title>'
                '<style>%s</style></head><body>%s</body></html>'
                % (escape(doc.get("title", "")), css, "\n".join(body)))
    subprocess.run(["weasyprint", "-q", path, out], check=True)


# ---------------------------------------------------------------- DOCX and LibreOffice

def render_docx(doc, path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    family = FONTS[doc["font"]][0]
    d = docx.Document()
    d.core_properties.title = doc.get("title", "")
    d.core_properties.author = doc.get("author", "")
    sec = d.sections[0]
    sec.page_width, sec.page_height = (Mm(297), Mm(210)) if doc["landscape"] else (Mm(210),
                                                                                   Mm(297))
    sec.orientation = WD_ORIENT.LANDSCAPE if doc["landscape"] else WD_ORIENT.PORTRAIT
    top, right, bottom, left = doc["margins"]
    sec.top_margin, sec.right_margin = Mm(top), Mm(right)
    sec.bottom_margin, sec.left_margin = Mm(bottom), Mm(left)
    sec.header_distance, sec.footer_distance = Mm(top * 0.4), Mm(bottom * 0.4)
    size = doc["size"]
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = family, Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), family)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)

    def add_runs(par, paragraph, scale=1.0, force=""):
        for text, flags in paragraph:
            r = par.add_run(text)
            r.font.name = family
            r.font.size = Pt(size * scale)
            flags = flags + force
            r.bold = "b" in flags or None
            r.italic = "i" in flags or None
            if "s" in flags:
                r.font.superscript = True

    def page_field(par):
        run = OxmlElement("w:fldSimple")
        run.set(qn("w:instr"), "PAGE")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        run.append(r)
        par._p.append(run)

    if doc["running"]:
        p = sec.header.paragraphs[0]
        add_runs(p, [(doc["running"], "")], 0.9)
    if doc["pages"]:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if doc["pages"] == "Pagina n":
            add_runs(p, [("Pagina ", "")], 0.9)
        page_field(p)
    aligns = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
              "right": WD_ALIGN_PARAGRAPH.RIGHT}
    usable = (297 if doc["landscape"] else 210) - left - right
    first = True
    for block in doc["blocks"]:
        if block["t"] == "heading":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(size * 0.8)
            p.paragraph_format.space_after = Pt(size * 0.4)
            p.paragraph_format.keep_with_next = True
            add_runs(p, [(block["text"], "b")], {1: 1.8, 2: 1.35, 3: 1.15}[block["level"]])
        elif block["t"] == "para":
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(size * 0.5)
            add_runs(p, block["runs"], block.get("size", 1))
        elif block["t"] == "space":
            d.add_paragraph()
        elif block["t"] == "pagebreak":
            d.add_page_break()
        elif block["t"] == "table":
            ncols = len(block["widths"])
            rows = block["rows"]
            t = d.add_table(rows=len(rows), cols=ncols)
            t.autofit = False
            widths = [Mm(usable * w) for w in block["widths"]]
            tblPr = t._tbl.tblPr
            layout = OxmlElement("w:tblLayout")
            layout.set(qn("w:type"), "fixed")
            tblPr.append(layout)
            borders = OxmlElement("w:tblBorders")
            rules = block["rules"]
            for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
                e = OxmlElement("w:" + edge)
                on = rules == "grid" or (rules == "horiz" and edge in ("top", "bottom",
                                                                       "insideH"))
                e.set(qn("w:val"), "single" if on else "nil")
                if on:
                    e.set(qn("w:sz"), "4")
                    e.set(qn("w:color"), "000000" if rules == "grid" else "888888")
                borders.append(e)
            tblPr.append(borders)
            for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(w.twips)))
            for r, row in enumerate(rows):
                tr = t.rows[r]._tr
                trPr = tr.get_or_add_trPr()
                if r < block["header_rows"] and block["repeat"]:
                    trPr.append(OxmlElement("w:tblHeader"))
                if not block["split_rows"]:
                    trPr.append(OxmlElement("w:cantSplit"))
                c = 0
                for ce in row["cells"]:
                    dc = t.cell(r, c)
                    if ce["span"] > 1:
                        dc = dc.merge(t.cell(r, c + ce["span"] - 1))
                    for k in range(c, c + ce["span"]):
                        t.cell(r, k).width = widths[k]
                    dc.vertical_alignment = (WD_CELL_VERTICAL_ALIGNMENT.CENTER
                                             if doc["valign"] == "middle"
                                             else WD_CELL_VERTICAL_ALIGNMENT.TOP)
                    for i, paragraph in enumerate(ce["rt"]):
                        p = dc.paragraphs[0] if i == 0 else dc.add_paragraph()
                        p.alignment = aligns[ce["align"]]
                        add_runs(p, paragraph)
                    tcPr = dc._tc.get_or_add_tcPr()
                    if row.get("shade"):
                        shd = OxmlElement("w:shd")
                        shd.set(qn("w:val"), "clear")
                        shd.set(qn("w:fill"), "E6E6E6")
                        tcPr.append(shd)
                    if (r == block["header_rows"] - 1 and rules in ("horiz", "zebra")):
                        tb = OxmlElement("w:tcBorders")
                        b = OxmlElement("w:bottom")
                        b.set(qn("w:val"), "single")
                        b.set(qn("w:sz"), "8")
                        b.set(qn("w:color"), "000000")
                        tb.append(b)
                        tcPr.append(tb)
                    c += ce["span"]
            d.add_paragraph().paragraph_format.space_after = Pt(size * 0.3)
        first = False
    d.save(path)


def convert_docx(jobs, tmp):
    """One LibreOffice run (a private profile) for all the DOCX files; each PDF moved to its
    place."""
    profile = os.path.join(tmp, "lo-profile-%d" % os.getpid())
    out_dir = os.path.join(tmp, "lo-out")
    os.makedirs(out_dir, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                    "--convert-to", "pdf", "--outdir", out_dir] + [p for p, _ in jobs],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=600)
    for path, out in jobs:
        made = os.path.join(out_dir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        shutil.move(made, out)


# ---------------------------------------------------------------- the check

def check_main(family, check_module, here, axes, build):
    """check.py PIRA SOURCE_DIR SCRATCH_DIR [--random K] [--seed S] [--only NAME]: each matrix
    PDF (or K renderings of random seeds, each seed printed) extracted by pira and compared,
    field by field, with samples/FAMILY through tests/extract/CHECK_MODULE.py's expected and
    extracted and field_check.check_renderings. Exits 1 when anything differs. --seeds N,N:
    those seeds (the replay of random ones); --summary FILE: what was measured, as JSON."""
    import contextlib
    import csv
    import io
    ap = argparse.ArgumentParser()
    ap.add_argument("pira")
    ap.add_argument("source")
    ap.add_argument("scratch")
    ap.add_argument("--random", type=int, metavar="K")
    ap.add_argument("--seed", type=int, metavar="S")
    ap.add_argument("--only", metavar="NAME")
    ap.add_argument("--differences", type=int, default=8,
                    help="differences printed per rendering (default 8)")
    import summary
    summary.add_options(ap)
    a = ap.parse_args()
    source = os.path.abspath(a.source)
    sys.path.insert(0, os.path.join(source, "tests", "extract"))
    module = __import__(check_module)  # reads sys.argv[2], the SOURCE_DIR
    import field_check
    sys.path.insert(0, os.path.join(source, "tests", "renderings"))
    from equivalences import unbroken  # a break after "/" cannot be seen (README.md)
    shutil.rmtree(a.scratch, ignore_errors=True)
    os.makedirs(a.scratch)
    with open(os.path.join(source, "samples", family, "indicatori.csv"), encoding="utf-8") as f:
        want = [unbroken(module.expected(r)) for r in csv.DictReader(f, delimiter=";")]
    record = summary.Summary(a.summary, family, len(want), sum(len(w) for w in want))
    seed_of = {}
    if summary.wants_seeds(a):
        renderings = []
        for seed in summary.seeds(a):
            chosen = choose(seed, axes)
            name = "seed-%d" % seed
            print("%s (%s): generate.py --seed %d --out %s.pdf" % (name, chosen["producer"],
                                                                  seed, name), flush=True)
            pdf = os.path.join(a.scratch, name + ".pdf")
            # one at a time, so that a producer's failure costs only its seed
            why = summary.rendered(lambda: render_many([(pdf, chosen)], build))
            if why:
                record.add(name, chosen["producer"], not_rendered=why, seed=seed)
                continue
            renderings.append((name, chosen["producer"], pdf))
            seed_of[name] = seed
    else:
        with open(os.path.join(source, "tests", "renderings", family, "matrix.json"),
                  encoding="utf-8") as f:
            matrix = json.load(f)
        renderings = [(m["name"], m["producer"],
                       os.path.join(source, "tests", "renderings", family, "pdf",
                                    m["name"] + ".pdf"))
                      for m in matrix if a.only in (None, m["name"])]
        if a.only and not renderings:
            ap.error("no rendering %s in matrix.json" % a.only)
    results, all_failures = [], []
    for name, producer, pdf in renderings:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            failures = field_check.check_renderings(
                a.pira, {name: pdf}, want, lambda r: unbroken(module.extracted(r)),
                "indicator_name", a.scratch, one_name=True)
        m = summary.COUNTS.search(out.getvalue())
        record.add(name, producer, summary.numbers(m) if m else None, failures,
                   seed=seed_of.get(name))
        if m:
            line = "%s (%s): %s/%s indicators, %s/%s fields" % ((name, producer) + m.groups()[:4])
            if m.group(5):
                line += " (%s as one name)" % m.group(5)
        else:
            first = failures[0].splitlines() if failures else ["?"]
            err = next((x for x in first if "errore" in x), None) or next(
                (x for x in reversed(first) if x.strip()), first[0])
            err = err.split(": ", 1)[-1] if err.startswith("/") else err
            code = re.match(r".*: exit (-?\d+)$", first[0])
            if code and int(code.group(1)) < 0:
                err = "crashed (signal %d); last said: %s" % (-int(code.group(1)), err)
            line = "%s (%s): error: %s" % (name, producer, err.strip()[:200])
        print(line + ("" if failures else "  OK"))
        results.append(line)
        all_failures.append((name, failures))
    bad = [(n, f) for n, f in all_failures if f]
    bad += [(e["name"], ["not rendered: " + e["not_rendered"]]) for e in record.entries
            if not e["rendered"]]
    record.write()
    for name, failures in bad:
        print("\n-- %s: %d differences" % (name, len(failures)))
        print("\n".join(x[:300] for x in failures[:a.differences]))
    print("\n%d/%d renderings right" % (len(record.entries) - len(bad), len(record.entries)))
    sys.exit(1 if bad else 0)
