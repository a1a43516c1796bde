// Row building, how wide a regular name's cell is: where its paragraph ends (the next line's
// first word would have fitted after the last), judged by the widest the page shows the column.
// RowBuilder's name cell is name_cell.cpp.
#include <algorithm>
#include <vector>

#include "extraction/row_builder.hpp"
#include "extraction/row_text.hpp"

namespace pira {
namespace {

// The texts of one column on a page: where they start, centre and end, to say how they are
// aligned in their cells.
struct ColumnTexts {
    double left = 1e9, right = -1e9;
    double min_x0 = 1e9, max_x0 = -1e9, min_mid = 1e9, max_mid = -1e9, min_x1 = 1e9, max_x1 = -1e9;
    std::size_t cells = 0;

    void add(const Span& s) {
        left = std::min(left, s.x0);
        right = std::max(right, s.x1);
        const double mid = (s.x0 + s.x1) / 2;
        min_x0 = std::min(min_x0, s.x0), max_x0 = std::max(max_x0, s.x0);
        min_mid = std::min(min_mid, mid), max_mid = std::max(max_mid, mid);
        min_x1 = std::min(min_x1, s.x1), max_x1 = std::max(max_x1, s.x1);
        ++cells;
    }
    bool seen() const { return right > left; }
    // Its texts start alike (left-aligned cells), or too few say otherwise: centred or
    // right-aligned texts start inside their cells, their centres or ends alike instead.
    bool starts_alike(double same) const {
        if (cells < 2) return true;
        const double x0 = max_x0 - min_x0;
        return x0 <= std::min(max_mid - min_mid, max_x1 - min_x1) + same;
    }
};

}  // namespace

// How far the name's column may reach, from this line to the table's last one on the page: its
// widest line there (the first rows of a table cannot judge a paragraph's end by the lines read
// so far: the widest may be the name itself), or where the next column's text starts less the
// narrowest gap between two columns' texts on the page (a cell's padding on both sides, which a
// cell's text never crosses), where the next column's texts start where its cells do (left-
// aligned: a centred value starts inside its cell, and the name's cell ends before the start
// of the widest: "0" centred under "Target 2020" says nothing of where "l'amministrazione"
// had to wrap before "è"). A line with a cell over two headers (block fields, prose) is no
// longer the table's.
double RowBuilder::widest_name_ahead(const Line& line, bool regular) const {
    std::vector<ColumnTexts> texts(cols_.columns().size());
    for (auto j = static_cast<std::size_t>(&line - lines_.data());
         j < lines_.size() && lines_[j].page == line.page && !lines_[j].record; ++j) {
        const bool across =
            std::any_of(lines_[j].spans.begin(), lines_[j].spans.end(), [&](const Span& s) {
                return std::count_if(
                           cols_.columns().begin(), cols_.columns().end(),
                           [&](const Column& c) { return s.x0 <= c.x0 && c.x1 <= s.x1; }) >= 2;
            });
        if (across) break;
        for (const auto& [k, span] : cols_.cells_of(lines_[j])) {
            // (Beside regular names a bold line is a block's key, "Obiettivo strategico", set
            // wider than the cells; a code may overflow them, see add_first_cell.)
            const bool other = (regular && span->bold) || code_line(*span);
            if (k == cols_.name_column() && other) continue;
            texts[k].add(*span);
        }
    }
    const std::size_t name = cols_.name_column();
    double gap = 1e9;
    for (std::size_t k = 0; k + 1 < texts.size(); ++k) {
        if (texts[k].seen() && texts[k + 1].seen())
            gap = std::min(gap, texts[k + 1].left - texts[k].right);
    }
    const bool next = name + 1 < texts.size() && texts[name + 1].seen() &&
                      texts[name + 1].starts_alike(tol_.cell_start_same) && gap > 0 && gap < 1e9;
    return std::max(texts[name].right, next ? texts[name + 1].left - gap : 0.0);
}

// The last name line ended its paragraph when this line's first word would have fitted after
// it, in the widest line the column has shown: a line wraps only when the next word does not
// fit. Not after a first line of one word, or one word and numbers (a code set on a line of its
// own above the name).
bool RowBuilder::ends_paragraph(const Span& s) const {
    if (row_->name_end < 0 || row_->name_one_word) return false;
    return fits_after(row_->name_end, s);
}

// Whether the first word of s would have fitted after a name line ending at `end`, in the
// widest line the column has shown. False where the words have no places (a spreadsheet).
bool RowBuilder::fits_after(double end, const Span& s) const {
    if (s.words.empty()) return false;
    const SpanWord& w = s.words.front();
    if (w.x1 <= w.x0) return false;
    const double space = s.words.size() > 1 ? s.words[1].x0 - w.x1 : 0.3 * (w.x1 - w.x0);
    return end + std::max(space, 0.0) + (w.x1 - w.x0) < name_right_ - 0.5;
}

}  // namespace pira
