#!/usr/bin/env bash
# pira extract on a long PDF plan against Poppler's pdftotext -layout on the same file, in the
# same run. Usage: bench/extract_bench.sh [OBJECTIVES=400] [RUNS=5]
source "$(dirname "$0")/lib.sh"
objectives=${1:-400}
runs=${2:-5}
/usr/bin/python3 bench/make_plan_pdf.py "$objectives" "$tmp/plan.html"
HOME=$tmp soffice --headless --convert-to odt --outdir "$tmp" "$tmp/plan.html" >/dev/null 2>&1
HOME=$tmp soffice --headless --convert-to pdf --outdir "$tmp" "$tmp/plan.odt" >/dev/null 2>&1
pages=$(pdfinfo "$tmp/plan.pdf" | awk '/^Pages:/ {print $2}')

p=() r=()
for ((i = 0; i < runs; i++)); do
  p+=("$(seconds "$pira" extract "$tmp/plan.pdf" -o "$tmp/out.csv")")
  r+=("$(seconds pdftotext -layout "$tmp/plan.pdf" "$tmp/out.txt")")
done
rows=$(($(wc -l <"$tmp/out.csv") - 1))
# Every field of every row against what make_plan_pdf.py wrote.
accuracy=$(/usr/bin/python3 bench/check_plan_csv.py "$tmp/out.csv")
pm=$(printf '%s\n' "${p[@]}" | median)
rm=$(printf '%s\n' "${r[@]}" | median)
printf 'pagine: %d, indicatori estratti: %d (attesi %d), campi giusti: %s\npira extract: mediana %.3f s\npdftotext -layout: mediana %.3f s\nrapporto: %.2f\n' \
  "$pages" "$rows" "$((objectives * 4))" "$accuracy" "$pm" "$rm" "$(echo "$pm / $rm" | bc -l)"
