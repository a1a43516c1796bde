#include "layout/running_lines.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace pira {
namespace {

// Only the first and last line of a page: a table header repeated at the top of many pages is
// the table's, and must stay.
constexpr std::size_t kEdgeLines = 1;

// The text with each run of digits masked: page numbers change from page to page, and grow
// ("pagina 9", "pagina 10").
std::string shape(const Line& l) {
    std::string out;
    for (char c : l.text()) {
        const bool digit = c >= '0' && c <= '9';
        if (!digit) {
            out += c;
        } else if (out.empty() || out.back() != '#') {
            out += '#';
        }
    }
    return out;
}

// A table's header row repeated at the top of each page (three or more cells, all bold; or, in
// regular type, as a word processor's table without a header style sets it, four or more) is
// the table's, not a running header: running headers are a title, a date, a page number.
bool header_row(const Line& l) {
    return l.spans.size() >= 4 ||
           (l.spans.size() >= 3 &&
            std::all_of(l.spans.begin(), l.spans.end(), [](const Span& s) { return s.bold; }));
}

// A key whose value comes below it ("Missione:" at the top of each page, its objective's value on
// the next line) opens the page's content: a running line announces nothing.
bool announces_value(const Line& l) {
    const std::string t = l.text();
    const auto end = t.find_last_not_of(" \t");
    return end != std::string::npos && t[end] == ':';
}

struct Edge {
    bool top;
    std::string shape;
    bool operator<(const Edge& o) const { return top != o.top ? top < o.top : shape < o.shape; }
};

// A running header or folio stands at the same height on every page (a margin box, a footer
// frame); a table's last line repeated in shape ("Peso: 25,00%", a row's weight at the foot of
// several pages) ends each page where its rows happen to end.
constexpr double kSamePlace = 3.0;

// The pages holding the edge at about this height.
std::size_t pages_at(const std::vector<std::pair<int, double>>& places, double y) {
    std::set<int> pages;
    for (const auto& [page, y0] : places) {
        if (y0 > y - kSamePlace && y0 < y + kSamePlace) pages.insert(page);
    }
    return pages.size();
}

}  // namespace

std::size_t drop_running_lines(std::vector<Line>& lines) {
    // Index ranges of each page's lines; PDF lines come page by page, top to bottom.
    std::vector<std::pair<std::size_t, std::size_t>> pages;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].record) return 0;  // spreadsheet rows have no running lines
        if (pages.empty() || lines[i].page != lines[pages.back().first].page) {
            pages.emplace_back(i, i);
        }
        pages.back().second = i + 1;
    }
    if (pages.size() < 2) return 0;
    // A page's first and last lines; a page of one line (the folio alone on the page a cut row
    // spilled onto) has it as both, and it is a folio like the others' last lines.
    auto edges_of = [&](std::size_t first, std::size_t end, auto&& visit) {
        for (std::size_t k = 0; k < kEdgeLines && first + k < end; ++k) visit(first + k, true);
        const bool alone = end - first == 1;
        for (std::size_t k = 0; k < kEdgeLines && end - k > first + (alone ? 0 : kEdgeLines); ++k)
            visit(end - 1 - k, false);
    };
    std::map<Edge, std::vector<std::pair<int, double>>> seen;
    for (auto [first, end] : pages) {
        edges_of(first, end, [&](std::size_t i, bool top) {
            seen[{top, shape(lines[i])}].emplace_back(lines[i].page, lines[i].y0);
        });
    }
    const std::size_t needed = std::max<std::size_t>(2, (pages.size() + 1) / 2);
    std::vector<bool> drop(lines.size(), false);
    for (auto [first, end] : pages) {
        edges_of(first, end, [&](std::size_t i, bool top) {
            if (pages_at(seen[{top, shape(lines[i])}], lines[i].y0) >= needed &&
                !header_row(lines[i]) && !announces_value(lines[i]))
                drop[i] = true;
        });
    }
    std::size_t w = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (drop[i]) continue;
        if (w != i) lines[w] = std::move(lines[i]);  // never onto itself: that empties it
        ++w;
    }
    const std::size_t dropped = lines.size() - w;
    lines.resize(w);
    return dropped;
}

}  // namespace pira
