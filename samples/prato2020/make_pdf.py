#!/usr/bin/env python3
"""Rebuilds the sample PDFs of the PIRA 2020 of the Camera di Commercio di Prato (legacy), the
second part of seed 003, from its transcription (schede.csv, indicatori.csv), in the document's
layout: under the mission headings ("Missione 11) ...") and the scheda titles, one scheda per
programma strategico as one table of eleven columns: Area strategica, Programma, Centro di
Responsabilità (once just "Responsabilità"), Budget, the Indicatore di avanzamento with its own
small header, Obiettivo, Descrizione, the Fasi with their years, then the indicator table
Indicatori / Tipologia / Indicatore / Formula / UDM / 30/09/2020 / Stato 2020 / Target 2020 /
Target 2021 / Target 2022 / Performance, whose first column ("Indicatori") is empty in every
row, and the Stakeholder row that closes it (twice, as in the seed, with "Stakeholder" in the
second column). The Salute finanziaria dell'ente is a table of its own: its sections (Equilibrio
economico, Proventi, Costi, Patrimonio, Indebitamento) each repeat the header Indicatore /
Formula / Consuntivo 30.09.2020 / Target 2020 / Performance, and the unit is glued before the
value ("% 6,4", "€ 4.278.724").

The original's progress gauges (a bar chart, a scale from 0 to 100 %) are not reproduced; the
indicator names are regular type, as in the seed; the headers are bold.

LibreOffice lays the columns out by content, so the widths asked for are only a guide: narrow
cells still wrap labels ("Centro di" over "Responsabilità") and headers ("30/09/20" over "20"),
and tables run over page breaks without their header, as in the seed.

Two renderings:
- "rigata": A4 landscape, ruled, Liberation Sans 8 pt, labels bold, cells on top;
- "semplice": A4 landscape, no rules, DejaVu Serif 7 pt, other column widths, labels regular,
  cells centred vertically and the values horizontally.
Usage: make_pdf.py [OUTDIR]. Needs LibreOffice."""
import csv
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from html_to_pdf import html_to_pdf  # noqa: E402  (samples/html_to_pdf.py)

STYLES = {
    "rigata": dict(page="29.7cm 21cm", font="Liberation Sans", size="8pt", border=1,
                   valign="top", align="left", label_bold=True,
                   widths=(11, 9, 25, 19, 5, 6, 5, 5, 5, 5, 5)),
    "semplice": dict(page="29.7cm 21cm", font="DejaVu Serif", size="7pt", border=0,
                     valign="middle", align="center", label_bold=False,
                     widths=(13, 10, 22, 21, 5, 6, 5, 5, 5, 4, 4)),
}
HEADER = ["Indicatori", "Tipologia", "Indicatore", "Formula", "UDM", "30/09/2020", "Stato 2020",
          "Target 2020", "Target 2021", "Target 2022", "Performance"]
SALUTE_HEADER = ["Indicatore", "Formula", "Consuntivo 30.09.2020", "Target 2020", "Performance"]
INTRO = ("Nell'ambito della propria autonomia politica il Consiglio Camerale di Prato ha fissato "
         "gli obiettivi di mandato per la Camera di Commercio di Prato. Tali obiettivi sono stati "
         "poi declinati in programmi di attività per l'anno 2020 nella Relazione Previsionale e "
         "Programmatica adottata dal Consiglio Camerale con deliberazione n. 07/19 del 25 "
         "novembre 2019. Di seguito si riportano le schede predisposte dalla Camera di Commercio "
         "di Prato per il PIRA 2020.")


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def text(t):
    """The transcription's text as HTML: its italics kept (<i>), " | " a new paragraph."""
    t = html.escape(t).replace("&lt;i&gt;", "<i>").replace("&lt;/i&gt;", "</i>")
    return t.replace(" | ", "<br>")


class Scheda:
    """The rows of one scheda's table, in the style's column widths."""

    def __init__(self, s):
        self.s = s
        self.rows = []

    def cell(self, content, span=1, bold=False, rowspan=1, align="left", width=None):
        attrs = ' valign="%s" align="%s"' % (self.s["valign"], align)
        if span > 1:
            attrs += ' colspan="%d"' % span
        if rowspan > 1:
            attrs += ' rowspan="%d"' % rowspan
        if width is not None:
            attrs += ' width="%d%%"' % width
        return "<td%s>%s</td>" % (attrs, "<b>%s</b>" % content if bold and content else content)

    def label(self, name, rowspan=1):
        return self.cell(html.escape(name), bold=self.s["label_bold"], rowspan=rowspan)

    def field(self, name, value):
        self.rows.append(self.label(name) + self.cell(text(value), span=10))

    def avanzamento(self, value):
        """The Indicatore di avanzamento: a small header and its one row (gauge left out)."""
        parts = value.split("|")
        head = ["Indicatore", "Formula", "30/09/2020", "Target triennio"]
        self.rows.append(self.label("Indicatore di avanzamento", 2) +
                         "".join(self.cell(h, 2, True) for h in head) + self.cell("", 2))
        self.rows.append("".join(self.cell(text(p), 2) for p in parts) + self.cell("", 2))

    def fasi(self, value):
        """The phases' Gantt: "Fase" and the three years, then a row of marks per phase."""
        rows = [r.split("|") for r in value.split(" || ")]
        head = rows[0]
        self.rows.append(self.label("Fasi", len(rows)) + self.cell(head[0], 4, True) +
                         "".join(self.cell(y, 2, True) for y in head[1:]))
        for r in rows[1:]:
            # A phase's name, or its name and its activity ("Spazi nuova sede", "Utilizzo
            # spazi sede camerale"), then its marks ("▶▶", "↔") under the years.
            names = [c for c in r if not set(c) <= set("▶▼↔←→")]
            marks = ([c for c in r if c not in names] + ["", "", ""])[:3]
            self.rows.append("".join(self.cell(text(n), 4 // len(names)) for n in names) +
                             "".join(self.cell(m, 2, align="center") for m in marks))

    def indicators(self, rows):
        w = self.s["widths"]
        self.rows.append("".join(self.cell(h, bold=True, width=wd) for h, wd in zip(HEADER, w)))
        for r in rows:
            values = [r["unit"], r["baseline"], r["actual"], r["target_2020"], r["target_2021"],
                      r["target_2022"], r["performance"]]
            self.rows.append(self.cell("") + self.cell(text(r["type"])) +
                             self.cell(text(r["indicator_name"])) + self.cell(text(r["formula"])) +
                             "".join(self.cell(html.escape(v), align=self.s["align"])
                                     for v in values))

    def stakeholder(self, value, in_second_cell):
        if in_second_cell:
            self.rows.append(self.cell("") + self.label("Stakeholder") +
                             self.cell(html.escape(value), 9))
        else:
            self.field("Stakeholder", value)

    def html(self):
        # LibreOffice takes a table's column widths from its first row: a row of empty cells,
        # one per column, gives them (the fields' rows below span the columns).
        widths = "".join('<td width="%d%%" style="font-size: 1pt"></td>' % wd
                         for wd in self.s["widths"])
        return ('<table width="100%%" cellpadding="3" cellspacing="0" border="%d">\n'
                % self.s["border"] + "<tr>%s</tr>\n" % widths +
                "\n".join("<tr>%s</tr>" % r for r in self.rows) + "</table>")


def scheda(s, p, rows):
    t = Scheda(s)
    for name, key in (("Area strategica", "area"), ("Programma", "programme"),
                      (p["centro_label"], "centro"), ("Budget", "budget")):
        t.field(name, p[key])
    t.avanzamento(p["avanzamento"])
    t.field("Obiettivo", p["obiettivo"])
    t.field("Descrizione", p["descrizione"])
    t.fasi(p["fasi"])
    t.indicators(rows)
    if p["stakeholder"]:
        t.stakeholder(p["stakeholder"], p["stakeholder_cell"] == "2")
    return t.html()


def salute(s, p, rows):
    """The Salute finanziaria sheet: a section per header row, the unit glued to the value."""
    w = (16, 26, 28, 12, 9, 9)
    out = ['<table width="100%%" cellpadding="3" cellspacing="0" border="%d">' % s["border"],
           '<tr><td colspan="5"><b>Stato di Salute Finanziaria</b></td>'
           '<td><b>Performance</b></td></tr>',
           '<tr><td valign="top">Condizioni</td><td colspan="5">%s</td></tr>'
           % text(p["descrizione"])]
    section = None
    for r in rows:
        if r["section"] != section:
            section = r["section"]
            out.append("<tr>" + "".join('<td width="%d%%"><b>%s</b></td>' % (wd, html.escape(h))
                                        for wd, h in zip(w, [section] + SALUTE_HEADER)) + "</tr>")
        cells = [text(r["indicator_name"]), text(r["formula"])]
        values = [r["actual"], r["target_2020"], r["performance"]]
        out.append("<tr><td></td>" + "".join(
            '<td valign="%s">%s</td>' % (s["valign"], c) for c in cells) + "".join(
            '<td valign="%s" align="%s">%s</td>' % (s["valign"], s["align"], html.escape(v))
            for v in values) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def page(style):
    s = STYLES[style]
    e = html.escape
    indicators = read("indicatori.csv")
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>',
           '@page { size: %s; margin: 1.5cm }' % s["page"],
           'body { font-family: "%s"; font-size: %s }' % (s["font"], s["size"]),
           'p { margin-top: 0; margin-bottom: 0.25cm }',
           '</style></head><body>',
           '<div title="header"><p>Piano degli indicatori e dei risultati attesi di bilancio - '
           'Situazione al 31 dicembre 2020</p></div>',
           "<h2>IL PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DELLA C.C.I.A.A. DI PRATO</h2>",
           "<p>%s</p>" % e(INTRO)]
    mission = None
    for p in read("schede.csv"):
        if p["mission"] != mission:
            mission = p["mission"]
            out.append('<p><b>Missione %s) "%s"</b></p>' % (e(mission), e(p["mission_name"])))
        out.append("<p><b>%s</b></p>" % e(p["title"]))
        rows = [r for r in indicators if r["scheda"] == p["scheda"]]
        out.append(salute(s, p, rows) if p["kind"] == "salute" else scheda(s, p, rows))
        out.append('<p style="margin: 0">&nbsp;</p>')
    out.append('<div title="footer"><p>PIRA 2020 - C.C.I.A.A. di Prato - pag. '
               '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
    out.append("</body></html>")
    return "\n".join(out)


def main():
    outdir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else HERE)
    html_to_pdf({"prato2020-%s" % style: page(style) for style in STYLES}, outdir)


if __name__ == "__main__":
    main()
