#include "extraction/row_builder.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>

#include "common/text.hpp"
#include "extraction/comparator_cells.hpp"
#include "extraction/fields.hpp"
#include "extraction/row_gaps.hpp"
#include "extraction/row_text.hpp"
#include "model/canonical_table.hpp"
#include "normalise/vocabulary.hpp"

namespace pira {
namespace {

// The rest of a number wrapped in a narrow cell: its unit alone under it (">= 150" over "N."),
// or its last thousands ("1" over "000 N.").
bool number_goes_on(const std::string& before, const std::string& t) {
    auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    if (before.empty() || !digit(before.back())) return false;
    const bool unit = std::none_of(t.begin(), t.end(), digit) && t.find(' ') == std::string::npos;
    const bool thousands = t.size() >= 3 && std::all_of(t.begin(), t.begin() + 3, digit) &&
                           (t.size() == 3 || !digit(t[3]));
    return unit || thousands;
}

// A text with a bracket left open ("0,024 (n. 1 contenzioso ... al") goes on in the next line:
// that line's cell is its rest, not a value again.
bool open_bracket(const std::string& t) {
    return std::count(t.begin(), t.end(), '(') > std::count(t.begin(), t.end(), ')');
}

}  // namespace

void RowBuilder::add(const Line& line, TableReport& report) {
    if (!line.record && line.page != gap_page_) {  // once a page, from its first table line
        gap_page_ = line.page;
        page_ = page_cells(lines_, static_cast<std::size_t>(&line - lines_.data()), cols_,
                           tol_.row_gap);
    }
    if (is_footnote(line, report)) return;
    if (line.record) {  // a spreadsheet row is a table row of its own
        flush();
        row_ = Row{{}, {}, line.page, line.ref, false};
    }
    const auto cells = cols_.cells_of(line);
    if (cols_.table().unheaded_columns) {
        for (const Span& s : line.spans) {
            if (!is_comparator_cell(s.text) && !cols_.column_of(s, line))
                report.unheaded.push_back(s.text);
        }
        cols_.remember_cell_starts(cells);
    }
    // A line of such cells only (a note centred above its row's name) says nothing of rows.
    if (cells.empty() && !line.spans.empty()) return;
    const std::size_t name = cols_.name_column();
    const bool has_name = !cells.empty() && cells.front().first == name;
    // In a table of regular names (no font to say it), a line with a name that brings values
    // again to columns the row has filled begins the next row; a name in lower case must bring
    // two ("riforma del sistema camerale" beside a wrapped "31-32 Piano" goes on with its row,
    // "fascicolo d'impresa" with a whole row of values begins one). Where names are bold such
    // a line is a long value wrapped ("0,024 (n. 1 ... al" over "01.01.2020)"); without a name
    // it is wrapped values ("entro" over "31/12/2020").
    // Bold names too, in a table without padding between rows (zebra rows): a name beginning
    // in capitals beside two values again is the next row's.
    const bool gap = (after_row_gap(line) && !paragraph_in_name_cell(cells)) ||
                     starts_next_page_row(line, cells) || (&line == row_begins_at_ && has_name) ||
                     (row_ && row_->plain_name && has_name && !line.record &&
                      refills_values(cells, lower(cells.front().second->text) ? 2 : 1)) ||
                     (has_name && !line.record && restarts_row(cells)) ||
                     (!has_name && !line.record &&
                      (restarts_above_name(cells) || above_next_row(line, cells))) ||
                     (row_ && !row_->plain_name && has_name && !line.record &&
                      !goes_on_lower(cells.front().second->text) && refills_values(cells, 2)) ||
                     // Without a name, two values again (a weight, a target: values do not
                     // wrap) are the next row's, its name below them or, where a page break
                     // cut the row before its name fitted, at the top of the next page.
                     (row_ && !has_name && !line.record && refills_values(cells, 2)) ||
                     (row_ && has_name && ends_bold_name(line, *cells.front().second)) ||
                     (row_ && past_row_middle(line)) || nameless_row(line, has_name, cells) ||
                     interleaves_next_row(line, cells);
    // Cells centred vertically and taller than the row's name begin above it: after a row gap
    // (or before the first row), cells without a name wait for the name below them.
    // Where an empty name is the row above's (a merged cell, `carry`), a row begins there too.
    const bool had_early = !early_.empty();
    const bool carried = cols_.table().carries(cols_.name_of(name));
    if (carried && !line.record && !has_name && (!row_ || gap) && early_.empty()) {
        flush();
        row_ = Row{{}, {}, line.page, line.ref, false};
        row_->plain_name = true;
    } else if (!line.record && !has_name && (!row_ || gap || !early_.empty())) {
        if (early_.empty()) early_y0_ = line.y0;
        for (const auto& [k, span] : cells) append(early_[cols_.name_of(k)][k], span->text);
        early_page_ = line.page;
        last_line_ = &line;
        return;
    }
    last_line_ = &line;
    for (const auto& [k, span] : cells) {
        if (k == name) {
            add_first_cell(*span, line, gap);
            // (Not after a code alone on its line: it may overflow the cell, and its number
            // goes with it, "IS_0106_DFP 4.3", before the name on the line below.)
            const bool code = (span->words.size() < 2 &&
                               span->text.find_first_of("_0123456789") != std::string::npos) ||
                              code_line(*span);
            row_->bold_end = span->bold && !row_->has_regular_name_text && !code ? span->x1 : -1;
        } else {
            const std::size_t c = wrapped_column(*span, k);
            if (c == k) row_->starts.emplace_back(span->x0, k);
            if (c == k && is_value_column(cols_.name_of(k))) row_->ends.emplace_back(span->x1, k);
            append(row_->parts[cols_.name_of(c)][c], span->text);
        }
    }
    note_extent(line, cells, had_early);
}

// A cell's wrapped lines start where its first line starts; a short last line of a wide
// left-aligned cell under a centred header ("digitale condotti dal PID" under a formula that
// began left of "Algoritmo") may have its centre in the neighbour's half. Starting where a cell
// of the next column over began in this row, it is that cell's. Likewise a right-aligned value's
// wrapped unit (">= 0,97" over "N"), short, under the next column: ending where a value cell of
// the row ends, and starting where none of its own column's does, it is that cell's.
std::size_t RowBuilder::wrapped_column(const Span& s, std::size_t k) const {
    const auto near = [&](double a, double b) { return std::abs(a - b) < tol_.cell_start_same; };
    bool own_start = false;
    for (const auto& [x0, c] : row_->starts) {
        const bool neighbour = c + 1 == k || k + 1 == c;
        if (neighbour && near(x0, s.x0)) return c;
        own_start = own_start || (c == k && near(x0, s.x0));
    }
    for (const auto& [x1, c] : row_->ends) {
        if (!own_start && (c + 1 == k || k + 1 == c) && near(x1, s.x1)) return c;
    }
    return k;
}

// A note under the table ("¹ Lo scostamento è dovuto ...", its marker in a cell above) and its
// wrapped lines (single regular spans right below it, starting under its marker or its first
// word) are not rows: the table goes on after it.
bool RowBuilder::is_footnote(const Line& line, TableReport& report) {
    const bool starts =
        !line.record && !line.spans.empty() && superscript_prefix(line.spans.front().text) != 0;
    const double m = tol_.footnote_margin;
    const bool goes_on = in_footnote_ && line.spans.size() == 1 && !line.spans[0].bold &&
                         line.spans[0].x0 > note_x0_ - m && line.spans[0].x0 < note_x1_ + m &&
                         last_line_ != nullptr && line.page == last_line_->page &&
                         !after_row_gap(line, false);
    if (starts) {
        const auto& words = line.spans.front().words;
        note_x0_ = line.spans.front().x0;
        note_x1_ = words.size() > 1 ? words[1].x0 : note_x0_;
    }
    in_footnote_ = starts || goes_on;
    if (!in_footnote_) return false;
    flush();
    if (starts || report.notes.empty()) {
        report.notes.push_back(line.text());
    } else {
        append(report.notes.back(), line.text());
    }
    last_line_ = &line;
    return true;
}

// In a table of regular names, a line without a name bringing values again to three columns
// or more (weight, baseline, targets: "15 %", "1", "1", "1" under "10 %", "entro 31/12/2020"...)
// is a row whose name cell is empty, not its values wrapped (a value wraps in one column, two
// at most): it is reported as a row without a name, not glued to the row above.
bool RowBuilder::nameless_row(const Line& line, bool has_name, const Cells& cells) const {
    if (!row_ || !row_->plain_name || has_name || line.record || !refills_values(cells, 3))
        return false;
    // And a text again (its formula), in a whole row's cells: half the columns the row filled.
    std::size_t texts = 0;
    for (const auto& [k, span] : cells) {
        const auto col = row_->parts.find(cols_.name_of(k));
        if (!is_value_column(cols_.name_of(k)) && col != row_->parts.end() && col->second.count(k))
            ++texts;
    }
    std::size_t filled = 0;
    for (const auto& [column, parts] : row_->parts) filled += parts.size();
    return texts > 0 && 2 * cells.size() >= filled;
}

// A line bringing cells again to two or more columns the row has already filled, one of them a
// value's: a cut row's texts (its tipologia, its formula) go on, but a value does not wrap
// (unless it is words going on in lower case: "accorpamento" under "in attesa", or the rest of
// the number above it in a narrow cell: ">= 150" over "N.", "1" over "000 N.").
bool RowBuilder::refills_values(const Cells& cells, std::size_t min_values,
                                std::size_t min_refilled) const {
    std::size_t refilled = 0, values = 0;
    for (const auto& [k, span] : cells) {
        auto col = row_->parts.find(cols_.name_of(k));
        // A comparator alone ("<=", "entro") waits for its value: the column is not filled.
        if (k == cols_.name_column() || col == row_->parts.end() || col->second.count(k) == 0 ||
            col->second.at(k).empty() || is_comparator_only(col->second.at(k)) ||
            open_bracket(col->second.at(k)))
            continue;
        ++refilled;
        // "si", "no", "n.d." are values in lower case, not words going on.
        const Vocabulary& v = Vocabulary::standard();
        const auto& t = span->text;
        const bool marker = v.boolean(t) || v.is_missing(t);
        // A value's bracket wrapped under it ("76,07 %" over "(194/255)") says how it was
        // counted: the same value's, not a value again.
        if (is_value_column(cols_.name_of(k)) && (!lower(t) || marker) &&
            !number_goes_on(col->second.at(k), t) && !t.starts_with('('))
            ++values;
    }
    return refilled >= min_refilled && values >= min_values;
}

void RowBuilder::flush() {
    if (!row_) return;
    if (!row_->pending_name.empty()) {  // no italic description came: they were its description
        const Column& c = cols_[cols_.name_column()];
        append(row_->parts[c.rest_to.empty() ? c.name : c.rest_to][cols_.name_column()],
               row_->pending_name);
    }
    Row r = std::move(*row_);
    row_.reset();
    r.name_unsplit = unsplit(r);
    emit_(std::move(r));
}

std::optional<OrphanCells> RowBuilder::close() {
    flush();
    name_right_ = 0;
    ahead_page_ = 0;
    gap_page_ = 0;
    row_begins_at_ = nullptr;
    last_line_ = nullptr;
    top_aligned_ = false;
    std::map<std::size_t, std::string> by_place;
    for (const auto& [col, by_column] : early_) {
        for (const auto& [k, text] : by_column) append(by_place[k], text);
    }
    early_.clear();
    std::string cells;
    for (const auto& [k, text] : by_place) cells += (cells.empty() ? "" : " | ") + text;
    if (cells.empty()) return std::nullopt;
    return OrphanCells{cells, early_page_};
}

}  // namespace pira
