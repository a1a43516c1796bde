#pragma once

#include <optional>
#include <string>

#include "common/diagnostic.hpp"
#include "readers/limits.hpp"

namespace pira {

// The whole file, or nullopt with a diagnostic (missing, unreadable, over the size limit).
std::optional<std::string> read_file_bytes(const std::string& path, const ReaderLimits& limits,
                                           Diagnostics& diags);

// Text as UTF-8 with LF line ends: strips a UTF-8 BOM, converts from Windows-1252 (what Excel
// writes for "CSV" on Italian Windows) when the bytes are not UTF-8, with a warning, and turns
// CRLF into LF. Line numbers are unchanged.
std::string to_utf8_text(std::string bytes, const std::string& file, Diagnostics& diags);

}  // namespace pira
