#!/usr/bin/env bash
# All the checks CI runs: formatting, the release build with every test, and the debug build
# (AddressSanitizer + UBSan) with every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-format.sh
for preset in release debug; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  ctest --preset "$preset" --parallel "$(nproc)"
done
