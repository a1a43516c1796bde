// Row building across a page break (RowBuilder's third file, beside row_builder.cpp and
// name_cell.cpp): a table going on over the break without its header, where a row cut by the
// break goes on at the top of the page unless a name or refilled values begin the next one;
// a bold name cut by the break going on there.
#include <algorithm>

#include "extraction/row_builder.hpp"
#include "extraction/row_gaps.hpp"
#include "extraction/row_text.hpp"
#include "model/canonical_table.hpp"

namespace pira {

// A table going on over a page break, without its header: a row cut by the break goes on at
// the top of the page (its long texts), unless a name or refilled values say the next row
// begins there.
bool RowBuilder::starts_next_page_row(const Line& line, const Cells& cells) const {
    if (!row_ || last_line_ == nullptr || last_line_->page == line.page) return false;
    const bool named = !cells.empty() && cells.front().first == cols_.name_column();
    // A name going on in lower case ("obblighi normativi"), or in a bracket ("(INDICATORE" /
    // "PARETO)" under a name cut by the break), is the cut row's, whatever its other cells: a
    // descriptive value wraps too ("valore non ancora" / "disponibile"). A name begins with a
    // capital, and the cut row's name may have ended above the break in a row centred
    // vertically: its taller cells went on below it.
    if (named && (lower(cells.front().second->text) || cells.front().second->text[0] == '('))
        return false;
    if (refills_values(cells)) return true;
    if (named && bold_name_goes_on(line, cells)) return false;
    if (ended_whole(*last_line_)) return true;
    if (named) return name_begins_row(cells);
    // Cells only in columns the cut row left empty, going on in lower case (its formula
    // carried over the break, its values on the page before), are that row's: the next row's
    // cells centred above its name would come to columns the cut row has filled, or begin
    // with a capital ("Output" above "Terzo").
    const bool going_on = std::all_of(cells.begin(), cells.end(),
                                      [](const auto& c) { return lower(c.second->text); });
    if (!cells.empty() && going_on && fills_only_empty(cells)) return false;
    // Only cells centred vertically begin above their name: in a table whose cells are
    // top-aligned (row_gaps.cpp, note_extent), cells at the page top without a name are the cut
    // row's, a descriptive value going on ("non disponibile fino a data" / "consuntivo") as a
    // text does.
    if (top_aligned_) return false;
    // Cells centred vertically begin above their name ("Realizzazione" over the name's line):
    // the first line below with a name, in the same row (no row gap before it), says whether
    // they are a new row's.
    const auto i = static_cast<std::size_t>(&line - lines_.data());
    const auto last = i + static_cast<std::size_t>(tol_.next_page_lookahead);
    for (std::size_t j = i + 1; j < lines_.size() && j <= last; ++j) {
        const Line& l = lines_[j];
        if (l.page != line.page || row_gap_between(lines_[j - 1], l)) break;
        Cells below = cols_.cells_of(lines_[j]);
        if (!below.empty() && below.front().first == cols_.name_column()) {
            // The name's row holds the cells above it too.
            for (std::size_t k = i; k < j; ++k) {
                const Cells above = cols_.cells_of(lines_[k]);
                below.insert(below.end(), above.begin(), above.end());
            }
            if (!name_begins_row(below)) return false;
            if (!texts_go_on(cells)) return true;
            row_begins_at_ = &l;  // the cut row goes on until that name
            return false;
        }
    }
    return false;
}

// A bold name whose last line before the break was full (the first word here would not have
// fitted after it) and has no description yet goes on at the page top: the break took the
// cell's last lines over (a producer keeps two lines of a paragraph together; the row's other
// cells went on below the name on the page before): "... promossa dal" over "PNRR Indica la
// ...". Unless values come again, on its line or below it in the same row: the next row's own,
// its name beginning there (cells centred vertically, the values below the name's first line).
bool RowBuilder::bold_name_goes_on(const Line& line, const Cells& cells) const {
    const Span& name = *cells.front().second;
    if (name.words.empty() || !name.words.front().bold || row_->plain_name ||
        row_->has_regular_name_text || row_->bold_end < 0 || fits_after(row_->bold_end, name))
        return false;
    const auto i = static_cast<std::size_t>(&line - lines_.data());
    const auto last = i + static_cast<std::size_t>(tol_.next_page_lookahead);
    for (std::size_t j = i + 1; j < lines_.size() && j <= last; ++j) {
        if (lines_[j].page != line.page || row_gap_between(lines_[j - 1], lines_[j])) break;
        if (refills_values(cols_.cells_of(lines_[j]))) return false;
    }
    return true;
}

// Texts (a formula, not values: values do not wrap) going on in lower case mid-sentence, not
// with a code ("oc_DTDE_02" opens a cell): above a name that begins the next row at a page
// top, without a row gap ("promozionali)" after the cut row's "... Contributi per finalità"),
// the cut row's rest rather than the next row's cells centred above its name, which begin with
// a capital as a cell does.
bool RowBuilder::texts_go_on(const Cells& cells) const {
    return !cells.empty() && std::all_of(cells.begin(), cells.end(), [&](const auto& c) {
        return goes_on_lower(c.second->text) && !is_value_column(cols_.name_of(c.first));
    });
}

bool RowBuilder::fills_only_empty(const Cells& cells) const {
    return std::all_of(cells.begin(), cells.end(), [&](const auto& cell) {
        auto col = row_->parts.find(cols_.name_of(cell.first));
        return col == row_->parts.end() || col->second.count(cell.first) == 0 ||
               col->second.at(cell.first).empty();
    });
}

}  // namespace pira
