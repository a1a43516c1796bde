// Rows of regular names set without padding (zebra rows, cells centred): no gap and no value
// again says where a row ends when its values are on a line of their own. A reader sees the
// cells begin again: the name after its paragraph ended, beside another text cell of the row,
// both with a capital, once the row has its values.
#include <algorithm>
#include <cctype>

#include "extraction/row_builder.hpp"
#include "extraction/value_alignment.hpp"
#include "model/canonical_table.hpp"
#include "normalise/vocabulary.hpp"

namespace pira {
namespace {

// A word with a capital, not in capitals ("DIPARTIMENTO" / "FUNZIONI" wraps in capitals, and
// so does "DIPARTIMENT" / "O FUNZIONI", cut before its last letter): the letters of the first
// two words are not all capitals.
bool capital(const Span& s) {
    const std::string& t = s.text;
    if (t.empty() || std::isupper(static_cast<unsigned char>(t[0])) == 0) return false;
    std::size_t letters = 0, words = 1;
    for (std::size_t i = 0; i < t.size() && words <= 2; ++i) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (c == ' ') {
            ++words;
        } else if (std::isalpha(c) != 0) {
            if (std::isupper(c) == 0) return true;
            ++letters;
        }
    }
    return letters < 2;
}

}  // namespace

// Every text column the row filled besides the name (its unit aside: a value's) begins again
// on the line with a capital, and no cell of it goes on in lower case: a description or a
// formula going on beside a paragraph's end has lines in lower case, or leaves a column out.
bool RowBuilder::restarts_row(const Cells& cells) const {
    if (!row_ || !row_->plain_name || cells.size() < 2) return false;
    const Span& name = *cells.front().second;
    if (cells.front().first != cols_.name_column() || !capital(name) || !ends_paragraph(name))
        return false;
    const auto text = [&](std::size_t k) {
        const std::string& c = cols_.name_of(k);
        return k != cols_.name_column() && !is_value_column(c) && c != "unit" && !c.empty();
    };
    const auto filled = [&](std::size_t k) {
        const auto col = row_->parts.find(cols_.name_of(k));
        return col != row_->parts.end() && col->second.count(k) != 0 && !col->second.at(k).empty();
    };
    // A cell going on in lower case ("partire dal 30/11" under a wrapped value) is the row's;
    // a unit is in lower case wherever it begins ("n.", "si/" cut before "no").
    const Vocabulary& v = Vocabulary::standard();
    if (std::any_of(cells.begin(), cells.end(), [&](const auto& c) {
            const std::string& t = c.second->text;
            return !t.empty() && std::islower(static_cast<unsigned char>(t[0])) != 0 &&
                   !v.boolean(t) && !v.is_missing(t) && cols_.name_of(c.first) != "unit";
        }))
        return false;
    bool has_values = false, restarted = false;
    for (std::size_t k = 0; k < cols_.columns().size(); ++k) {
        has_values = has_values || (is_value_column(cols_.name_of(k)) && filled(k));
        if (!text(k) || !filled(k)) continue;
        const auto on_line =
            std::find_if(cells.begin(), cells.end(), [&](const auto& c) { return c.first == k; });
        if (on_line == cells.end() || !capital(*on_line->second)) return false;
        restarted = true;
    }
    return has_values && restarted;
}

// Cells centred above the next row's name, before it: a line without a name bringing texts
// that begin again with a capital to columns the row filled, and a value again to one of its
// value columns (a word after a whole number is not its unit going on: "realizzazi", a value
// cut in a narrow cell, under "1"), once the row has its values, is the next row's.
bool RowBuilder::restarts_above_name(const Cells& cells) const {
    if (!row_ || !row_->plain_name || cells.empty() || cells.front().first == cols_.name_column())
        return false;
    const auto text_of = [&](std::size_t k) -> const std::string* {
        const auto col = row_->parts.find(cols_.name_of(k));
        if (col == row_->parts.end() || col->second.count(k) == 0 || col->second.at(k).empty())
            return nullptr;
        return &col->second.at(k);
    };
    const Vocabulary& v = Vocabulary::standard();
    bool text = false, value = false;
    for (const auto& [k, span] : cells) {
        const std::string* before = text_of(k);
        if (before == nullptr) return false;
        const std::string& t = span->text;
        if (is_value_column(cols_.name_of(k))) {
            const bool after_number =
                std::isdigit(static_cast<unsigned char>(before->back())) != 0 ||
                before->back() == '%';
            value = value ||
                    (after_number && !t.empty() &&
                     std::isalpha(static_cast<unsigned char>(t[0])) != 0 && v.unit(t) == nullptr);
        } else if (cols_.name_of(k) != "unit") {
            if (!capital(*span)) return false;
            text = true;
        }
    }
    return text && value;
}

// Text cells centred above the next row's name, a line before it ("Realizzazione" over
// "Sostegno al territorio", its tipologia's "finanziaria" below): a line of text cells only,
// each beginning with a capital in a column the row filled, right above a line whose name
// brings values again (which begins a row) and leaves those columns empty (the centred cell's
// lines straddle the name's), is that row's.
bool RowBuilder::above_next_row(const Line& line, const Cells& cells) const {
    if (!row_ || !row_->plain_name || cells.empty() || cells.front().first == cols_.name_column())
        return false;
    for (const auto& [k, span] : cells) {
        const auto col = row_->parts.find(cols_.name_of(k));
        if (is_value_column(cols_.name_of(k)) || !capital(*span) || col == row_->parts.end() ||
            col->second.count(k) == 0 || col->second.at(k).empty())
            return false;
    }
    const auto i = static_cast<std::size_t>(&line - lines_.data());
    if (i + 1 >= lines_.size() || row_gap_between(line, lines_[i + 1])) return false;
    const Cells below = cols_.cells_of(lines_[i + 1]);
    // (A cell of the same column there begins that row's: the line above ends the row before.)
    const bool straddles = std::none_of(below.begin(), below.end(), [&](const auto& b) {
        return std::any_of(cells.begin(), cells.end(),
                           [&](const auto& c) { return c.first == b.first; });
    });
    return straddles && !below.empty() && below.front().first == cols_.name_column() &&
           capital(*below.front().second) && refills_values(below, 1);
}

// Rows never overlap: a line whose box overlaps the next line's by more than
// `interleaved_overlap` is in that line's row. Where the next line begins a row (values again
// to columns the row filled, none in this line's columns), this line is that row's too, though
// it begins in lower case or holds its name alone: cells centred vertically in rows without
// padding set a taller cell's first line half a line above the row's other cells ("n.ro di
// imprese ..." over "Numero imprese coinvolte dal PID" and its values, "Percorsi per le
// Competenze Trasversali e" over its formula and values), while the row above, all on one line,
// ends above it.
bool RowBuilder::interleaves_next_row(const Line& line, const Cells& cells) const {
    // (Regular names, as for the other restarts: where names are bold, a value wraps under
    // itself beside a bold name going on, "76,07%" over "(194/255)", and the name says rows.)
    if (!row_ || !row_->plain_name || line.record || cells.empty() || last_line_ == nullptr ||
        last_line_->page != line.page)
        return false;
    // Right under the line that gave the row above its values: that row has its cells, so it
    // is whole; further down, a line may be a taller cell's of that row.
    const Cells above = cols_.cells_of(*last_line_);
    if (std::none_of(above.begin(), above.end(),
                     [&](const auto& c) { return is_value_column(cols_.name_of(c.first)); }))
        return false;
    const auto i = static_cast<std::size_t>(&line - lines_.data());
    if (i + 1 >= lines_.size()) return false;
    const Line& next = lines_[i + 1];
    if (next.record || next.page != line.page) return false;
    const double height = std::min(line.y1 - line.y0, next.y1 - next.y0);
    if (line.y1 - next.y0 <= tol_.interleaved_overlap * height) return false;
    const Cells below = cols_.cells_of(next);
    const bool apart = std::none_of(below.begin(), below.end(), [&](const auto& b) {
        return std::any_of(cells.begin(), cells.end(),
                           [&](const auto& c) { return c.first == b.first; });
    });
    return apart && refills_values(below, 1);
}

}  // namespace pira
