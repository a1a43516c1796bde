// Column assignment of right-aligned values. A column of numbers right-aligned in cells wider
// than their header's text ends past that text, short of the next header ("% 6,4" under a
// left-aligned "Consuntivo", its right edge just before "Target 2020"): by its centre it would
// be the next column's. One cell cannot say whether it is right-aligned there or left-aligned
// under the next, centred header; the whole table can: the value cells of a right-aligned
// column end at one edge whatever their widths.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extraction/header_columns.hpp"
#include "layout/lines.hpp"

namespace pira {

// Column k -> the edge its values end at, between its header's text and column k+1's.
using RightEdges = std::map<std::size_t, double>;

// The right edges of the table's body lines from `from` on, until `stop(j)` says line j is
// past the table: for each gap after a column of values, the edge where two value cells of
// different widths or more end together (regular type, with a digit; header lines are bold).
RightEdges right_aligned_edges(const std::vector<Column>& cols, const std::vector<Line>& lines,
                               std::size_t from, const std::function<bool(std::size_t)>& stop,
                               std::size_t max_lines);

}  // namespace pira
