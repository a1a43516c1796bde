// Italian and machine-form numbers: "10.588.411", "-3,36", "0,975", "1.107.200,00", "61.19".
// A dot followed by exactly three digits is a thousands separator (docs/value-forms.md); a comma
// followed by exactly three digits after a non-zero integer part ("1,050") is reported as
// ambiguous rather than guessed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace pira {

struct Number {
    double value = 0.0;
    std::string machine;  // "." decimal point, no grouping, no trailing zeros: "1107200", "61.19"
    int decimals = 0;     // decimal digits as written: "14,30" -> 2

    // Decimal digits that carry information: "14,30" -> 1, "33" -> 0.
    int significant_decimals() const;
};

struct NumberScan {
    Number number;
    std::size_t end = 0;  // byte offset just after the number
};

// Reads a number at `pos` (after optional blanks and sign) and reports where it ended, so that
// callers can go on with a unit. Fails with the position where parsing stopped.
Result<NumberScan> scan_number(std::string_view text, std::size_t pos = 0);
// The same, without the fast path below.
Result<NumberScan> scan_number_general(std::string_view text, std::size_t pos = 0);
// scan_number's fast path: digits at `pos`, with a decimal comma or "1.234,56" grouping, ended
// plainly ("80%", "80 %", "5 N."); what scan_number_general says of them, else nullopt.
std::optional<NumberScan> scan_plain_number(std::string_view text, std::size_t pos = 0);

// The whole text must be one number (surrounding blanks allowed).
Result<Number> parse_number(std::string_view text);

// Machine form of a double with at most `max_decimals` decimals, trailing zeros removed.
std::string machine_form(double value, int max_decimals = 6);
// The same with a decimal comma, for Italian messages: "14,3", "1,5".
std::string italian_form(double value, int max_decimals = 4);

}  // namespace pira
