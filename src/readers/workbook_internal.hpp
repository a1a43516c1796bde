// Shared by the workbook readers; not for other stages.
#pragma once

#include <optional>
#include <string>

#include "readers/workbook.hpp"
#include "readers/workbook_stream.hpp"

namespace pira {

// Legacy .xls through libfreexl, as a whole grid (libfreexl reads cell by cell from memory).
std::optional<Workbook> read_xls_workbook(const std::string& path, const ReaderLimits& limits,
                                          Diagnostics& diags);

}  // namespace pira
