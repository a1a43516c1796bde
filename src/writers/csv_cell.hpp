#pragma once

#include <string>
#include <string_view>

namespace pira {

// Whether `text` gets a leading ' in CSV: it starts with = + @ or - (a spreadsheet would run it
// as a formula) and is not a plain number or percentage in machine or Italian form ("-3.36%",
// "-1.107.200,00", "+5" are written as they are), or with a tab, CR or LF (whatever follows), or
// with ' followed by one of those (so that the reader, which takes the guard off, gives it back
// whole). See common/formula_guard.hpp.
bool needs_formula_guard(std::string_view text);

// One CSV cell (RFC 4180 quoting), guarded as needs_formula_guard() says, so that opening the
// file in a spreadsheet runs nothing and pira's CSV reader reads back the same text.
std::string csv_cell(const std::string& text);

}  // namespace pira
