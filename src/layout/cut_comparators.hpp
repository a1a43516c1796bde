// A comparator cut by its narrow cell: "<=" set as "<" on one line and "=" on the next, in a
// comparator column too narrow for both characters (LibreOffice breaks between them).
#pragma once

#include <cstddef>
#include <vector>

#include "layout/lines.hpp"

namespace pira {

// Joins such comparators in place: the "=" goes up to its "<" or ">", and a line left without
// spans is removed. Returns how many were joined. The "=" must start where the "<" starts, on
// the cell's next line, and end its line: an "=" with nothing after it compares nothing, so it
// is no comparator of its own line (the next row's "=" has its value beside it).
std::size_t join_cut_comparators(std::vector<Line>& lines);

}  // namespace pira
