// Before anything is written, every row of a table is checked and turned into its identity
// (ente, year, objective, indicator) and its facts (each value as written and in machine form).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"

namespace pira {

struct Fact {
    std::string field;       // canonical column name
    std::string text;        // as written
    std::string value;       // machine form
    std::string source_ref;  // where it came from when not the row's own (a mapping)
};

struct CheckedRow {
    std::string ente, objective_code, indicator_key, stable_id, source_ref;
    int year = 0;
    bool coded = false;  // the key is a canonical indicator code, not a folded name
    std::size_t line = 0;
    std::vector<Fact> facts;
};

struct CheckedTable {
    std::string ente, title;  // the document: its chamber and title (`document` or file name)
    std::optional<int> year;  // empty when the rows span several years
    std::vector<CheckedRow> rows;
};

// nullopt when any row has an error (all of them are reported). With `cell_sources`, each
// fact's source is its own cell ("file#Indicatori!M5") rather than the row's source_ref.
std::optional<CheckedTable> check_rows(const CanonicalTable& table, Diagnostics& diags,
                                       bool cell_sources = false);

}  // namespace pira
