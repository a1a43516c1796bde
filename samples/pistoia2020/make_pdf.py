#!/usr/bin/env python3
"""Rebuilds the sample PDFs of the PIRA 2020 of the Camera di Commercio di Pistoia (legacy), the
first part of seed 003, from its transcription (programmi.csv, indicatori.csv, note.csv), in the
document's layout: per programme of spending "Missione 011" and "Programma 005" (bold) with their
names on the line below, a table of fields without rules (Benefici Attesi, Budget mastro 8 or
Budget, Centro di responsabilità, Portatori d'interesse), then the indicator table VALENZA
INDICATORE / Algoritmo di calcolo / CONSUNTIVO AL 30.9.2020 / CONSUNTIVO AL 31.12.2020 / TARGET
2020-2022 / Tipologia indicatore / unità di misura / Fonte, with the seed's header texts.

As in the seed, two actuals carry a footnote marker (superscript) whose note follows the row the
seed prints it after, here as a row across the table; each programme's table is one table, so
that a table longer than its page goes on, with one column geometry, without its header.
(LibreOffice lays out separate tables each with its own widths, whatever the HTML asks.)

Two renderings:
- "rigata": landscape, ruled, Liberation Sans 7.5 pt, cells on top;
- "semplice": landscape, no rules, DejaVu Serif 7 pt, other column widths, cells centred
  vertically and the values horizontally.
Usage: make_pdf.py [OUTDIR]. Needs LibreOffice."""
import csv
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from html_to_pdf import html_to_pdf  # noqa: E402  (samples/html_to_pdf.py)

STYLES = {
    "rigata": dict(page="29.7cm 21cm", font="Liberation Sans", size="7.5pt", border=1,
                   valign="top", align="left",
                   widths=(20, 20, 7, 7, 6, 6, 6, 11, 9, 8)),
    "semplice": dict(page="29.7cm 21cm", font="DejaVu Serif", size="7pt", border=0,
                     valign="middle", align="center",
                     widths=(18, 30, 7, 7, 5, 5, 5, 9, 8, 6)),
}
INTRO = [
    "Il Piano degli Indicatori e dei Risultati Attesi di bilancio della cessata Camera di "
    "Commercio di Pistoia è stato approvato con deliberazione consiliare n. 19/2019 del 19 "
    "dicembre 2020, in occasione dell'approvazione del preventivo economico per l'anno 2020, e "
    "aggiornato con deliberazione consiliare n. 11/2020 del 31 luglio 2020, in occasione "
    "dell'aggiornamento del preventivo stesso.",
    "In tali casi, nei prospetti che seguono, viene riportato – nella colonna \"Consuntivo al "
    "31.12.2020\" - il valore \"N.D.\" (Non Disponibile).",
]


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def fields(p, e):
    """Benefici Attesi, Budget, Centro di responsabilità, Portatori: label and value cells."""
    benefici = "<br>".join("<i>%s</i>" % e(b) for b in p["benefici"].split("|"))
    budget = "<b>%s</b>" % e(p["budget"])
    if p["budget_label"] == "Budget mastro 8":
        budget += (" (cui si aggiungono le risorse che fanno carico agli ordinari stanziamenti "
                   "di bilancio per spese di funzionamento e personale)")
    pairs = [("Benefici Attesi", benefici), (p["budget_label"], budget),
             ("Centro di responsabilità", "<b>%s</b>" % e(p["centro"])),
             (p["portatori_label"], "<b>%s</b>" % e(p["portatori"]))]
    return ('<table width="100%" cellpadding="2" cellspacing="0" border="0">' +
            "".join('<tr><td width="22%%" valign="top"><b>%s</b></td>'
                    '<td width="78%%" valign="top">%s</td></tr>' % (e(k), v)
                    for k, v in pairs) + "</table>")


def table(s, header, rows, notes, e):
    """One programme's indicator table. A note follows the row the seed prints it after, as a
    row of its own across the table; a table longer than its page goes on without its header."""
    w = s["widths"]
    out = ['<table width="100%%" cellpadding="2" cellspacing="0" border="%d">' % s["border"],
           "<tr>" + "".join('<td width="%d%%" valign="bottom"><b>%s</b></td>' % (wd, e(h))
                            for wd, h in zip(w, header.split("|"))) + "</tr>"]
    seen = ""
    for r in rows:
        actual = e(r["actual"])
        for mark, digit in (("¹", "1"), ("²", "2")):
            if mark in actual:
                seen = digit
            actual = actual.replace(" " + mark, " <sup>%s</sup>" % digit)
        cells = ["<b>%s</b>" % e(r["indicator_name"]), e(r["formula"]), e(r["baseline"]), actual,
                 e(r["target_2020"]), e(r["target_2021"]), e(r["target_2022"]), e(r["type"]),
                 e(r["unit"]), e(r["source"])]
        out.append("<tr>" + "".join(
            '<td width="%d%%" valign="%s" align="%s">%s</td>'
            % (wd, s["valign"], "left" if k < 2 else s["align"], c)
            for k, (wd, c) in enumerate(zip(w, cells))) + "</tr>")
        if r["after"] == "nota":
            out.append('<tr><td colspan="%d"><sup>%s</sup> %s</td></tr>'
                       % (len(w), seen, e(notes[seen])))
    out.append("</table>")
    return "\n".join(out)


def page(style):
    s = STYLES[style]
    e = html.escape
    programmes = read("programmi.csv")
    indicators = read("indicatori.csv")
    notes = {n["number"]: n["text"] for n in read("note.csv")}
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>',
           '@page { size: %s; margin: 1.5cm }' % s["page"],
           'body { font-family: "%s"; font-size: %s }' % (s["font"], s["size"]),
           'p { margin-top: 0; margin-bottom: 0.25cm }',
           '</style></head><body>',
           '<div title="header"><p>Piano degli indicatori e dei risultati attesi di bilancio - '
           'Situazione al 31 dicembre 2020</p></div>',
           "<h2>IL PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DELLA C.C.I.A.A. DI PISTOIA</h2>"]
    out += ["<p>%s</p>" % e(t) for t in INTRO]
    for p in programmes:
        out.append("<p><b>Missione %s</b><br>%s</p>" % (e(p["mission"]), e(p["mission_name"])))
        out.append("<p><b>Programma %s</b><br>%s</p>" % (e(p["programme"]),
                                                         e(p["programme_name"])))
        out.append(fields(p, e))
        out.append('<p style="margin: 0">&nbsp;</p>')
        rows = [r for r in indicators
                if (r["mission"], r["programme"]) == (p["mission"], p["programme"])]
        out.append(table(s, p["header"], rows, notes, e))
        out.append('<p style="margin: 0">&nbsp;</p>')
    out.append('<div title="footer"><p>PIRA 2020 - C.C.I.A.A. di Pistoia - pag. '
               '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
    out.append("</body></html>")
    return "\n".join(out)


def main():
    outdir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else HERE)
    html_to_pdf({"pistoia2020-%s" % style: page(style) for style in STYLES}, outdir)


if __name__ == "__main__":
    main()
