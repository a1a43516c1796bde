#!/usr/bin/env bash
# Installs, builds, and runs the main job on the bundled samples: consolidates them into the
# dataset (out/pira.db, embedded SQLite) — the Relazione 2025 of Pistoia-Prato, its PIRA 2026 kept
# in a workbook, and the legacy Pistoia and Prato 2020 plans (Pistoia's Piano della performance
# 2020-2022 and Prato's PIRA 2020, both from their PDFs) — scores 2025 and writes the
# consolidated workbook.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
mkdir -p out
pira=build/release/src/pira
export PIRA_DB=out/pira.db
"$pira" import samples/relazione2025/indicatori.csv
"$pira" extract samples/piano2020/piano2020-rigata.pdf -o out/pistoia-2020.csv
"$pira" extract samples/workbooks/pira2026.xlsx -o out/pira-2026.csv
"$pira" extract samples/prato2020/prato2020-rigata.pdf -o out/prato-2020.csv
# The round trip: the PIRA 2026 (loaded by extract, PIRA_DB being set), one proposta workbook
# per area to send out.
"$pira" export --all --year 2026 --mode proposta -o out/proposte-2026
# The text report prints the scoring's warnings; the JSON and the workbook come from the same
# computation, so their copies of those warnings are shown only if they fail.
quietly() {
  local log
  log=$(mktemp)
  if ! "$@" 2>"$log"; then
    cat "$log" >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
}
"$pira" score --year 2025
quietly "$pira" score --year 2025 --format json -o out/performance-2025.json
quietly "$pira" report --year 2025 -o out/performance-2025.xlsx
echo
echo "Dataset: out/pira.db; scritti: out/performance-2025.xlsx, out/performance-2025.json," \
  "out/pira-2026.csv, out/pistoia-2020.csv, out/prato-2020.csv, out/proposte-2026/"
