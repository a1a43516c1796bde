// Shared by the workbook readers; not for other stages.
#pragma once

#include <string>

#include "readers/workbook.hpp"
#include "readers/workbook_stream.hpp"

namespace pira {

// Legacy .xls through libfreexl, its declared extent bounded before libfreexl allocates it.
bool stream_xls(const std::string& path, const ReaderLimits& limits, WorkbookVisitor& visitor,
                Diagnostics& diags);

}  // namespace pira
