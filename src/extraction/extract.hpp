// Profile-driven extraction, in a fixed sequence (in the manner of Camelot): lines of every page
// -> labelled fields of the current block -> the indicator table (its header found by the
// profile's headers, wrapped headers joined; columns from the headers' positions; rows begun by
// a bold indicator name, wrapped cells joined) -> canonical rows, each with its block's fields
// and its source (file#page=N). A report per table says what was read and what was skipped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "extraction/profile.hpp"
#include "layout/lines.hpp"
#include "model/canonical_table.hpp"

namespace pira {

struct TableReport {
    int page = 0;
    std::string where;  // the header's sheet cell ("PIRA 2026!A7") for spreadsheets
    std::size_t rows = 0;
    std::vector<std::string> unknown_headers;  // headers no profile column names: skipped
    std::vector<std::string> notes;            // footnotes under the table ("¹ Lo scostamento...")
    // Cells under no header ("PIRA" in a column whose header cell is empty): not kept.
    std::vector<std::string> unheaded;
    // Headers left empty in a repeated header row, taken from the table's previous header.
    std::vector<std::string> inherited_headers;
};

struct Extraction {
    CanonicalTable table;
    std::vector<TableReport> tables;
};

// The lines' texts, one per line: what detection searches, built once for every profile.
std::string document_text(const std::vector<Line>& lines);

// Share (0..1) of the profile's detection phrases found in the document.
double detection_confidence(const Profile& profile, std::string_view document);
double detection_confidence(const Profile& profile, const std::vector<Line>& lines);

Extraction extract(const std::string& file, const std::vector<Line>& lines, const Profile& profile,
                   Diagnostics& diags);

}  // namespace pira
