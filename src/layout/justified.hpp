// Justified text set word by word (groff's tbl text blocks): the spaces of a justified line are
// stretched until they are as wide as the gaps between cells, so each word comes out as a span
// of its own and description words near a column's edge fall in the next column. The page
// shows where such a cell is: its other lines start where it starts and end where it ends.
#pragma once

#include <vector>

#include "layout/lines.hpp"

namespace pira {

// Joins, in each of a page's lines, a run of three spans or more set apart by equal gaps (a
// justified line's stretched spaces are all one width; cells' gaps are not) into one span, when
// a nearby line of the page has text from the run's start to its end: a line of the same cell,
// one span, or such a run itself (both justified to the cell's edges).
void join_justified_cells(std::vector<Line>& page_lines);

}  // namespace pira
