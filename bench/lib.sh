# Shared by the benchmarks: run from the repository root, with the release binary built.
# Sets $pira and $tmp (removed on exit); median and seconds time commands.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pira=build/release/src/pira
[[ -x $pira ]] || { echo "build first: cmake --preset release && cmake --build --preset release"; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Wall-clock seconds of one run of a command, its output discarded.
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
