#!/usr/bin/env bash
# pira score on a large canonical table against a reference measured in the same run.
# Usage: bench/score_bench.sh [COPIES] [RUNS]  (default 2500 copies of the 82-row sample
# = 205,000 indicators, 5 runs). Prints medians and the ratio pira / reference.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-2500}
runs=${2:-5}
pira=build/release/src/pira
[[ -x $pira ]] || { echo "build first: cmake --preset release && cmake --build --preset release"; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 bench/make_table.py "$copies" "$tmp/table.csv"
rows=$(($(wc -l <"$tmp/table.csv") - 1))

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }

pira_times=() ref_times=()
for ((i = 0; i < runs; i++)); do  # interleaved, so both see the same machine noise
  pira_times+=("$(seconds "$pira" score "$tmp/table.csv" --format json -o "$tmp/out.json")")
  ref_times+=("$(seconds /usr/bin/python3 bench/read_reference.py "$tmp/table.csv")")
done
p=$(printf '%s\n' "${pira_times[@]}" | median)
r=$(printf '%s\n' "${ref_times[@]}" | median)
printf 'righe: %d\npira score (json): mediana %.3f s\nriferimento python csv: mediana %.3f s\nrapporto: %.2f\n' \
  "$rows" "$p" "$r" "$(echo "$p / $r" | bc -l)"
