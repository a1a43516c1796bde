#pragma once

#include <optional>
#include <string>
#include <string_view>

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

// Whether the bytes are UTF-8 throughout.
bool is_valid_utf8(std::string_view s);

// The parsers hold a line whole, and a table's line is a few hundred bytes: a file of one huge
// line is refused before it is parsed (limit max_line_bytes, lines counted in the file's
// bytes). report_long_line() is the refusal, for readers that measure lines as they go.
bool lines_within_limit(std::string_view text, const std::string& path, const ReaderLimits& limits,
                        Diagnostics& diags);
void report_long_line(const std::string& path, std::size_t line, std::size_t bytes,
                      const ReaderLimits& limits, Diagnostics& diags);

// Text as UTF-8 with LF line ends: strips a UTF-8 BOM, converts from Windows-1252 (what Excel
// writes for "CSV" on Italian Windows) when the bytes are not UTF-8, with a warning, and turns
// CRLF into LF. Line numbers are unchanged.
std::string to_utf8_text(std::string bytes, const std::string& file, Diagnostics& diags);

}  // namespace pira
