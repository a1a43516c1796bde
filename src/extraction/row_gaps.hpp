// Row building, the gap that closes a row: a share of a line's height (`row_gap`), or less where
// the page's cells set their lines tight. Some producers pad rows by less than half a line
// (WeasyPrint's 2 points under 9-point type) but set a cell's wrapped lines almost touching:
// beside those, the padding is a gap a reader sees, though below half a line.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extraction/table_columns.hpp"
#include "layout/lines.hpp"

namespace pira {

// What the table's lines of a page show (from line `from` until a line whose cell spans two
// columns: no longer the table's): the median gap, in points, between the lines of one column's
// cells, of those below `row_gap` line heights (-1 when no cell wraps there), and where the name
// column's widest line of several words ends (-1 for none; a word alone, a code, may overflow).
struct PageCells {
    double line_gap = -1;
    double name_right = -1;
};
PageCells page_cells(const std::vector<Line>& lines, std::size_t from, const TableColumns& cols,
                     double row_gap);

// The foot of the document's pages: where its lowest line ends (running footers are gone by
// then, layout/running_lines), 0 for a spreadsheet.
double page_foot(const std::vector<Line>& lines);

// Whether a gap of `gap` points above a line `height` high closes a row: wider than `row_gap`
// line heights, or than the page's cell line gap by `over_cell` line heights.
bool closes_row(double gap, double height, double cell_gap, double row_gap, double over_cell);

}  // namespace pira
