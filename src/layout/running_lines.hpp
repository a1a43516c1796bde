// Running headers and footers ("Relazione sulla performance 2025 - pagina 3") repeat at the top
// or bottom of most pages; left in, they would join the cell a table row was wrapping across the
// page break. They are found by repetition, not by position alone: a table row may well be the
// last line of a page.
#pragma once

#include <cstddef>
#include <vector>

#include "layout/lines.hpp"

namespace pira {

// Removes from a document's lines (pages in order) the first or last line of a page whose text,
// digits aside, recurs at the same end of at least half of the pages (and of two pages at least).
// Returns how many lines were removed.
std::size_t drop_running_lines(std::vector<Line>& lines);

}  // namespace pira
