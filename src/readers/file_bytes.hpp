#pragma once

#include <optional>
#include <string>

#include "common/diagnostic.hpp"
#include "readers/limits.hpp"

namespace pira {

// False, with a diagnostic, when the file is missing or over the size limit.
bool check_file_size(const std::string& path, const ReaderLimits& limits, Diagnostics& diags);

// The extension in lower case, with its dot: ".xlsx".
std::string lower_extension(const std::string& path);

// The whole file, or nullopt with a diagnostic (missing, unreadable, over the size limit).
std::optional<std::string> read_file_bytes(const std::string& path, const ReaderLimits& limits,
                                           Diagnostics& diags);

// Text as UTF-8 with LF line ends: strips a UTF-8 BOM, converts from Windows-1252 (what Excel
// writes for "CSV" on Italian Windows) when the bytes are not UTF-8, with a warning, and turns
// CRLF into LF. Line numbers are unchanged.
std::string to_utf8_text(std::string bytes, const std::string& file, Diagnostics& diags);

}  // namespace pira
