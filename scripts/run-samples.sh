#!/usr/bin/env bash
# Installs, builds, and runs the main job on the bundled samples.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
mkdir -p out
pira=build/release/src/pira
"$pira" score samples/relazione2025/indicatori.csv --format json -o out/performance-2025.json
"$pira" score samples/relazione2025/indicatori.csv --format csv -o out/performance-2025.csv
"$pira" score samples/relazione2025/indicatori.csv
echo
echo "Scritti: out/performance-2025.json, out/performance-2025.csv"
