#!/usr/bin/env bash
# pira extract on a long PDF plan, with one and with two page-reading threads, against Poppler's
# pdftotext -layout on the same file, interleaved in the same run.
# Usage: bench/extract_bench.sh [OBJECTIVES=400] [RUNS=5]
source "$(dirname "$0")/lib.sh"
objectives=${1:-400}
runs=${2:-5}
/usr/bin/python3 bench/make_plan_pdf.py "$objectives" "$tmp/plan.html"
HOME=$tmp soffice --headless --convert-to odt --outdir "$tmp" "$tmp/plan.html" >/dev/null 2>&1
HOME=$tmp soffice --headless --convert-to pdf --outdir "$tmp" "$tmp/plan.odt" >/dev/null 2>&1
pages=$(pdfinfo "$tmp/plan.pdf" | awk '/^Pages:/ {print $2}')

r=() p1=() p2=()
for ((i = 0; i < runs; i++)); do
  r+=("$(seconds pdftotext -layout "$tmp/plan.pdf" "$tmp/out.txt")")
  p1+=("$(seconds "$pira" extract --jobs 1 "$tmp/plan.pdf" -o "$tmp/out1.csv")")
  p2+=("$(seconds "$pira" extract --jobs 2 "$tmp/plan.pdf" -o "$tmp/out2.csv")")
done
# Every field of every row against what make_plan_pdf.py wrote, for both thread counts.
rows1=$(($(wc -l <"$tmp/out1.csv") - 1))
rows2=$(($(wc -l <"$tmp/out2.csv") - 1))
accuracy1=$(/usr/bin/python3 bench/check_plan_csv.py "$tmp/out1.csv")
accuracy2=$(/usr/bin/python3 bench/check_plan_csv.py "$tmp/out2.csv")
cmp -s "$tmp/out1.csv" "$tmp/out2.csv" || echo "ATTENZIONE: --jobs 1 e --jobs 2 danno uscite diverse"
rm=$(printf '%s\n' "${r[@]}" | median)
pm1=$(printf '%s\n' "${p1[@]}" | median)
pm2=$(printf '%s\n' "${p2[@]}" | median)
printf 'pagine: %d, indicatori attesi %d\n' "$pages" "$((objectives * 4))"
printf -- '--jobs 1: indicatori estratti %d, campi giusti: %s\n' "$rows1" "$accuracy1"
printf -- '--jobs 2: indicatori estratti %d, campi giusti: %s\n' "$rows2" "$accuracy2"
printf 'pdftotext -layout: mediana %.3f s\n' "$rm"
printf 'pira extract --jobs 1: mediana %.3f s, rapporto %.2f\n' "$pm1" "$(echo "$pm1 / $rm" | bc -l)"
printf 'pira extract --jobs 2: mediana %.3f s, rapporto %.2f\n' "$pm2" "$(echo "$pm2 / $rm" | bc -l)"
