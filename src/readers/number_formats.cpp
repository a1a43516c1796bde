// What a cell's number format says about its value: a date, a percentage, or a plain number.
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "readers/workbook_stream.hpp"

namespace pira {
namespace {

// The codes outside quoted text, bracketed colours/conditions and backslash escapes, lower case.
std::string format_codes(std::string_view format) {
    std::string out;
    bool quoted = false, bracket = false;
    for (std::size_t i = 0; i < format.size(); ++i) {
        const char ch = format[i];
        if (ch == '"') {
            quoted = !quoted;
            continue;
        }
        if (quoted) continue;
        if (ch == '\\' || ch == '_' || ch == '*') {  // the next character is literal or padding
            ++i;
            continue;
        }
        if (ch == '[') bracket = true;
        if (ch == ']') {
            bracket = false;
            continue;
        }
        if (bracket) continue;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    return out;
}

}  // namespace

bool is_date_format(std::string_view format) {
    if (format == "General" || format == "@") return false;
    // Elapsed times ([h]:mm:ss) are durations, not dates.
    if (format.find("[h]") != std::string_view::npos ||
        format.find("[mm]") != std::string_view::npos ||
        format.find("[ss]") != std::string_view::npos)
        return false;
    // Only the first section decides (positive numbers): "0;[Red]-0" is a number.
    const std::string codes = format_codes(format.substr(0, format.find(';')));
    return codes.find_first_of("dmyhs") != std::string::npos &&
           codes.find("general") == std::string::npos;
}

bool is_percent_format(std::string_view format) {
    return format_codes(format).find('%') != std::string::npos;
}

std::string_view builtin_number_format(std::size_t id) {
    // ECMA-376 part 1, 18.8.30: the ids a file may use without writing their code.
    static constexpr std::array<std::string_view, 50> kCodes{
        "General",
        "0",
        "0.00",
        "#,##0",
        "#,##0.00",
        "\"$\"#,##0_);(\"$\"#,##0)",
        "\"$\"#,##0_);[Red](\"$\"#,##0)",
        "\"$\"#,##0.00_);(\"$\"#,##0.00)",
        "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)",
        "0%",
        "0.00%",
        "0.00E+00",
        "# ?/?",
        "# ?\?/?\?",
        "mm-dd-yy",
        "d-mmm-yy",
        "d-mmm",
        "mmm-yy",
        "h:mm AM/PM",
        "h:mm:ss AM/PM",
        "h:mm",
        "h:mm:ss",
        "m/d/yy h:mm",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "#,##0_);(#,##0)",
        "#,##0_);[Red](#,##0)",
        "#,##0.00_);(#,##0.00)",
        "#,##0.00_);[Red](#,##0.00)",
        "_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)",
        "_(\"$\"* #,##0_);_(\"$\"* \\(#,##0\\);_(\"$\"* \"-\"_);_(@_)",
        "_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)",
        "_(\"$\"* #,##0.00_)_(\"$\"* \\(#,##0.00\\)_(\"$\"* \"-\"??_)_(@_)",
        "mm:ss",
        "[h]:mm:ss",
        "mm:ss.0",
        "##0.0E+0",
        "@"};
    if (id < kCodes.size() && !kCodes[id].empty()) return kCodes[id];
    return "General";
}

std::string iso_from_serial(double serial, bool date1904) {
    using namespace std::chrono;
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) return {};  // 9999-12-31
    double whole = std::floor(serial);
    long long seconds = std::llround((serial - whole) * 86400.0);
    if (seconds >= 86400) {
        whole += 1;
        seconds -= 86400;
    }
    // Excel counts 29 February 1900, which never was: serials before it are one day off.
    const sys_days epoch = date1904 ? sys_days{year{1904} / 1 / 1} : sys_days{year{1899} / 12 / 30};
    const int offset = !date1904 && serial < 60 ? 1 : 0;
    const year_month_day d{epoch + days{static_cast<int>(whole) + offset}};
    char buf[64];
    if (seconds == 0) {
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                      static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    } else {
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lld",
                      static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                      static_cast<unsigned>(d.day()), seconds / 3600, seconds / 60 % 60,
                      seconds % 60);
    }
    return buf;
}

}  // namespace pira
