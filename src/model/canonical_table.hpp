// The canonical table (docs/canonical-table.md) as read: one row per indicator, every cell with its
// original text and its place. Typing happens later (indicator.hpp), so a reader never loses a
// value it could not parse.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "common/place.hpp"

namespace pira {

// A cell: its text and where it starts. The file is the table's, kept once (a table holds
// hundreds of thousands of cells).
struct Field {
    std::string text;
    std::size_t line = 0;    // 1-based line of a text file, or row of a sheet
    std::size_t column = 0;  // 1-based character column, or column of a sheet
    std::size_t sheet = 0;   // 1-based index into CanonicalTable::sheets; 0 for text files
    // The PDF page of an extracted row's cell; line is then the row in the extracted table.
    std::size_t page = 0;
};

struct TableRow {
    std::size_t line = 0;
    std::vector<Field> fields;  // one per column of the table, in column order
    std::size_t sheet = 0;      // as in Field
    std::size_t page = 0;       // as in Field
};

struct CanonicalTable {
    std::string file;
    std::vector<std::string> columns;  // as in the header, known names only
    std::vector<TableRow> rows;

    std::optional<std::size_t> column(std::string_view name) const;
    // The cell of `name` in `row`, or nullptr when the table has no such column.
    const Field* field(const TableRow& row, std::string_view name) const;
    std::vector<std::string> sheets;  // sheet names, for tables read from workbooks

    // "file:line:column" for text files, "file#Sheet!C12" for workbooks.
    Place place(const Field& f) const;
    Place place(const TableRow& r) const;
};

// The column names of docs/canonical-table.md ("target_2026" style columns are recognised apart).
const std::vector<std::string_view>& canonical_columns();
bool is_target_year_column(std::string_view name);
// The columns whose cells are values (targets, actual, weights, resources, baseline,
// performance): a number, a date or si/no, typed when loaded (validation), never wrapped by a
// producer in a table's cell, unlike names and texts (extraction); the others are names, codes
// and vocabulary ids.
bool is_value_column(std::string_view name);

// Checks a header row: unknown names are warned about with the closest known name as hint,
// duplicates are errors. Returns, for each header position, the index into `columns` or -1.
std::vector<int> map_header(const std::vector<Field>& header, CanonicalTable& table,
                            Diagnostics& diags);

}  // namespace pira
