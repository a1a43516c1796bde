#!/usr/bin/env python3
"""Fields right / fields total of an extraction of make_plan_pdf.py's plan (its CSV output)."""
import csv
import sys

EXPECTED = {
    "Attività informativa": ("Realizzazione di eventi su ciascuna tematica", "Efficienza", "n.",
                             ">= 1", "14.3"),
    "Promozione": ("Realizzazione di strumenti e materiali digitali di promozione (numero di "
                   "strumenti e canali utilizzati nell'anno)", "Volume", "n.", ">= 2", "14.3"),
    "Laboratori territoriali sperimentali": ("Numero di incontri realizzati nell'ambito del "
                                             "laboratorio sperimentale e delle iniziative "
                                             "collegate di animazione territoriale", "Volume",
                                             "n.", ">= 1", "14.3"),
    "Grado di utilizzo delle risorse": ("Risorse utilizzate/risorse stanziate a budget",
                                        "Salute economica", "%", ">= 80%", "57.1"),
}
right = total = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for i, r in enumerate(csv.DictReader(f)):
        want = EXPECTED.get(r["indicator_name"], ("?",) * 5)
        got = (r["formula"], r["type"], r["unit"], r["target_2026"], r["weight"])
        code_ok = r["objective_name"] == "Obiettivo di prova numero %d" % (i // 4 + 1)
        right += (r["indicator_name"] in EXPECTED) + code_ok + sum(a == b for a, b in zip(got, want))
        total += 7
print("%d/%d" % (right, total))
