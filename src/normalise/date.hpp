// Dates as the documents write them: "30-04-2025", "31/12/2026", "30.11.2026", "2025-04-30",
// "30 novembre 2026", "1° gen 2026". Month names come from ICU's Italian calendar data, and
// ICU's calendar rejects days that do not exist (31/02).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace pira {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    std::string iso() const;  // "2025-04-30"
    auto operator<=>(const Date&) const = default;
};

Result<Date> parse_date(std::string_view text);

// True when the text has the shape of a date (digits and separators, or a month name), even if
// it is invalid or incomplete: the caller then reports the date error instead of "not a number".
bool looks_like_date(std::string_view text);
// Its two halves, on trimmed text: the shapes decided without the regular expressions
// ("31/12/2025" is one, "80 %" none; nullopt: ask them), and the regular expressions.
std::optional<bool> date_shape_at_a_glance(std::string_view t);
bool date_shape_by_patterns(std::string_view t);

}  // namespace pira
