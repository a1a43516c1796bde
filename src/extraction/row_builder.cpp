#include "extraction/row_builder.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>

#include "common/text.hpp"
#include "extraction/comparator_cells.hpp"
#include "extraction/fields.hpp"
#include "model/canonical_table.hpp"
#include "normalise/vocabulary.hpp"

namespace pira {
namespace {

// A word of symbols only ("≤", "≥", "-") carries no font cue of its own: a producer may set it
// in a fallback font without bold. Between bold words it is the bold name's.
bool bold_in_name(const std::vector<SpanWord>& words, std::size_t i) {
    if (words[i].bold) return true;
    const std::string& t = words[i].text;
    const bool symbols = std::none_of(t.begin(), t.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0;  // ASCII letters, digits
    });
    return symbols && i > 0 && words[i - 1].bold && i + 1 < words.size() && words[i + 1].bold;
}

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

bool lower(const std::string& t) {
    return !t.empty() && std::islower(static_cast<unsigned char>(t[0])) != 0;
}

// A text with a bracket left open ("0,024 (n. 1 contenzioso ... al") goes on in the next line:
// that line's cell is its rest, not a value again.
bool open_bracket(const std::string& t) {
    return std::count(t.begin(), t.end(), '(') > std::count(t.begin(), t.end(), ')');
}

// A text going on in lower case: its first word in lower case and not a code ("oc_DTDE_02 -
// Azioni ..." begins a name, as a capital does).
bool goes_on_lower(const std::string& t) {
    if (!lower(t)) return false;
    const std::string first = t.substr(0, t.find(' '));
    return std::none_of(first.begin(), first.end(), [](char c) {
        return c == '_' || std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
}

// Columns of values (a number, a date, si/no), which do not wrap, unlike names and texts.
bool is_value_column(const std::string& c) {
    return is_target_year_column(c) || c == "target" || c == "baseline" || c == "actual" ||
           c == "weight" || c == "performance";
}

}  // namespace

void RowBuilder::add(const Line& line, TableReport& report) {
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
    const bool gap = after_row_gap(line) || starts_next_page_row(line, cells) ||
                     (row_ && row_->plain_name && has_name && !line.record &&
                      refills_values(cells, lower(cells.front().second->text) ? 2 : 1)) ||
                     (row_ && !row_->plain_name && has_name && !line.record &&
                      !goes_on_lower(cells.front().second->text) && refills_values(cells, 2));
    // Cells centred vertically and taller than the row's name begin above it: after a row gap
    // (or before the first row), cells without a name wait for the name below them.
    // Where an empty name is the row above's (a merged cell, `carry`), a row begins there too.
    const bool carried = cols_.table().carries(cols_.name_of(name));
    if (carried && !line.record && !has_name && (!row_ || gap) && early_.empty()) {
        flush();
        row_ = Row{{}, {}, line.page, line.ref, false};
        row_->plain_name = true;
    } else if (!line.record && !has_name && (!row_ || gap || !early_.empty())) {
        for (const auto& [k, span] : cells) append(early_[cols_.name_of(k)][k], span->text);
        early_page_ = line.page;
        last_line_ = &line;
        return;
    }
    last_line_ = &line;
    for (const auto& [k, span] : cells) {
        if (k == name) {
            add_first_cell(*span, line, gap);
        } else {
            const std::size_t c = wrapped_column(*span, k);
            if (c == k) row_->starts.emplace_back(span->x0, k);
            append(row_->parts[cols_.name_of(c)][c], span->text);
        }
    }
}

// A cell's wrapped lines start where its first line starts; a short last line of a wide
// left-aligned cell under a centred header ("digitale condotti dal PID" under a formula that
// began left of "Algoritmo") may have its centre in the neighbour's half. Starting where a cell
// of the next column over began in this row, it is that cell's.
std::size_t RowBuilder::wrapped_column(const Span& s, std::size_t k) const {
    for (const auto& [x0, c] : row_->starts) {
        const bool neighbour = c + 1 == k || k + 1 == c;
        if (neighbour && std::abs(x0 - s.x0) < tol_.cell_start_same) return c;
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
                         !after_row_gap(line);
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

// A line after the gap that closes a row (cell padding) begins the next visual row.
bool RowBuilder::after_row_gap(const Line& line) const {
    return last_line_ != nullptr && last_line_->page == line.page &&
           line.y0 - last_line_->y1 > tol_.row_gap * (line.y1 - line.y0);
}

// A table going on over a page break, without its header: a row cut by the break goes on at
// the top of the page (its long texts), unless a name or refilled values say the next row
// begins there.
bool RowBuilder::starts_next_page_row(const Line& line, const Cells& cells) const {
    if (!row_ || last_line_ == nullptr || last_line_->page == line.page) return false;
    const bool named = !cells.empty() && cells.front().first == cols_.name_column();
    // A name going on in lower case ("obblighi normativi") is the cut row's, whatever its other
    // cells: a descriptive value wraps too ("valore non ancora" / "disponibile").
    if (named && lower(cells.front().second->text)) return false;
    if (refills_values(cells)) return true;
    if (named) return name_begins_row(cells);
    // Cells only in columns the cut row left empty, going on in lower case (its formula
    // carried over the break, its values on the page before), are that row's: the next row's
    // cells centred above its name would come to columns the cut row has filled, or begin
    // with a capital ("Output" above "Terzo").
    const bool going_on = std::all_of(cells.begin(), cells.end(),
                                      [](const auto& c) { return lower(c.second->text); });
    if (!cells.empty() && going_on && fills_only_empty(cells)) return false;
    // Cells centred vertically begin above their name ("Realizzazione" over the name's line):
    // the first line below with a name, in the same row (no row gap before it), says whether
    // they are a new row's.
    const auto i = static_cast<std::size_t>(&line - lines_.data());
    const auto last = i + static_cast<std::size_t>(tol_.next_page_lookahead);
    for (std::size_t j = i + 1; j < lines_.size() && j <= last; ++j) {
        const Line& l = lines_[j];
        if (l.page != line.page || l.y0 - lines_[j - 1].y1 > tol_.row_gap * (l.y1 - l.y0)) break;
        const Cells below = cols_.cells_of(lines_[j]);
        if (!below.empty() && below.front().first == cols_.name_column()) {
            return name_begins_row(below);
        }
    }
    return false;
}

// A name at the top of a page begins a new row: a bold one (or a regular one, in a table of
// regular names) when the last row's name ended above the foot of the page before.
bool RowBuilder::name_begins_row(const Cells& cells) const {
    const Span& name = *cells.front().second;
    if (name.words.empty() || (!name.words.front().bold && !row_->plain_name)) return false;
    if (name_line_ != last_line_) return true;
    // Regular names give no type to tell a cut name from the next one; but a name and another
    // cell both beginning with a capital begin a row anew ("Costi di ..." beside "Costi di
    // ..."), where a cut row goes on mid-sentence.
    auto capital = [](const Span* s) {
        return !s->text.empty() && std::isupper(static_cast<unsigned char>(s->text[0])) != 0;
    };
    return row_->plain_name && capital(&name) &&
           std::any_of(cells.begin() + 1, cells.end(),
                       [&](const auto& c) { return capital(c.second); });
}

bool RowBuilder::fills_only_empty(const Cells& cells) const {
    return std::all_of(cells.begin(), cells.end(), [&](const auto& cell) {
        auto col = row_->parts.find(cols_.name_of(cell.first));
        return col == row_->parts.end() || col->second.count(cell.first) == 0 ||
               col->second.at(cell.first).empty();
    });
}

// A line bringing cells again to two or more columns the row has already filled, one of them a
// value's: a cut row's texts (its tipologia, its formula) go on, but a value does not wrap
// (unless it is words going on in lower case: "accorpamento" under "in attesa", or the rest of
// the number above it in a narrow cell: ">= 150" over "N.", "1" over "000 N.").
bool RowBuilder::refills_values(const Cells& cells, std::size_t min_values) const {
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
        if (is_value_column(cols_.name_of(k)) && (!lower(t) || marker) &&
            !number_goes_on(col->second.at(k), t))
            ++values;
    }
    return refilled >= 2 && values >= min_values;
}

// Bold words open an indicator (its name); a bold start after description words, or after a
// row gap (or at the top of a page, see starts_next_page_row), is the next indicator. Regular
// words go to the column the profile names for them (the formula). In a table whose names are
// regular type (Prato's schede), only the row gap tells the next indicator.
void RowBuilder::add_first_cell(const Span& s, const Line& line, bool after_gap) {
    const bool starts_bold = !s.words.empty() && s.words.front().bold;
    if (!row_ || !early_.empty() || (starts_bold && (row_->has_regular_name_text || after_gap)) ||
        (!starts_bold && after_gap && row_->plain_name)) {
        flush();
        row_ = Row{std::exchange(early_, {}), {}, line.page, line.ref, false};
    }
    name_line_ = &line;
    name_right_ = std::max(name_right_, s.x1);
    const Column& c = cols_[cols_.name_column()];
    const bool any_bold =
        std::any_of(s.words.begin(), s.words.end(), [](const SpanWord& w) { return w.bold; });
    std::string& name = row_->parts[c.name][cols_.name_column()];
    const bool any_italic =
        std::any_of(s.words.begin(), s.words.end(), [](const SpanWord& w) { return w.italic; });
    const std::string& rest = c.rest_to.empty() ? c.name : c.rest_to;
    // A regular name wrapped over two lines, its description in italics below: the second
    // line is still the name's when the next name-column cell of the row is italic.
    const bool name_goes_on = !any_bold && !any_italic && !name.empty() &&
                              !row_->has_regular_name_text && italic_below(line);
    const bool italic_line =
        any_italic && (!s.words.front().italic || (row_->plain_name && !name.empty()));
    if (!any_bold && (row_->italic_cue || name_goes_on || italic_line)) {
        // A regular name, its description in italics: the font tells them apart as bold does.
        // The description is the italic run ending the span: italic words before regular ones
        // are the name's own ("Grado di <i>auto finanziamento</i> dell'auditorium").
        row_->plain_name = row_->italic_cue = true;
        append(name, std::exchange(row_->pending_name, {}));
        std::size_t from = s.words.size();
        while (from > 0 && s.words[from - 1].italic) --from;
        for (std::size_t k = 0; k < s.words.size(); ++k) {
            if (k < from && !row_->has_regular_name_text) {
                append(name, s.words[k].text);
            } else {
                row_->has_regular_name_text = true;
                append(row_->parts[rest][cols_.name_column()], s.words[k].text);
            }
        }
        return;
    }
    // A regular name wrapped over lines, its description in a column of its own: the cell is
    // all name, as is a plain spreadsheet cell (no bold name to tell it from a description).
    const bool own_rest = std::any_of(cols_.columns().begin(), cols_.columns().end(),
                                      [&](const Column& o) { return o.name == c.rest_to; });
    if (!any_bold && (name.empty() || (row_->plain_name && own_rest))) {
        row_->plain_name = true;
        append(name, s.text);
        note_name_line(s);
        return;
    }
    if (!any_bold && !any_italic && row_->plain_name && !row_->has_regular_name_text) {
        // A regular name wrapped in its cell: no font cue, so the lines are the name's while
        // its description has a column of its own ("Descrizione" beside "Indicatore"), or
        // until a line ends its paragraph (the description begins in a paragraph of its own).
        if (row_->pending_name.empty() && (own_rest_column() || !ends_paragraph(s))) {
            append(name, s.text);
            note_name_line(s);
            return;
        }
        // After the paragraph's end (and the lines that go on with it): the name's still if an
        // italic description follows (the italic branch above takes them), the description's
        // otherwise (at the row's end).
        if (rest != c.name) {
            append(row_->pending_name, s.text);
            return;
        }
        row_->has_regular_name_text = true;
    }
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        const SpanWord& w = s.words[i];
        if (bold_in_name(s.words, i) && !row_->has_regular_name_text) {
            append(name, w.text);
        } else {
            row_->has_regular_name_text = true;
            append(row_->parts[c.rest_to.empty() ? c.name : c.rest_to][cols_.name_column()],
                   w.text);
        }
    }
}

// Whether the next line of the row with a cell in the name column (same page, no row gap)
// begins in italics.
bool RowBuilder::italic_below(const Line& line) const {
    const auto i = static_cast<std::size_t>(&line - lines_.data());
    const auto last = i + static_cast<std::size_t>(tol_.name_font_lookahead);
    for (std::size_t j = i + 1; j < lines_.size() && j <= last; ++j) {
        const Line& l = lines_[j];
        if (l.page != line.page || l.y0 - lines_[j - 1].y1 > tol_.row_gap * (l.y1 - l.y0)) break;
        const Cells below = cols_.cells_of(l);
        if (below.empty() || below.front().first != cols_.name_column()) continue;
        const auto& words = below.front().second->words;
        return !words.empty() && words.front().italic;
    }
    return false;
}

// Whether the words the name's cell would give its rest_to column have a column of their own
// under a header of the table ("Descrizione" beside "Indicatore"), besides the algorithm's.
bool RowBuilder::own_rest_column() const {
    const Column& c = cols_[cols_.name_column()];
    if (c.rest_to.empty()) return false;
    std::size_t fed = 0;
    for (const auto& col : cols_.columns()) fed += col.name == c.rest_to ? 1 : 0;
    return fed >= 2;
}

void RowBuilder::note_name_line(const Span& s) {
    // The first line only: a code, one word, maybe with a number ("IS_0106_DFP 4.3").
    const bool code = std::all_of(s.words.begin() + (s.words.empty() ? 0 : 1), s.words.end(),
                                  [](const SpanWord& w) {
                                      return std::none_of(w.text.begin(), w.text.end(), [](char c) {
                                          return std::isalpha(static_cast<unsigned char>(c)) != 0;
                                      });
                                  });
    row_->name_one_word = row_->name_end < 0 && code;
    row_->name_end = s.x1;
}

// The last name line ended its paragraph when this line's first word would have fitted after
// it, in the widest line the column has shown: a line wraps only when the next word does not
// fit. Not after a first line of one word, or one word and numbers (a code set on a line of its
// own above the name).
bool RowBuilder::ends_paragraph(const Span& s) const {
    if (row_->name_end < 0 || row_->name_one_word || s.words.empty()) return false;
    const SpanWord& w = s.words.front();
    if (w.x1 <= w.x0) return false;  // a spreadsheet cell: no places
    const double space = s.words.size() > 1 ? s.words[1].x0 - w.x1 : 0.3 * (w.x1 - w.x0);
    return row_->name_end + std::max(space, 0.0) + (w.x1 - w.x0) < name_right_ - 0.5;
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
    emit_(std::move(r));
}

std::optional<OrphanCells> RowBuilder::close() {
    flush();
    name_right_ = 0;
    last_line_ = nullptr;
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
