#pragma once

#include <string>

namespace pira {

// One CSV cell (RFC 4180 quoting). Text a spreadsheet would run as a formula (starting with
// = + @, or - followed by text) gets a leading ' so that opening the file runs nothing.
std::string csv_cell(const std::string& text);

}  // namespace pira
