#pragma once

#include <optional>
#include <string>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "readers/limits.hpp"

namespace pira {

// A canonical table file, by extension: .csv/.tsv/.txt (delimiter sniffed), .jsonl/.ndjson, or
// a workbook (.xlsx, .ods, .xls) holding canonical tables on its sheets. nullopt means the file
// could not be read at all (exit 2); the diagnostics say why.
std::optional<CanonicalTable> read_table_file(const std::string& path, const ReaderLimits& limits,
                                              Diagnostics& diags);

// The same from bytes already read (the caller also hashes them, for the dataset).
std::optional<CanonicalTable> read_table_bytes(const std::string& path, std::string bytes,
                                               const ReaderLimits& limits, Diagnostics& diags);

// Whether `path` has an extension read_table_file() reads; otherwise a diagnostic says so.
bool is_table_file(const std::string& path, Diagnostics& diags);

}  // namespace pira
