// scan_number's fast path against the general scan: wherever the fast path answers, at any
// offset of the text, it must say what the general scan says (value to the bit, machine form,
// decimals, end). Shared by the fuzz harnesses and the unit test over the samples' cells.
#pragma once

#include <cstring>
#include <string_view>

#include "normalise/date.hpp"
#include "normalise/number.hpp"

namespace pira::fuzz {

// The first offset where the two disagree, or npos.
inline std::size_t plain_number_disagreement(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        const auto fast = scan_plain_number(text, pos);
        if (!fast) continue;
        const auto general = scan_number_general(text, pos);
        if (!general || std::memcmp(&fast->number.value, &general->number.value, sizeof(double)) ||
            fast->number.machine != general->number.machine ||
            fast->number.decimals != general->number.decimals || fast->end != general->end) {
            return pos;
        }
    }
    return std::string_view::npos;
}

// Whether the date shapes decided at a glance are what the regular expressions say, for the
// text and every suffix of it (a target's value comes after its comparator).
inline bool date_glance_agrees(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        const std::string_view t = text.substr(pos);
        const auto glance = date_shape_at_a_glance(t);
        if (glance && *glance != date_shape_by_patterns(t)) return false;
    }
    return true;
}

}  // namespace pira::fuzz
