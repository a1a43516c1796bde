// What extraction says of each table it read (in the manner of Camelot's parsing report): where
// it is, its rows, how sure the profile's detection was, and what it left out and why. Printed
// in Italian by `pira extract -v` and written as JSON by `--report FILE.json`.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace pira {

struct TableReport {
    int page = 0;
    std::string where;  // the header's sheet cell ("PIRA 2026!A7") for spreadsheets
    std::size_t rows = 0;
    std::vector<std::string> unknown_headers;  // headers no profile column names: skipped
    std::vector<std::string> notes;            // footnotes under the table ("¹ Lo scostamento...")
    // Cells under no header ("PIRA" in a column whose header cell is empty): not kept.
    std::vector<std::string> unheaded;
    // Headers left empty in a repeated header row, taken from the table's previous header.
    std::vector<std::string> inherited_headers;
    // The columns the table fills, in the table's order ("indicator_name", "target_2026"...).
    std::vector<std::string> columns;
    // Pages the table goes on to (a header repeated, or rows without one).
    int last_page = 0;
};

}  // namespace pira
