#include "layout/justified.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <string>

namespace pira {
namespace {

// How far apart the stretched spaces of one justified line may be in width (the producer
// rounds them to its units); a cell's edges on two of its lines; cells of one column.
constexpr double kSameGap = 0.3;
constexpr double kSameEdge = 1.0;
constexpr double kSameStart = 0.15;
// Lines above and below searched for the cell's other lines and the page's columns.
constexpr std::size_t kNearbyLines = 10;
// A stretched space is at most this many line heights (wider gaps part cells).
constexpr double kMaxGapLines = 2.5;

struct Run {
    std::size_t first = 0, last = 0;  // spans [first, last] of the line
};

double gap(const Line& l, std::size_t k) {
    return l.spans[k + 1].x0 - l.spans[k].x1;
}

// Letters of a word: ASCII ones and the accented Latin ones (two bytes from 0xC3 in UTF-8),
// not symbols ("≥").
std::size_t letters(const std::string& t) {
    std::size_t n = 0;
    for (unsigned char c : t) n += std::isalpha(c) != 0 || c == 0xC3 ? 1 : 0;
    return n;
}

// Most of the run's spans words of three letters or more, and no two the same (short words
// aside: "di", "del"): a row of values or of repeated headers ("100% | 100% | 100%", "TARGET |
// TARGET | TARGET") can be set at equal gaps too; a justified line is words.
bool mostly_words(const Line& l, const Run& r) {
    std::size_t words = 0;
    for (std::size_t k = r.first; k <= r.last; ++k) {
        const std::string& t = l.spans[k].text;
        words += letters(t) >= 3 ? 1 : 0;
        for (std::size_t m = r.first; m < k; ++m) {
            if (l.spans[m].text == t && letters(t) >= 5) return false;
        }
    }
    return 2 * words > r.last - r.first + 1;
}

// The runs of three spans or more whose gaps are equal and not wider than a stretched space,
// mostly words.
std::vector<Run> word_runs(const Line& l) {
    std::vector<Run> runs;
    const double widest = kMaxGapLines * (l.y1 - l.y0);
    std::size_t k = 0;
    while (k + 2 < l.spans.size()) {
        const double g = gap(l, k);
        std::size_t end = k + 1;
        while (g > 0 && g <= widest && end + 1 < l.spans.size() &&
               std::abs(gap(l, end) - g) <= kSameGap)
            ++end;
        if (end >= k + 2 && mostly_words(l, {k, end})) {
            runs.push_back({k, end});
            k = end;
        } else {
            ++k;
        }
    }
    return runs;
}

// What a line shows, read before any line is joined: where its text is (each span, and each
// run: x0, x1, where the run's first gap begins) and where its cells start (its spans but the
// inner words of its runs, on a line of three cells or more).
struct Shown {
    struct Extent {
        double x0 = 0, x1 = 0;
        double first_gap = -1;  // -1: one span
    };
    std::vector<Extent> text;
    std::vector<double> cell_starts;
};

Shown shown(const Line& l, const std::vector<Run>& runs) {
    Shown out;
    std::vector<bool> inner(l.spans.size(), false);
    for (const Run& r : runs) {
        out.text.push_back({l.spans[r.first].x0, l.spans[r.last].x1, l.spans[r.first].x1});
        for (std::size_t k = r.first + 1; k <= r.last; ++k) inner[k] = true;
    }
    for (std::size_t k = 0; k < l.spans.size(); ++k) {
        out.text.push_back({l.spans[k].x0, l.spans[k].x1});
        if (!inner[k]) out.cell_starts.push_back(l.spans[k].x0);
    }
    // A key and its value ("Codice obiettivo | 01_01_0s01") are no table's columns.
    if (out.cell_starts.size() < 3) out.cell_starts.clear();
    return out;
}

bool near(double a, double b) {
    return std::abs(a - b) <= kSameEdge;
}

class Page {
  public:
    Page(const std::vector<Shown>& shown, std::size_t i)
        : shown_(shown),
          i_(i),
          from_(i > kNearbyLines ? i - kNearbyLines : 0),
          to_(std::min(shown.size(), i + kNearbyLines + 1)) {}

    template <class F>
    bool any_other(F&& f) const {
        for (std::size_t j = from_; j < to_; ++j) {
            if (j != i_ && f(shown_[j])) return true;
        }
        return false;
    }

    // A cell of another line starts at x: a column the page shows (a table's cells start at
    // the same places row after row; a justified line's words do not).
    bool starts_a_cell(double x) const {
        return any_other([&](const Shown& s) {
            return std::any_of(s.cell_starts.begin(), s.cell_starts.end(),
                               [&](double c) { return std::abs(c - x) <= kSameStart; });
        });
    }

    // Another line with text just where the run is: a line of the same cell, one span, or a
    // run of its own whose gaps fall elsewhere (a table row's would fall at the same places).
    bool has_extent(const Shown::Extent& e) const {
        return any_other([&](const Shown& s) {
            return std::any_of(s.text.begin(), s.text.end(), [&](const Shown::Extent& o) {
                return near(o.x0, e.x0) && near(o.x1, e.x1) &&
                       (o.first_gap < 0 || !near(o.first_gap, e.first_gap));
            });
        });
    }

    // Another line's span starting where the run starts and covering a gap of it (its cell's
    // text goes on there).
    bool covers_gap(double x0, double gap_x0, double gap_x1) const {
        return any_other([&](const Shown& s) {
            return std::any_of(s.text.begin(), s.text.end(), [&](const Shown::Extent& o) {
                return o.first_gap < 0 && near(o.x0, x0) && o.x0 < gap_x0 && o.x1 >= gap_x1;
            });
        });
    }

  private:
    const std::vector<Shown>& shown_;
    std::size_t i_, from_, to_;
};

// A run of four spans or more, gaps narrower than the line is high and than the gap after it:
// the stretched spaces of a justified line with no other full line in its cell.
bool reads_as_words(const Line& l, const Run& r) {
    const double g = gap(l, r.first);
    const bool cell_after = r.last + 1 >= l.spans.size() || gap(l, r.last) > g;
    return r.last >= r.first + 3 && g < l.y1 - l.y0 && cell_after;
}

// The run's last span one cell holds: up to a word starting where another line's cell starts;
// then all when another line has text just where the run has, or the run reads as a justified
// line by itself; otherwise as far as the cell's other lines cover its gaps.
std::size_t joined_until(const Page& page, const Line& l, Run r) {
    for (std::size_t k = r.first + 1; k <= r.last; ++k) {
        if (page.starts_a_cell(l.spans[k].x0)) r.last = k - 1;
    }
    if (r.last < r.first + 2 || !mostly_words(l, r)) return r.first;
    const Shown::Extent e{l.spans[r.first].x0, l.spans[r.last].x1, l.spans[r.first].x1};
    if (page.has_extent(e) || reads_as_words(l, r)) return r.last;
    std::size_t last = r.first;
    while (last < r.last && page.covers_gap(e.x0, l.spans[last].x1, l.spans[last + 1].x0)) ++last;
    return last;
}

void join(Line& l, const Run& r) {
    Span& s = l.spans[r.first];
    for (std::size_t k = r.first + 1; k <= r.last; ++k) {
        const Span& t = l.spans[k];
        s.text += " " + t.text;
        s.x1 = t.x1;
        s.bold = s.bold && t.bold;
        s.words.insert(s.words.end(), t.words.begin(), t.words.end());
    }
    l.spans.erase(l.spans.begin() + static_cast<std::ptrdiff_t>(r.first + 1),
                  l.spans.begin() + static_cast<std::ptrdiff_t>(r.last + 1));
}

}  // namespace

void join_justified_cells(std::vector<Line>& page_lines) {
    std::vector<std::vector<Run>> runs;
    std::vector<Shown> seen;
    for (const Line& l : page_lines) {
        runs.push_back(word_runs(l));
        seen.push_back(shown(l, runs.back()));
    }
    for (std::size_t i = 0; i < page_lines.size(); ++i) {
        const Page page(seen, i);
        // From the last run, so that the first ones' span indices still hold.
        for (auto r = runs[i].rbegin(); r != runs[i].rend(); ++r)
            join(page_lines[i], {r->first, joined_until(page, page_lines[i], *r)});
    }
}

}  // namespace pira
