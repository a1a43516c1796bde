// Row building, the name's cell: where a row begins at its first cell (a bold name, a regular
// one after a row gap), which words of that cell are the name and which its description
// (bold, italics, a paragraph's end, a description column of its own), a name at a page top
// beginning the next row. RowBuilder's other half is row_builder.cpp; whether a name's cell
// told its description apart at all, name_unsplit.cpp.
#include <algorithm>
#include <cctype>
#include <utility>

#include "common/text.hpp"
#include "extraction/fields.hpp"
#include "extraction/row_builder.hpp"
#include "extraction/row_text.hpp"

namespace pira {
namespace {

// A word of symbols only ("≤", "≥", "-") carries no font cue of its own: a producer may set it
// in a fallback font without bold. Between bold words it is the bold name's, first on its line
// too when the bold name goes on from the line above (`name_going`: "(MEF):" over "≤ 0").
bool bold_in_name(const std::vector<SpanWord>& words, std::size_t i, bool name_going) {
    if (words[i].bold) return true;
    const std::string& t = words[i].text;
    const bool symbols = std::none_of(t.begin(), t.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0;  // ASCII letters, digits
    });
    const bool after_bold = i > 0 ? words[i - 1].bold : name_going;
    return symbols && after_bold && i + 1 < words.size() && words[i + 1].bold;
}

// A name opened by its code and a dash ("01_01_OS01_05_2025 - Grado ..."): a name going on
// or a description goes on mid-sentence, not with a code.
bool opens_with_code(const std::string& t) {
    const auto space = t.find(' ');
    return space != std::string::npos && t.substr(0, space).find('_') != std::string::npos &&
           t.compare(space, 3, " - ") == 0;
}

}  // namespace

// Bold words open an indicator (its name); a bold start after description words, or after a
// row gap (or at the top of a page, see starts_next_page_row), is the next indicator. Regular
// words go to the column the profile names for them (the formula). In a table whose names are
// regular type (Prato's schede), only the row gap tells the next indicator.
void RowBuilder::add_first_cell(const Span& s, const Line& line, bool after_gap) {
    // Regular names with no row gap between rows (thin padding): a code and a dash open the
    // next row's name, as a row gap would.
    const Column& c0 = cols_[cols_.name_column()];
    const bool starts_bold = !s.words.empty() && s.words.front().bold;
    if (!row_ || !early_.empty() || (starts_bold && (row_->has_regular_name_text || after_gap)) ||
        (!starts_bold && after_gap && row_->plain_name) ||
        (!starts_bold && row_->plain_name && !row_->parts[c0.name][cols_.name_column()].empty() &&
         opens_with_code(s.text))) {
        flush();
        row_ = Row{std::exchange(early_, {}), {}, line.page, line.ref, false};
    }
    name_line_ = &line;
    // A code cannot break: set alone on its line it may overflow a narrow cell, so its width
    // says nothing of where the cell's lines wrap.
    if (!code_line(s)) name_right_ = std::max(name_right_, s.x1);
    if (ahead_page_ != line.page) {  // once a page: the column's widest line there
        ahead_page_ = line.page;
        name_right_ = std::max(name_right_, widest_name_ahead(line, !starts_bold));
    }
    const Column& c = cols_[cols_.name_column()];
    const bool any_bold =
        std::any_of(s.words.begin(), s.words.end(), [](const SpanWord& w) { return w.bold; });
    std::string& name = row_->parts[c.name][cols_.name_column()];
    const bool any_italic =
        std::any_of(s.words.begin(), s.words.end(), [](const SpanWord& w) { return w.italic; });
    const std::string& rest = c.rest_to.empty() ? c.name : c.rest_to;
    // An italic name over a regular description: the font tells them apart, whatever the
    // lines' widths (a name filling its cell ends no paragraph by width).
    if (row_->italic_name && !any_bold && !name.empty() && !row_->has_regular_name_text &&
        !row_->italic_cue && row_->pending_name.empty()) {
        const bool goes_on = s.words.front().italic;  // the name's next line, in italics
        row_->has_regular_name_text = !goes_on;
        append(goes_on ? name : row_->parts[rest][cols_.name_column()], s.text);
        return;
    }
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
    // A regular name's first line opens the row; the lines below are the name's until its
    // paragraph ends (below), even beside an algorithm column: the description may share the
    // name's cell ("Misura la capacità" after a short "... di CRM").
    if (!any_bold && name.empty()) {
        row_->italic_name = s.words.front().italic;
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
    const bool name_going = !name.empty() && !row_->has_regular_name_text;
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        const SpanWord& w = s.words[i];
        if (bold_in_name(s.words, i, name_going) && !row_->has_regular_name_text) {
            append(name, w.text);
        } else {
            row_->has_regular_name_text = true;
            append(row_->parts[c.rest_to.empty() ? c.name : c.rest_to][cols_.name_column()],
                   w.text);
        }
    }
}

// A name at the top of a page begins a new row: a bold one (or a regular one, in a table of
// regular names) when the last row's name ended above the foot of the page before.
bool RowBuilder::name_begins_row(const Cells& cells) const {
    const Span& name = *cells.front().second;
    if (name.words.empty() || (!name.words.front().bold && !row_->plain_name)) return false;
    // Regular names opened by their code: a line without one is the cut row's (its
    // description carried over the break), the next row's name would open with its code.
    const auto names = row_->parts.find(cols_[cols_.name_column()].name);
    const bool cut_coded = names != row_->parts.end() && names->second.count(cols_.name_column()) &&
                           opens_with_code(names->second.at(cols_.name_column()));
    if (row_->plain_name && cut_coded && !opens_with_code(name.text)) return false;
    if (name_line_ != last_line_) return true;
    // Italic names over regular descriptions: italics again after the cut row's description
    // are the next row's name (the cut row's name cannot come back after its description).
    const bool described = row_->has_regular_name_text || !row_->pending_name.empty();
    if (row_->italic_name && described && name.words.front().italic) return true;
    // And regular names over italic descriptions: regular type again after the cut row's
    // italic description is the next row's name (a description goes on in italics).
    const SpanWord& first = name.words.front();
    if (row_->italic_cue && row_->has_regular_name_text && !first.italic && !first.bold)
        return true;
    // Regular names give no type to tell a cut name from the next one; but a name and another
    // cell both beginning with a capital begin a row anew ("Costi di ..." beside "Costi di
    // ..."), where a cut row goes on mid-sentence.
    auto capital = [](const Span* s) {
        return !s->text.empty() && std::isupper(static_cast<unsigned char>(s->text[0])) != 0;
    };
    // A name opened by its code and a dash ("01_01_OS01_05_2025 - Grado ...") begins a row
    // alone: a cut name goes on mid-sentence, not with a code.
    // So does a name with a capital beside a value again in a column whose value the cut row
    // completed ("Contenziosi ..." beside "0,024 (n." under the cut row's "N.D."): a value
    // going on over the break would go on its own first line ("0,32% -" / "3,2 ogni"), its
    // bracket left open, or in lower case. The cells may be the name line's and those of the
    // lines above it at the page's top (cells centred above their name: "Numero di ...").
    const bool coded = opens_with_code(name.text);
    return row_->plain_name &&
           (coded ||
            (capital(&name) && (std::any_of(cells.begin() + 1, cells.end(),
                                            [&](const auto& c) { return capital(c.second); }) ||
                                refills_values(cells, 1, 1))));
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

void RowBuilder::note_name_line(const Span& s) {
    // The first line only: a code ("Promozione", "PID", a word alone, is a name like any other).
    const bool code = code_line(s);
    row_->name_one_word = row_->name_end < 0 && code;
    row_->name_end = s.x1;
}

}  // namespace pira
