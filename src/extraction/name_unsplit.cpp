// Row building, the name's cell: whether it told a regular name from its description at all
// (name_description_unsplit), and whether that description has a column of its own.
#include "common/text.hpp"
#include "extraction/row_builder.hpp"
#include "extraction/row_fields.hpp"

namespace pira {

// Whether the words the name's cell would give its rest_to column have a column of their own
// under a header of the table ("Descrizione" beside "Indicatore"), besides the algorithm's.
bool RowBuilder::own_rest_column() const {
    const Column& c = cols_[cols_.name_column()];
    if (c.rest_to.empty()) return false;
    std::size_t fed = 0;
    for (const auto& col : cols_.columns()) {
        if (col.name == c.rest_to && col.description) return true;  // "Descrizione"
        fed += col.name == c.rest_to ? 1 : 0;
    }
    return fed >= 2;
}

// A regular name whose cell was to hold its description (the profile's rest_to, no column of
// its own) and gave it nothing: neither bold nor italics (italic words inside a name end
// nothing) nor a paragraph's end told where the name ends, so the whole text stayed in the name.
// Where it ends is then a reading of the words, which pira does not guess: the row is said
// (name_description_unsplit), nothing lost. What the profile's splits take out of that text to
// other columns is no description ("Peso: 100,00 %", the indicator's weight in a paragraph of its
// own after a name whose last line was full): only the rest counts.
bool RowBuilder::unsplit(const Row& r) const {
    const Column& c = cols_[cols_.name_column()];
    // (A workbook's cell is the name's whole: a sheet gives a description a cell of its own.)
    if (c.rest_to.empty() || c.rest_to == c.name || !r.plain_name || r.italic_name ||
        !r.ref.empty() || own_rest_column())
        return false;
    auto text = [&](const Row& row, const std::string& col) {
        const auto by_column = row.parts.find(col);
        if (by_column == row.parts.end()) return std::string{};
        const auto t = by_column->second.find(cols_.name_column());
        return t == by_column->second.end() ? std::string{} : t->second;
    };
    if (text(r, c.name).empty()) return false;
    if (text(r, c.rest_to).empty()) return true;
    Row split = r;
    split_parts(split, cols_.table());
    return trim(text(split, c.rest_to)).empty();
}

}  // namespace pira
