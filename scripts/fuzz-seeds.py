#!/usr/bin/python3
"""Builds the seed corpora of the libFuzzer harnesses in OUT/<harness>/ (scripts/fuzz.sh).

From tests/fuzz/seeds.txt's globs (samples and test fixtures), the committed inputs of
tests/fuzz/seeds/<harness>/ and tests/fuzz/regressions/<harness>/, the sample tables turned into
JSON lines, and, for the value harnesses, every distinct cell of the sample tables' columns that
hold such values. Corpora are built, not committed: they are megabytes.
"""
import csv
import glob
import hashlib
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Which cells of the sample tables seed which value harness.
CELL_COLUMNS = {
    "number": ("actual", "weight", "baseline"),
    "quantity": ("actual", "baseline", "target", "weight"),
    "target": ("target",),
    "markup": ("target",),
    "date": ("target", "actual"),
    "code": ("objective_code", "indicator_code"),
}


def put(out: Path, harness: str, data: bytes) -> None:
    folder = out / harness
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def sample_rows():
    for path in sorted(glob.glob(str(ROOT / "samples/*/*.csv"))):
        with open(path, encoding="utf-8", newline="") as f:
            yield path, list(csv.DictReader(f, delimiter=";"))


def main() -> int:
    if len(sys.argv) != 2:
        print("uso: scripts/fuzz-seeds.py CARTELLA", file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    shutil.rmtree(out, ignore_errors=True)
    for line in (ROOT / "tests/fuzz/seeds.txt").read_text().splitlines():
        if not line[:1].isalpha():
            continue
        harness, *globs = line.split()
        for pattern in globs:
            for path in sorted(glob.glob(str(ROOT / pattern))):
                put(out, harness, Path(path).read_bytes())
    for kind in ("seeds", "regressions"):
        for path in sorted((ROOT / "tests/fuzz" / kind).glob("*/*")):
            if path.is_file() and path.name != "README.md":
                put(out, path.parent.name, path.read_bytes())
    for _, rows in sample_rows():
        lines = [json.dumps({k: v for k, v in r.items() if k and v}, ensure_ascii=False)
                 for r in rows]
        put(out, "jsonl", ("\n".join(lines) + "\n").encode())
        for row in rows:
            for harness, columns in CELL_COLUMNS.items():
                for column, value in row.items():
                    if value and column and column.startswith(columns):
                        put(out, harness, value.encode())
            if row.get("mission"):
                put(out, "programme",
                    f"{row['mission']}\n{row.get('programme', '')}".encode())
    for folder in sorted(out.iterdir()):
        print(f"{folder.name}: {sum(1 for _ in folder.iterdir())} seed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
