// The canonical table from CSV: delimiter sniffed among ';', ',' and tab, header names exact.
// Parsing is liborcus's CSV parser; this adds the sniffing, places and checks.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "readers/limits.hpp"

namespace pira {

// Phase 1 of reading: which delimiter makes the first lines a consistent table.
char sniff_delimiter(std::string_view text);

// nullopt (with a diagnostic) when the text is not CSV at all or exceeds the limits.
std::optional<CanonicalTable> read_csv_table(std::string_view text, const std::string& file,
                                             const ReaderLimits& limits, Diagnostics& diags);

}  // namespace pira
