// Stage 5 of a table: field emission. A built row (its cells split and joined by row_fields)
// becomes a canonical row: its block's fields, its section, the objective code the profile's
// template gives a block without one, the header's comparators, the ente and its source
// (file#page=N or file#Sheet!A12). Then, once the document is read, every row is padded to
// the table's columns and given the plan's year when no field said it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "extraction/block_fields.hpp"
#include "extraction/header_model.hpp"
#include "extraction/profile.hpp"
#include "extraction/row_builder.hpp"
#include "model/canonical_table.hpp"

namespace pira {

// What a row is emitted with, besides its own cells.
struct RowContext {
    const Profile& profile;
    const std::string& file;
    const BlockFields& block;
    const std::map<std::string, std::string>& sections;  // column -> section name
    const std::vector<Column>& columns;                  // the table's, for their comparators
    const std::string& name_column;                      // the row's indicator-name cell
};

// Appends the row to `out`, or warns (row_without_indicator) and returns false when the row
// has no indicator name: a note row or a blank separator is said, not kept.
bool emit_row(Row& row, const RowContext& ctx, CanonicalTable& out, Diagnostics& diags);

// The place a message about a PDF page (or a sheet cell, `ref`) gives.
Place extraction_place(const std::string& file, int page, const std::string& ref);

// A later table's header may name columns the earlier rows lacked: every row gets a cell,
// empty, in each (with its row's place).
void pad_rows(CanonicalTable& table);

// The reference year of an extracted plan, when no field gives it: its first target year.
std::string first_target_year(const CanonicalTable& table);
void set_year_from_targets(CanonicalTable& table);

}  // namespace pira
