#include "writers/italian_format.hpp"

#include <unicode/numberformatter.h>

namespace pira {

std::string italian_number(double value, int decimals) {
    UErrorCode status = U_ZERO_ERROR;
    const auto formatter = icu::number::NumberFormatter::withLocale(icu::Locale::getItalian())
                               .precision(icu::number::Precision::fixedFraction(decimals));
    icu::UnicodeString u = formatter.formatDouble(value, status).toString(status);
    std::string out;
    if (U_FAILURE(status)) return std::to_string(value);
    u.toUTF8String(out);
    return out;
}

std::string italian_percent(double points, int decimals) {
    return italian_number(points, decimals) + " %";
}

}  // namespace pira
