// The dataset: an embedded SQLite file (default pira.db) with the documents loaded, the
// indicators identified by stable ids, every value with its provenance, and the history of
// replaced values. Loading is one transaction per file: all of it or nothing.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "model/indicator.hpp"
#include "store/sqlite.hpp"
#include "validation/row_check.hpp"

namespace pira {

// A value a load added or changed: for the diff a returned workbook prints.
struct ValueChange {
    std::string stable_id, field, text, source_ref;
    std::optional<std::string> previous;  // the text it replaced; nullopt for a new value
};

struct LoadReport {
    enum class Outcome { loaded, replaced, unchanged };
    Outcome outcome = Outcome::loaded;
    std::int64_t document_id = 0;
    std::size_t rows = 0;
    std::size_t values_new = 0, values_changed = 0, values_dropped = 0;
    std::vector<ValueChange> changes;  // filled when LoadOptions::changes is set
};

// How a load may differ from a plain table's (a department workbook's return).
struct LoadOptions {
    // The fields a row of an indicator already in the dataset may set; empty: every field.
    std::set<std::string, std::less<>> fields;
    // When not empty, only rows on these lines may add indicators; any other row must match
    // one already in the dataset (a failed match is an internal error, and nothing is loaded).
    bool existing_only = false;
    std::set<std::size_t> new_lines;
    bool cell_sources = false;  // each value's source is its own cell, not the row's
    bool changes = false;       // fill LoadReport::changes
    // Runs inside the load's transaction after the values are written (records the return).
    std::function<void(Database&, const LoadReport&)> within;
};

struct DocumentInfo {
    std::int64_t id = 0;
    std::string file_name, sha256, kind, ente, title, loaded_at;
    std::optional<int> year;
    std::optional<std::int64_t> replaced_by;
};

// Waits up to 10 minutes for another run's lock, saying on stderr, once, that it does:
// «pira: dataset occupato da un'altra importazione: attendo...».
BusyWait announced_wait();

class Dataset {
  public:
    static constexpr int kSchemaVersion = 4;

    // Opens or creates the file and brings its schema up to date (migrations in order, under
    // the write lock). While another run holds the lock it waits as `wait` says; by default up
    // to 10 minutes, saying so once on stderr (announced_wait).
    explicit Dataset(const std::string& path, BusyWait wait = announced_wait());

    int schema_version();

    // Loads one canonical table read from a file whose bytes hash to `sha256`. Every row is
    // checked first; with any error nothing is written and nullopt is returned. The same bytes
    // loaded again change nothing; a new version of a document (same ente, title and year)
    // replaces its values and keeps the old ones in history.
    std::optional<LoadReport> load(const CanonicalTable& table, const std::string& sha256,
                                   const std::string& kind, Diagnostics& diags,
                                   const LoadOptions& options = {});
    // The same for rows already checked (check_rows, with options.cell_sources as it was
    // given there): what `pira extract --db` has checked is not checked again. `file` names
    // the document in the dataset.
    LoadReport load(const CheckedTable& checked, const std::string& file, const std::string& sha256,
                    const std::string& kind, const LoadOptions& options = {});

    // The fields the current values of `year` have, with the identity columns: the columns a
    // table of them would have (every column when there is none). For the scoring check.
    std::vector<std::string> fields(std::optional<int> year);
    // The current values as typed indicators for scoring (store/dataset_indicators.cpp): read
    // from the types they were given when loaded, never parsed again. The checks every
    // indicator passes (model/indicator.hpp) are reported to `diags`.
    std::vector<Indicator> indicators(const IndicatorSelection& selection, Diagnostics& diags);

    std::vector<DocumentInfo> documents();

    const std::string& path() const { return path_; }
    // For the stores of other records kept in the same file (store/exports.hpp).
    Database& database() { return db_; }

  private:
    std::string path_;
    Database db_;
};

// The dataset file: --db, else $PIRA_DB, else pira.db in the current directory.
std::string dataset_path(const std::string& option);

}  // namespace pira
