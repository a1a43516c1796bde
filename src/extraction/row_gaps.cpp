#include "extraction/row_gaps.hpp"

#include <algorithm>
#include <map>

namespace pira {

double cell_line_gap(const std::vector<Line>& lines, std::size_t from, const TableColumns& cols,
                     double row_gap) {
    std::map<std::size_t, double> bottom;  // by table column: where its last line ended
    std::vector<double> gaps;
    for (std::size_t j = from; j < lines.size() && lines[j].page == lines[from].page; ++j) {
        const Line& l = lines[j];
        if (l.record) break;
        const bool across = std::any_of(l.spans.begin(), l.spans.end(), [&](const Span& s) {
            return std::count_if(cols.columns().begin(), cols.columns().end(),
                                 [&](const Column& c) { return s.x0 <= c.x0 && c.x1 <= s.x1; }) >=
                   2;
        });
        if (across) break;
        const double height = l.y1 - l.y0;
        for (const auto& [k, span] : cols.cells_of(l)) {
            if (auto b = bottom.find(k); b != bottom.end()) {
                const double gap = l.y0 - b->second;
                if (gap > 0 && gap < row_gap * height) gaps.push_back(gap);
            }
            bottom[k] = l.y1;
        }
    }
    if (gaps.empty()) return -1;
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2),
                     gaps.end());
    return gaps[gaps.size() / 2];
}

bool closes_row(double gap, double height, double cell_gap, double row_gap, double over_cell) {
    const double limit =
        cell_gap < 0 ? row_gap * height : std::min(row_gap * height, cell_gap + over_cell * height);
    return gap > limit;
}

}  // namespace pira
