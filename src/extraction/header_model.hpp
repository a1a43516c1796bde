// Stage 1 of a table: its header. Which line opens a profile's table (its first header, maybe
// wrapped in a narrow cell) and the band of lines a wrapped header spans; the columns that band
// gives are header_columns'.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "extraction/header_columns.hpp"
#include "extraction/profile.hpp"
#include "extraction/table_report.hpp"
#include "extraction/tolerances.hpp"
#include "layout/lines.hpp"

namespace pira {

bool all_bold(const Line& l);

// A section of a table set as a line of its own, one bold cell naming one of the table's
// sections ("Proventi" as a heading above its header, or as a row across the table between
// the rows), rather than in the header row's first cell: the section's column, or "".
std::string section_column(const Line& l, const ProfileTable& table);

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
    bool tree_row_above(std::size_t k) const;

    const std::vector<Line>& lines_;
    const Profile& p_;
    const Tolerances& tol_;
};

}  // namespace pira
