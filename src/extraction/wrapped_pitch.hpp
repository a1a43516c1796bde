// Row gaps measured on the table itself. A producer that sets a cell's wrapped lines almost
// touching (leading of a few tenths of a point) may pad its rows by less than the default row
// gap (half a line): what tells a row's end is then a pitch wider than the wrapped lines' own,
// which the table shows wherever a left-aligned text goes on in lower case under its first line.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "layout/lines.hpp"

namespace pira {

// The pitch (top to top) of a cell's wrapped lines in the table's body from `from` on, until
// `stop(j)` says line j is past the table: the closest a line going on in lower case sits
// under a line starting where it starts; 0 when no cell wraps so.
double wrapped_pitch(const std::vector<Line>& lines, std::size_t from,
                     const std::function<bool(std::size_t)>& stop, std::size_t max_lines);

}  // namespace pira
