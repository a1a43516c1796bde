#!/usr/bin/env bash
# pira import of canonical tables of two sizes against sqlite3's own CSV import of the same files.
# Usage: bench/import_bench.sh [SMALL] [LARGE] [RUNS] [instructions]  (default 10,000 and 40,000
# rows, 5 runs). Each run loads into a fresh file; runs are interleaved (both sizes, both
# programs) so that all see the same machine noise. Prints, per size, the medians of wall-clock
# and CPU (user + sys) time, the time per row and the ratio pira / sqlite3; then how the time per
# row grows from the small table to the large one (1.00: linear in rows). CPU time moves less
# than wall-clock on a loaded machine. With `instructions`, each program is also run once per
# size under callgrind (valgrind): instruction counts, repeatable whatever the load.
source "$(dirname "$0")/lib.sh"
export LC_NUMERIC=C  # bash's time, printf and awk read and write decimal points
small=${1:-10000}
large=${2:-40000}
runs=${3:-5}
mode=${4:-}
sizes=("$small" "$large")

for n in "${sizes[@]}"; do  # 82 rows per copy of the sample; comma-separated for sqlite3
  /usr/bin/python3 bench/make_table.py $(((n + 81) / 82)) "$tmp/t$n.csv" "$n" --comma
done

pira_import() { "$pira" import "$1" --db "$2"; }
sqlite_import() { sqlite3 "$2" ".import --csv $1 t"; }
count() { sqlite3 "$1" "SELECT COUNT(*) FROM $2"; }
# Wall-clock and CPU (user + sys) seconds of one load into a fresh file, output discarded.
timed() {
  local program=$1 file=$2 db="$tmp/$1.db" TIMEFORMAT='%3R %3U %3S'
  rm -f "$db"
  { time "$program" "$file" "$db" >/dev/null 2>&1; } 2>"$tmp/time"
  awk '{printf "%s %.3f\n", $1, $2 + $3}' "$tmp/time"
}
# Instructions of one load into a fresh file, counted by callgrind.
instructions() {
  local db="$tmp/cg.db"
  rm -f "$db"
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" "$db" </dev/null 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

for n in "${sizes[@]}"; do  # both load every row before anything is timed
  pira_import "$tmp/t$n.csv" "$tmp/p.db" >/dev/null
  sqlite_import "$tmp/t$n.csv" "$tmp/s.db"
  [[ $(count "$tmp/p.db" indicators) == "$n" && $(count "$tmp/s.db" t) == "$n" ]] ||
    { echo "t$n.csv: not every row was loaded"; exit 1; }
  rm -f "$tmp/p.db" "$tmp/s.db"
done

declare -A wall cpu  # keyed by program and size: the runs' seconds
for ((i = 0; i < runs; i++)); do
  for n in "${sizes[@]}"; do
    for program in pira_import sqlite_import; do
      read -r w c < <(timed "$program" "$tmp/t$n.csv")
      wall[$program$n]+="$w " cpu[$program$n]+="$c "
    done
  done
done

ratio() { echo "$1 / $2" | bc -l; }
# table TITLE UNIT ARRAY: per size the medians, per row (in µs) and the ratio; then the growth.
table() {
  local -n times=$3
  local -A m
  printf '\n%s\n%8s %14s %16s %8s %13s %15s\n' "$1" righe "pira import" "sqlite3 .import" \
    rapporto "pira µs/riga" "sqlite3 µs/riga"
  for n in "${sizes[@]}"; do
    for program in pira_import sqlite_import; do
      m[$program$n]=$(printf '%s\n' ${times[$program$n]} | median)
    done
    printf '%8d %12.3f %s %14.3f %s %8.2f %12.1f %14.1f\n' "$n" "${m[pira_import$n]}" "$2" \
      "${m[sqlite_import$n]}" "$2" "$(ratio "${m[pira_import$n]}" "${m[sqlite_import$n]}")" \
      "$(ratio "${m[pira_import$n]} * 1000000" "$n")" "$(ratio "${m[sqlite_import$n]} * 1000000" "$n")"
  done
  growth "${m[pira_import$small]}" "${m[pira_import$large]}" \
    "${m[sqlite_import$small]}" "${m[sqlite_import$large]}"
}
# growth PIRA_SMALL PIRA_LARGE SQLITE_SMALL SQLITE_LARGE: totals, and per row (1.00: linear).
growth() {
  local rows
  rows=$(ratio "$large" "$small")
  printf 'da %d a %d righe (x%.1f): pira x%.2f, sqlite3 x%.2f; per riga pira x%.2f, sqlite3 x%.2f\n' \
    "$small" "$large" "$rows" "$(ratio "$2" "$1")" "$(ratio "$4" "$3")" \
    "$(ratio "$2 / $rows" "$1")" "$(ratio "$4 / $rows" "$3")"
}

table "tempo reale (mediane di $runs esecuzioni)" s wall
table "tempo di CPU, user + sys (mediane delle stesse esecuzioni)" s cpu

[[ $mode == instructions ]] || exit 0
command -v valgrind >/dev/null || { echo "instructions: valgrind non installato"; exit 2; }
declare -A ir
printf '\n%s\n%8s %16s %16s %8s %14s %16s\n' "istruzioni (callgrind, una esecuzione)" righe \
  "pira import" "sqlite3 .import" rapporto "pira per riga" "sqlite3 per riga"
for n in "${sizes[@]}"; do
  ir[p$n]=$(instructions "$pira" import "$tmp/t$n.csv" --db)
  ir[s$n]=$(instructions sqlite3 -cmd ".import --csv $tmp/t$n.csv t" -batch)
  printf '%8d %16d %16d %8.2f %14.0f %16.0f\n' "$n" "${ir[p$n]}" "${ir[s$n]}" \
    "$(ratio "${ir[p$n]}" "${ir[s$n]}")" "$(ratio "${ir[p$n]}" "$n")" "$(ratio "${ir[s$n]}" "$n")"
done
growth "${ir[p$small]}" "${ir[p$large]}" "${ir[s$small]}" "${ir[s$large]}"
