#!/usr/bin/env bash
# Fuzzes every libFuzzer harness of tests/fuzz for SECONDS each (default 300; scripts/test.sh
# runs a smoke of 7 s each), after building the `fuzz` preset (clang, ASan + UBSan). Corpora grow
# in build/fuzz/runs/corpus/<harness> from run to run, seeded by scripts/fuzz-seeds.py; what
# libFuzzer finds (crash-*, leak-*, timeout-*, oom-*) goes to build/fuzz/runs/found/<harness>/,
# its log to build/fuzz/runs/logs/<harness>.log. Prints seconds, executions and corpus size per
# harness; exits 1 when this run found anything.
#   scripts/fuzz.sh [SECONDS] [HARNESS...]        e.g. scripts/fuzz.sh 600 xls pdf
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
shift || true
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
bin=build/fuzz/tests/fuzz
runs=build/fuzz/runs
if (($# == 0)); then
  set -- $(sed -n 's/^set(pira_fuzz_harnesses//p;/^  number/p' tests/fuzz/CMakeLists.txt | tr -d ')')
fi
# PIRA_FUZZ_SKIP="a b": harnesses left out of this run (scripts/test.sh says why it skips any).
if [[ -n "${PIRA_FUZZ_SKIP:-}" ]]; then
  kept=()
  for h in "$@"; do [[ " $PIRA_FUZZ_SKIP " == *" $h "* ]] || kept+=("$h"); done
  set -- "${kept[@]}"
fi
/usr/bin/python3 scripts/fuzz-seeds.py "$runs/seeds" >/dev/null
export TMPDIR=${TMPDIR:-/tmp}
# Leaks count as findings; UBSan stops at the first report so that libFuzzer keeps its input.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
found_any=0
printf '%-10s %8s %12s %8s  %s\n' harness seconds executions corpus found
for h in "$@"; do
  mkdir -p "$runs/corpus/$h" "$runs/found/$h" "$runs/logs" "$runs/seeds/$h"
  start=$(date +%s)
  touch "$runs/logs/$h.start"  # what this run finds is newer than this
  # -timeout: an input taking 10 s is a finding; -rss_limit_mb: so is one taking 2 GB.
  "$bin/fuzz_$h" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$runs/found/$h/" "$runs/corpus/$h" "$runs/seeds/$h" \
    >"$runs/logs/$h.log" 2>&1 || true
  elapsed=$(($(date +%s) - start))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$runs/logs/$h.log" | tail -n 1)
  found=$(find "$runs/found/$h" -type f -newer "$runs/logs/$h.start" | wc -l)
  corpus=$(ls -A "$runs/corpus/$h" | wc -l)
  printf '%-10s %8s %12s %8s  %s\n' "$h" "$elapsed" "${execs:-?}" "$corpus" \
    "$( ((found)) && echo "$found in $runs/found/$h (log $runs/logs/$h.log)" || echo -)"
  ((found)) && found_any=1
done
exit "$found_any"
