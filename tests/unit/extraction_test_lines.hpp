// What the extraction unit tests build pages from and read tables by: lines of cells as the
// PDF reader gives them, and a cell of an extracted table that says when its column is missing
// rather than failing on it.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "layout/lines.hpp"
#include "model/canonical_table.hpp"

namespace pira::test {

// A line of cells, each {x0, text}, 40 points wide and 8 high, bold or not, each one word.
inline Line cells_line(int page, double y, std::vector<std::pair<double, std::string>> cells,
                       bool bold = false) {
    Line l;
    l.page = page;
    l.y0 = y;
    l.y1 = y + 8;
    for (auto& [x, text] : cells)
        l.spans.push_back(Span{text, x, x + 40, bold, {{text, bold, x, x + 40}}});
    return l;
}

// A cell of words, each {text, bold, x0, x1, italic}: its text the words joined, bold when its
// first word is.
inline Span word_cell(std::vector<SpanWord> words) {
    Span s{"", words.front().x0, words.back().x1, words.front().bold, words};
    for (const auto& x : words) s.text += (s.text.empty() ? "" : " ") + x.text;
    return s;
}

// A line of those cells, 8 points high.
inline Line span_line(int page, double y, std::vector<Span> spans) {
    Line l;
    l.page = page;
    l.y0 = y;
    l.y1 = y + 8;
    l.spans = std::move(spans);
    return l;
}

// A table of names whose cell holds their description too (rest_to), a type and targets by
// year: the profile of the name-cell tests (test_row_italic_names, test_row_unsplit_names).
inline const char* kNameCellProfile = R"toml(
[profile]
id = "nomi"
name = "Nomi"
[detect]
phrases = ["Indicatore"]
[table]
first_header = "Indicatore"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
rest_to = "formula"
[[table.column]]
headers = ["Tipologia"]
column = "type"
[[table.column]]
headers = ['Target (\d{4})']
column = "target_{1}"
)toml";

// Its header line, bold: "Indicatore" at 10, "Tipologia" at 100, "Target 2026" at 200.
inline Line name_cell_header() {
    auto b = [](double x0, double x1, const char* t) { return SpanWord{t, true, x0, x1, false}; };
    return span_line(1, 10,
                     {word_cell({b(10, 50, "Indicatore")}), word_cell({b(100, 140, "Tipologia")}),
                      word_cell({b(200, 220, "Target"), b(222, 240, "2026")})});
}

// The text of `column` in row `row`, or "<no column>" when the table has no such column.
inline std::string cell(const CanonicalTable& t, std::size_t row, const char* column) {
    const Field* f = t.field(t.rows.at(row), column);
    return f == nullptr ? "<no column>" : f->text;
}

}  // namespace pira::test
