#include "extraction/headerless_table.hpp"

#include <re2/re2.h>

#include "extraction/comparator_cells.hpp"
#include "extraction/fields.hpp"
#include "extraction/table_columns.hpp"

namespace pira {
namespace {

// A comparator alone in its cell (an operator column: ">=" then "80 N.") is one cell with the
// value after it, as column assignment reads it: the table's columns are counted and placed
// without operator columns, which rows without a comparator leave empty.
std::vector<Span> placed_cells(const Line& line) {
    std::vector<Span> cells;
    const auto& spans = line.spans;
    for (std::size_t j = 0; j < spans.size(); ++j) {
        cells.push_back(spans[j]);
        if (j + 1 < spans.size() && is_comparator_cell_before(spans[j].text, spans[j + 1].text) &&
            !is_comparator_cell(spans[j + 1].text)) {
            cells.back().text += " " + spans[j + 1].text;
            cells.back().x1 = spans[++j].x1;
        }
    }
    return cells;
}

std::size_t name_index(const ProfileTable& table) {
    for (std::size_t k = 0; k < table.columns.size(); ++k) {
        if (table.columns[k].column == "indicator_name") return k;
    }
    return table.columns.size();
}

// Whether the line's cells are a row of the table: one a column, the indicator's maybe
// missing, and the cell of the row pattern's column matching it (after a missing name, one
// place to the left).
bool opens_table(const std::vector<Span>& cells, const ProfileTable& table) {
    const std::size_t n = table.columns.size();
    if (cells.size() != n && cells.size() + 1 != n) return false;
    std::size_t k = table.row_column;
    if (cells.size() < n && k > name_index(table)) --k;
    return k < cells.size() && RE2::FullMatch(cells[k].text, *table.row_pattern);
}

// How many lines of the block from j (up to its next field or the table's end) the table reads
// as rows: a cell a column (the name's maybe on a line of its own), the row pattern matching in
// its column.
std::size_t pattern_rows(const std::vector<Line>& lines, std::size_t j, const ProfileTable& table,
                         const Profile& profile) {
    std::size_t n = 0;
    const auto last = j + static_cast<std::size_t>(profile.tolerances.headerless_scan);
    for (std::size_t k = j; k < lines.size() && k < last; ++k) {
        if (k > j && (field_of(profile, lines[k]) || table.ends_at(lines[k].text()))) break;
        n += opens_table(placed_cells(lines[k]), table) ? 1 : 0;
    }
    return n;
}

}  // namespace

std::optional<std::size_t> headerless_start(const std::vector<Line>& lines, std::size_t i,
                                            const ProfileTable& table, const Profile& profile,
                                            const HeaderModel& headers) {
    const auto last = i + static_cast<std::size_t>(profile.tolerances.headerless_scan);
    for (std::size_t j = i; j < lines.size() && j < last; ++j) {
        const Line& l = lines[j];
        if (field_of(profile, l) || table.ends_at(l.text()) || headers.is_header(j))
            return std::nullopt;
        if (opens_table(placed_cells(l), table)) return j;
    }
    return std::nullopt;
}

std::optional<std::pair<std::size_t, const ProfileTable*>> first_headerless(
    const std::vector<Line>& lines, std::size_t i, const Profile& profile,
    const HeaderModel& headers) {
    std::optional<std::pair<std::size_t, const ProfileTable*>> first;
    bool first_whole = false;
    std::size_t first_rows = 0;
    for (const auto& table : profile.tables) {
        if (!table.row_pattern) continue;
        const auto j = headerless_start(lines, i, table, profile, headers);
        if (!j) continue;
        // On the same line, a table that has a column for each of its cells wins over one that
        // reads it with its name missing (name | weight | target | actual | performance is not
        // a row of name | description | ... | weight whose name is on another line); of two
        // alike (a column each, or both with the name missing), the one whose pattern's column
        // matches on more of the block's lines (a weight is on every row; a target that happens
        // to be a percentage is not: name | 100,00% | 100,00% | 100,00% | 33,40% has its weight
        // last); then the first listed.
        const bool whole = placed_cells(lines[*j]).size() == table.columns.size();
        const std::size_t rows = pattern_rows(lines, *j, table, profile);
        const bool same = first && *j == first->first;
        if (!first || *j < first->first || (same && whole && !first_whole) ||
            (same && whole == first_whole && rows > first_rows)) {
            first = std::make_pair(*j, &table);
            first_whole = whole;
            first_rows = rows;
        }
    }
    return first;
}

std::vector<Column> headerless_columns(const Line& line, const ProfileTable& table) {
    const auto spans = placed_cells(line);
    const bool without_name = spans.size() < table.columns.size();
    std::vector<Column> cols;
    std::size_t next = 0;
    for (const auto& pc : table.columns) {
        Column c{pc.column, pc.rest_to, 0, 0, {}, {}};
        c.description = pc.description;
        if (without_name && pc.column == "indicator_name") {
            c.x0 = next == 0 ? 0 : spans[next - 1].x1 + 1;
            c.x1 = next < spans.size() ? spans[next].x0 - 1 : c.x0 + 1;
        } else {
            c.x0 = spans[next].x0;
            c.x1 = spans[next].x1;
            ++next;
        }
        cols.push_back(std::move(c));
    }
    return cols;
}

bool row_ahead(const std::vector<Line>& lines, std::size_t i,
               const std::vector<Column>& last_columns, const Profile& profile,
               const HeaderModel& headers) {
    const auto last = i + static_cast<std::size_t>(profile.tolerances.next_page_lookahead);
    for (std::size_t j = i; j < lines.size() && j <= last; ++j) {
        if (headers.opens_band(j) || headers.is_header(j)) return false;
        if (j > i && field_of(profile, lines[j])) return false;
        if (fits_columns(last_columns, lines[j])) return true;
    }
    return false;
}

}  // namespace pira
