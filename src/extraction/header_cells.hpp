// What a header's cells say, line by line (header_cells.cpp), for the header model.
#pragma once

#include <cstddef>
#include <vector>

#include "extraction/profile.hpp"
#include "layout/lines.hpp"

namespace pira {

// Line i is a header row in regular type: three cells or more, half of them the table's headers.
bool regular_header(const std::vector<Line>& lines, std::size_t i, const ProfileTable& table);

// Line l is a regular header cell's second line, glued to the band's lowest cell above it
// (lines first..last).
bool wraps_regular_header(const std::vector<Line>& lines, std::size_t first, std::size_t last,
                          const Line& l, const ProfileTable& table);

// Line `above` is a heading over the header whose lines run to `last`, not its upper line.
bool heading_over(const std::vector<Line>& lines, std::size_t above, std::size_t last,
                  const ProfileTable& table);

// Line l, below the regular header band [first, last], has a row's cell: under none of the
// band's cells and naming no column, or under a header cell it would make name no column.
bool row_cell_under_no_header(const std::vector<Line>& lines, std::size_t first, std::size_t last,
                              const Line& l, const ProfileTable& table);
bool row_cell_under_named_header(const std::vector<Line>& lines, std::size_t first,
                                 std::size_t last, const Line& l, const ProfileTable& table);

}  // namespace pira
