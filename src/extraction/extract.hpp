// Profile-driven extraction, in a fixed sequence (in the manner of Camelot; docs/extraction.md):
// lines of every page -> block fields (block_fields) -> for each table: its header
// (header_model), its columns (table_columns), its rows (row_builder), their fields
// (row_fields) -> canonical rows, each with its block's fields and its source (file#page=N).
// A report per table (table_report) says what was read and what was skipped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "extraction/detection.hpp"
#include "extraction/profile.hpp"
#include "extraction/table_report.hpp"
#include "layout/lines.hpp"
#include "model/canonical_table.hpp"

namespace pira {

struct Extraction {
    CanonicalTable table;
    std::vector<TableReport> tables;
};

Extraction extract(const std::string& file, const std::vector<Line>& lines, const Profile& profile,
                   Diagnostics& diags);

}  // namespace pira
