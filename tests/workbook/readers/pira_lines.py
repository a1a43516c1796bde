"""The output of `pira extract --lines WORKBOOK`, parsed into sheets and cells.

For each sheet in workbook order:
    #sheet<TAB>name<TAB>visible|hidden|veryHidden
    <A1 ref><TAB><type><TAB><value><TAB><number format><TAB><formula><TAB><bold>   (one per cell)
    #merge<TAB><sheet>!<A1:B2>                                                     (one per range)
Values (and every other field) escape backslash, TAB, LF and CR as \\ \t \n \r."""
import re
import subprocess

TYPES = {"s", "n", "b", "d", "e", "f"}
REF = re.compile(r"^([A-Z]{1,3})([1-9][0-9]*)$")


class Sheet:
    def __init__(self, name, state):
        self.name = name
        self.state = state
        self.cells = {}  # (row, col) -> Cell
        self.order = []  # (row, col) in the order printed
        self.merges = []  # "A1:B2" strings, as printed


class Cell:
    __slots__ = ("ref", "type", "value", "fmt", "formula", "bold")

    def __init__(self, ref, type_, value, fmt, formula, bold):
        self.ref, self.type, self.value, self.fmt, self.formula, self.bold = (
            ref, type_, value, fmt, formula, bold)

    def __repr__(self):
        return "%s %s %r fmt=%r formula=%r%s" % (
            self.ref, self.type, self.value, self.fmt, self.formula, " bold" if self.bold else "")


def unescape(field):
    """Undoes pira's escaping; raises ValueError on a backslash followed by anything else."""
    if "\\" not in field:
        return field
    out, i = [], 0
    while i < len(field):
        ch = field[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = field[i + 1] if i + 1 < len(field) else ""
        mapped = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}.get(nxt)
        if mapped is None:
            raise ValueError("bad escape \\%s in %r" % (nxt, field))
        out.append(mapped)
        i += 2
    return "".join(out)


def column_number(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def split_ref(ref):
    m = REF.match(ref)
    if not m:
        raise ValueError("bad cell reference %r" % ref)
    return int(m.group(2)), column_number(m.group(1))


def parse(text):
    """Returns (sheets, problems): a list of Sheet and a list of messages about malformed lines."""
    sheets, problems = [], []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, 1):
        fields = line.split("\t")
        try:
            if fields[0] == "#sheet":
                if len(fields) != 3:
                    raise ValueError("a #sheet line has 3 fields")
                sheets.append(Sheet(unescape(fields[1]), fields[2]))
            elif fields[0] == "#merge":
                if len(fields) != 2 or not sheets:
                    raise ValueError("a #merge line has 2 fields and follows a #sheet line")
                where = unescape(fields[1])
                prefix = sheets[-1].name + "!"
                if not where.startswith(prefix):
                    raise ValueError("merge %r is not on sheet %r" % (where, sheets[-1].name))
                sheets[-1].merges.append(where[len(prefix):])
            else:
                if len(fields) != 6:
                    raise ValueError("a cell line has 6 fields, this one %d" % len(fields))
                if not sheets:
                    raise ValueError("a cell before any #sheet line")
                ref, type_, value, fmt, formula, bold = fields
                if type_ not in TYPES:
                    raise ValueError("unknown type %r" % type_)
                if bold not in ("", "bold"):
                    raise ValueError("bold field %r" % bold)
                key = split_ref(ref)
                sheet = sheets[-1]
                if key in sheet.cells:
                    raise ValueError("cell %s printed twice" % ref)
                sheet.cells[key] = Cell(ref, type_, unescape(value), unescape(fmt), unescape(formula),
                                        bold == "bold")
                sheet.order.append(key)
        except ValueError as e:
            problems.append("line %d %r: %s" % (number, line[:200], e))
    return sheets, problems


def run(pira, path, timeout=120):
    """Runs `pira extract --lines PATH`; returns the CompletedProcess (stdout as text)."""
    return subprocess.run([pira, "extract", "--lines", path], capture_output=True, timeout=timeout)
