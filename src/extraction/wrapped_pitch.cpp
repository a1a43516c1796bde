#include "extraction/wrapped_pitch.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace pira {
namespace {

constexpr double kSameStart = 0.5;  // points: a cell's left-aligned lines start together

// A text going on, not a value in lower case ("si", "n.d.", "si/no"): a word of four letters.
bool goes_on_lower(const Span& s) {
    if (s.text.empty() || std::islower(static_cast<unsigned char>(s.text[0])) == 0) return false;
    std::size_t run = 0;
    for (char c : s.text) {
        run = std::isalpha(static_cast<unsigned char>(c)) != 0 ? run + 1 : 0;
        if (run >= 4) return true;
    }
    return false;
}

// The top of the nearest line above line j holding a cell that starts where s does, within
// two line heights, or a negative value.
double line_above(const std::vector<Line>& lines, std::size_t from, std::size_t j, const Span& s) {
    const Line& l = lines[j];
    const double h = l.y1 - l.y0;
    for (std::size_t i = j; i-- > from;) {
        const Line& up = lines[i];
        if (up.page != l.page || l.y0 - up.y0 > 2 * h) break;
        if (up.y0 >= l.y0) continue;
        for (const Span& t : up.spans) {
            if (std::abs(t.x0 - s.x0) < kSameStart) return up.y0;
        }
    }
    return -1;
}

}  // namespace

double wrapped_pitch(const std::vector<Line>& lines, std::size_t from,
                     const std::function<bool(std::size_t)>& stop, std::size_t max_lines) {
    std::vector<double> pitches;
    for (std::size_t j = from; j < lines.size() && j < from + max_lines && !stop(j); ++j) {
        for (const Span& s : lines[j].spans) {
            if (!goes_on_lower(s)) continue;
            const double top = line_above(lines, from, j, s);
            // (a cell's lines do not overlap: closer, they are not one cell's)
            if (top >= 0 && lines[j].y0 - top > 0.9 * (lines[j].y1 - lines[j].y0))
                pitches.push_back(lines[j].y0 - top);
        }
    }
    // The closest: a text in lower case under another of the same column may be the next
    // row's (formulas "patrimonio netto/..." under "proventi finanziari/...", one line each).
    return pitches.empty() ? 0 : *std::min_element(pitches.begin(), pitches.end());
}

}  // namespace pira
