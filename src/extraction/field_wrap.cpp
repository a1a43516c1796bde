// A labelled field's value wrapped under itself (FieldWrap, fields.hpp): which lines below
// go on with it, in its cell, to the row's end, or over a page break.
#include <cmath>

#include "extraction/fields.hpp"

namespace pira {

void FieldWrap::start(const FieldHit& hit, const Line& line) {
    columns_ = hit.wrap_columns;
    if (columns_.empty() && hit.values.size() == 1) columns_.push_back(hit.values.front().first);
    const bool known = hit.value_x0 >= 0 || (hit.wraps_to_label && !line.spans.empty());
    if (!known || line.record) columns_.clear();
    if (columns_.empty()) return;
    x0_ = hit.value_x0 >= 0 ? hit.value_x0 : line.spans.front().x0;
    bold_ = false;
    to_label_ = hit.value_x0 < 0;
    last_x1_ = -1;
    // The value's font is its last word's: a label in another font may open its cell ("Ob.
    // operativo: *B.1.4 - Potenziare ...*"), and a bold value's bold wrapped line
    // ("*digitalizzazione delle imprese*") goes on with it.
    for (const Span& s : line.spans) {
        if (s.x0 == hit.value_x0 && !s.words.empty()) bold_ = s.words.back().bold;
        if (s.x0 == hit.value_x0 && hit.to_row_end) last_x1_ = s.x1;
    }
    y0_ = line.y0;
    height_ = line.y1 - line.y0;
    page_ = line.page;
    line_x1_ = line.spans.empty() ? 0 : line.spans.back().x1;
}

// A value cut by a page break goes on at the top of the next page: one cell where the value's
// lines start, not bold, after a line that filled the page's width. So a "Chiave: valore"
// paragraph, and a value cell beside its key cell (the grid's "Denominazione" | "OS_03.01 -
// ... Nazionale Dati" over "(canc., iscriz.PEC, ...)." on the next page).
bool FieldWrap::over_page_break(const Line& line, double right_edge) const {
    return line.page == page_ + 1 && line.spans.size() == 1 &&
           std::abs(line.spans.front().x0 - x0_) < 2.0 && !line.spans.front().bold &&
           right_edge > 0 && line_x1_ > right_edge - 2 * height_;
}

const std::vector<std::string>* FieldWrap::continued_by(const Line& line, double right_edge) {
    if (columns_.empty()) return nullptr;
    // A cell spanning to the row's end whose line left room for the next line's first word
    // ended there ("E2 - Diffusione della cultura della legalità", then a line of its own).
    // (Judged only where the words' places are known.)
    const bool placed = !line.spans.empty() && !line.spans.front().words.empty() &&
                        line.spans.front().words.front().x1 > line.spans.front().words.front().x0;
    if (last_x1_ >= 0 && right_edge > 0 && placed) {
        const auto& next = line.spans.front().words.front();
        if (last_x1_ + 0.5 * height_ + (next.x1 - next.x0) < right_edge - height_) {
            stop();
            return nullptr;
        }
    }
    // The next line of the cell: on the same page, about a line below, starting where the
    // value starts (a paragraph after the fields starts at the margin, under the label), and
    // not a bold label under a regular value ("Benefici Attesi" under a programme's name), nor
    // a table row of three cells or more (the first row's code under "Performance" "100,00 %").
    const bool under =
        line.page == page_ && !line.spans.empty() && line.spans.size() < 3 &&
        std::abs(line.spans.front().x0 - x0_) < 2.0 && line.y0 - y0_ < 1.6 * height_ &&
        (bold_ || line.spans.front().words.empty() || !line.spans.front().words.front().bold);
    // A "Chiave: valore" paragraph wraps as a paragraph: a line of three cells or more under
    // its label is a table's row (a table for the whole document going on after its group
    // rows, set a line below them), not the value going on.
    const bool row = to_label_ && line.spans.size() >= 3;
    if ((!under || row) && !over_page_break(line, right_edge)) {
        stop();
        return nullptr;
    }
    y0_ = line.y0;
    page_ = line.page;
    line_x1_ = line.spans.back().x1;
    if (last_x1_ >= 0) last_x1_ = line.spans.back().x1;
    return &columns_;
}

}  // namespace pira
