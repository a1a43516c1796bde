#!/usr/bin/env python3
"""pira extract gives the same bytes whatever --jobs: every PDF committed under samples/ and
tests/, read with --jobs 1 and --jobs 2 (and --lines also with --jobs 7, more workers than
cores), compared on stdout, stderr and exit code. Usage: check_jobs.py PIRA SOURCE_DIR SCRATCH
"""
import pathlib
import subprocess
import sys

pira, source, scratch = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
scratch.mkdir(parents=True, exist_ok=True)


def run(pdf, jobs, *extra):
    p = subprocess.run([pira, "extract", str(pdf), "--jobs", str(jobs), *extra],
                       capture_output=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


pdfs = sorted(p for top in ("samples", "tests") for p in (source / top).rglob("*.pdf"))
assert len(pdfs) >= 50, f"only {len(pdfs)} PDFs found under {source}"
failures, extracted, pages = [], 0, 0
for pdf in pdfs:
    name = pdf.relative_to(source)
    lines = {jobs: run(pdf, jobs, "--lines") for jobs in (1, 2, 7)}
    if lines[2] != lines[1] or lines[7] != lines[1]:
        failures.append(f"{name}: --lines differs between --jobs 1, 2 and 7")
    table = {jobs: run(pdf, jobs) for jobs in (1, 2)}
    if table[2] != table[1]:
        failures.append(f"{name}: extract differs between --jobs 1 and 2")
    extracted += table[1][0] == 0
    # The pages --lines saw: each line starts with its page ("p12 y=...").
    seen = {l.split(b" ", 1)[0] for l in lines[1][1].splitlines() if l.startswith(b"p")}
    pages = max(pages, len(seen))

print(f"{len(pdfs)} PDFs, {extracted} extracted with exit 0, longest {pages} pages with text")
# The comparison means something only if real tables and multi-page documents were among them.
assert extracted >= 20, f"only {extracted} PDFs extracted"
assert pages >= 20, f"the longest PDF had {pages} pages with text"
for f in failures:
    print(f)
sys.exit(1 if failures else 0)
