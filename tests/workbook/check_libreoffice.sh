#!/usr/bin/env bash
# Independent reader: LibreOffice (Debian's libreoffice-calc-nogui) opens the consolidated
# workbook headless and exports every sheet as CSV; the figures shown must be the Relazione's.
# Usage: check_libreoffice.sh PIRA SOURCE_DIR SCRATCH_DIR
set -euo pipefail
pira=$1 source=$2 scratch=$3
rm -rf "$scratch" && mkdir -p "$scratch"
failures=0 passed=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
"$pira" import "$source/samples/relazione2025/indicatori.csv" --db "$scratch/pira.db" >/dev/null
"$pira" report --db "$scratch/pira.db" --year 2025 -o "$scratch/report.xlsx" >/dev/null 2>&1
# Filter options: comma, double quotes, UTF-8, from line 1, cells as shown, every sheet (-1).
HOME="$scratch" soffice --headless \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
  --outdir "$scratch" "$scratch/report.xlsx" >"$scratch/soffice.log" 2>&1
check "LibreOffice converted the workbook" grep -q "Writing sheet Fonti" "$scratch/soffice.log"
for sheet in Ente "Aree strategiche" "Obiettivi strategici" Obiettivi Indicatori Validazione Fonti; do
  check "sheet $sheet exported" test -s "$scratch/report-$sheet.csv"
done
check "01_01_OS02 shown at 95.30%" grep -q '^01_01_OS02,.*,95.30%,raggiunto' "$scratch/report-Obiettivi.csv"
check "03_01_OS01 shown at 94.15%" grep -q '^03_01_OS01,.*,94.15%,raggiunto' "$scratch/report-Obiettivi.csv"
check "Digitalizzazione shown at 97.71%" \
  grep -q '^"Digitalizzazione, nuove tecnologie ed innovazione",.*,97.71%,raggiunto' \
  "$scratch/report-Obiettivi strategici.csv"
echo "$passed passed, $failures failed"
((failures == 0))
