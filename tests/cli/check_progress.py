#!/usr/bin/env python3
"""Progress on stderr only when stderr is a terminal: pira extract (pages of a PDF) and pira
import (files and rows) with stderr on a pseudo-terminal must draw the progress line and wipe
it; with stderr on a pipe, their stderr must hold no trace of it.
Usage: check_progress.py PIRA SOURCE_DIR SCRATCH
"""
import os
import pathlib
import pty
import re
import shutil
import subprocess
import sys

pira, source, scratch = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
shutil.rmtree(scratch, ignore_errors=True)
scratch.mkdir(parents=True)
pdf = source / "samples/pira2026/pira2026-semplice.pdf"
csv = source / "samples/relazione2025/indicatori.csv"
ERASE = b"\r\x1b[K"


def on_terminal(args):
    """Runs args with stderr on a pty; returns (exit, stdout, what the terminal received)."""
    master, slave = pty.openpty()
    p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    out = p.stdout.read()
    p.wait(timeout=120)
    os.close(master)
    return p.returncode, out, seen


def on_pipe(args):
    p = subprocess.run(args, capture_output=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


failures = []


def check(what, args, progress):
    rc_tty, out_tty, tty = on_terminal(args)
    rc_pipe, out_pipe, pipe = on_pipe(args)
    if rc_tty != 0 or rc_pipe != 0:
        failures.append(f"{what}: exit {rc_tty} on a terminal, {rc_pipe} on a pipe")
    if not re.search(progress, tty):
        failures.append(f"{what}: no progress line on the terminal: {tty[:300]!r}")
    elif not re.search(progress + rb"[^\r\n]*" + re.escape(ERASE) + rb"[^\r\x1b]", tty):
        failures.append(f"{what}: the progress line is not wiped before the summary: {tty[:300]!r}")
    if re.search(progress, pipe) or b"\r" in pipe or b"\x1b" in pipe:
        failures.append(f"{what}: progress on a pipe: {pipe[:300]!r}")
    # Apart from the progress line, the terminal gets what the pipe gets (pty turns \n to \r\n).
    # Each drawing of the line runs from one erase to the next.
    rest = re.sub(rb"\r\x1b\[K[^\r\n\x1b]*(?=\r\x1b\[K)", b"", tty).replace(ERASE, b"")
    rest = rest.replace(b"\r\n", b"\n")
    if rest != pipe:
        failures.append(f"{what}: other messages differ: {rest[:300]!r} vs {pipe[:300]!r}")
    if out_tty != out_pipe:
        failures.append(f"{what}: stdout differs between a terminal and a pipe")
    print(f"{what}: {len(tty)} bytes on the terminal, {len(pipe)} on the pipe")


pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
total = re.search(r"Pages:\s+(\d+)", pages).group(1).encode()
check("extract", [pira, "extract", str(pdf), "-o", str(scratch / "out.csv")],
      rb"pira2026-semplice\.pdf: pagine \d+ di " + total + rb" \([\d.]+ pagine/s\)")
check("extract --jobs 1", [pira, "extract", str(pdf), "--jobs", "1", "-o",
                           str(scratch / "out1.csv")], rb"pagine " + total + rb" di " + total)
for db in ("tty.db", "pipe.db"):
    (scratch / db).unlink(missing_ok=True)
rc_tty, out_tty, tty = on_terminal([pira, "import", str(csv), str(csv), "--db",
                                    str(scratch / "tty.db")])
rc_pipe, out_pipe, pipe = on_pipe([pira, "import", str(csv), str(csv), "--db",
                                   str(scratch / "pipe.db")])
if not re.search(rb"pira import: file 1 di 2, 82 righe \([\d.]+ righe/s\)", tty):
    failures.append(f"import: no progress on the terminal: {tty[:300]!r}")
if not re.search(rb"pira import: file 2 di 2, 82 righe", tty) or ERASE not in tty:
    failures.append(f"import: the last file is not counted or never wiped: {tty[:300]!r}")
if pipe != b"" or rc_tty != 0 or rc_pipe != 0 or out_tty != out_pipe:
    failures.append(f"import on a pipe: exit {rc_pipe}, stderr {pipe[:300]!r}")
print(f"import: {len(tty)} bytes on the terminal, {len(pipe)} on the pipe")

for f in failures:
    print(f)
sys.exit(1 if failures else 0)
