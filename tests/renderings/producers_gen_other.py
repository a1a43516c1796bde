"""A small document model (headings, paragraphs, key/value blocks, tables) and three PDF
producers for it, shared by tests/renderings/toscana2024/generate.py and
tests/renderings/piano2020/generate.py:

- reportlab: Platypus tables (python3-reportlab);
- weasyprint: HTML + CSS through the `weasyprint` command;
- docx: a Word document written with python-docx, converted by LibreOffice (one soffice at a
  time, private profile).

The model knows nothing of pira. A document is a dict:
  {page: 'portrait'|'landscape', margins: (top, right, bottom, left) in mm, font: key of FONTS,
   size: pt, running: text or None, folio: None or a format with {n} (and {m} for the total),
   blocks: [...]}
blocks: ('h', size, paragraph), ('p', paragraph), ('table', table), ('space', pt), ('break',)
paragraph: [(text, style)] with style '', 'b', 'i' or 'bi'; a cell: {'paras': [paragraph],
'span': n, 'align': 'left'|'center'|'right', 'shade': bool}
table: {widths: [relative], header: [[cell]], body: [[cell]], repeat: bool, rules: 'grid'|'none'|
'hlines'|'zebra', split_rows: bool, size: pt or None}
"""
import fcntl
import html
import re
import os
import shutil
import subprocess
import tempfile

FONTS = {
    # key: (CSS / LibreOffice family, reportlab base name, TTF files: regular, bold, italic, bi)
    "dejavu-sans": ("DejaVu Sans", "DejaVuSans", ("dejavu/DejaVuSans", "dejavu/DejaVuSans-Bold",
                    "dejavu/DejaVuSans-Oblique", "dejavu/DejaVuSans-BoldOblique")),
    "dejavu-serif": ("DejaVu Serif", "DejaVuSerif", ("dejavu/DejaVuSerif",
                     "dejavu/DejaVuSerif-Bold", "dejavu/DejaVuSerif-Italic",
                     "dejavu/DejaVuSerif-BoldItalic")),
    "dejavu-sans-condensed": ("DejaVu Sans Condensed", "DejaVuSansCondensed",
                              ("dejavu/DejaVuSansCondensed", "dejavu/DejaVuSansCondensed-Bold",
                               "dejavu/DejaVuSansCondensed-Oblique",
                               "dejavu/DejaVuSansCondensed-BoldOblique")),
    "liberation-sans": ("Liberation Sans", "LiberationSans", (
        "liberation/LiberationSans-Regular", "liberation/LiberationSans-Bold",
        "liberation/LiberationSans-Italic", "liberation/LiberationSans-BoldItalic")),
    "liberation-serif": ("Liberation Serif", "LiberationSerif", (
        "liberation/LiberationSerif-Regular", "liberation/LiberationSerif-Bold",
        "liberation/LiberationSerif-Italic", "liberation/LiberationSerif-BoldItalic")),
    "liberation-sans-narrow": ("Liberation Sans Narrow", "LiberationSansNarrow", (
        "liberation/LiberationSansNarrow-Regular", "liberation/LiberationSansNarrow-Bold",
        "liberation/LiberationSansNarrow-Italic", "liberation/LiberationSansNarrow-BoldItalic")),
    # reportlab's own Type 1 fonts (no embedding; characters outside cp1252 fall back to DejaVu)
    "helvetica": ("Helvetica", "Helvetica", None),
    "times": ("Times", "Times-Roman", None),
}
TTF = "/usr/share/fonts/truetype/"
PRODUCERS = ("reportlab", "weasyprint", "docx")


def fonts_for(producer):
    """The font keys a producer can use."""
    return [k for k, v in FONTS.items() if v[2] is not None or producer == "reportlab"]


def producer_dependent(a, rng):
    """The axes whose values depend on the producer, drawn last so that the others do not: the
    font, and a folio with the page total only where the producer can count the pages."""
    a["font"] = rng.choice(fonts_for(a["producer"]))
    if a["producer"] == "reportlab" and a.get("folio") and "{m}" in a["folio"]:
        a["folio"] = "Pagina {n}"


def pdf_text(pdf, layout=True):
    return subprocess.run(["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"],
                          capture_output=True, text=True, check=True).stdout


def missing_values(pdf, values):
    """The values not found in the PDF's text (`pdftotext -layout`): whole, or, wrapped in
    their cells, word by word (a word that a line breaks after a hyphen or slash piece by
    piece)."""
    layout = " ".join(pdf_text(pdf).split())
    out = []
    for v in values:
        v = " ".join(v.split())
        if not v:
            continue
        if v in layout:
            continue
        # wrapped in its cell: each word, whole in the raw text or in the layout (pieces of a
        # word that a line may break after a hyphen or a slash, looked for one by one)
        pieces = re.findall(r"[^\s/-]+", v)
        if any(w not in layout for w in pieces):
            out.append(v)
    return out


def cell(paras, span=1, align="left", shade=False):
    if isinstance(paras, str):
        paras = [[(paras, "")]]
    return {"paras": paras, "span": span, "align": align, "shade": shade}


def text_of(paragraph):
    return "".join(t for t, _ in paragraph)


def longest_words(t, faces, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    need = [0.0] * len(t["widths"])
    for row in t["header"] + t["body"]:
        c = 0
        for x in row:
            if x["span"] == 1:
                for p in x["paras"]:
                    for text, style in p:
                        face = faces[1] if "b" in style else faces[0]
                        for w in text.split():
                            # the cell's padding: LibreOffice's default is about 2 mm a side
                            need[c] = max(need[c], stringWidth(w, face, size) + 12)
            c += x["span"]
    return [max(n, 3 * size) for n in need]  # an empty column keeps a little room


def fit_widths(doc):
    """Column widths the way a word processor's autofit sets them: each column at least as wide
    as its longest word (bold where bold), the rest of the line shared as the widths ask; when
    the words do not fit, everything shrinks in proportion (and words break, as they would)."""
    faces = _rl_fonts(doc["font"])
    avail = ((297 if doc["page"] == "landscape" else 210) - doc["margins"][1]
             - doc["margins"][3]) * 72 / 25.4
    for block in doc["blocks"]:
        if block[0] != "table":
            continue
        t = block[1]
        size = t.get("size") or doc["size"]
        while True:
            need = longest_words(t, faces, size)
            if sum(need) <= avail or size <= doc.get("min_size", 6):
                break
            size -= 0.5  # the table set smaller, as one does when its words do not fit
        if size != (t.get("size") or doc["size"]):
            t["size"] = size
        total = float(sum(t["widths"]))
        want = [avail * w / total for w in t["widths"]]
        short = [max(0.0, n - w) for n, w in zip(need, want)]
        if sum(short):
            spare = [max(0.0, w - n) for n, w in zip(need, want)]
            take = min(1.0, sum(short) / sum(spare)) if sum(spare) else 0
            want = [n if n > w else w - s * take for n, w, s in zip(need, want, spare)]
            scale = avail / sum(want)
            want = [w * scale for w in want]
        t["widths"] = want


def render(doc, out, producer):
    fit_widths(doc)
    {"reportlab": _reportlab, "weasyprint": _weasyprint, "docx": _docx}[producer](doc, out)


# ---------------------------------------------------------------------------- reportlab

def _rl_fonts(key):
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    _, base, files = FONTS[key]
    names = {"helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique",
                           "Helvetica-BoldOblique"),
             "times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic")}
    if files is None:
        return names[key]
    faces = (base, base + "-Bold", base + "-Italic", base + "-BoldItalic")
    for face, f in zip(faces, files):
        if face not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(face, TTF + f + ".ttf"))
    for (b, i), face in zip(((0, 0), (1, 0), (0, 1), (1, 1)), faces):
        addMapping(base, b, i, face)
    return faces


def _rl_markup(paragraph, fallback):
    out = []
    for text, style in paragraph:
        t = ""
        for ch in text:
            e = html.escape(ch, quote=False)
            if fallback and ch not in "\n":
                try:
                    ch.encode("cp1252")
                except UnicodeEncodeError:
                    e = '<font name="%s">%s</font>' % (fallback, e)
            t += e
        t = t.replace("\n", "<br/>")
        if "b" in style:
            t = "<b>%s</b>" % t
        if "i" in style:
            t = "<i>%s</i>" % t
        out.append(t)
    return "".join(out)


def _reportlab(doc, out):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    faces = _rl_fonts(doc["font"])
    fallback = None
    if FONTS[doc["font"]][2] is None:
        _rl_fonts("dejavu-sans")
        fallback = "DejaVuSans"
    base = FONTS[doc["font"]][1]
    if FONTS[doc["font"]][2] is None:
        from reportlab.lib.fonts import addMapping
        for (b, i), face in zip(((0, 0), (1, 0), (0, 1), (1, 1)), faces):
            addMapping(base, b, i, face)
    size = doc["size"]
    pagesize = landscape(A4) if doc["page"] == "landscape" else A4
    top, right, bottom, left = (m * mm for m in doc["margins"])
    styles = {}

    def style(sz, align="left", bold=False):
        k = (sz, align, bold)
        if k not in styles:
            styles[k] = ParagraphStyle(
                "s%d" % len(styles), fontName=faces[1] if bold else base, fontSize=sz,
                leading=sz * 1.2, spaceAfter=0,
                alignment={"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}[align])
        return styles[k]

    story = []
    width = pagesize[0] - left - right
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "h":
            story.append(Spacer(1, block[1] * 0.4))
            story.append(Paragraph(_rl_markup(block[2], fallback), style(block[1])))
            story.append(Spacer(1, block[1] * 0.3))
        elif kind == "p":
            story.append(Paragraph(_rl_markup(block[1], fallback), style(size)))
            story.append(Spacer(1, size * 0.4))
        elif kind == "space":
            story.append(Spacer(1, block[1]))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "table":
            t = block[1]
            tsize = t.get("size") or size
            total = float(sum(t["widths"]))
            widths = [width * w / total for w in t["widths"]]
            rows = t["header"] + t["body"]
            data, spans, shades = [], [], []
            for r, row in enumerate(rows):
                line, c = [], 0
                for x in row:
                    paras = [Paragraph(_rl_markup(p, fallback), style(tsize, x["align"]))
                             for p in x["paras"]]
                    line.append(paras or "")
                    if x["span"] > 1:
                        spans.append(("SPAN", (c, r), (c + x["span"] - 1, r)))
                        line += [""] * (x["span"] - 1)
                    if x["shade"]:
                        shades.append(("BACKGROUND", (c, r), (c + x["span"] - 1, r),
                                       colors.HexColor("#e8e8e8")))
                    c += x["span"]
                data.append(line)
            nh = len(t["header"])
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2)] + spans + shades
            if t["rules"] == "grid":
                cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            elif t["rules"] == "hlines":
                cmds += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                         ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]
            elif t["rules"] == "zebra" and len(rows) > nh:
                cmds.append(("ROWBACKGROUNDS", (0, nh), (-1, -1),
                             [colors.white, colors.HexColor("#eeeeee")]))
            if nh and t["rules"] != "none":
                cmds.append(("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.8, colors.black))
            story.append(Table(data, colWidths=widths, style=TableStyle(cmds),
                               repeatRows=nh if t["repeat"] else 0,
                               splitInRow=1 if t["split_rows"] else 0, hAlign="LEFT"))
            story.append(Spacer(1, size * 0.8))

    def page(canvas, document):
        canvas.saveState()
        canvas.setFont(base, max(size - 1, 6))
        if doc["running"]:
            canvas.drawString(left, pagesize[1] - top + 4 * mm, doc["running"])
        if doc["folio"]:
            canvas.drawCentredString(pagesize[0] / 2, bottom - 7 * mm,
                                     doc["folio"].format(n=document.page, m=""))
        canvas.restoreState()

    SimpleDocTemplate(out, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                      bottomMargin=bottom, title=doc.get("title", ""),
                      author=doc.get("author", "")).build(story, onFirstPage=page,
                                                          onLaterPages=page)


# ---------------------------------------------------------------------------- WeasyPrint

def _html_para(paragraph):
    out = []
    for text, style in paragraph:
        t = html.escape(text).replace("\n", "<br>")
        if "b" in style:
            t = "<b>%s</b>" % t
        if "i" in style:
            t = "<i>%s</i>" % t
        out.append(t)
    return "".join(out)


def _weasyprint(doc, out):
    family = FONTS[doc["font"]][0]
    top, right, bottom, left = doc["margins"]
    size = doc["size"]
    folio = ""
    if doc["folio"]:
        parts = doc["folio"].replace("{n}", '" counter(page) "').replace("{m}",
                                                                          '" counter(pages) "')
        folio = '@bottom-center { content: "%s"; font-size: %spt; }' % (parts, size - 1)
    running = ('@top-left { content: "%s"; font-size: %spt; }'
               % (doc["running"].replace('"', '\\"'), size - 1)) if doc["running"] else ""
    css = """
@page { size: A4 %s; margin: %smm %smm %smm %smm; %s %s }
body { font-family: "%s"; font-size: %spt; line-height: 1.2; }
h1, h2, h3 { font-weight: normal; margin: 0.5em 0 0.3em 0; }
p { margin: 0 0 0.4em 0; }
table { border-collapse: collapse; width: 100%%; margin: 0 0 0.8em 0; table-layout: fixed; }
td, th { vertical-align: top; padding: 1.5pt 2.5pt; text-align: left; font-weight: normal; }
td p, th p { margin: 0; }
table.grid td, table.grid th { border: 0.5pt solid black; }
table.hlines td, table.hlines th { border-bottom: 0.3pt solid #888; }
table.hlines tr:first-child th { border-top: 0.8pt solid black; }
table.zebra tbody tr:nth-child(even) td { background: #eeeeee; }
tr.lasthead th { border-bottom: 0.8pt solid black; }
table.none tr.lasthead th { border-bottom: none; }
table.keep tr { break-inside: avoid; }
.shade { background: #e8e8e8; }
""" % (doc["page"], top, right, bottom, left, running, folio, family, size)
    body = []
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "h":
            body.append('<h2 style="font-size:%spt">%s</h2>' % (block[1], _html_para(block[2])))
        elif kind == "p":
            body.append("<p>%s</p>" % _html_para(block[1]))
        elif kind == "space":
            body.append('<div style="height:%spt"></div>' % block[1])
        elif kind == "break":
            body.append('<div style="break-after: page"></div>')
        elif kind == "table":
            t = block[1]
            total = float(sum(t["widths"]))
            cls = t["rules"] + ("" if t["split_rows"] else " keep")
            style = ' style="font-size:%spt"' % t["size"] if t.get("size") else ""
            rows = ['<table class="%s"%s><colgroup>%s</colgroup>'
                    % (cls, style, "".join('<col style="width:%.2f%%">' % (100 * w / total)
                                           for w in t["widths"]))]

            def tr(row, tag, last=False):
                cells = []
                for x in row:
                    attrs = ' colspan="%d"' % x["span"] if x["span"] > 1 else ""
                    st = "text-align:%s" % x["align"]
                    cls = ' class="shade"' if x["shade"] else ""
                    cells.append('<%s%s%s style="%s">%s</%s>' % (
                        tag, attrs, cls, st, "".join("<p>%s</p>" % _html_para(p)
                                                     for p in x["paras"]), tag))
                return '<tr%s>%s</tr>' % (' class="lasthead"' if last else "", "".join(cells))
            head = [tr(r, "th", i == len(t["header"]) - 1) for i, r in enumerate(t["header"])]
            if t["repeat"]:
                rows.append("<thead>%s</thead><tbody>" % "".join(head))
            else:
                rows.append("<tbody>" + "".join(head))
            rows += [tr(r, "td") for r in t["body"]]
            rows.append("</tbody></table>")
            body.append("".join(rows))
    page = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>%s</title>'
            '<style>%s</style></head><body>%s</body></html>'
            % (html.escape(doc.get("title", "")), css, "\n".join(body)))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "doc.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(page)
        subprocess.run(["weasyprint", "-q", src, out], check=True)


# ---------------------------------------------------------------------------- DOCX + LibreOffice

def _docx(doc, out):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = docx.Document()
    family = FONTS[doc["font"]][0]
    size = doc["size"]
    normal = d.styles["Normal"]
    normal.font.name = family
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(a), family)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    sec = d.sections[0]
    if doc["page"] == "landscape":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    top, right, bottom, left = doc["margins"]
    sec.top_margin, sec.right_margin = Mm(top), Mm(right)
    sec.bottom_margin, sec.left_margin = Mm(bottom), Mm(left)
    sec.header_distance = sec.footer_distance = Mm(max(top / 2.5, 4))
    avail = (297 if doc["page"] == "landscape" else 210) - left - right

    def field(par, code):
        run = par.add_run()
        for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"),
                           ("end", None)):
            if kind:
                e = OxmlElement("w:fldChar")
                e.set(qn("w:fldCharType"), kind)
            elif text == code:
                e = OxmlElement("w:instrText")
                e.set(qn("xml:space"), "preserve")
                e.text = " %s " % code
            else:
                e = OxmlElement("w:t")
                e.text = text
            run._r.append(e)

    if doc["running"]:
        p = sec.header.paragraphs[0]
        r = p.add_run(doc["running"])
        r.font.size = Pt(size - 1)
    if doc["folio"]:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt = doc["folio"]
        while fmt:
            cut = min([i for i in (fmt.find("{n}"), fmt.find("{m}")) if i >= 0] or [len(fmt)])
            if cut:
                p.add_run(fmt[:cut]).font.size = Pt(size - 1)
            fmt = fmt[cut:]
            if fmt.startswith("{n}"):
                field(p, "PAGE")
            elif fmt.startswith("{m}"):
                field(p, "NUMPAGES")
            fmt = fmt[3:]

    def runs(par, paragraph, sz=None):
        for text, style in paragraph:
            parts = text.split("\n")
            for k, part in enumerate(parts):
                r = par.add_run(part)
                r.bold = "b" in style or None
                r.italic = "i" in style or None
                if sz:
                    r.font.size = Pt(sz)
                if k < len(parts) - 1:
                    r.add_break()

    def shade(c, color):
        tcpr = c._tc.get_or_add_tcPr()
        e = OxmlElement("w:shd")
        e.set(qn("w:val"), "clear")
        e.set(qn("w:color"), "auto")
        e.set(qn("w:fill"), color)
        tcpr.append(e)

    def borders(tbl, spec):
        tblpr = tbl._tbl.tblPr
        e = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            b = OxmlElement("w:" + side)
            val, sz, color = spec.get(side, ("nil", 0, "auto"))
            b.set(qn("w:val"), val)
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "0")
            b.set(qn("w:color"), color)
            e.append(b)
        tblpr.append(e)

    def cell_bottom(c, sz):
        tcpr = c._tc.get_or_add_tcPr()
        e = OxmlElement("w:tcBorders")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        e.append(b)
        tcpr.append(e)

    for block in doc["blocks"]:
        kind = block[0]
        if kind == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(block[1] * 0.5)
            p.paragraph_format.space_after = Pt(block[1] * 0.3)
            p.paragraph_format.keep_with_next = True
            runs(p, block[2], block[1])
        elif kind == "p":
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(size * 0.4)
            runs(p, block[1])
        elif kind == "space":
            p = d.add_paragraph()
            p.paragraph_format.line_spacing = Pt(block[1])
        elif kind == "break":
            d.add_page_break()
        elif kind == "table":
            t = block[1]
            tsize = t.get("size") or size
            ncols = len(t["widths"])
            rows = t["header"] + t["body"]
            tbl = d.add_table(rows=len(rows), cols=ncols)
            tbl.alignment = WD_TABLE_ALIGNMENT.LEFT
            tbl.autofit = False
            total = float(sum(t["widths"]))
            widths = [Mm(avail * w / total) for w in t["widths"]]
            for col, w in zip(tbl.columns, widths):
                col.width = w
            nh = len(t["header"])
            if t["rules"] == "grid":
                borders(tbl, {s: ("single", 4, "000000") for s in
                              ("top", "left", "bottom", "right", "insideH", "insideV")})
            elif t["rules"] == "hlines":
                borders(tbl, {"top": ("single", 8, "000000"),
                              "bottom": ("single", 4, "888888"),
                              "insideH": ("single", 2, "888888")})
            else:
                borders(tbl, {})
            for r, row in enumerate(rows):
                trow = tbl.rows[r]
                trpr = trow._tr.get_or_add_trPr()
                if r < nh and t["repeat"]:
                    e = OxmlElement("w:tblHeader")
                    trpr.append(e)
                if not t["split_rows"]:
                    trpr.append(OxmlElement("w:cantSplit"))
                c = 0
                rcells = trow.cells  # once: python-docx rebuilds the list at each access
                for x in row:
                    for k in range(x["span"]):
                        rcells[c + k].width = widths[c + k]
                    target = rcells[c]
                    if x["span"] > 1:
                        target = target.merge(rcells[c + x["span"] - 1])
                    par = target.paragraphs[0]
                    for i, paragraph in enumerate(x["paras"]):
                        if i:
                            par = target.add_paragraph()
                        par.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT,
                                         "center": WD_ALIGN_PARAGRAPH.CENTER,
                                         "right": WD_ALIGN_PARAGRAPH.RIGHT}[x["align"]]
                        runs(par, paragraph, tsize)
                    if x["shade"]:
                        shade(target, "E8E8E8")
                    elif t["rules"] == "zebra" and r >= nh and (r - nh) % 2:
                        shade(target, "EEEEEE")
                    if r == nh - 1 and t["rules"] != "none":
                        cell_bottom(target, 8)
                    c += x["span"]
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(size * 0.6)
    d.core_properties.title = doc.get("title", "")
    d.core_properties.author = doc.get("author", "")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "doc.docx")
        d.save(src)
        profile = tempfile.mkdtemp(prefix="lo-%d-gen-other-" % os.getpid())
        # one LibreOffice at a time on this machine, whoever else renders
        with open("/tmp/gen-other-soffice.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                subprocess.run(["soffice", "-env:UserInstallation=file://" + profile,
                                "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                               check=True, capture_output=True, timeout=300)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
                shutil.rmtree(profile, ignore_errors=True)
        shutil.move(os.path.join(tmp, "doc.pdf"), out)
