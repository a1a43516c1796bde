#include "normalise/number.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

#include "common/text.hpp"

namespace pira {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Groups of a grouped integer part: first 1-3 digits, the others exactly 3.
bool valid_grouping(const std::vector<std::string_view>& groups) {
    if (groups.empty() || groups[0].empty() || groups[0].size() > 3) return false;
    for (std::size_t i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3) return false;
    }
    return true;
}

std::string strip_trailing_zeros(std::string s) {
    if (s.find('.') == std::string::npos) return s;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

std::string join(const std::vector<std::string_view>& parts) {
    std::string out;
    for (auto p : parts) out += p;
    return out;
}

struct Split {
    std::string integer;
    std::string fraction;
    bool has_point = false;
};

Result<Split> one_separator(std::string_view int_part, std::string_view frac, char sep,
                            std::size_t at);

// Decides which separator is decimal. `token` holds only digits, '.' and ','.
Result<Split> classify(std::string_view token, std::size_t at) {
    const auto dots = std::count(token.begin(), token.end(), '.');
    const auto commas = std::count(token.begin(), token.end(), ',');
    if (dots == 0 && commas == 0) return Split{std::string(token), {}, false};

    if (dots > 0 && commas > 0) {
        // The last separator is the decimal one; the other must group by three.
        const std::size_t last = token.find_last_of(".,");
        const char decimal = token[last];
        const char group = decimal == ',' ? '.' : ',';
        std::string_view int_part = token.substr(0, last);
        if (int_part.find(decimal) != std::string_view::npos) {
            return fail(Errc::number_bad_grouping, at + int_part.find(decimal));
        }
        auto groups = split(int_part, group);
        if (!valid_grouping(groups)) return fail(Errc::number_bad_grouping, at);
        return Split{join(groups), std::string(token.substr(last + 1)), true};
    }

    const char sep = dots > 0 ? '.' : ',';
    if (dots + commas == 1) {  // the usual "33,30", without splitting into a vector
        const std::size_t i = token.find(sep);
        return one_separator(token.substr(0, i), token.substr(i + 1), sep, at);
    }
    auto parts = split(token, sep);
    if (!valid_grouping(parts)) return fail(Errc::number_bad_grouping, at);
    return Split{join(parts), {}, false};
}

// A token with one separator, `sep`, between `int_part` and `frac`: decimal, or grouping three
// digits when only '.' can be, or ambiguous.
Result<Split> one_separator(std::string_view int_part, std::string_view frac, char sep,
                            std::size_t at) {
    const bool looks_grouped =
        frac.size() == 3 && !int_part.empty() && int_part.size() <= 3 && int_part != "0";
    if (sep == '.' && looks_grouped)
        return Split{std::string(int_part) + std::string(frac), {}, false};
    if (sep == ',' && looks_grouped) {
        // Say both readings and how to write each one unambiguously.
        std::string decimal = strip_trailing_zeros(std::string(int_part) + "." + std::string(frac));
        std::replace(decimal.begin(), decimal.end(), '.', ',');
        if (decimal.size() - decimal.find(',') - 1 == 3) decimal += '0';
        const std::string thousands = std::string(int_part) + "." + std::string(frac);
        return fail(Errc::number_ambiguous, at,
                    "scrivere " + decimal + " se la virgola è decimale, " + thousands +
                        " se separa le migliaia");
    }
    return Split{std::string(int_part), std::string(frac), true};
}

// The width of a space that groups thousands at `pos` (a space, a no-break space U+00A0, a
// narrow no-break space U+202F, a thin space U+2009), 0 when there is none.
std::size_t group_space(std::string_view text, std::size_t pos) {
    if (text.substr(pos, 1) == " ") return 1;
    if (text.substr(pos, 2) == "\xC2\xA0") return 2;
    if (text.substr(pos, 3) == "\xE2\x80\xAF" || text.substr(pos, 3) == "\xE2\x80\x89") return 3;
    return 0;
}

// Whether a space at `pos` groups thousands: "1 003", "10 588 411" (docs/value-forms.md): the
// digits before it are the first group (1-3 digits) or a later one (3), only digits so far, and
// exactly three digits follow it. "2026 2027" or "5 N." are two things, not one number.
bool groups_thousands(std::string_view text, std::size_t start, std::size_t pos,
                      std::size_t width) {
    const std::string_view before = text.substr(start, pos - start);
    if (before.find_first_of(".,") != std::string_view::npos) return false;
    const auto last_space = before.find_last_not_of("0123456789");
    const std::size_t run =
        last_space == std::string_view::npos ? before.size() : before.size() - last_space - 1;
    const bool first = last_space == std::string_view::npos;
    if (run == 0 || run > 3 || (!first && run != 3)) return false;
    const std::size_t next = pos + width;
    for (std::size_t k = 0; k < 3; ++k) {
        if (next + k >= text.size() || !is_digit(text[next + k])) return false;
    }
    return next + 3 == text.size() || !is_digit(text[next + 3]);
}

}  // namespace

int Number::significant_decimals() const {
    const auto dot = machine.find('.');
    return dot == std::string::npos ? 0 : static_cast<int>(machine.size() - dot - 1);
}

namespace {

std::size_t digit_run(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    while (end < text.size() && is_digit(text[end])) ++end;
    return end - pos;
}

// Whether the number may end at `end` as the general scan would end it there: the text's end,
// or an ASCII character that is no digit or separator, a space only when no digit follows it
// (it could group thousands).
bool ends_plainly(std::string_view text, std::size_t end) {
    if (end >= text.size()) return true;
    const char c = text[end];
    if (c == ' ') return end + 1 >= text.size() || !is_digit(text[end + 1]);
    return static_cast<unsigned char>(c) < 0x80 && !is_digit(c) && c != '.' && c != ',';
}

}  // namespace

std::optional<NumberScan> scan_plain_number(std::string_view text, std::size_t pos) {
    const std::size_t first = digit_run(text, pos);
    if (first == 0) return std::nullopt;
    std::string integer(text.substr(pos, first));
    std::size_t at = pos + first;
    // "1.234.567,89": 1-3 digits, then groups of three after dots, then a decimal comma.
    bool grouped = false;
    while (first <= 3 && at < text.size() && text[at] == '.' && digit_run(text, at + 1) == 3) {
        integer.append(text.substr(at + 1, 3));
        at += 4;
        grouped = true;
    }
    std::string_view fraction;
    if (at < text.size() && text[at] == ',') {
        const std::size_t n = digit_run(text, at + 1);
        // Three decimals after a short integer part are ambiguous: the general scan says so.
        if (n == 0 || (!grouped && n == 3 && first <= 3 && integer != "0")) return std::nullopt;
        fraction = text.substr(at + 1, n);
        at += 1 + n;
    } else if (grouped) {
        return std::nullopt;  // "1.234": grouping without a comma, left to the general scan
    }
    if (!ends_plainly(text, at)) return std::nullopt;
    const std::size_t nz = std::min(integer.find_first_not_of('0'), integer.size() - 1);
    std::string plain = integer.substr(nz);
    if (!fraction.empty()) plain.append(".").append(fraction);
    NumberScan out;
    auto [ptr, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), out.number.value);
    if (ec != std::errc() || ptr != plain.data() + plain.size()) return std::nullopt;
    if (out.number.value == 0.0) out.number.value = 0.0;
    out.number.machine = strip_trailing_zeros(std::move(plain));
    out.number.decimals = static_cast<int>(fraction.size());
    out.end = at;
    return out;
}

Result<NumberScan> scan_number(std::string_view text, std::size_t pos) {
    if (auto plain = scan_plain_number(text, pos)) return *std::move(plain);
    return scan_number_general(text, pos);
}

Result<NumberScan> scan_number_general(std::string_view text, std::size_t pos) {
    auto skip_blanks = [&] {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    };
    skip_blanks();
    bool negative = false;
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) {
        negative = text[pos] == '-';
        ++pos;
    } else if (text.substr(pos, 3) == "\xE2\x88\x92") {  // U+2212 MINUS SIGN
        negative = true;
        pos += 3;
    }
    skip_blanks();
    const std::size_t start = pos;
    std::string grouped;  // the digits and separators, without the spaces grouping thousands
    while (pos < text.size()) {
        if (is_digit(text[pos]) || text[pos] == '.' || text[pos] == ',') {
            grouped += text[pos++];
            continue;
        }
        const std::size_t width = group_space(text, pos);
        if (width == 0 || !groups_thousands(text, start, pos, width)) break;
        pos += width;
    }
    // A separator at the end is punctuation ("5 N." or "entro il 3."), not part of the number.
    while (pos > start && (text[pos - 1] == '.' || text[pos - 1] == ',')) {
        --pos;
        grouped.pop_back();
    }
    if (pos == start || !is_digit(text[start])) return fail(Errc::number_expected, start);
    std::string_view token = grouped;

    auto split = classify(token, start);
    if (!split) return split.error();
    const Split& s = split.value();
    if (s.has_point && s.fraction.empty()) return fail(Errc::number_expected, pos);

    // Leading zeros carry nothing ("007" -> "7"), but a lone "0" stays.
    const std::size_t nz = std::min(s.integer.find_first_not_of('0'), s.integer.size() - 1);
    std::string plain = (negative ? "-" : "") + s.integer.substr(nz);
    if (s.has_point) plain += "." + s.fraction;
    double value = 0.0;
    auto [ptr, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (ec != std::errc() || ptr != plain.data() + plain.size()) {
        return fail(Errc::number_expected, start);
    }
    std::string machine = strip_trailing_zeros(plain);
    if (machine == "-0") machine = "0";
    NumberScan out;
    out.number.value = value == 0.0 ? 0.0 : value;
    out.number.machine = machine;
    out.number.decimals = static_cast<int>(s.fraction.size());
    out.end = pos;
    return out;
}

Result<Number> parse_number(std::string_view text) {
    std::string_view t = trim(text);
    const std::size_t offset = static_cast<std::size_t>(t.data() - text.data());
    if (t.empty()) return fail(Errc::empty_value, 0);
    auto scan = scan_number(t);
    if (!scan) {
        ParseError e = scan.error();
        e.position += offset;
        return e;
    }
    if (scan->end != t.size()) return fail(Errc::number_expected, offset + scan->end);
    return scan->number;
}

std::string italian_form(double value, int max_decimals) {
    std::string s = machine_form(value, max_decimals);
    std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::string machine_form(double value, int max_decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", max_decimals, value);
    std::string s = strip_trailing_zeros(buf);
    if (s == "-0") s = "0";
    return s;
}

}  // namespace pira
