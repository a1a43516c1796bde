// Rows of regular names set without padding (zebra rows, cells centred): no gap and no value
// again says where a row ends when its values are on a line of their own. A reader sees the
// cells begin again: the name after its paragraph ended, beside another text cell of the row,
// both with a capital, once the row has its values.
#include <algorithm>
#include <cctype>

#include "extraction/row_builder.hpp"
#include "extraction/value_alignment.hpp"
#include "normalise/vocabulary.hpp"

namespace pira {
namespace {

// A word with a capital, not in capitals ("DIPARTIMENTO" / "FUNZIONI" wraps in capitals).
bool capital(const Span& s) {
    const std::string& t = s.text;
    if (t.empty() || std::isupper(static_cast<unsigned char>(t[0])) == 0) return false;
    return t.size() < 2 || std::isupper(static_cast<unsigned char>(t[1])) == 0;
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
        return k != cols_.name_column() && !is_value_column_name(c) && c != "unit" && !c.empty();
    };
    const auto filled = [&](std::size_t k) {
        const auto col = row_->parts.find(cols_.name_of(k));
        return col != row_->parts.end() && col->second.count(k) != 0 && !col->second.at(k).empty();
    };
    // A cell going on in lower case ("partire dal 30/11" under a wrapped value) is the row's.
    const Vocabulary& v = Vocabulary::standard();
    if (std::any_of(cells.begin(), cells.end(), [&](const auto& c) {
            const std::string& t = c.second->text;
            return !t.empty() && std::islower(static_cast<unsigned char>(t[0])) != 0 &&
                   !v.boolean(t) && !v.is_missing(t);
        }))
        return false;
    bool has_values = false, restarted = false;
    for (std::size_t k = 0; k < cols_.columns().size(); ++k) {
        has_values = has_values || (is_value_column_name(cols_.name_of(k)) && filled(k));
        if (!text(k) || !filled(k)) continue;
        const auto on_line =
            std::find_if(cells.begin(), cells.end(), [&](const auto& c) { return c.first == k; });
        if (on_line == cells.end() || !capital(*on_line->second)) return false;
        restarted = true;
    }
    return has_values && restarted;
}

}  // namespace pira
