#include "normalise/date.hpp"

#include <re2/re2.h>
#include <unicode/dtfmtsym.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <memory>

#include "common/text.hpp"

namespace pira {
namespace {

const RE2& numeric_re() {
    static const RE2 re(R"(^(\d{1,2})([-/.])(\d{1,2})([-/.])(\d{4})$)");
    return re;
}
const RE2& iso_re() {
    static const RE2 re(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)");
    return re;
}
const RE2& incomplete_re() {
    // "31-08-", "31/08", "31.08.20": a day and a month with the year missing or cut short.
    // Dots need the second separator, or "8.3" (a number) would look like a date.
    static const RE2 re(R"(^\d{1,2}[-/]\d{1,2}(?:[-/]\d{0,3})?$|^\d{1,2}\.\d{1,2}\.\d{0,3}$)");
    return re;
}
const RE2& named_re() {
    static const RE2 re(R"(^(\d{1,2})\s*(?:°|º)?\s+(\pL+)\.?\s+(\d{4})$)");
    return re;
}

// Folded Italian month names, full and abbreviated, from ICU: index 0 = gennaio.
const std::array<std::array<std::string, 2>, 12>& month_names() {
    static const auto names = [] {
        // Default-initialised, not out{}: clang 14 crashes on value-initialising this array.
        std::array<std::array<std::string, 2>, 12> out;
        UErrorCode status = U_ZERO_ERROR;
        icu::DateFormatSymbols symbols(icu::Locale::getItalian(), status);
        int32_t count = 0;
        const icu::UnicodeString* wide =
            symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
        for (int32_t i = 0; U_SUCCESS(status) && i < count && i < 12; ++i) {
            std::string s;
            out[static_cast<std::size_t>(i)][0] = fold(wide[i].toUTF8String(s));
        }
        const icu::UnicodeString* abbr = symbols.getMonths(count, icu::DateFormatSymbols::FORMAT,
                                                           icu::DateFormatSymbols::ABBREVIATED);
        for (int32_t i = 0; U_SUCCESS(status) && i < count && i < 12; ++i) {
            std::string s;
            std::string f = fold(abbr[i].toUTF8String(s));
            if (!f.empty() && f.back() == '.') f.pop_back();
            out[static_cast<std::size_t>(i)][1] = f;
        }
        return out;
    }();
    return names;
}

int month_number(std::string_view name) {
    std::string f = fold(name);
    const auto& names = month_names();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (f == names[i][0] || f == names[i][1]) return static_cast<int>(i) + 1;
    }
    return 0;
}

bool exists(const Date& d) {
    // Building an ICU calendar loads locale week data; one per thread is reused.
    thread_local std::unique_ptr<icu::GregorianCalendar> cal = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto c = std::make_unique<icu::GregorianCalendar>(status);
        if (U_FAILURE(status)) return std::unique_ptr<icu::GregorianCalendar>();
        c->setLenient(false);
        return c;
    }();
    if (!cal) return false;
    UErrorCode status = U_ZERO_ERROR;
    cal->clear();
    cal->set(d.year, d.month - 1, d.day);
    cal->getTime(status);
    return U_SUCCESS(status);
}

Result<Date> checked(Date d) {
    if (!exists(d)) return fail(Errc::date_invalid, 0, d.iso());
    return d;
}

// What every date pattern above needs at the start: 1-2 digits then a separator or a blank
// (or the "°" of "1° marzo"), or 4 digits then '-'. Most values ("80%", "0,02 N.") fail it,
// and are spared the four regular expressions.
bool could_be_date(std::string_view t) {
    std::size_t digits = 0;
    while (digits < t.size() && digits < 5 && std::isdigit(static_cast<unsigned char>(t[digits])))
        ++digits;
    if (digits == 0 || digits >= t.size()) return false;
    const char next = t[digits];
    if (digits == 4) return next == '-';
    if (digits > 2) return false;
    return next == '-' || next == '/' || next == '.' ||
           std::isspace(static_cast<unsigned char>(next)) ||
           static_cast<unsigned char>(next) == 0xC2;  // "°" and "º" are C2 B0, C2 BA
}

}  // namespace

std::string Date::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

Result<Date> parse_date(std::string_view text) {
    std::string_view t = trim(text);
    const std::size_t offset = static_cast<std::size_t>(t.data() - text.data());
    if (t.empty()) return fail(Errc::empty_value, 0);
    const re2::StringPiece in(t.data(), t.size());
    int a = 0, b = 0, c = 0;
    std::string sep1, sep2, month;
    if (RE2::FullMatch(in, numeric_re(), &a, &sep1, &b, &sep2, &c)) {
        if (sep1 != sep2) return fail(Errc::date_malformed, offset);
        return checked({c, b, a});
    }
    if (RE2::FullMatch(in, iso_re(), &a, &b, &c)) return checked({a, b, c});
    if (RE2::FullMatch(in, named_re(), &a, &month, &c)) {
        int m = month_number(month);
        if (m == 0) return fail(Errc::month_unknown, offset + t.find(month), month);
        return checked({c, m, a});
    }
    if (RE2::FullMatch(in, incomplete_re())) return fail(Errc::date_incomplete, offset + t.size());
    return fail(Errc::date_malformed, offset);
}

namespace {

bool date_separator(char c) {
    return c == '-' || c == '/' || c == '.';
}

// "31/12/2025", "1-1-2025": numeric_re's shape, read by hand.
bool numeric_date_shape(std::string_view t) {
    std::size_t i = 0;
    for (int part = 0; part < 2; ++part) {
        const std::size_t from = i;
        while (i < t.size() && i - from < 3 && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
        if (i - from == 0 || i - from > 2 || i >= t.size() || !date_separator(t[i])) return false;
        ++i;
    }
    if (t.size() - i != 4) return false;
    for (; i < t.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(t[i]))) return false;
    }
    return true;
}

}  // namespace

std::optional<bool> date_shape_at_a_glance(std::string_view t) {
    if (numeric_date_shape(t)) return true;
    const bool only_numeric = std::all_of(t.begin(), t.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || date_separator(c);
    });
    // Other characters leave only named_re, and it ends with the year's digits: "80 %", "5 N."
    // and "12 gg" are no date.
    if (!only_numeric && !t.empty() && !std::isdigit(static_cast<unsigned char>(t.back())))
        return false;
    return std::nullopt;
}

bool date_shape_by_patterns(std::string_view t) {
    const re2::StringPiece in(t.data(), t.size());
    for (const RE2* re : {&numeric_re(), &iso_re(), &named_re(), &incomplete_re()}) {
        if (RE2::FullMatch(in, *re)) return true;
    }
    return false;
}

bool looks_like_date(std::string_view text) {
    std::string_view t = trim(text);
    if (!could_be_date(t)) return false;
    if (const auto glance = date_shape_at_a_glance(t)) return *glance;
    return date_shape_by_patterns(t);
}

}  // namespace pira
