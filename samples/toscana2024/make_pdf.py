#!/usr/bin/env python3
"""Rebuilds the PIRA 2024 sample PDFs of the Camera di Commercio della Toscana Nord-Ovest from the
transcription of seed 002 (indicatori.csv), in the document's layout: "MISSIONE - 011 - ...",
"PROGRAMMA - 005 - ...", the objective "OS_01.02 - name (Peso: 16,66%)", "Risorse 2024", then a
table whose header has "Target" over the three years, and whose indicator cell holds the code
and name (bold), the description and the weight "(Peso: 25,00%)".

Two renderings: "orizzontale" (landscape, ruled, Liberation Sans, comparators typed ">=") and
"verticale" (portrait, no rules, DejaVu Serif, narrow columns, comparators printed "≥" "≤").
Usage: make_pdf.py [OUTDIR]. Needs LibreOffice; HTML goes to PDF through ODT (LibreOffice 7.4
drops an HTML page's first paragraph when converting it straight to PDF)."""
import csv
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from html_to_pdf import html_to_pdf  # noqa: E402  (samples/html_to_pdf.py)

STYLES = {
    "orizzontale": dict(page="29.7cm 21cm", font="Liberation Sans", size="8pt", border=1,
                        widths=(34, 26, 7, 7, 7, 8, 11), symbols=False),
    "verticale": dict(page="21cm 29.7cm", font="DejaVu Serif", size="7pt", border=0,
                      widths=(32, 24, 8, 8, 8, 9, 11), symbols=True),
}


def target(text, symbols):
    if symbols:
        text = text.replace(">=", "≥").replace("<=", "≤")
    return html.escape(text)


def page(style):
    s = STYLES[style]
    e = html.escape
    with open(os.path.join(HERE, "indicatori.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    w = s["widths"]
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>',
           '@page { size: %s; margin: 1.5cm }' % s["page"],
           'body { font-family: "%s"; font-size: %s }' % (s["font"], s["size"]),
           'td, th { vertical-align: top }',
           '</style></head><body>',
           '<div title="header"><p>Camera di Commercio della Toscana Nord-Ovest</p></div>',
           '<h1>PIRA 2024</h1>',
           '<h2>ARTICOLAZIONE PER MISSIONI E PROGRAMMI</h2>',
           '<p>Tutti gli obiettivi e gli indicatori contenuti nel PIRA sono ricondotti a una '
           '"missione" e a un "programma".</p>']
    mission = programme = objective = None
    for r in rows:
        if r["objective_code"] != objective and objective is not None:
            out.append("</table>")
        if r["mission"] != mission:
            mission, programme = r["mission"], None
            out.append("<p><b>MISSIONE - %s</b></p>" % e(mission))
        if r["programme"] != programme:
            programme = r["programme"]
            out.append("<p><b>PROGRAMMA - %s</b></p>" % e(programme))
        if r["objective_code"] != objective:
            objective = r["objective_code"]
            out.append("<p><b>%s - %s (Peso: %s)</b></p>"
                       % (e(objective), e(r["objective_name"]), e(r["objective_weight"])))
            out.append('<p><b>Risorse 2024</b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%s</p>'
                       % e(r["resources_eur"]))
            out.append('<table width="100%%" cellpadding="3" cellspacing="0" border="%d">'
                       '<thead><tr><th rowspan="2" width="%d%%">Indicatore</th>'
                       '<th rowspan="2" width="%d%%">Algoritmo</th>'
                       '<th colspan="3" width="%d%%">Target</th>'
                       '<th rowspan="2" width="%d%%">Tipologia</th>'
                       '<th rowspan="2" width="%d%%">Valore medio cluster dimensionale Pareto'
                       '</th></tr><tr><th>2024</th><th>2025</th><th>2026</th></tr></thead>'
                       % (s["border"], w[0], w[1], w[2] + w[3] + w[4], w[5], w[6]))
        cell = "<b>%s - %s</b>" % (e(r["indicator_code"]), e(r["indicator_name"]))
        if r["description"]:
            cell += " " + e(r["description"])
        cell += " (Peso: %s)" % e(r["weight"])
        cells = [cell, e(r["formula"])] + [target(r["target_%d" % y], s["symbols"])
                                           for y in (2024, 2025, 2026)] + [e(r["type"]),
                                                                           e(r["cluster"])]
        out.append("<tr>" + "".join('<td width="%d%%" valign="top">%s</td>' % (wd, c)
                                    for wd, c in zip(w, cells)) + "</tr>")
    out.append("</table>")
    out.append('<div title="footer"><p>PIRA 2024 - pag. '
               '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
    out.append("</body></html>")
    return "\n".join(out)


def main():
    outdir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else HERE)
    html_to_pdf({"toscana2024-%s" % style: page(style) for style in STYLES}, outdir)


if __name__ == "__main__":
    main()
