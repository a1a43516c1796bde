#!/usr/bin/env bash
# pira import of canonical tables of two sizes against sqlite3's own CSV import of the same files.
# Usage: bench/import_bench.sh [SMALL] [LARGE] [RUNS]  (default 10,000 and 40,000 rows, 5 runs).
# Each run loads into a fresh file; runs are interleaved (both sizes, both programs) so that all
# see the same machine noise. Prints medians, the ratio pira / sqlite3 per size, and how each
# grows from the small table to the large one (linear: as the rows do).
source "$(dirname "$0")/lib.sh"
small=${1:-10000}
large=${2:-40000}
runs=${3:-5}
sizes=("$small" "$large")

for n in "${sizes[@]}"; do  # 82 rows per copy of the sample; comma-separated for sqlite3
  /usr/bin/python3 bench/make_table.py $(((n + 81) / 82)) "$tmp/t$n.csv" "$n" --comma
done

pira_import() { rm -f "$tmp/p.db"; "$pira" import "$1" --db "$tmp/p.db"; }
sqlite_import() { rm -f "$tmp/s.db"; sqlite3 "$tmp/s.db" ".import --csv $1 t"; }
count() { sqlite3 "$1" "SELECT COUNT(*) FROM $2"; }

for n in "${sizes[@]}"; do  # both load every row before anything is timed
  pira_import "$tmp/t$n.csv" >/dev/null
  sqlite_import "$tmp/t$n.csv"
  [[ $(count "$tmp/p.db" indicators) == "$n" && $(count "$tmp/s.db" t) == "$n" ]] ||
    { echo "t$n.csv: not every row was loaded"; exit 1; }
done

declare -A pira_times sqlite_times
for ((i = 0; i < runs; i++)); do
  for n in "${sizes[@]}"; do
    pira_times[$n]+="$(seconds pira_import "$tmp/t$n.csv") "
    sqlite_times[$n]+="$(seconds sqlite_import "$tmp/t$n.csv") "
  done
done

declare -A p s
printf '%8s %14s %14s %8s\n' righe "pira import" "sqlite3 .import" rapporto
for n in "${sizes[@]}"; do
  p[$n]=$(printf '%s\n' ${pira_times[$n]} | median)
  s[$n]=$(printf '%s\n' ${sqlite_times[$n]} | median)
  printf '%8d %12.3f s %12.3f s %8.2f\n' "$n" "${p[$n]}" "${s[$n]}" "$(echo "${p[$n]} / ${s[$n]}" | bc -l)"
done
printf 'da %d a %d righe (x%.1f): pira x%.2f, sqlite3 x%.2f (mediane di %d esecuzioni)\n' \
  "$small" "$large" "$(echo "$large / $small" | bc -l)" \
  "$(echo "${p[$large]} / ${p[$small]}" | bc -l)" "$(echo "${s[$large]} / ${s[$small]}" | bc -l)" "$runs"
