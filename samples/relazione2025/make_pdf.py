#!/usr/bin/env python3
"""Rebuilds the Relazione sulla performance 2025 sample PDFs from the transcription of seed 001
(indicatori.csv: the scoring inputs; indicatori-pubblicati.csv: each indicator's description and
published performance; obiettivi-pubblicati.csv: the objectives' and strategic objective's),
in the layout of section 3.1 of the document: "Ambito strategico:", the strategic objective with
its computed degree, one heading per objective ("code - name" and its performance), then a table
without headers: weight | code - name (bold) and description | target | actual | performance.

Two renderings, so that no extractor depends on one: "rigata" (ruled cells, DejaVu Sans, cells
centred vertically as in the published PDF) and "serif" (no rules, Liberation Serif, cells on
top, other column widths). Both landscape A4 with a running header and a numbered footer.

Usage: make_pdf.py OUTDIR [FOLDER [NAME]]   (reads the three csv files of FOLDER, by default
this one, and writes NAME-rigata.pdf and NAME-serif.pdf, by default relazione2025-*.pdf; the
whole document: make_pdf.py completa completa relazione2025-completa)
Needs LibreOffice (soffice); HTML goes to PDF through ODT, as LibreOffice 7.4 drops an HTML
page's first paragraph when converting it straight to PDF."""
import csv
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from html_to_pdf import html_to_pdf  # noqa: E402  (samples/html_to_pdf.py)

STYLES = {
    "rigata": dict(font="DejaVu Sans", size="8pt", border=1, valign="middle",
                   widths=(7, 55, 14, 12, 12)),
    "serif": dict(font="Liberation Serif", size="9.5pt", border=0, valign="top",
                  widths=(8, 48, 16, 14, 14)),
}


def read(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def reading(figure):
    """The Relazione's reading of a figure: raggiunto from 80 %, parzialmente from 60 %."""
    value = float(figure.rstrip("% ").replace(",", "."))
    return "RAGGIUNTO" if value >= 80 else "PARZIALMENTE RAGGIUNTO" if value >= 60 else \
        "NON RAGGIUNTO"


def page(style, folder):
    s = STYLES[style]
    rows = read(folder, "indicatori.csv")
    indicators = {p["source_ref"]: p for p in read(folder, "indicatori-pubblicati.csv")}
    published = read(folder, "obiettivi-pubblicati.csv")
    strategic_figures = {p["key"]: p["performance"] + " %" for p in published
                         if p["level"] == "strategic_objective"}
    # Objectives in document order; the transcription keeps their codes as the OCR read them.
    codes = list(dict.fromkeys(r["objective_code"] for r in rows))
    figures = [p for p in published if p["level"] == "objective"]
    assert len(codes) == len(figures) and all(c[:5] == f["key"][:5] for c, f in zip(codes, figures))
    objective_figures = {c: f["performance"] + "%" for c, f in zip(codes, figures)}
    e = html.escape
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>',
           '@page { size: 29.7cm 21cm; margin: 1.4cm 1.5cm }',
           'body { font-family: "%s"; font-size: %s }' % (s["font"], s["size"]),
           'td { vertical-align: %s }' % s["valign"],
           '</style></head><body>',
           '<div title="header"><p>Camera di Commercio di Pistoia-Prato</p></div>',
           '<h1>Relazione sulla performance 2025</h1>',
           '<p>Adottata con Deliberazione di Giunta n. 27/26 del 25/03/2026</p>',
           '<h2>3 - RENDICONTAZIONE DELLA PERFORMANCE ORGANIZZATIVA</h2>',
           '<h3>3.1 Rendicontazione degli obiettivi strategici triennali e degli obiettivi '
           'operativi annuali</h3>']
    area = strategic = objective = None
    widths = s["widths"]
    for r in rows:
        if r["objective_code"] != objective and objective is not None:
            out.append('</table>')
        if r["area"] != area:
            area = r["area"]
            out.append('<p><b>Ambito strategico:</b></p><p><b>%s</b></p>' % e(area))
        if r["strategic_objective"] != strategic:
            strategic = r["strategic_objective"]
            out.append('<p><b>Obiettivo strategico: %s</b></p>' % e(strategic))
            if strategic in strategic_figures:
                figure = strategic_figures[strategic]
                out.append('<p>Grado calcolato: %s %s</p>' % (e(figure), reading(figure)))
        if r["objective_code"] != objective:
            objective = r["objective_code"]
            figure = objective_figures[objective]
            out.append('<table width="100%%" cellpadding="3" cellspacing="0" border="0"><tr>'
                       '<td width="88%%"><b>%s - %s</b></td><td width="12%%">%s</td></tr></table>'
                       % (e(objective), e(r["objective_name"]), e(figure)))
            out.append('<table width="100%%" cellpadding="4" cellspacing="0" border="%d">'
                       % s["border"])
        ind = indicators[r["source_ref"]]
        name = (r["indicator_code"] + " - " if r["indicator_code"] else "") + r["indicator_name"]
        cells = [r["weight"], "<b>%s</b><br>%s" % (e(name), e(ind["formula"])),
                 e(r["target"]), e(r["actual"]), e(ind["performance"])]
        out.append("<tr>" + "".join('<td width="%d%%">%s</td>' % (w, c)
                                    for w, c in zip(widths, cells)) + "</tr>")
    out.append('</table>')
    out.append('<h3>3.2 Valutazione complessiva della performance organizzativa</h3>')
    out.append('<p>La performance di ente è la media semplice degli obiettivi strategici.</p>')
    out.append('<div title="footer"><p>Relazione sulla performance 2025 - pagina '
               '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
    out.append('</body></html>')
    return "\n".join(out)


def main():
    outdir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else HERE)
    folder = os.path.join(HERE, sys.argv[2]) if len(sys.argv) > 2 else HERE
    name = sys.argv[3] if len(sys.argv) > 3 else "relazione2025"
    html_to_pdf({"%s-%s" % (name, style): page(style, folder) for style in STYLES}, outdir)


if __name__ == "__main__":
    main()
