// Stage 1 of a table: its header. Which line opens a profile's table (its first header, maybe
// wrapped in a narrow cell), the band of lines a wrapped header spans, and the columns that band
// gives: header spans that overlap are one header cut by wrapping; years under a group header
// ("Target" over "2024 2025 2026") take the group's word; each header names a canonical column
// through the profile; a repeated header's empty cell inherits the previous header's column.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "extraction/profile.hpp"
#include "extraction/table_report.hpp"
#include "extraction/tolerances.hpp"
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
};

bool all_bold(const Line& l);

// A section of a table set as a line of its own, one bold cell naming one of the table's
// sections ("Proventi" as a heading above its header, or as a row across the table between
// the rows), rather than in the header row's first cell: the section's column, or "".
std::string section_column(const Line& l, const ProfileTable& table);

// Lines [first, last] of a header; empty (first > last) when there is none.
using Band = std::pair<std::size_t, std::size_t>;
inline constexpr Band kNoBand{1, 0};

class HeaderModel {
  public:
    HeaderModel(const std::vector<Line>& lines, const Profile& profile, const Tolerances& tol)
        : lines_(lines), p_(profile), tol_(tol) {}

    // The profile's table whose first header line i holds, or nullptr.
    const ProfileTable* table_at(std::size_t i) const;
    bool is_header(std::size_t i) const { return table_at(i) != nullptr; }
    // The lines of the header whose first-header line is i.
    Band band(std::size_t i) const;
    // Whether line i is an upper line of a header named below it ("Target" above
    // "Indicatore"): the header's, not the last row's.
    bool opens_band(std::size_t i) const;
    // The columns of a header band, left to right, named by the table; headers no column
    // names go to the report.
    std::vector<Column> columns(Band band, const ProfileTable& table, TableReport& report) const;

  private:
    bool wraps_first_header(std::size_t i, const Span& s, const std::string& h) const;
    bool under_first_header(std::size_t i, const Line& l) const;
    bool header_line(const Line& l, const ProfileTable& table) const;

    const std::vector<Line>& lines_;
    const Profile& p_;
    const Tolerances& tol_;
};

// A header row repeated with a cell left empty (Peso, over its weights) keeps the column the
// table's previous header had there, when the columns on both sides are the same.
void inherit_empty_headers(const std::vector<Column>& previous, std::vector<Column>& cols,
                           TableReport& report);

}  // namespace pira
