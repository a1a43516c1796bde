#!/usr/bin/env python3
"""Rebuilds the PIRA 2026 sample PDFs of the Camera di Commercio di Pistoia-Prato from the
transcription of seed 000 (indicatori.csv, obiettivi.csv), in the document's layout: per objective
the labelled fields (D.M. 27/03/2013 Missione, Programma, Ambito strategico, Obiettivo, Codice),
its description, "Risorse economiche:" with the amount below, "Area di responsabilità" and
"Ufficio", then the table Indicatori / Tipologia / UdM / Stato 2025 / Target 2026-2028 / Peso
indicatori, whose first cell holds the indicator's name (bold) and its description.

Blocks keep the seed's table shapes: the comparator glued to the 2026 target (">= 10.000") or in a
cell of its own, the seed's header texts ("Peso indicatori:", "Peso indicator", "Stato 2027"), a
name and description on lines of their own (01_04_OS02), the objective's code inside "Obiettivo:".

Two renderings:
- "rigata": portrait, ruled, Liberation Sans 8 pt, cells on top, "Target 2026" spanning the
  comparator's cell and the value's;
- "semplice": landscape, no rules, DejaVu Serif 7.5 pt, cells centred (the name's aside),
  "Target 2026" over the comparator's cell or the value's and the other cell's header empty, as
  in the seed.
Usage: make_pdf.py [OUTDIR]. Needs LibreOffice."""
import csv
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from html_to_pdf import html_to_pdf  # noqa: E402  (samples/html_to_pdf.py)

STYLES = {
    "rigata": dict(page="21cm 29.7cm", font="Liberation Sans", size="8pt", border=1,
                   valign="top", align="left", literal_headers=False),
    "semplice": dict(page="29.7cm 21cm", font="DejaVu Serif", size="7.5pt", border=0,
                     valign="middle", align="center", literal_headers=True),
}
# Width (%) of each table column: name, tipologia, UdM, stato, comparator, 2026, 2027, 2028, peso.
WIDTHS = (32, 10, 5, 10, 5, 11, 10, 10, 7)


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def fields(rows, e):
    """The labelled fields of a block, as a two-column table without rules."""
    r = rows[0]
    objective = r["objective_name"]
    if r["code_in_name"]:
        objective = r["objective_code"] + " " + objective
    pairs = [("D.M. 27/03/2013 Missione:", r["mission"]),
             ("D.M. 27/03/2013 Programma:", r["programme"]),
             ("Ambito strategico CCIAA PT-PO:", r["strategic_objective"]),
             ("Obiettivo:", objective)]
    if not r["code_in_name"]:
        pairs.append(("Codice:", r["objective_code"]))
    return ('<table width="100%" cellpadding="2" cellspacing="0" border="0">' +
            "".join('<tr><td width="33%%" valign="top"><b>%s</b></td>'
                    '<td width="67%%" valign="top">%s</td></tr>'
                    % (e(k), e(v)) for k, v in pairs) + "</table>")


def header(r, s, e):
    """The header row: the seed's texts; an empty text is the comparator's or the value's cell."""
    texts = r["header"].split("|")
    if r["comparator"] == "unito":
        cells = [(t, w) for t, w in zip(texts, WIDTHS[:4] + (WIDTHS[4] + WIDTHS[5],) + WIDTHS[6:])]
        return "".join('<th width="%d%%">%s</th>' % (w, e(t)) for t, w in cells)
    if "" not in texts:  # the seed names one header over both cells
        texts.insert(texts.index("Target 2026") + 1, "")
    out, k = [], 0
    while k < len(texts):
        if not s["literal_headers"] and texts[k] in ("", "Target 2026") and k == 4:
            out.append('<th colspan="2" width="%d%%">Target 2026</th>' % (WIDTHS[4] + WIDTHS[5]))
            k += 2
            continue
        out.append('<th width="%d%%">%s</th>' % (WIDTHS[k], e(texts[k])))
        k += 1
    return "".join(out)


def row(r, e, valign, align):
    name = "<b>%s</b>" % e(r["indicator_name"])
    if r["objective_code"] == "01_04_OS02":  # the description on lines of its own
        name += "<br>" + e(r["description"])
    elif r["description"]:
        name += " " + e(r["description"])
    if r["comparator"] == "unito":
        targets = [r["target_2026"]]
    else:
        op, _, value = r["target_2026"].partition(" ")
        targets = [op, value]
    cells = [name, e(r["type"]), e(r["unit"]), e(r["baseline"])] + \
        [e(t) for t in targets + [r["target_2027"], r["target_2028"], r["weight"]]]
    # Comparators and dates are never broken (LibreOffice narrows columns to fit the text).
    nowrap = [k > 3 or (k == 3 and " " not in c) for k, c in enumerate(cells)]
    return "<tr>" + "".join('<td valign="%s" align="%s"%s>%s</td>'
                            % (valign, align if k > 0 else "left", " nowrap" if n else "", c)
                            for k, (n, c) in enumerate(zip(nowrap, cells))) + "</tr>"


def page(style):
    s = STYLES[style]
    e = html.escape
    descriptions = {r["objective_code"]: r["description"] for r in read("obiettivi.csv")}
    rows = read("indicatori.csv")
    blocks = []
    for r in rows:
        if not blocks or blocks[-1][0]["objective_code"] != r["objective_code"]:
            blocks.append([])
        blocks[-1].append(r)
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>',
           '@page { size: %s; margin: 1.5cm }' % s["page"],
           'body { font-family: "%s"; font-size: %s }' % (s["font"], s["size"]),
           '</style></head><body>',
           '<div title="header"><p>Camera di Commercio di Pistoia-Prato</p></div>',
           '<h1>IL PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO 2026</h1>',
           '<p>Di seguito si riportano i progetti che la Camera intende realizzare nel 2026 e la '
           'loro classificazione per Missioni e Programmi.</p>']
    for block in blocks:
        r = block[0]
        out.append(fields(block, e))
        out.append("<p><b>Descrizione:</b></p>")
        out += ["<p>%s</p>" % e(p) for p in descriptions[r["objective_code"]].split("\n")]
        out.append("<p><b>Risorse economiche:</b></p>")
        if r["resources_eur"]:
            out.append("<p>%s</p>" % e(r["resources_eur"]))
        out.append("<p><b>Unità organizzative coinvolte:</b></p>")
        out.append('<table width="100%%" cellpadding="2" cellspacing="0" border="0">'
                   '<tr><td width="33%%"><b>Area di responsabilità:</b></td><td>%s</td></tr>'
                   '<tr><td width="33%%"><b>Ufficio:</b></td><td>%s</td></tr></table>'
                   % (e(r["department"]), e(r["office"])))
        out.append('<p></p><table width="100%%" cellpadding="3" cellspacing="0" border="%d">'
                   '<thead><tr>%s</tr></thead>' % (s["border"], header(r, s, e)))
        out += [row(x, e, s["valign"], s["align"]) for x in block]
        out.append("</table><p></p>")
    out.append('<div title="footer"><p>PIRA 2026 - pag. '
               '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
    out.append("</body></html>")
    return "\n".join(out)


def main():
    outdir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else HERE)
    html_to_pdf({"pira2026-%s" % style: page(style) for style in STYLES}, outdir)


if __name__ == "__main__":
    main()
