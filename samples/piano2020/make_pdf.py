#!/usr/bin/env python3
"""Rebuilds the sample PDFs of the Piano della performance 2020-2022 of the Camera di Commercio
di Pistoia (legacy, seed 004): its balanced-scorecard cruscotto (section 3.2, "Pianificazione
triennale. Gli obiettivi strategici") from the transcription cruscotto.csv, one row of the
seed per row of the file, in the seed's fourteen columns.

The cruscotto is one grid, as the seed prints it: rows of the tree (Prospettiva BSC, LINEA
STRATEGICA DI MANDATO, Ambito strategico/Obiettivo strategico, Obiettivo operativo) with their
letter and code cells, then, per objective, the header INDICATORE / ALGORITMO / Media cluster /
2018 / Valore ottenuto 2019 / Peso / Target 2020-2022 / Tipologia / Unità di misura / Fonte and
the indicators. The first column (PIRA, PARETO, PROG.INTEGR.FONDO: where else the indicator is
used) and the third (the objective's code again) have no header, as in the seed; so has Peso
in the header of H1. A tree row's last cell spans the columns to the end; its label is regular
type and its value bold. The note after B.1.4 and the text under LINEA C are rows across the
grid. Indicator names are regular type. The table runs over the pages without its header.

Two renderings:
- "rigata": landscape, ruled, Liberation Sans 5.5 pt, cells on top and left;
- "semplice": landscape, no rules, DejaVu Serif 5.5 pt, other widths, cells centred (headers,
  values and names) except the tree rows.
Section 3.3 ("Programmazione annuale. Gli obiettivi operativi") follows on a new page, from
sezione33.txt (the seed's lines 719-1008 as they are): per area its heading, per linea
strategica its key rows (Prospettiva BSC, Linee Strategiche di Mandato, Benefici Attesi) and
per strategic objective its key row, its cascade table (Obiettivo operativo / Valenza
informativa / Indicatore / Target / Strutture coinvolte, or CASCADING) and the budget tables
after it, cell by cell as the seed gives them, bold where it is. The cascade rows come from the
transcription cascata.csv, the cells it lists as carried left empty as in the seed.
Usage: make_pdf.py [OUTDIR]. Needs LibreOffice."""
import re
import csv
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from html_to_pdf import html_to_pdf  # noqa: E402  (samples/html_to_pdf.py)

STYLES = {
    "rigata": dict(font="Liberation Sans", size="5.5pt", border=1, valign="top", align="left",
                   widths=(9, 21, 6, 13, 5, 5, 6, 4, 6, 6, 6, 5, 4, 4),
                   cascade=(22, 24, 34, 8, 12)),
    "semplice": dict(font="DejaVu Serif", size="5.5pt", border=0, valign="middle",
                     align="center", widths=(9, 19, 6, 13, 5, 5, 7, 4, 6, 5, 5, 6, 5, 5),
                     cascade=(20, 26, 30, 10, 14)),
}
INTRO = ("Il cruscotto di ente riporta, per ciascun obiettivo operativo, gli indicatori con il "
         "valore del 2018 comparato, ove disponibile, con la media del cluster dimensionale, il "
         "valore ottenuto nel 2019, il peso e i target del triennio 2020-2022. In nota è "
         "indicato se l'indicatore è contenuto anche nel PIRA o nel sistema Pareto, e con il "
         "codice PROG.INTEGR.FONDO gli obiettivi per l'integrazione del fondo.")


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def td(s, content, span=1, valign=None, align="left", bold=False, column=None, nowrap=False):
    attrs = ' valign="%s" align="%s"' % (valign or s["valign"], align)
    if nowrap:  # a tree row's label, a date: never broken, as in the seed
        attrs += " nowrap"
    if span > 1:
        attrs += ' colspan="%d"' % span
    if column is not None:  # LibreOffice keeps a column's width only when every cell says it
        attrs += ' width="%d%%"' % s["widths"][column]
    content = html.escape(content)
    return "<td%s>%s</td>" % (attrs, "<b>%s</b>" % content if bold and content else content)


def tree_row(s, cells):
    """A row of the tree: each filled cell spans the empty ones after it, the last to the end;
    the last cell (the value) is bold, the others (labels, letters, codes) regular."""
    filled = [k for k, c in enumerate(cells) if c]
    out = [td(s, "", valign="top") for _ in range(filled[0])]
    for n, k in enumerate(filled):
        end = filled[n + 1] if n + 1 < len(filled) else len(cells)
        last = n + 1 == len(filled)
        out.append(td(s, cells[k], end - k, "top", bold=last, nowrap=not last))
    return "".join(out)


def row(s, r):
    cells = [r["c%d" % k] for k in range(14)]
    kind = r["kind"]
    if kind == "intestazione":
        return "".join(td(s, c, align=s["align"], bold=True, valign="bottom", column=k)
                       for k, c in enumerate(cells))
    if kind == "indicatore":
        return "".join(td(s, c, align="left" if k == 3 else s["align"], column=k,
                          nowrap=k > 3 and " " not in c)
                       for k, c in enumerate(cells))
    if kind in ("nota", "testo"):
        return td(s, cells[0], 14, "top")
    return tree_row(s, cells)


def page(style):
    s = STYLES[style]
    # LibreOffice takes a table's column widths from its first row: a row of empty cells.
    widths = "".join('<td width="%d%%" style="font-size: 1pt"></td>' % w for w in s["widths"])
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>',
           '@page { size: 29.7cm 21cm; margin: 1.5cm }',
           'body { font-family: "%s"; font-size: %s }' % (s["font"], s["size"]),
           'p { margin-top: 0; margin-bottom: 0.25cm }',
           '</style></head><body>',
           '<div title="header"><p>Camera di Commercio di Pistoia - Piano della performance '
           '2020-2022</p></div>',
           "<h2>Piano della performance 2020-2022</h2>",
           "<h3>3.2 Pianificazione triennale. Gli obiettivi strategici</h3>",
           "<p>%s</p>" % html.escape(INTRO),
           '<table width="100%%" cellpadding="2" cellspacing="0" border="%d">' % s["border"],
           "<tr>%s</tr>" % widths]
    out += ["<tr>%s</tr>" % row(s, r) for r in read("cruscotto.csv")]
    out.append("</table>")
    out += section33(s)
    out.append('<div title="footer"><p>Piano della performance 2020-2022 - pag. '
               '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
    out.append("</body></html>")
    return "\n".join(out)


KEYS = ("Prospettiva BSC", "Linee Strategiche di Mandato", "Linee d'azione trasversali",
        "Benefici Attesi", "Obiettivo strategico")
CASCADE = {"objective_name": 0, "indicator_name": 1, "formula": 2, "target": 3, "department": 4}


def seed_cell(s, text, valign="top"):
    """A cell of the seed: <b> kept as bold, a checkbox as a dash."""
    text = text.replace('<input type="checkbox"/>', "-").replace(
        '<input checked="checkbox"/>', "-")
    text = re.sub(r'<input[^>]*>', "-", text)
    parts = re.split(r"(</?b>|</?i>)", text)
    body, bold = "", False
    for part in parts:
        if part in ("<b>", "</b>"):
            bold = part == "<b>"
        elif part not in ("<i>", "</i>") and part:
            body += "<b>%s</b>" % html.escape(part) if bold else html.escape(part)
    return '<td valign="%s" align="%s">%s</td>' % (valign, s["align"], body)


def cascade_rows(s, seed_line, cells):
    """The cascade row of a seed line, from cascata.csv: its cells as the seed shows them (a
    carried cell empty)."""
    r = CASCATA[seed_line]
    shown = ["" if col in r["carried"].split() else r[col] for col in CASCADE][:len(cells)]
    # The objective's cell as the seed writes it, its code with it ("B.1.2. - Mantenimento").
    if shown[0]:
        shown[0] = re.sub(r"</?b>", "", cells[0]).strip()
    # Regular type: the seed's bold rows (H.1, H.2) under a bold header would read as a
    # second header row.
    return "".join(seed_cell(s, text) for text in shown)


def section33(s):
    lines = open(os.path.join(HERE, "sezione33.txt"), encoding="utf-8").read().split("\n")
    out = ['<h3 style="page-break-before: always">3.3 Programmazione annuale. '
           "Gli obiettivi operativi</h3>"]
    table = None  # "key", "cascade", "other": the kind of the table open
    border = s["border"]

    def close():
        nonlocal table
        if table:
            out.append("</table>")
        table = None

    def open_(kind):
        nonlocal table
        if table != kind:
            close()
            out.append('<table width="100%%" cellpadding="2" cellspacing="0" border="%d" '
                       'style="margin-bottom: 0.3cm">' % border)
            table = kind

    for n, raw in enumerate(lines, start=719):
        text = raw.strip()
        if not text or set(text) <= set("-\t ") or text.startswith("### "):
            close()
            continue
        if text.startswith("## "):
            close()
            out.append("<h4>%s</h4>" % html.escape(text[3:]))
            continue
        cells = raw.split("\t")
        if len(cells) == 1:
            close()
            out.append("<p>%s</p>" % html.escape(re.sub(r"</?b>|\*\*", "", text)))
            continue
        first = re.sub(r"</?b>", "", cells[0]).strip()
        filled = [c for c in cells[1:] if c.strip()]
        if first in KEYS or first == "Obiettivo Strategico":
            open_("key")
            out.append('<tr>%s%s</tr>' % (seed_cell(s, cells[0]).replace(
                "<td", '<td width="18%" nowrap', 1), seed_cell(s, filled[0] if filled else "")))
            continue
        if len(cells) > 1 and re.sub(r"</?b>", "", cells[1]).strip() == "Valenza informativa":
            close()
            open_("cascade")
            widths = s["cascade"][:len(cells)]
            out.append("<tr>%s</tr>" % "".join(
                seed_cell(s, c if c.startswith("<b>") else "<b>%s</b>" % c, "bottom").replace(
                    "<td", '<td width="%d%%"' % w, 1) for c, w in zip(cells, widths)))
            continue
        if table == "cascade" and n in CASCATA:
            out.append("<tr>%s</tr>" % cascade_rows(s, n, cells))
            continue
        open_("other")
        while cells and not cells[-1].strip():
            cells.pop()
        out.append("<tr>%s</tr>" % "".join(seed_cell(s, c) for c in cells))
    close()
    return out


CASCATA = {int(r["source_ref"].split("=")[1]): r for r in read("cascata.csv")}


def main():
    outdir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else HERE)
    html_to_pdf({"piano2020-%s" % style: page(style) for style in STYLES}, outdir)


if __name__ == "__main__":
    main()
