#pragma once

#include <optional>
#include <string>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "readers/limits.hpp"

namespace pira {

// A canonical table file, by extension: .csv/.tsv/.txt (delimiter sniffed) or .jsonl/.ndjson.
// Workbooks (.xlsx, .ods, .xls) come with the workbook readers. nullopt means the file could
// not be read at all (exit 2); the diagnostics say why.
std::optional<CanonicalTable> read_table_file(const std::string& path, const ReaderLimits& limits,
                                              Diagnostics& diags);

}  // namespace pira
