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
scripts/fuzz.sh 7
