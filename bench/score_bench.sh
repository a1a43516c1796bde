#!/usr/bin/env bash
# pira score on a large canonical table against a reference measured in the same run.
# Usage: bench/score_bench.sh [COPIES] [RUNS]  (default 2500 copies of the 82-row sample
# = 205,000 indicators, 5 runs). Prints medians and the ratio pira / reference.
source "$(dirname "$0")/lib.sh"
copies=${1:-2500}
runs=${2:-5}
/usr/bin/python3 bench/make_table.py "$copies" "$tmp/table.csv"
rows=$(($(wc -l <"$tmp/table.csv") - 1))

pira_times=() ref_times=()
for ((i = 0; i < runs; i++)); do  # interleaved, so both see the same machine noise
  pira_times+=("$(seconds "$pira" score "$tmp/table.csv" --format json -o "$tmp/out.json")")
  ref_times+=("$(seconds /usr/bin/python3 bench/read_reference.py "$tmp/table.csv")")
done
p=$(printf '%s\n' "${pira_times[@]}" | median)
r=$(printf '%s\n' "${ref_times[@]}" | median)
printf 'righe: %d\npira score (json): mediana %.3f s\nriferimento python csv: mediana %.3f s\nrapporto: %.2f\n' \
  "$rows" "$p" "$r" "$(echo "$p / $r" | bc -l)"
