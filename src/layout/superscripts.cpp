#include "layout/superscripts.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace pira {
namespace {

bool short_number(const std::string& t) {
    return !t.empty() && t.size() <= 2 && std::all_of(t.begin(), t.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
}

// Smaller than its neighbour and raised: its top above the neighbour's (or level with it, as
// LibreOffice sets a superscript: within a tenth of the neighbour's height), its bottom well
// above the neighbour's, yet on the same band (the boxes overlap).
bool raised_beside(const PdfWord& m, const PdfWord& n) {
    const double h = n.y1 - n.y0;
    if (h <= 0 || m.y1 - m.y0 > 0.9 * h) return false;
    if (!(m.y0 < n.y0 + 0.1 * h && m.y1 < n.y1 - 0.1 * h && m.y1 > n.y0)) return false;
    const double em = std::max(n.font_size, 1.0);
    const double gap_after = m.x0 - n.x1;   // "63%" then "²"
    const double gap_before = n.x0 - m.x1;  // "¹" then "Lo"
    return (gap_after > -0.5 && gap_after < em) || (gap_before > -0.5 && gap_before < em);
}

// A word of the same box right beside it: the digit sits on its own line ("9" then "N." below
// a "≥" whose glyph box is taller than the line's and reaches into the line above), as text.
bool on_own_line(const std::vector<PdfWord>& words, std::size_t i) {
    const PdfWord& m = words[i];
    const double h = m.y1 - m.y0;
    const double em = std::max(m.font_size, 1.0);
    for (std::size_t k = 0; k < words.size(); ++k) {
        const PdfWord& n = words[k];
        if (k == i || std::abs(n.y0 - m.y0) > 0.1 * h || std::abs(n.y1 - m.y1) > 0.1 * h) continue;
        const double gap = std::max(n.x0 - m.x1, m.x0 - n.x1);
        if (gap > -0.5 && gap < em) return true;
    }
    return false;
}

}  // namespace

std::vector<SuperscriptMarker> superscript_markers(const std::vector<PdfWord>& words) {
    std::vector<SuperscriptMarker> out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!short_number(words[i].text) || on_own_line(words, i)) continue;
        for (std::size_t j = 0; j < words.size(); ++j) {
            if (j != i && !words[j].text.empty() && raised_beside(words[i], words[j])) {
                out.push_back({i, j});
                break;
            }
        }
    }
    return out;
}

}  // namespace pira
