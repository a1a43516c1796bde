#!/usr/bin/env python3
"""Pistoia's legacy PIRA 2020 in the Pistoia-Prato tree, as an office would check it: pira
extracts the PIRA's PDF and imports it with the Relazione 2025; the sqlite3 command line then
shows every PT2020 programme under the area and strategic objective that mappings/legacy.toml
(read here by Python's tomllib) gives its mission and programme, and the same strategic
objectives holding 2025 indicators. Nothing is reported unmapped.

Usage: check_legacy_pira.py PIRA_BINARY SOURCE_DIR WORK_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import tomllib

pira, source, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db = os.path.join(work, "pira.db")
table = os.path.join(work, "pistoia-pira-2020.csv")
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def run(args):
    done = subprocess.run([pira] + args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("pira %s failed (%d): %s%s" % (args[0], done.returncode, done.stdout, done.stderr))
    return done


def sql(query):
    done = subprocess.run(["sqlite3", "-json", db, query], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("sqlite3 failed on %r: %s" % (query, done.stderr))
    return json.loads(done.stdout) if done.stdout.strip() else []


run(["extract", os.path.join(source, "samples/pistoia2020/pistoia2020-rigata.pdf"), "-o", table])
loaded = run(["import", "--db", db, table,
              os.path.join(source, "samples/relazione2025/indicatori.csv")])
check("senza posto" not in loaded.stderr,
      "import reports unmapped objectives: %s" % loaded.stderr)

mapping = tomllib.load(open(os.path.join(source, "mappings/legacy.toml"), "rb"))
areas = mapping["areas"]
expected = {"PT2020_%s_%s" % (e["mission"], e["programme"]):
            (areas[e["area"]], e["strategic_objective"]) for e in mapping["pistoia_pira"]}

rows = sql("SELECT codice_obiettivo, area, obiettivo_strategico FROM v_indicatori "
           "WHERE codice_obiettivo LIKE 'PT2020%'")
check(len(rows) == 19, "%d PT2020 indicators in v_indicatori, the PIRA has 19" % len(rows))
for r in rows:
    want = expected.get(r["codice_obiettivo"])
    check(want is not None, "%s: no entry in legacy.toml" % r["codice_obiettivo"])
    check(want is not None and (r["area"], r["obiettivo_strategico"]) == want,
          "%s: placed under %r / %r, legacy.toml says %r" % (
              r["codice_obiettivo"], r["area"], r["obiettivo_strategico"], want))
programmes = {r["codice_obiettivo"] for r in rows}
check(len(programmes) == 4, "programmes found: %r" % sorted(programmes))

# "This strategic objective across the years": 2020 programmes and 2025 objectives together.
across = sql("SELECT obiettivo_strategico, GROUP_CONCAT(DISTINCT anno) AS anni, "
             "GROUP_CONCAT(DISTINCT codice_obiettivo) AS codici FROM v_indicatori "
             "GROUP BY obiettivo_strategico HAVING COUNT(DISTINCT anno) > 1")
shared = [a for a in across if "PT2020_" in a["codici"]]
check(len(shared) == 3, "strategic objectives with PT2020 and 2025 indicators: %r" % across)

print("check_legacy_pira: %d indicators in %d programmes placed; %d strategic objectives hold "
      "2020 and 2025" % (len(rows), len(programmes), len(shared)))
for a in shared:
    print("  %s: %s" % (a["obiettivo_strategico"], a["anni"]))
if failures:
    print("%d failures:" % len(failures))
    for f in failures[:40]:
        print("- " + f)
    sys.exit(1)
