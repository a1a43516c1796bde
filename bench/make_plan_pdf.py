#!/usr/bin/env python3
"""Writes a long PIRA-like plan as HTML, one block per objective in the layout of
tests/fixtures/pdf/obiettivo.html (labelled fields, then an indicator table with bold names),
for the extraction benchmark: make_plan_pdf.py OBJECTIVES OUT.html"""
import sys

objectives, out = int(sys.argv[1]), sys.argv[2]
rows = [("Attività informativa", "Realizzazione di eventi su ciascuna tematica", "Efficienza",
         "n.", ">= 1", "14,3%"),
        ("Promozione", "Realizzazione di strumenti e materiali digitali di promozione "
         "(numero di strumenti e canali utilizzati nell'anno)", "Volume", "n.", ">= 2", "14,3%"),
        ("Laboratori territoriali sperimentali", "Numero di incontri realizzati nell'ambito del "
         "laboratorio sperimentale e delle iniziative collegate di animazione territoriale",
         "Volume", "n.", ">= 1", "14,3%"),
        ("Grado di utilizzo delle risorse", "Risorse utilizzate/risorse stanziate a budget",
         "Salute economica", "%", ">= 80%", "57,1%")]
parts = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>'
         'body { font-family: "DejaVu Sans"; font-size: 9pt; }</style></head><body>']
for i in range(objectives):
    code = "%02d_%02d_OS%02d" % (i // 900 + 1, i // 90 % 10 + 1, i % 90 + 1)  # unique
    parts.append("<p>Missione: 011 – Competitività e sviluppo delle imprese</p>")
    parts.append("<p>Obiettivo: Obiettivo di prova numero %d</p><p>Codice: %s</p>" % (i + 1, code))
    parts.append("<p>Area di responsabilità: Promozione e Sviluppo Economico</p>")
    parts.append('<table width="100%" cellpadding="4" cellspacing="0" border="1"><tr>'
                 '<th width="50%">Indicatori</th><th width="14%">Tipologia</th>'
                 '<th width="8%">UdM</th><th width="14%">Target 2026</th>'
                 '<th width="14%">Peso indicatori</th></tr>')
    for name, desc, kind, unit, target, weight in rows:
        parts.append("<tr><td><b>%s</b> %s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                     % (name, desc, kind, unit, target.replace(">", "&gt;"), weight))
    parts.append("</table><p></p>")
parts.append("</body></html>")
open(out, "w", encoding="utf-8").write("\n".join(parts))
