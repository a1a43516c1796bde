// A line that reads as a block field but stands inside the cell of the row being built:
// "Peso: 25,00%" under an indicator's name is the row's weight, not the objective's "Peso:"; a
// word alone in a column right of the first ("Risorse") is a wrapped cell's, not a key cell.
#pragma once

#include <cstddef>
#include <vector>

#include "extraction/fields.hpp"
#include "extraction/row_builder.hpp"
#include "extraction/table_columns.hpp"
#include "layout/lines.hpp"

namespace pira {

// Whether line i goes on with the row being built (same page, no row gap) in a column whose
// split, in the profile, takes its text whole: alone, or read with the line below it in the
// same column where a narrow cell wrapped the value under its label ("Peso:" over "100,00%");
// or a word alone on its line in a column right of the table's first.
bool in_row_cell(const std::vector<Line>& lines, std::size_t i, const TableColumns& cols,
                 const RowBuilder& rows);

// Whether `hit`, a key alone whose value would be below it, is a word of the row being built's
// cell instead (see row_cell_fields.cpp).
bool key_in_row_cell(const Line& line, const FieldHit& hit, const TableColumns& cols,
                     const RowBuilder& rows);

}  // namespace pira
