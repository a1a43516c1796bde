#include "extraction/value_alignment.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "model/canonical_table.hpp"

namespace pira {
namespace {

// Right-aligned texts end at the same point to a fraction of a point; widths differ by a digit.
constexpr double kSameEdge = 1.0;

bool value_like(const Span& s) {
    return !s.bold && std::any_of(s.text.begin(), s.text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
}

// Among cells ending in one gap, the edge most of them end at, when two of different widths
// end there (two equal texts, left-aligned, would end together too).
std::optional<double> common_edge(const std::vector<const Span*>& cells) {
    std::optional<double> best;
    std::size_t best_count = 0;
    for (const Span* a : cells) {
        std::size_t count = 0;
        double lo = a->x0, hi = a->x0;
        for (const Span* b : cells) {
            if (std::abs(a->x1 - b->x1) >= kSameEdge) continue;
            ++count;
            lo = std::min(lo, b->x0);
            hi = std::max(hi, b->x0);
        }
        if (count >= 2 && hi - lo > kSameEdge && count > best_count) {
            best = a->x1;
            best_count = count;
        }
    }
    return best;
}

}  // namespace

RightEdges right_aligned_edges(const std::vector<Column>& cols, const std::vector<Line>& lines,
                               std::size_t from, const std::function<bool(std::size_t)>& stop,
                               std::size_t max_lines) {
    std::map<std::size_t, std::vector<const Span*>> in_gap;
    for (std::size_t j = from; j < lines.size() && j < from + max_lines && !stop(j); ++j) {
        for (const Span& s : lines[j].spans) {
            if (!value_like(s)) continue;
            for (std::size_t k = 0; k + 1 < cols.size(); ++k) {
                if (is_value_column(cols[k].name) && s.x1 > cols[k].x1 && s.x1 <= cols[k + 1].x0 &&
                    s.x0 > cols[k].x0)
                    in_gap[k].push_back(&s);
            }
        }
    }
    RightEdges edges;
    for (const auto& [k, cells] : in_gap) {
        if (auto edge = common_edge(cells)) edges[k] = *edge;
    }
    return edges;
}

}  // namespace pira
