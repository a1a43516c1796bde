#include "extraction/row_gaps.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "extraction/row_builder.hpp"

#include "model/canonical_table.hpp"

namespace pira {

PageCells page_cells(const std::vector<Line>& lines, std::size_t from, const TableColumns& cols,
                     double row_gap) {
    PageCells out;
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
            // (A line reaching the next column's place is no name cell: a block's line,
            // "Obiettivo: Tutela della proprietà industriale", under a table without header.)
            const bool overflows =
                k + 1 < cols.columns().size() && span->x1 > cols.columns()[k + 1].x0;
            if (k == cols.name_column() && span->words.size() > 1 && !overflows)
                out.name_right = std::max(out.name_right, span->x1);
        }
    }
    if (gaps.empty()) return out;
    const auto mid = gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2);
    std::nth_element(gaps.begin(), mid, gaps.end());
    out.line_gap = *mid;
    return out;
}

double page_foot(const std::vector<Line>& lines) {
    double foot = 0;
    for (const Line& l : lines) {
        if (!l.record) foot = std::max(foot, l.y1);
    }
    return foot;
}

bool closes_row(double gap, double height, double cell_gap, double row_gap, double over_cell) {
    const double limit =
        cell_gap < 0 ? row_gap * height : std::min(row_gap * height, cell_gap + over_cell * height);
    return gap > limit;
}

// A line after the gap that closes a row (cell padding) begins the next visual row: wider than
// the page's cells' line gap allows (closes_row), or, where the wrapped lines almost touch, a
// pitch wider than theirs (wrapped_pitch.hpp; a footnote's lines, not in a cell, have a leading
// of their own: only the padding counts, by_pitch false).
bool RowBuilder::after_row_gap(const Line& line, bool by_pitch) const {
    return last_line_ != nullptr && row_gap_between(*last_line_, line, by_pitch);
}

bool RowBuilder::row_gap_between(const Line& above, const Line& line, bool by_pitch) const {
    if (above.page != line.page) return false;
    const double h = line.y1 - line.y0, gap = line.y0 - above.y1;
    if (closes_row(gap, h, page_.line_gap, tol_.row_gap, tol_.row_gap_over_cell)) return true;
    // Top to top and bottom to bottom, the nearer: a glyph taller than its line (gropdf's "≥")
    // moves one edge of its line's box, not both; a row's padding moves both.
    const double pitch = std::min(line.y0 - above.y0, line.y1 - above.y1);
    return by_pitch && pitch_ > 0 && gap > 0 && pitch > pitch_ + tol_.row_pitch_gap * h;
}

// Bold names in a table without padding between rows (no gap to see): a bold line whose first
// word would have fitted after the last line of the row's bold name, in the widest line the
// column shows on the page (the cell is as wide at least), begins the next name, its cells centred
// below it: a name wraps only where its next word does not fit. (A name with a description has its
// regular words to say so.)
bool RowBuilder::ends_bold_name(const Line& line, const Span& s) const {
    if (line.record || row_->plain_name || row_->has_regular_name_text || row_->bold_end < 0 ||
        name_line_ == nullptr || name_line_->page != line.page || s.words.empty() || !s.bold)
        return false;
    const SpanWord& w = s.words.front();
    // A name begins with a capital; one going on in lower case is the same name whatever the
    // widths (a producer's wrap width may be narrower than the widest line the column shows).
    if (w.x1 <= w.x0 || w.text.empty() || !std::isupper(static_cast<unsigned char>(w.text[0])))
        return false;
    const double space = s.words.size() > 1 ? s.words[1].x0 - w.x1 : 0.3 * (w.x1 - w.x0);
    return row_->bold_end + std::max(space, 0.0) + (w.x1 - w.x0) < page_.name_right - 0.5;
}

// Cells centred vertically: a row's middle is the middle of its values (a number does not wrap,
// or wraps in its cell around that middle), when they come below its first line (top-aligned
// rows have them on their first, a whole line below it); its tallest cell, whose first line opened
// the row, reaches as far below the middle as above it. A line beginning past that is the next
// row's: without padding between rows no gap says so, and the next row's cells centred above its
// name, or that name's first lines, would go to the row before.
bool RowBuilder::past_row_middle(const Line& line) const {
    if (line.record || !row_->centred || row_->values_page != line.page) return false;
    const double bottom = row_->values_top + row_->values_bottom - row_->top;
    return line.y0 > bottom - 0.25 * (line.y1 - line.y0);
}

// Regular names whose rows have their values on their first line (top-aligned cells: two
// values at least beside the name's first line, not a wrapped "Entro" over its date centred
// around the row's middle): every row's first line brings values, so a line of the name's cell
// alone after a gap is no row's first; it is the cell's next paragraph (a description set a
// paragraph's space below its name, as wide as the rows' padding: groff's tbl text blocks).
bool RowBuilder::paragraph_in_name_cell(const Cells& cells) const {
    if (!row_ || !row_->plain_name || row_->first_line_values < 2 || last_line_ == nullptr)
        return false;
    return cells.size() == 1 && cells.front().first == cols_.name_column() &&
           row_->values_page == last_line_->page;
}

// A row centred vertically whose last line before a page break reached its extent (as far
// below its values' middle as its top is above), well above the page's foot: the producer kept
// it whole (a row it cuts fills the page first, but for the lines a paragraph keeps together,
// so the room left must be wider than those), and the next page's first line begins the next
// row, whatever its case says (its cells centred above the name, a name alone on its line).
// A row top-aligned shows no extent: where it ends above the foot says nothing alone.
bool RowBuilder::ended_whole(const Line& last) const {
    if (!row_->centred || row_->values_page != last.page || foot_ <= 0) return false;
    const double height = last.y1 - last.y0;
    const double bottom = row_->values_top + row_->values_bottom - row_->top;
    return last.y1 > bottom - 0.25 * height && last.y1 + tol_.page_foot_room * height < foot_;
}

void RowBuilder::note_extent(const Line& line, const Cells& cells, bool had_early) {
    if (!row_ || line.record) return;
    if (row_->top < 0) row_->top = had_early && early_.empty() ? early_y0_ : line.y0;
    // A row whose values came on its first line and that goes on half a line below them (a
    // cell taller than they are: centred, they would sit in its middle): the table's cells are
    // top-aligned. A row of one line says nothing of it.
    if (row_->judged && !row_->centred && row_->values_page == line.page &&
        line.y0 > row_->values_top + 0.5 * (line.y1 - line.y0))
        top_aligned_ = true;
    std::size_t values = 0;
    for (const auto& [k, span] : cells) values += is_value_column(cols_.name_of(k)) ? 1 : 0;
    if (line.y0 == row_->top && row_->values_top < 0) row_->first_line_values = values;
    if (values == 0 || (row_->values_page != 0 && row_->values_page != line.page)) return;
    if (row_->values_top < 0) row_->values_top = line.y0;
    row_->values_page = line.page;
    row_->values_bottom = line.y1;
    if (values < 2 || row_->judged) return;
    row_->judged = true;
    // Its values begin below its top (half a line, at least: centred between two lines): a
    // value cell that begins at the top may be the tallest itself.
    row_->centred = row_->values_top >= row_->top + 0.25 * (line.y1 - line.y0);
}

}  // namespace pira
