#!/usr/bin/env bash
# pira extract --lines on a large workbook against openpyxl (read-only mode, every value) on the
# same file, interleaved in the same run.
# Usage: bench/workbook_bench.sh [ROWS=100000] [RUNS=5] [inline]
# ROWS rows x 10 columns (text, numbers, percentages, dates, booleans; codes and names unique,
# areas and targets repeated) in a shared strings table, as Excel and LibreOffice write them
# (bench/workbook_make.py --shared). With "inline", the same rows written by openpyxl
# (write-only mode, inline strings) are timed too. Prints medians, the ratio openpyxl / pira
# and pira's peak RSS.
source "$(dirname "$0")/lib.sh"
rows=${1:-100000}
runs=${2:-5}
variants=(shared)
[[ ${3:-} == inline ]] && variants+=(inline)

for variant in "${variants[@]}"; do
  file="$tmp/bench-$variant.xlsx"
  if [[ $variant == shared ]]; then
    cells=$(/usr/bin/python3 bench/workbook_make.py "$rows" "$file" --shared)
  else
    cells=$(/usr/bin/python3 bench/workbook_make.py "$rows" "$file")
  fi
  # Both readers must see every cell before they are timed.
  lines=$("$pira" extract --lines "$file" | grep -vc '^#')
  seen=$(/usr/bin/python3 bench/workbook_read_openpyxl.py "$file")
  if [[ $lines != "$cells" || $seen != "$cells" ]]; then
    echo "celle: attese $cells, pira $lines, openpyxl $seen" >&2
    exit 1
  fi
  pira_times=() ref_times=()
  for ((i = 0; i < runs; i++)); do  # interleaved, so both see the same machine noise
    pira_times+=("$(seconds "$pira" extract --lines "$file")")
    ref_times+=("$(seconds /usr/bin/python3 bench/workbook_read_openpyxl.py "$file")")
  done
  p=$(printf '%s\n' "${pira_times[@]}" | median)
  r=$(printf '%s\n' "${ref_times[@]}" | median)
  /usr/bin/time -f '%M' -o "$tmp/rss" "$pira" extract --lines "$file" >/dev/null
  rss=$(tail -1 "$tmp/rss")
  printf '%s: %d righe, %d celle, %.1f MB\n' "$variant" "$rows" "$cells" "$(echo "$(stat -c %s "$file") / 1000000" | bc -l)"
  printf '  pira extract --lines: mediana %.3f s (%s)\n' "$p" "$(printf '%.2f ' "${pira_times[@]}")"
  printf '  openpyxl read-only:   mediana %.3f s (%s)\n' "$r" "$(printf '%.2f ' "${ref_times[@]}")"
  printf '  rapporto openpyxl / pira: %.2f\n' "$(echo "$r / $p" | bc -l)"
  printf '  picco RSS di pira: %.1f MB\n' "$(echo "$rss / 1024" | bc -l)"
done
