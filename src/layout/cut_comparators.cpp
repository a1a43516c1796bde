#include "layout/cut_comparators.hpp"

#include <cmath>

namespace pira {
namespace {

// Starts closer than this are one cell's.
constexpr double kSameStart = 1.0;
// The cell's next line: its top at most this many line heights below the line's.
constexpr double kNextLinePitch = 1.6;

bool half_comparator(const Span& s) {
    return s.text == "<" || s.text == ">";
}

// The index of the "=" span of `below` that completes `upper`, or npos.
std::size_t completing(const Line& above, const Span& upper, const Line& below) {
    if (below.page != above.page || below.y0 - above.y0 > kNextLinePitch * (above.y1 - above.y0))
        return std::string::npos;
    for (std::size_t k = 0; k < below.spans.size(); ++k) {
        const Span& s = below.spans[k];
        if (s.text == "=" && std::abs(s.x0 - upper.x0) < kSameStart && k + 1 == below.spans.size())
            return k;
    }
    return std::string::npos;
}

}  // namespace

std::size_t join_cut_comparators(std::vector<Line>& lines) {
    std::size_t joined = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        for (Span& upper : lines[i].spans) {
            if (!half_comparator(upper)) continue;
            Line& below = lines[i + 1];
            const std::size_t k = completing(lines[i], upper, below);
            if (k == std::string::npos) continue;
            const Span& eq = below.spans[k];
            upper.text += "=";
            upper.x1 = std::max(upper.x1, eq.x1);
            if (!upper.words.empty()) {
                upper.words.back().text += "=";
                upper.words.back().x1 = std::max(upper.words.back().x1, eq.x1);
            }
            below.spans.erase(below.spans.begin() + static_cast<std::ptrdiff_t>(k));
            lines[i].folded.reset();
            below.folded.reset();
            ++joined;
        }
    }
    std::erase_if(lines, [](const Line& l) { return l.spans.empty(); });
    return joined;
}

}  // namespace pira
