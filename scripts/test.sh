#!/usr/bin/env bash
# All the checks CI runs: formatting, the release build with every test, the Debian packages the
# release build and the tests used against scripts/install-deps.sh's list (scripts/check-deps.py),
# and the debug build (AddressSanitizer + UBSan) with every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-format.sh
for preset in release debug; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  if [[ $preset == release ]]; then
    /usr/bin/python3 scripts/check-deps.py build/release
  fi
  ctest --preset "$preset" --parallel "$(nproc)"
done
# The fuzz smoke run: every libFuzzer harness for 7 s (clang, ASan + UBSan; docs/testing.md).
# The xls harness is left out of the smoke while one finding is open: a damaged .xls makes
# libfreexl 1.0.6's iconv read out of bounds inside freexl_open (docs/testing.md); release
# builds refuse that file with exit 2, but ASan stops on it. `scripts/fuzz.sh 300 xls` still
# fuzzes it on demand.
PIRA_FUZZ_SKIP=xls scripts/fuzz.sh 7
