// Text helpers shared by every stage. Folding (case and accents) goes through ICU so that
// "Sì", "SI'" and "si" compare equal the way an Italian reader expects.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pira {

// std::isspace and std::tolower as they are in the "C" locale pira runs in, inline: they are
// called for nearly every byte of a table.
constexpr bool ascii_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
constexpr char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string_view trim(std::string_view s);
// Lower-case, accents removed, runs of white space (incl. NBSP) collapsed to one space, trimmed.
std::string fold(std::string_view s);
// Number of UTF-8 code points in the first `bytes` bytes: turns byte offsets into the
// 1-based character columns shown to users.
std::size_t char_count(std::string_view s, std::size_t bytes);
bool starts_with_icase(std::string_view s, std::string_view prefix);
// Views into `s`, one per piece between separators (empty pieces kept).
std::vector<std::string_view> split(std::string_view s, char sep);

// Footnote markers: "12" -> "¹²" (other characters kept), and the bytes of the superscript digit
// that begins or ends s (0 when none does).
std::string superscript_digits(std::string_view digits);
std::size_t superscript_prefix(std::string_view s);
std::size_t superscript_suffix(std::string_view s);

}  // namespace pira
