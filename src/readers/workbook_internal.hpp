// Shared by the workbook readers (workbook_orcus.cpp, workbook_xls.cpp); not for other stages.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "readers/workbook.hpp"

namespace pira {

struct MergeRange {
    std::size_t first_row, first_column, last_row, last_column;
};

// The format string Excel implies for a built-in number format id (no string in the file).
std::string builtin_number_format(std::size_t id);
// A format that shows a date: day, month or year codes outside quotes and brackets.
bool is_date_format(const std::string& format);
// Copies the value of each merged range's top-left cell into the range, the way a person reads
// a merged cell (an objective code merged over its indicators' rows belongs to each of them).
void fill_merged(WorkbookSheet& sheet,
                 const std::function<MergeRange(std::size_t, std::size_t)>& range_at);

std::optional<Workbook> read_orcus_workbook(const std::string& path, bool ods,
                                            const ReaderLimits& limits, Diagnostics& diags);
std::optional<Workbook> read_xls_workbook(const std::string& path, const ReaderLimits& limits,
                                          Diagnostics& diags);

}  // namespace pira
