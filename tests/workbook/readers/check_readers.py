#!/usr/bin/env python3
"""Conformance of pira's workbook reader against an independent reader, cell by cell.

Inputs are generated at test time, from outside pira's code:
  - openpyxl writes a workbook (make_openpyxl.py);
  - libxlsxwriter writes one in normal mode and one in constant_memory mode (inline strings)
    (write_xlsxwriter.cpp, built by CMake);
  - LibreOffice re-saves the openpyxl and libxlsxwriter workbooks as xlsx and as ods;
  - Python's zipfile writes hand-made packages of raw XML (make_raw.py) and a hand-made ods
    (make_ods.py).
`pira extract --lines FILE` must print exactly what openpyxl reads from the same file
(oracle.py): every non-empty cell and no other, its type, value, number format, formula and
bold, each sheet's name, order and state, each merged range. openpyxl cannot read ods: an ods
is compared with openpyxl's reading of LibreOffice's xlsx conversion of that same ods (number
formats are then only checked for percentages, formulas for their presence, since ods writes
them in its own syntax).

Usage: check_readers.py PIRA XLSXWRITER_WRITER SCRATCH [--only SUBSTRING]"""
import datetime
import math
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

import make_ods  # noqa: E402
import make_openpyxl  # noqa: E402
import make_raw  # noqa: E402
import oracle  # noqa: E402
import pira_lines  # noqa: E402

MAX_REPORTED_PER_FILE = 40


def convert(files, fmt, outdir, profile):
    """LibreOffice headless conversion of files into outdir (one soffice run for all)."""
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
           "--convert-to", fmt, "--outdir", outdir] + files
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    out = []
    for f in files:
        target = os.path.join(outdir, os.path.splitext(os.path.basename(f))[0] + "." + fmt)
        if r.returncode != 0 or not os.path.exists(target):
            raise SystemExit("LibreOffice did not convert %s to %s: %s %s" % (f, fmt, r.stdout, r.stderr))
        out.append(target)
    return out


def significant_digits(text):
    mantissa = re.split("[eE]", text.lstrip("+-"))[0].replace(".", "")
    return len(mantissa.strip("0")) or 1


def iso(value, epoch):
    """openpyxl's date value in pira's form (seconds; openpyxl rounds serials to milliseconds)."""
    if isinstance(value, datetime.datetime):
        if value.microsecond >= 500000:
            value += datetime.timedelta(seconds=1)
        value = value.replace(microsecond=0)
        if value.time() == datetime.time(0, 0):
            return [value.date().isoformat()]
        return [value.strftime("%Y-%m-%dT%H:%M:%S")]
    if isinstance(value, datetime.date):
        return [value.isoformat()]
    if isinstance(value, datetime.time):
        # openpyxl turns every serial in [0, 1) into a time of day, even in the 1904 system where
        # 0 is 1904-01-01 (a real date): the date part is the epoch's day.
        t = value.replace(microsecond=0)
        day = epoch.date()
        if epoch.year == 1899:
            # 1900 system: Excel shows serial 0 as "1900-01-00"; 1899-12-30 (openpyxl's epoch)
            # and 1899-12-31 are both accepted.
            days = [day, day + datetime.timedelta(days=1)]
        else:
            days = [day]
        out = []
        for d in days:
            out.append(d.isoformat() if t == datetime.time(0, 0) else "%sT%s" % (d.isoformat(), t.strftime("%H:%M:%S")))
        return out
    raise TypeError(value)


def inside(key, merged):
    """Whether the (row, col) key lies in the merged range "A1:B2"."""
    first, _, last = merged.partition(":")
    r1, c1 = pira_lines.split_ref(first)
    r2, c2 = pira_lines.split_ref(last or first)
    return r1 <= key[0] <= r2 and c1 <= key[1] <= c2


class Checker:
    def __init__(self):
        self.failures = []
        self.notes = []
        self.stats = {}  # producer -> [files, cells]

    def fail(self, where, message):
        self.failures.append("%s: %s" % (where, message))

    def check_file(self, pira, path, oracle_path, producer, kind, epoch_of, source=None):
        where = "%s [%s]" % (os.path.basename(path), producer)
        stat = self.stats.setdefault(producer, [0, 0])
        stat[0] += 1
        before = len(self.failures)
        expected = oracle.expect(oracle_path)
        source_sheets = {s.name: s.cells for s in oracle.expect(source)} if source else {}
        epoch = epoch_of(oracle_path)
        r = pira_lines.run(pira, path)
        if r.returncode != 0:
            self.fail(where, "exit %d, stderr %r" % (r.returncode, r.stderr.decode("utf-8", "replace")[-500:]))
            return
        try:
            text = r.stdout.decode("utf-8")
        except UnicodeDecodeError as e:
            self.fail(where, "output is not UTF-8: %s" % e)
            return
        got, problems = pira_lines.parse(text)
        for p in problems:
            self.fail(where, "malformed output: " + p)
        exp_names = [(s.name, s.state) for s in expected]
        got_names = [(s.name, s.state) for s in got]
        if exp_names != got_names:
            self.fail(where, "sheets (name, state): expected %s, got %s" % (exp_names, got_names))
        got_by_name = {s.name: s for s in got}
        for es in expected:
            gs = got_by_name.get(es.name)
            if gs is None:
                continue
            if gs.order != sorted(gs.order):
                self.fail(where, "sheet %r: cells not in row-major order" % es.name)
            for key in sorted(set(es.cells) | set(gs.cells)):
                ref = "%s!%s%d" % (es.name, pira_lines.column_letters(key[1]), key[0])
                stat[1] += 1
                src = source_sheets.get(es.name, {}).get(key)
                self.check_cell(where, ref, key, es.cells.get(key), gs.cells.get(key), kind, epoch,
                                os.path.basename(path), src, es.merges)
            got_merges = set(gs.merges)
            if got_merges != es.merges:
                self.fail(where, "sheet %r merged ranges: expected %s, got %s" % (
                    es.name, sorted(es.merges), sorted(got_merges)))
        if len(self.failures) - before > MAX_REPORTED_PER_FILE:
            extra = len(self.failures) - before - MAX_REPORTED_PER_FILE
            del self.failures[before + MAX_REPORTED_PER_FILE:]
            self.fail(where, "... and %d more mismatches" % extra)

    def check_cell(self, where, ref, key, exp, got, kind, epoch, name, src=None, merges=()):
        if exp is None:
            if any(inside(key, m) and not m.startswith(ref.split("!")[1] + ":") for m in merges):
                # openpyxl drops the values of merged cells other than the top-left one (it makes
                # them MergedCell); pira prints them as stored.
                self.notes.append("%s %s: value of a covered merged cell printed as stored: %r" % (where, ref, got))
                return
            self.fail(where, "%s: extra cell %r (openpyxl has none)" % (ref, got))
            return
        if got is None:
            if exp.type == "s" and exp.value == "":
                return  # an empty shared string: printing no cell is as good as an empty one
            self.fail(where, "%s: missing cell, openpyxl reads %r" % (ref, exp))
            return
        problems = []
        if (kind == "ods" and src is not None and exp.formula and got.formula and src.formula
                and exp.type == src.type == "n" and got.type == "n" and exp.value != src.value):
            # LibreOffice recalculates formulas when it opens the ods to convert it, so its xlsx
            # may hold a new value; the ods holds the cached value it took from the source
            # workbook (libxlsxwriter's 0 for a formula written without a result).
            self.notes.append("%s %s: formula value %r in the ods, %r after LibreOffice's recalculation" % (
                where, ref, src.value, exp.value))
            exp = oracle.Expected(src.type, src.value, exp.fmt, exp.formula, exp.bold, exp.shared_child, exp.rich)
        # Type and value.
        if exp.type == "s":
            accepted = [exp.value]
            if name == "raw-x-escapes.xlsx":
                # openpyxl 3.0.9 does not decode _xHHHH_ (it only deletes "x005F_"); Excel and
                # LibreOffice (7.4, checked) do: what they read is expected (make_raw.X_ESCAPES_EXCEL).
                excel = make_raw.X_ESCAPES_EXCEL.get(key)
                if excel is not None:
                    accepted = [excel]
            if (kind == "ods" and got.type == "s" and got.value not in accepted
                    and len(got.value) > len(exp.value)
                    and re.sub("[\t\n]", "", got.value) == re.sub("[\t\n]", "", exp.value)):
                # LibreOffice 7.4 drops <text:tab/> and <text:line-break/> from cell text when it
                # opens an ods, so its xlsx conversion (the oracle) lacks them; ODF makes them
                # U+0009 and U+000A. pira's extra TABs/LFs are accepted and noted.
                accepted.append(got.value)
                self.notes.append("%s %s: ods text %r (LibreOffice's xlsx: %r)" % (where, ref, got.value, exp.value))
            if got.type != "s" or got.value not in accepted:
                openpyxl_reads = "" if exp.value in accepted else " (openpyxl reads %r)" % exp.value
                problems.append("value: expected s %s%s, got %s %r" % (
                    " or ".join(map(repr, accepted)), openpyxl_reads, got.type, got.value))
        elif exp.type == "n":
            ok = got.type == "n"
            if ok:
                try:
                    number = float(got.value)
                    ok = number == float(exp.value) and not math.isnan(number)
                    shortest = repr(float(exp.value))
                    if (ok and significant_digits(got.value) > significant_digits(shortest)
                            and len(got.value) > len("%.*e" % (significant_digits(shortest) - 1, float(exp.value)))):
                        # Shortest round trip as std::to_chars has it: the shorter in characters of
                        # the fixed and the scientific form (fixed on a tie), and a fixed form
                        # prints a large integral double with all its exact digits
                        # (123456789012345696, not 1.234567890123457e+17).
                        problems.append("number %r is not in shortest round-trip form (%r)" % (got.value, shortest))
                except ValueError:
                    ok = False
            if not ok:
                problems.append("value: expected n %r, got %s %r" % (exp.value, got.type, got.value))
        elif exp.type == "d":
            accepted = iso(exp.value, epoch)
            if got.type != "d" or got.value not in accepted:
                problems.append("value: expected d %s (openpyxl %r), got %s %r" % (
                    " or ".join(accepted), exp.value, got.type, got.value))
        elif exp.type == "b":
            want = "TRUE" if exp.value else "FALSE"
            if kind == "ods" and exp.formula and got.type == "n" and got.value == ("1" if exp.value else "0"):
                # LibreOffice turns an xlsx boolean into the formula TRUE() or FALSE() and writes
                # every boolean formula result in ods as office:value-type="float" with nothing
                # else saying it is a boolean; its xlsx conversion says t="b" again. n 1 / n 0
                # is what the ods holds.
                self.notes.append("%s %s: ods boolean formula read as n %s" % (where, ref, got.value))
            elif got.type != "b" or got.value != want:
                problems.append("value: expected b %s, got %s %r" % (want, got.type, got.value))
        elif exp.type == "e":
            if got.type != "e" or got.value != exp.value:
                problems.append("value: expected e %r, got %s %r" % (exp.value, got.type, got.value))
        elif exp.type == "f":
            # A formula whose cached value openpyxl reads as none. t="str" with an empty <v> is an
            # empty cached text: s with an empty value is accepted too.
            if not (got.type == "f" and got.value == "") and not (got.type == "s" and got.value == ""):
                problems.append("value: expected f (no cached value), got %s %r" % (got.type, got.value))
        # Formula.
        if kind == "xlsx":
            if exp.formula is None:
                if got.formula:
                    problems.append("formula: expected none, got %r" % got.formula)
            elif got.formula != exp.formula and not (exp.shared_child and got.formula == ""):
                problems.append("formula: expected %r, got %r" % (exp.formula, got.formula))
        else:
            if bool(exp.formula) != bool(got.formula):
                problems.append("formula presence: expected %r, got %r" % (exp.formula, got.formula))
        # Number format.
        if kind == "xlsx":
            if got.fmt != exp.fmt:
                problems.append("number format: expected %r, got %r" % (exp.fmt, got.fmt))
        elif "%" in exp.fmt and exp.type == "n":
            if "%" not in got.fmt and "percent" not in got.fmt:
                problems.append("number format: expected a percentage (xlsx %r), got %r" % (exp.fmt, got.fmt))
        # Bold.
        if exp.bold != got.bold:
            if kind == "ods" and exp.rich and exp.bold:
                # LibreOffice's xlsx export gives a rich-text cell the font of its first run as
                # cell font; in the ods the bold is only on a text span, not on the cell.
                self.notes.append("%s %s: rich text, bold only on a run in the ods" % (where, ref))
            else:
                problems.append("bold: expected %s, got %s" % (exp.bold, got.bold))
        for p in problems:
            self.fail(where, "%s: %s" % (ref, p))


def epoch_of(path):
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    epoch = wb.epoch
    wb.close()
    return epoch


def main():
    args = sys.argv[1:]
    only = None
    if "--only" in args:
        i = args.index("--only")
        only = args[i + 1]
        del args[i:i + 2]
    pira, writer, scratch = args
    pira = os.path.abspath(pira)
    shutil.rmtree(scratch, ignore_errors=True)
    src = os.path.join(scratch, "src")
    raw = os.path.join(scratch, "raw")
    os.makedirs(src)
    os.makedirs(raw)

    # 1. Generation.
    opx = os.path.join(src, "openpyxl.xlsx")
    make_openpyxl.write(opx)
    xw = os.path.join(src, "xlsxwriter.xlsx")
    xwc = os.path.join(src, "xlsxwriter-constant.xlsx")
    for path, mode in ((xw, "normal"), (xwc, "constant_memory")):
        subprocess.run([writer, path, mode], check=True)
    raw_cases = make_raw.write_all(raw)
    profile = os.path.join(os.path.abspath(scratch), "lo-profile")
    lo_xlsx = convert([opx, xw], "xlsx", os.path.join(scratch, "lo-xlsx"), profile)
    lo_ods = convert([opx, xw], "ods", os.path.join(scratch, "lo-ods"), profile)
    handmade_ods = os.path.join(raw, "ods-fatto-a-mano.ods")
    make_ods.write(handmade_ods)
    ods_as_xlsx = convert(lo_ods + [handmade_ods], "xlsx", os.path.join(scratch, "lo-ods-xlsx"), profile)

    # 2. (file pira reads, file openpyxl reads, producer, kind)
    files = [(opx, opx, "openpyxl", "xlsx", None),
             (xw, xw, "libxlsxwriter", "xlsx", None),
             (xwc, xwc, "libxlsxwriter constant_memory", "xlsx", None)]
    files += [(f, f, "LibreOffice xlsx", "xlsx", None) for f in lo_xlsx]
    files += [(f, g, "LibreOffice ods", "ods", s) for f, g, s in zip(lo_ods, ods_as_xlsx, [opx, xw])]
    files.append((handmade_ods, ods_as_xlsx[-1], "hand-made ods (zipfile)", "ods", None))
    files += [(os.path.join(raw, name), os.path.join(raw, name), "hand-made (zipfile)", "xlsx", None)
              for name, _what in raw_cases]
    # The format comes from the content, not the name: an xlsx named .ods, an ods named .xlsx.
    renamed = os.path.join(scratch, "renamed")
    os.makedirs(renamed)
    for source, target, oracle_path, kind in ((os.path.join(raw, "raw-cell-types.xlsx"), "xlsx-chiamato.ods",
                                               os.path.join(raw, "raw-cell-types.xlsx"), "xlsx"),
                                              (handmade_ods, "ods-chiamato.xlsx", ods_as_xlsx[-1], "ods")):
        shutil.copy(source, os.path.join(renamed, target))
        files.append((os.path.join(renamed, target), oracle_path, "renamed (format from the content)", kind, None))

    checker = Checker()
    for path, oracle_path, producer, kind, source in files:
        if only and only not in path:
            continue
        checker.check_file(pira, path, oracle_path, producer, kind, epoch_of, source)

    print("%-32s %6s %7s" % ("producer", "files", "cells"))
    for producer, (nfiles, ncells) in checker.stats.items():
        print("%-32s %6d %7d" % (producer, nfiles, ncells))
    for n in checker.notes:
        print("NOTE:", n)
    for f in checker.failures:
        print("FAIL:", f)
    total_cells = sum(c for _f, c in checker.stats.values())
    total_files = sum(f for f, _c in checker.stats.values())
    print("%d files, %d cells compared, %d mismatches" % (total_files, total_cells, len(checker.failures)))
    sys.exit(1 if checker.failures else 0)


if __name__ == "__main__":
    main()
