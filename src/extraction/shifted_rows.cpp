// A table line drawn a few points off its header: every cell starts the same distance from where
// its column's cells start. reportlab draws the top of a row that a page break cuts as a table of
// its own, outside the frame's padding, so that row's cells, under the table's header, all sit
// 6 points left of the cells above them: read at their columns' starts, not by the halfway rule
// (a target "7" left of its "Target 2020" is not the weight beside it).
#include <algorithm>
#include <cmath>
#include <limits>

#include "extraction/table_columns.hpp"

namespace pira {

namespace {

// How many of the spans start, moved by dx, where a column's cells start.
std::size_t starts_matched(const std::vector<Span>& spans, const std::vector<double>& starts,
                           double dx, double tolerance) {
    return static_cast<std::size_t>(std::count_if(spans.begin(), spans.end(), [&](const Span& s) {
        return std::any_of(starts.begin(), starts.end(),
                           [&](double x) { return std::abs(s.x0 + dx - x) < tolerance; });
    }));
}

}  // namespace

// The places (page points) where the table's cells have started, under the present header.
std::vector<double> TableColumns::known_starts() const {
    std::vector<double> out;
    for (const Column& c : cols_) {
        const auto starts = cell_starts_.find(c.name);
        if (starts == cell_starts_.end()) continue;
        for (double dx : starts->second) out.push_back(c.x0 + dx);
    }
    return out;
}

// The distance the line's cells are off their columns: none when any cell starts where a
// column's cells start; otherwise the one distance (less than half the narrowest column, so no
// cell moves to its neighbour's place) that puts three cells or more, and more than half of the
// line's, exactly there. Only where the table has taught where its cells start (unheaded_columns).
double TableColumns::line_shift(const Line& line) const {
    if (!headed_ || line.record || table_ == nullptr || !table_->unheaded_columns ||
        line.spans.size() < 3 || cols_.size() < 2)
        return 0;
    const std::vector<double> starts = known_starts();
    if (starts_matched(line.spans, starts, 0, tol_.cell_start) > 0) return 0;
    double narrowest = std::numeric_limits<double>::max();
    for (std::size_t k = 0; k + 1 < cols_.size(); ++k)
        narrowest = std::min(narrowest, cols_[k + 1].x0 - cols_[k].x0);
    double best = 0;
    std::size_t best_count = 0;
    for (const double x : starts) {
        const double dx = x - line.spans.front().x0;
        if (std::abs(dx) >= narrowest / 2) continue;
        const std::size_t n = starts_matched(line.spans, starts, dx, tol_.cell_start_same);
        if (n > best_count) best = dx, best_count = n;
    }
    if (best_count < 3 || 2 * best_count <= line.spans.size()) return 0;
    return best;
}

Line TableColumns::shifted(const Line& line, double dx) {
    Line out = line;
    for (Span& s : out.spans) {
        s.x0 += dx;
        s.x1 += dx;
        for (SpanWord& w : s.words) w.x0 += dx, w.x1 += dx;
    }
    return out;
}

Cells TableColumns::cells_of(const Line& line) const {
    const double dx = line_shift(line);
    if (dx == 0) return aligned_cells_of(line);
    const Line moved = shifted(line, dx);
    Cells cells = aligned_cells_of(moved);
    // The cells are the line's own spans: only their places were read moved.
    for (auto& cell : cells) cell.second = &line.spans[cell.second - moved.spans.data()];
    return cells;
}

std::optional<std::size_t> TableColumns::column_of(const Span& s, const Line& line) const {
    const double dx = line_shift(line);
    const bool own = &s >= line.spans.data() && &s < line.spans.data() + line.spans.size();
    if (dx == 0 || !own) return aligned_column_of(s, line);
    const Line moved = shifted(line, dx);
    return aligned_column_of(moved.spans[static_cast<std::size_t>(&s - line.spans.data())], moved);
}

}  // namespace pira
