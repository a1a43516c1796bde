"""What openpyxl (Debian's python3-openpyxl, an independent reader) reads from an xlsx/xlsm:
for each sheet in workbook order, its name, state, cells and merged ranges, in the terms of
`pira extract --lines` (type s/n/b/d/e/f, the cached value, number format, formula, bold)."""
import datetime
import warnings
import xml.etree.ElementTree as ET
import zipfile

import openpyxl
from openpyxl.reader.excel import ExcelReader
from openpyxl.xml.constants import SHARED_STRINGS

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


class Expected:
    __slots__ = ("type", "value", "fmt", "formula", "bold", "shared_child", "rich")

    def __init__(self, type_, value, fmt, formula, bold, shared_child=False, rich=False):
        self.type, self.value, self.fmt, self.formula, self.bold, self.shared_child, self.rich = (
            type_, value, fmt, formula, bold, shared_child, rich)

    def __repr__(self):
        return "%s %r fmt=%r formula=%r%s" % (self.type, self.value, self.fmt, self.formula,
                                              " bold" if self.bold else "")


class ExpectedSheet:
    def __init__(self, name, state):
        self.name, self.state = name, state
        self.cells = {}  # (row, col) -> Expected
        self.merges = set()


def scan_parts(path):
    """({sheet name: {(row, col)}} of the cells that take a shared formula without its text
    (openpyxl translates the master's formula into them; pira may leave them empty),
    {sheet name: {(row, col)}} of the cells holding rich text (runs)). Found with ElementTree in
    the parts, which openpyxl's own package reader locates."""
    reader = ExcelReader(path, read_only=True)
    reader.read_manifest()
    reader.read_workbook()
    children, rich = {}, {}
    with zipfile.ZipFile(path) as z:
        rich_strings = set()
        sst = reader.package.find(SHARED_STRINGS)
        if sst is not None:
            with z.open(sst.PartName[1:]) as part:
                index = 0
                for _, el in ET.iterparse(part):
                    if el.tag == MAIN + "si":
                        if el.find(MAIN + "r") is not None:
                            rich_strings.add(index)
                        index += 1
                        el.clear()
        for sheet, rel in reader.parser.find_sheets():
            cells, runs = set(), set()
            with z.open(rel.target) as part:
                for _, el in ET.iterparse(part):
                    if el.tag == MAIN + "c":
                        ref = el.get("r")
                        key = openpyxl.utils.cell.coordinate_to_tuple(ref) if ref else None
                        f = el.find(MAIN + "f")
                        if key and f is not None and f.get("t") == "shared" and not (f.text or "").strip():
                            cells.add(key)
                        v = el.findtext(MAIN + "v")
                        if key and el.get("t") == "s" and v and v.strip().isdigit() and int(v) in rich_strings:
                            runs.add(key)
                        if key and el.find(MAIN + "is/" + MAIN + "r") is not None:
                            runs.add(key)
                        el.clear()
            children[sheet.name] = cells
            rich[sheet.name] = runs
    reader.archive.close()
    return children, rich


def expect(path):
    """[ExpectedSheet] of the workbook at path, as openpyxl reads it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        values = openpyxl.load_workbook(path, data_only=True)
        formulas = openpyxl.load_workbook(path)
    children, rich = scan_parts(path)
    sheets = []
    for ws in values.worksheets:
        fws = formulas[ws.title]
        sheet = ExpectedSheet(ws.title, ws.sheet_state)
        for key in sorted(set(ws._cells) | set(fws._cells)):
            cell = ws._cells.get(key)
            fcell = fws._cells.get(key)
            value = cell.value if cell is not None else None
            formula = None
            if fcell is not None and fcell.data_type == "f":
                text = fcell.value if isinstance(fcell.value, str) else getattr(fcell.value, "text", "")
                formula = text[1:] if text.startswith("=") else text
            if value is None and formula is None:
                continue
            style_cell = cell if cell is not None else fcell
            fmt = style_cell.number_format
            bold = bool(style_cell.font.b)
            if value is None:
                type_ = "f"
                value = ""
            elif cell.data_type == "e":
                type_ = "e"
            elif isinstance(value, bool):
                type_ = "b"
            elif isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
                type_ = "d"
            elif isinstance(value, (int, float)):
                type_ = "n"
            elif isinstance(value, str):
                type_ = "s"
            else:
                raise TypeError("%s %s: openpyxl value %r" % (ws.title, key, value))
            sheet.cells[key] = Expected(type_, value, fmt, formula, bold,
                                        key in children.get(ws.title, ()), key in rich.get(ws.title, ()))
        sheet.merges = {str(r) for r in ws.merged_cells.ranges}
        sheets.append(sheet)
    return sheets
