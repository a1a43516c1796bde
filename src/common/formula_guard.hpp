// The leading apostrophe pira writes before CSV text a spreadsheet would run as a formula, and
// how the CSV reader takes it off again. One rule for both sides, so that every cell pira writes
// reads back as the text it was (docs/canonical-table.md, "CSV cells").
#pragma once

#include <string_view>

namespace pira {

// Characters after which a spreadsheet starts a formula; tab, CR and LF, which spreadsheets
// strip or read as a new cell or row before what follows ("\t=1+1" runs as "=1+1"); and the
// apostrophe itself (so that a text that really begins with "'=" is written "''=" and read back
// whole).
constexpr bool formula_start(char c) {
    return c == '=' || c == '+' || c == '@' || c == '-' || c == '\t' || c == '\r' || c == '\n' ||
           c == '\'';
}

// Whether a CSV cell carries pira's guard: an apostrophe followed by one of formula_start().
constexpr bool has_formula_guard(std::string_view cell) {
    return cell.size() >= 2 && cell[0] == '\'' && formula_start(cell[1]);
}

// The cell without pira's guard; other cells as they are ("'ciao" stays "'ciao").
constexpr std::string_view strip_formula_guard(std::string_view cell) {
    return has_formula_guard(cell) ? cell.substr(1) : cell;
}

}  // namespace pira
