#!/usr/bin/env bash
# K random renderings of each family of tests/renderings/ (default 10), seeds drawn from SEED
# (default: the time), rendered now, checked field by field and counted; the summary is appended
# to tests/renderings/random-log.md with the date and pira's commit (random_runs.py).
# Uses the release build (PIRA=... for another binary). Exits 1 if any rendering fails.
set -euo pipefail
cd "$(dirname "$0")/.."
k="${1:-10}"
seed="${2:-$(date +%s)}"
pira="${PIRA:-build/release/src/pira}"
[[ -x "$pira" ]] || { echo "no $pira: cmake --build --preset release" >&2; exit 2; }
exec /usr/bin/python3 tests/renderings/random_runs.py "$pira" . build/renderings-random "$k" "$seed"
