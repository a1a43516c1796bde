// A table without a header row (the Relazione's per-objective tables: weight, indicator,
// target, actual, performance): it starts at the first line of its block that the profile's
// row pattern recognises (in the cell of its `row_column`, the first by default), and its
// columns are where that line's cells are; a comparator alone in a cell counts with its value.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "extraction/header_model.hpp"
#include "extraction/profile.hpp"
#include "layout/lines.hpp"

namespace pira {

// The first line from i (within the profile's headerless_scan) that opens `table`: before the
// next field, a header of the profile's headed tables (whose rows those are) or the table's end.
std::optional<std::size_t> headerless_start(const std::vector<Line>& lines, std::size_t i,
                                            const ProfileTable& table, const Profile& profile,
                                            const HeaderModel& headers);

// Of the profile's tables without a header row, the one whose first line from i comes first
// (a table of five cells and one of six, the description in a column of its own: the six
// cells of this block's first row say which, not a row of five further down), and that line;
// on the same line, one with a column for each cell, then the one whose pattern's column
// matches on more of the block's lines, then the first listed.
std::optional<std::pair<std::size_t, const ProfileTable*>> first_headerless(
    const std::vector<Line>& lines, std::size_t i, const Profile& profile,
    const HeaderModel& headers);

// The columns' places from that line's cells, in the profile's order. The indicator's cell
// may be missing from it (a name on lines above and below the row's other cells): then it
// spans the gap between its neighbours.
std::vector<Column> headerless_columns(const Line& line, const ProfileTable& table);

// Whether a row of the last table (its columns `last_columns`) begins at line i, the table
// going on without its header after its group rows (the fields of the next block): a line
// under its columns, there or a few lines below (the cells above it, centred vertically, are
// its), before the next field or header.
bool row_ahead(const std::vector<Line>& lines, std::size_t i,
               const std::vector<Column>& last_columns, const Profile& profile,
               const HeaderModel& headers);

}  // namespace pira
