#include <algorithm>

#include "common/text.hpp"
#include "readers/workbook.hpp"

namespace pira {
namespace {

bool known_column(const std::string& name) {
    const auto& names = canonical_columns();
    return std::find(names.begin(), names.end(), name) != names.end() ||
           is_target_year_column(name);
}

// The canonical column names of a row, or nothing when the row is not a header.
std::vector<std::string> header_of(const WorkbookSheet& s, std::size_t r) {
    std::vector<std::string> names(s.columns);
    std::size_t known = 0;
    bool anchor = false;
    for (std::size_t c = 0; c < s.columns; ++c) {
        const WorkbookCell& cell = s.at(r, c);
        if (cell.kind != WorkbookCell::Kind::text) continue;
        const std::string name(trim(cell.text));
        if (!known_column(name)) continue;
        names[c] = name;
        ++known;
        anchor = anchor || name == "objective_code" || name == "indicator_name";
    }
    if (known < 3 || !anchor) return {};
    return names;
}

// Text in a header row that is no column name: ignored, but said, as for CSV headers.
void warn_unknown(const WorkbookSheet& s, std::size_t r, std::size_t sheet,
                  const std::vector<std::string>& header, const CanonicalTable& table,
                  Diagnostics& diags) {
    for (std::size_t c = 0; c < s.columns; ++c) {
        const std::string text(trim(cell_text(s.at(r, c))));
        if (!header[c].empty() || text.empty()) continue;
        diags.warning(Errc::column_unknown, table.place(Field{{}, r + 1, c + 1, sheet}), text, {},
                      "i nomi delle colonne sono quelli di docs/cli.md");
    }
}

bool empty_row(const WorkbookSheet& s, std::size_t r) {
    for (std::size_t c = 0; c < s.columns; ++c) {
        if (!trim(cell_text(s.at(r, c))).empty()) return false;
    }
    return true;
}

}  // namespace

std::optional<CanonicalTable> canonical_table_from(const Workbook& wb, Diagnostics& diags) {
    CanonicalTable table;
    table.file = wb.file;
    for (std::size_t s = 0; s < wb.sheets.size(); ++s) {
        const WorkbookSheet& sheet = wb.sheets[s];
        table.sheets.push_back(sheet.name);
        std::vector<std::string> header;
        for (std::size_t r = 0; r < sheet.rows; ++r) {
            if (auto h = header_of(sheet, r); !h.empty()) {
                header = std::move(h);
                warn_unknown(sheet, r, s + 1, header, table, diags);
                for (const auto& name : header) {
                    if (!name.empty() && !table.column(name)) table.columns.push_back(name);
                }
                continue;
            }
            if (header.empty()) continue;
            if (empty_row(sheet, r)) {  // a table ends at an empty row
                header.clear();
                continue;
            }
            TableRow row{r + 1, {}, s + 1};
            row.fields.resize(table.columns.size(), Field{{}, r + 1, 1, s + 1});
            for (std::size_t c = 0; c < sheet.columns; ++c) {
                if (header[c].empty()) continue;
                row.fields[*table.column(header[c])] =
                    Field{cell_text(sheet.at(r, c)), r + 1, c + 1, s + 1};
            }
            table.rows.push_back(std::move(row));
        }
    }
    // Rows of earlier tables lack the columns later tables added.
    for (auto& row : table.rows) {
        row.fields.resize(table.columns.size(), Field{{}, row.line, 1, row.sheet});
    }
    if (table.rows.empty()) {
        diags.error(Errc::table_not_found, Place{wb.file}, {},
                    "serve una riga di intestazione con i nomi delle colonne della tabella "
                    "canonica (objective_code, indicator_name, ...)",
                    "per i prospetti di PIRA e Relazione usare «pira extract»");
        return std::nullopt;
    }
    return table;
}

}  // namespace pira
