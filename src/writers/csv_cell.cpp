#include "writers/csv_cell.hpp"

#include "common/formula_guard.hpp"
#include "common/text.hpp"
#include "normalise/number.hpp"

namespace pira {
namespace {

// A number, or a number followed by "%", in machine or Italian form: a spreadsheet reads it as a
// number, never as a formula.
bool plain_number(std::string_view text) {
    std::string_view t = trim(text);
    if (!t.empty() && t.back() == '%') t = trim(t.substr(0, t.size() - 1));
    return !t.empty() && parse_number(t).ok();
}

}  // namespace

bool needs_formula_guard(std::string_view text) {
    if (text.empty()) return false;
    if (text[0] == '\'') return has_formula_guard(text);
    if (!formula_start(text[0])) return false;
    if (text[0] != '+' && text[0] != '-') return true;
    // "-" and "+": a formula unless the whole cell is a number; a lone "-" (a missing value in
    // many plans) runs nothing.
    return text.size() > 1 && !plain_number(text);
}

std::string csv_cell(const std::string& s) {
    std::string v = needs_formula_guard(s) ? "'" + s : s;
    if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
    std::string q = "\"";
    for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

}  // namespace pira
