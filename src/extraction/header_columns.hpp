// Stage 1b of a table: the columns a header band gives. Header spans that overlap are one
// header cut by wrapping; years under a group header ("Target" over "2024 2025 2026") take the
// group's word; a comparator in a header ("Target 2026 (>=)") goes to its column's values; each
// header names a canonical column through the profile; a repeated header's empty cell inherits
// the previous header's column.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "extraction/profile.hpp"
#include "extraction/table_report.hpp"
#include "layout/lines.hpp"

namespace pira {

struct Column {
    std::string name;  // canonical column, "" for a header the profile does not know
    std::string rest_to;
    double x0 = 0, x1 = 0;
    std::string header;
    // The header's wrapped parts joined without spaces: a narrow cell may cut a word or a
    // date ("30/09/20" over "20"), and the profile's header names the whole of it.
    std::string glued;
    // A comparator the header gives its column's values ("Target 2026 (>=)"), "" for none.
    std::string op;
    // The header with only its last part glued: a narrow cell cuts the last word of a header of
    // several ("Peso dell'indicator" over "e"), the spaces before that are spaces.
    std::string tail_glued;
    bool description = false;  // the indicator's description (ProfileColumn::description)
};

// Lines [first, last] of a header; empty (first > last) when there is none.
using Band = std::pair<std::size_t, std::size_t>;
inline constexpr Band kNoBand{1, 0};

// The columns of a header band, left to right, named by the table; headers no column
// names go to the report.
std::vector<Column> header_columns(const std::vector<Line>& lines, Band band,
                                   const ProfileTable& table, TableReport& report);

// A header row repeated with a cell left empty (Peso, over its weights) keeps the column the
// table's previous header had there, when the columns on both sides are the same and the
// blank between them holds it at its distance from the column on its right.
void inherit_empty_headers(const std::vector<Column>& previous, std::vector<Column>& cols,
                           TableReport& report);

}  // namespace pira
