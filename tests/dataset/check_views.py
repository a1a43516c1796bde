#!/usr/bin/env python3
"""The dataset's SQL views (docs/dataset.md) queried as an office would: with the sqlite3 command
line, not with pira. The bundled samples are imported; every view row is compared with the
sample files read here by Python's csv module.

Usage: check_views.py PIRA_BINARY SOURCE_DIR WORK_DIR
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys

pira, source, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db = os.path.join(work, "pira.db")
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
    return ok


def sql(query):
    """Rows of `query` as dicts, through the sqlite3 CLI's JSON mode."""
    done = subprocess.run(["sqlite3", "-json", db, query], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("sqlite3 failed on %r: %s" % (query, done.stderr))
    return json.loads(done.stdout) if done.stdout.strip() else []


def number(text):
    """An Italian number with an optional unit ("7.897 N.", "100,34 %", "1,35 fte"), or None."""
    m = re.fullmatch(r"\s*(-?[\d.]*\d(?:,\d+)?)\s*(N\.|%|fte)?\s*", text)
    if not m:
        return None
    return float(m.group(1).replace(".", "").replace(",", "."))


samples = [os.path.join(source, p) for p in ("samples/relazione2025/indicatori.csv",
                                               "samples/legacy/pistoia-2020.csv",
                                               "samples/legacy/prato-2020.csv")]
done = subprocess.run([pira, "import", "--db", db] + samples, capture_output=True, text=True)
if done.returncode != 0:
    sys.exit("pira import failed: %s%s" % (done.stdout, done.stderr))

# One row per indicator.
total = sql("SELECT COUNT(*) AS n FROM indicators")[0]["n"]
check(sql("SELECT COUNT(*) AS n FROM v_indicatori")[0]["n"] == total,
      "v_indicatori has not one row per indicator (%d)" % total)

# The Relazione's rows: weight, actual as written and as a number, target, source.
rows = list(csv.DictReader(open(samples[0], encoding="utf-8"), delimiter=";"))
view = sql("SELECT * FROM v_indicatori WHERE anno = 2025")
by_name = {}
for v in view:
    by_name.setdefault(v["indicatore"], []).append(v)
compared = 0
for r in rows:
    found = by_name.get(r["indicator_name"], [])
    if not check(len(found) == 1, "%r: %d rows in v_indicatori" % (r["indicator_name"], len(found))):
        continue
    v = found[0]
    compared += 1
    check(v["consuntivo"] == r["actual"].strip(),
          "%r: consuntivo %r, the file has %r" % (r["indicator_name"], v["consuntivo"], r["actual"]))
    check((v["target"] or "") == r["target"].strip(),  # an empty cell is no value: NULL
          "%r: target %r, the file has %r" % (r["indicator_name"], v["target"], r["target"]))
    weight = number(r["weight"])
    check(weight is not None and v["peso"] is not None and abs(v["peso"] - weight) < 1e-9,
          "%r: peso %r, the file has %r" % (r["indicator_name"], v["peso"], r["weight"]))
    actual = number(r["actual"])
    if actual is not None:
        check(v["consuntivo_numero"] is not None and abs(v["consuntivo_numero"] - actual) < 1e-9,
              "%r: consuntivo_numero %r for %r" % (r["indicator_name"], v["consuntivo_numero"],
                                                   r["actual"]))
    check(v["ente"] == r["ente"] and v["obiettivo_strategico"] == r["strategic_objective"],
          "%r: ente or strategic objective differ" % r["indicator_name"])
    check((v["fonte"] or "").startswith("indicatori.csv#") or (v["fonte"] or "").startswith("001_"),
          "%r: fonte %r" % (r["indicator_name"], v["fonte"]))
check(compared == len(rows), "compared %d of %d Relazione rows" % (compared, len(rows)))

# A date actual comes out as a date, not as a number.
dated = sql("SELECT consuntivo, consuntivo_data, consuntivo_numero FROM v_indicatori "
            "WHERE consuntivo_data IS NOT NULL")
check(len(dated) > 0 and all(d["consuntivo_numero"] is None for d in dated),
      "dates in v_indicatori: %r" % dated[:3])

# Weights per objective, summed in SQL, against the file's.
sums = {r["codice_obiettivo"]: r["s"] for r in
        sql("SELECT codice_obiettivo, SUM(peso) AS s FROM v_indicatori WHERE anno = 2025 "
            "GROUP BY codice_obiettivo")}
check(len(sums) == 13 and all(abs(s - 100) <= 1.0 for s in sums.values()),
      "weight sums per objective: %r" % sums)

# The targets of the legacy plans' years, one row per year written.
legacy = list(csv.DictReader(open(samples[1], encoding="utf-8"), delimiter=";"))
written = sum(1 for r in legacy for y in ("2020", "2021", "2022") if r["target_" + y].strip())
pistoia = sql("SELECT COUNT(*) AS n FROM v_target WHERE anno = 2020 AND ente = '%s'"
              % legacy[0]["ente"].replace("'", "''"))[0]["n"]
check(pistoia == written, "v_target: %d rows for Pistoia 2020, the file has %d targets"
      % (pistoia, written))

# "This strategic objective across the years": the legacy 2020 indicators sit under the same
# strategic objectives as their 2025 successors.
across = sql("SELECT obiettivo_strategico, GROUP_CONCAT(DISTINCT anno) AS anni FROM v_indicatori "
             "WHERE obiettivo_strategico IS NOT NULL GROUP BY obiettivo_strategico "
             "HAVING COUNT(DISTINCT anno) > 1")
check(len(across) >= 2, "no strategic objective spans 2020 and 2025: %r" % across)

print("check_views: %d indicators, %d Relazione rows compared, %d strategic objectives across "
      "years" % (total, compared, len(across)))
if failures:
    print("%d failures:" % len(failures))
    for f in failures[:40]:
        print("- " + f)
    sys.exit(1)
