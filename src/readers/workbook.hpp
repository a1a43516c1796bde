// Workbooks as grids of typed cells: .xlsx/.xlsm and .ods through pira's own package reader
// (libzip + expat, see workbook_stream.hpp), legacy .xls through libfreexl. What a cell means (a
// percent stored as a fraction, a date stored as a serial) is decided here from its number format,
// so later stages see the value a person sees.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "readers/limits.hpp"

namespace pira {

struct WorkbookCell {
    enum class Kind { empty, text, number, boolean, date, error };
    Kind kind = Kind::empty;
    std::string text;      // text cells; ISO date for dates; "#DIV/0!" for errors
    double number = 0.0;   // number cells; the serial of dates
    bool percent = false;  // number shown with a percent format: 0.2 is 20 %
    bool bold = false;     // the cell's font (xlsx, ods); legacy .xls cells are never bold
};

enum class SheetState { visible, hidden, very_hidden };

struct WorkbookSheet {
    std::string name;
    SheetState state = SheetState::visible;
    std::size_t rows = 0, columns = 0;
    std::vector<WorkbookCell> cells;  // row-major, rows x columns

    const WorkbookCell& at(std::size_t row, std::size_t column) const {
        return cells[row * columns + column];
    }
};

struct Workbook {
    std::string file;
    std::vector<WorkbookSheet> sheets;
};

bool is_workbook_file(const std::string& path);

// nullopt (with a diagnostic) when the file cannot be read or exceeds the limits.
std::optional<Workbook> read_workbook(const std::string& path, const ReaderLimits& limits,
                                      Diagnostics& diags);

// The text of a cell as the canonical table wants it: "20%" for 0.2 with a percent format,
// "2025-04-09" for a date, "3" or "0.975" for numbers, "si"/"no" for booleans.
std::string cell_text(const WorkbookCell& cell);

// Every canonical table in the workbook, joined into one: a table starts at a header row (three
// or more cells that are canonical column names, one of them objective_code or indicator_name)
// and runs to an empty row or the next header; sheets may hold several. Cells keep their
// sheet and address for places ("file#Indicatori!C12").
std::optional<CanonicalTable> canonical_table_from(const Workbook& wb, Diagnostics& diags);

}  // namespace pira
