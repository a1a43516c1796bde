#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "readers/limits.hpp"

namespace pira {

// The canonical table as JSON lines: one object per line, keys are column names; values may be
// strings or numbers. The first line's keys, in order, plus any new key later, make the columns.
std::optional<CanonicalTable> read_jsonl_table(std::string_view text, const std::string& file,
                                               const ReaderLimits& limits, Diagnostics& diags);

}  // namespace pira
