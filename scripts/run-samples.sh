#!/usr/bin/env bash
# Installs, builds, and runs the main job on the bundled samples: loads them into the dataset
# (out/pira.db, embedded SQLite), scores them and writes the consolidated workbook.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
mkdir -p out
pira=build/release/src/pira
export PIRA_DB=out/pira.db
"$pira" import samples/relazione2025/indicatori.csv
"$pira" score --year 2025 --format json -o out/performance-2025.json
"$pira" report --year 2025 -o out/performance-2025.xlsx
"$pira" score --year 2025
echo
echo "Dataset: out/pira.db; scritti: out/performance-2025.xlsx, out/performance-2025.json"
