// A department workbook as it came back (docs/round-trip.md): the metadata of its _pira sheet
// and the rows of its Indicatori sheet with their cells, columns found by their header text.
// Nothing is judged here; store/return_check.hpp compares it with the dataset's record.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/department_layout.hpp"
#include "readers/workbook.hpp"

namespace pira {

struct ReturnedRow {
    std::size_t sheet_row = 0;        // 1-based
    std::string id;                   // the ID riga cell ("" in the new-rows band)
    bool added = false;               // in the "Nuovi indicatori" band
    std::vector<WorkbookCell> cells;  // one per column of ReturnedWorkbook::headers
};

struct ReturnedWorkbook {
    std::string file;
    bool has_metadata = false;
    // The key/value rows of _pira up to the signature, in order, and the row of each key.
    std::vector<std::pair<std::string, std::string>> metadata;
    std::map<std::string, std::size_t, std::less<>> metadata_row;
    std::string signature;
    std::size_t signature_row = 0;
    std::vector<MetadataRow> metadata_rows;
    std::vector<std::size_t> metadata_rows_at;  // the _pira row of each, 1-based
    std::vector<std::string> headers;           // row 3 of Indicatori, as text
    std::vector<ReturnedRow> rows;              // non-empty rows below the header

    const std::string& meta(std::string_view key) const;
    // The column of a header, or nullopt.
    std::optional<std::size_t> column(std::string_view header) const;
    // "Indicatori!M5"
    static std::string cell(std::size_t sheet_row, std::size_t column);
};

// Whether a workbook is a department workbook: it has a _pira sheet, or an Indicatori sheet
// whose header row holds "Codice obiettivo" and "ID riga" (a department workbook whose
// metadata was removed, refused rather than read as a canonical table).
bool is_department_workbook(const Workbook& wb);

ReturnedWorkbook read_department_return(const Workbook& wb);

// A department workbook as a canonical table, for pira validate: its rows with the columns the
// layout maps (a new row of a proposta's band too), places on the Indicatori sheet, ente and
// year from the metadata. `mode` and `year` are the metadata's (nullopt when absent).
CanonicalTable department_table(const ReturnedWorkbook& wb, std::optional<ExportMode>& mode,
                                std::optional<int>& year);

// The text of a returned cell as pira normalises it: text as typed, numbers in Italian form
// ("7,2"; "61,19%" from a percent-formatted fraction), dates as ISO, booleans "si"/"no".
std::string returned_text(const WorkbookCell& cell);
// As compared with the locked fields recorded at export (locked_text_of_number for numbers).
std::string returned_locked_text(const WorkbookCell& cell);

}  // namespace pira
