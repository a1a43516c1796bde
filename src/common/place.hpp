// Where a value came from: a file and a line/column (CSV, JSON lines), a page (PDF) or a
// sheet cell (workbooks). Every diagnostic and every value carries one.
#pragma once

#include <cstddef>
#include <string>

namespace pira {

struct Place {
    std::string file;
    std::size_t line = 0;    // 1-based; 0 when unknown; with a page, the extracted table's row
    std::size_t column = 0;  // 1-based character column; 0 when unknown
    std::size_t page = 0;    // PDF page, 1-based; 0 when not a PDF
    std::string cell;        // "Sheet!A12" for workbooks

    // "file:line:column", "file#page=3", "file#page=3, riga 12", "file#Sheet!A12" or "file".
    std::string to_string() const;
    // The canonical table's source_ref form: "file#page=N", "file#Sheet!A12", "file#line=N".
    std::string source_ref() const;
};

}  // namespace pira
