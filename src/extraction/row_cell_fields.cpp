#include "extraction/row_cell_fields.hpp"

#include <string>

#include <re2/re2.h>

namespace pira {
namespace {

// The text the next line (same page) holds in column k, first span only: "" if none.
std::string cell_below(const std::vector<Line>& lines, std::size_t i, std::size_t k,
                       const TableColumns& cols) {
    if (i + 1 >= lines.size() || lines[i + 1].page != lines[i].page) return {};
    const Line& next = lines[i + 1];
    if (next.spans.empty() || cols.column_of(next.spans.front(), next) != k) return {};
    return next.spans.front().text;
}

}  // namespace

// The block's own "Peso:" stands above the table or after a row gap: only a line that goes on
// with the row is asked.
bool in_row_cell(const std::vector<Line>& lines, std::size_t i, const TableColumns& cols,
                 const RowBuilder& rows) {
    const Line& line = lines[i];
    if (cols.empty() || line.spans.empty() || !rows.continues_row(line)) return false;
    const Span& first = line.spans.front();
    const auto k = cols.column_of(first, line);
    if (!k) return false;
    // A word alone on its line under a column right of the table's first, the row going on: the
    // first word of a cell wrapped onto a line of its own ("Risorse" over "complessive ..." in
    // the algorithm's column), not a key cell, which stands at the block's left.
    if (*k > 0 && line.spans.size() == 1 && first.words.size() == 1) return true;
    const std::string text = first.text + " " + cell_below(lines, i, *k, cols);
    const Column& col = cols[*k];
    for (const auto& split : cols.table().splits) {
        if ((split.column == col.name || split.column == col.rest_to) &&
            (RE2::FullMatch(first.text, *split.pattern) || RE2::FullMatch(text, *split.pattern)))
            return true;
    }
    return false;
}

// "Performance", the last line but one of "Sistema di Misurazione e Valutazione della" /
// "Performance" / "2025", reads like the key cell "Performance" with its value below: alone on
// a line that goes on with the row being built, in a column after the first, it is that cell's
// line. A block's key cell in a table's group row starts at the table's first column.
bool key_in_row_cell(const Line& line, const FieldHit& hit, const TableColumns& cols,
                     const RowBuilder& rows) {
    if (hit.pending.empty() || !hit.values.empty() || line.spans.size() != 1 || cols.empty() ||
        !rows.continues_row(line))
        return false;
    const auto k = cols.column_of(line.spans.front(), line);
    return k && *k > 0;
}

}  // namespace pira
