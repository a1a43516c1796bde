#!/usr/bin/env python3
"""Values typed once (schema 4): a dataset written before, without the typed columns, is typed
by pira as it opens it, exactly as a load would have typed it, and scores the same.

The samples are imported into a fresh dataset A (schema 4). A copy B is taken back to schema 3
with the sqlite3 command line (typed columns dropped, schema 3's views restored from
src/store/migrations/0003.sql, user_version 3). `pira score --db B` must then migrate B and
print what `pira score --db A` prints; B's typed columns must equal A's, value by value; the
views must give the same rows. A value whose typed columns were cleared by another program is
reported (exit 1, naming it), never scored from its text.

Usage: check_typed_migration.py PIRA SOURCE_DIR WORK_DIR"""
import os
import re
import shutil
import subprocess
import sys

pira, source, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
env = dict(os.environ)
env.pop("PIRA_DB", None)
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def sqlite(db, script):
    done = subprocess.run(["sqlite3", db], input=script, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("sqlite3 failed on %s: %s" % (db, done.stderr))
    return done.stdout


def run(*args):
    return subprocess.run([pira] + list(args), capture_output=True, text=True, env=env)


# The PIRA 2026 as pira extracts it from its PDF: three target years, no actuals yet.
plan = os.path.join(work, "pira2026.csv")
done = run("extract", os.path.join(source, "samples/pira2026/pira2026-semplice.pdf"), "-o", plan)
if done.returncode != 0:
    sys.exit("pira extract failed: %s" % done.stderr)
samples = [os.path.join(source, p) for p in ("samples/relazione2025/indicatori.csv",
                                               "samples/legacy/pistoia-2020.csv",
                                               "samples/legacy/prato-2020.csv")] + [plan]
a = os.path.join(work, "a.db")
done = run("import", "--db", a, *samples)
if done.returncode != 0:
    sys.exit("pira import failed: %s%s" % (done.stdout, done.stderr))

TYPED = ("SELECT indicator_id, field, kind, op, number, decimals, unit FROM facts "
         "ORDER BY indicator_id, field;")
typed_a = sqlite(a, TYPED)
kinds = sqlite(a, "SELECT COUNT(*) FROM facts WHERE kind IS NOT NULL;").strip()
check(int(kinds) > 500, "too few typed values in the fresh dataset: %s" % kinds)
check(sqlite(a, "PRAGMA user_version;").strip() == "4", "fresh dataset is not schema 4")

b = os.path.join(work, "b.db")
shutil.copy(a, b)
drop = "".join("ALTER TABLE %s DROP COLUMN %s;\n" % (t, c)
               for t in ("facts", "history") for c in ("kind", "op", "number", "decimals", "unit"))
schema3 = open(os.path.join(source, "src/store/migrations/0003.sql"), encoding="utf-8").read()
# Schema 1's documents table, whose year was NOT NULL, from 0001.sql itself.
schema1 = open(os.path.join(source, "src/store/migrations/0001.sql"), encoding="utf-8").read()
documents1 = re.search(r"CREATE TABLE documents \(.*?\n\);", schema1, re.S).group(0)
check("year        INTEGER NOT NULL" in documents1, "0001.sql's documents table not found")
sqlite(b, "PRAGMA foreign_keys = OFF; DROP VIEW v_target; DROP VIEW v_indicatori; "
          "DROP VIEW v_valori;\n" + drop +
          "ALTER TABLE documents RENAME TO documents_v4;\n" + documents1 +
          "\nINSERT INTO documents SELECT * FROM documents_v4; DROP TABLE documents_v4;\n" +
          schema3 + "\nPRAGMA user_version = 3;\n")
check("NOT NULL" in sqlite(b, ".schema documents"), "schema 3 copy has a nullable year")
check("kind" not in sqlite(b, "PRAGMA table_info(facts);"), "schema 3 copy still has kind")

for args in (["--format", "json"], ["--format", "text"], ["--format", "csv"], ["--year", "2020"],
             ["--year", "2026"]):
    ra = run("score", "--db", a, *args)
    rb = run("score", "--db", b, *args)
    check(ra.returncode == rb.returncode,
          "score %s: exit %d from the fresh dataset, %d from the migrated one"
          % (args, ra.returncode, rb.returncode))
    check(ra.stdout == rb.stdout, "score %s: output differs after the migration" % args)
    check(ra.stderr.replace(a, "DB") == rb.stderr.replace(b, "DB"),
          "score %s: messages differ after the migration" % args)
    check(ra.stdout.strip() != "" or ra.returncode != 0, "score %s printed nothing" % args)

check(sqlite(b, "PRAGMA user_version;").strip() == "4", "migrated dataset is not schema 4")
check(sqlite(b, "PRAGMA integrity_check; PRAGMA foreign_key_check;").strip() == "ok",
      "migrated dataset fails integrity or foreign key checks")
check(sqlite(b, "SELECT * FROM documents ORDER BY id;") ==
      sqlite(a, "SELECT * FROM documents ORDER BY id;"), "documents differ after the migration")
typed_b = sqlite(b, TYPED)
if typed_a != typed_b:
    la, lb = typed_a.splitlines(), typed_b.splitlines()
    diff = [(x, y) for x, y in zip(la, lb) if x != y][:3]
    failures.append("typed columns differ after the migration (%d vs %d rows), first: %s"
                    % (len(la), len(lb), diff))
VIEW = "SELECT * FROM v_indicatori ORDER BY indicator_id;"
check(sqlite(a, VIEW) == sqlite(b, VIEW), "v_indicatori differs after the migration")

# A value whose typed columns another program cleared: reported, not read from its text.
c = os.path.join(work, "c.db")
shutil.copy(a, c)
sqlite(c, "UPDATE facts SET kind = NULL WHERE rowid = (SELECT MIN(f.rowid) FROM facts f "
          "JOIN indicators i ON i.id = f.indicator_id WHERE f.field = 'actual' AND i.year = 2025);")
rc = run("score", "--db", c, "--year", "2025")
check(rc.returncode == 1, "score of a cleared typed value: exit %d, not 1" % rc.returncode)
check("senza la sua forma tipizzata" in rc.stderr and "campo actual" in rc.stderr,
      "score of a cleared typed value does not name it: %s" % rc.stderr[-400:])

# A table whose rows span several years loads (its document has no single year) and scores.
years = os.path.join(work, "anni.csv")
with open(years, "w", encoding="utf-8") as f:
    f.write("ente;document;year;objective_code;indicator_name;target;weight;actual\n"
            "CCIAA;Cruscotto;2024;01_01_OS02;Desk;>= 3 N.;100;4 N.\n"
            "CCIAA;Cruscotto;2025;01_01_OS02;Desk;>= 3 N.;100;2 N.\n")
for db in (a, b):
    r = run("import", "--db", db, years)
    check(r.returncode == 0, "a table spanning two years is refused: %s" % r.stderr[-300:])
    check(sqlite(db, "SELECT year IS NULL FROM documents WHERE title = 'Cruscotto';").strip() == "1",
          "the document of two years has a year")
    r = run("score", "--db", db, "--year", "2024", "--format", "json")
    check(r.returncode == 0 and '"objective_code": "01_01_OS02"' in r.stdout,
          "score --year 2024 of the two-year table failed: %s" % r.stderr[-300:])

for f in failures:
    print("FAIL:", f)
print("%d typed values compared, %d failures" % (len(typed_a.splitlines()), len(failures)))
sys.exit(1 if failures else 0)
