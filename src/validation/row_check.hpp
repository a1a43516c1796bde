// Before anything is written, every row of a table is checked and turned into its identity
// (ente, year, objective, indicator) and its facts: each value as written, in machine form and
// typed (model/typed_value.hpp), so that what reads the dataset never parses the text again.
// These are the validator's rules for a table that is to be loaded.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "common/result.hpp"
#include "model/canonical_table.hpp"
#include "model/typed_value.hpp"

namespace pira {

struct Fact {
    std::string field;       // canonical column name
    std::string text;        // as written
    std::string value;       // machine form
    std::string source_ref;  // where it came from when not the row's own (a mapping)
    TypedValue typed;        // kind empty: not a value (names, codes, vocabulary ids)
};

// A cell's machine form and typed value.
struct TypedCell {
    std::string machine;
    TypedValue typed;
};

// is_value_column (model/canonical_table.hpp): the columns typed when loaded.

// One value cell of `column` typed as check_rows types it; `words_allowed` when the row's
// target is in words (an actual may be too). A baseline or performance that is not a value,
// and resources in words, are text; other columns' errors say where parsing stopped.
Result<TypedCell> type_value(std::string_view column, std::string_view text, bool words_allowed);

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
// fact's source is its own cell ("file#Indicatori!M5") rather than the row's source_ref. The
// rows are checked on `jobs` threads (each row on its own: common/workers.hpp), then taken in
// file order: the result and the diagnostics, in their order, are the same whatever `jobs`.
std::optional<CheckedTable> check_rows(const CanonicalTable& table, Diagnostics& diags,
                                       bool cell_sources = false, unsigned jobs = 1);

}  // namespace pira
