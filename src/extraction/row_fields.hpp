// Stage 4 of a table: a built row's fields. Cells holding several columns are taken apart by
// the profile's patterns ("code - name (Peso: 25,00%)"), texts one canonical column got from
// several table columns are joined, the first target year's comparator goes on to the later
// years, and blocks without a code get one from the profile's template.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "extraction/profile.hpp"
#include "extraction/row_builder.hpp"

namespace pira {

// The profile's splits on each table column's own text, before the texts are joined: a part
// the pattern does not give back to the cell is cut out of it.
void split_parts(Row& row, const ProfileTable& table);
// Row::cells from Row::parts, the table's order, "; " between table columns.
void join_parts(Row& row);
// The row's non-empty cells, "cell | cell": what a message shows of a row it does not keep.
std::string cells_text(const Row& row);
// ">= 80%" in Target 2026, "85%" in Target 2027: the later year is ">= 85%".
void carry_comparators(Row& row);
// A header's comparator ("Target 2026 (>=)") before its column's values that have none.
void apply_header_comparators(Row& row, const std::vector<Column>& columns);

// "PO{year}_{block}" -> "PO2020_01"; "PT{year}_{mission}_{programme}" -> "PT2020_011_005":
// {year} is the table's first target year, {block} the block's number, others block fields.
std::string generated_code(std::string_view code_template, int block, const std::string& year,
                           const std::map<std::string, std::string>& fields);

}  // namespace pira
