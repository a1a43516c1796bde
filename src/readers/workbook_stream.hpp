// Workbooks read as a stream of cells: each reader (xlsx, ods, xls) calls a visitor sheet by
// sheet and cell by cell in row-major order, so what a reader holds is bounded by the largest
// row and the shared strings, not by the file. `read_workbook` builds the grid from this.
#pragma once

#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "readers/limits.hpp"
#include "readers/workbook.hpp"

namespace pira {

struct SheetInfo {
    std::string name;
    SheetState state = SheetState::visible;
};

struct StreamCell {
    std::size_t row = 0, column = 0;  // 0-based
    WorkbookCell value;               // kind empty with a formula: no cached value
    std::string_view format;          // the number format code, or ODS's value type
    std::string_view formula;         // as written, without xlsx's leading "="
};

struct MergeRange {
    std::size_t first_row, first_column, last_row, last_column;
};

class WorkbookVisitor {
  public:
    virtual ~WorkbookVisitor() = default;
    virtual void begin_sheet(const SheetInfo& sheet) = 0;
    virtual void cell(const StreamCell& cell) = 0;
    virtual void merge(const MergeRange& range) = 0;
    virtual void end_sheet() {}
};

// False, with a diagnostic, when the file cannot be read or passes a limit. The format is
// chosen by the file's first bytes (zip or OLE), not only by its name: an .xls saved as .xlsx
// is still read.
bool stream_workbook(const std::string& path, const ReaderLimits& limits, WorkbookVisitor& visitor,
                     Diagnostics& diags);

// Readers of each zip format; `stream_workbook` opens the package and chooses.
class ZipPackage;
bool stream_xlsx(ZipPackage& package, const ReaderLimits& limits, WorkbookVisitor& visitor,
                 Diagnostics& diags);
bool stream_ods(ZipPackage& package, const ReaderLimits& limits, WorkbookVisitor& visitor,
                Diagnostics& diags);

// "2025-04-09" (or "2025-04-09T10:30:00" with a time) for a date serial in the 1900 or 1904
// system, the way Excel and openpyxl count (serials below 60 are before Excel's phantom
// 29 February 1900); empty when the serial is out of range.
std::string iso_from_serial(double serial, bool date1904);

// A format code that shows a date or time: d, m, y, h or s outside quotes and brackets.
bool is_date_format(std::string_view format);
// A format code with a percent sign outside quotes: its numbers are fractions shown x100.
bool is_percent_format(std::string_view format);
// The format code Excel implies for a built-in number format id; "General" when unknown.
std::string_view builtin_number_format(std::size_t id);

}  // namespace pira
