// The dataset: an embedded SQLite file (default pira.db) with the documents loaded, the
// indicators identified by stable ids, every value with its provenance, and the history of
// replaced values. Loading is one transaction per file: all of it or nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "store/sqlite.hpp"

namespace pira {

struct LoadReport {
    enum class Outcome { loaded, replaced, unchanged };
    Outcome outcome = Outcome::loaded;
    std::int64_t document_id = 0;
    std::size_t rows = 0;
    std::size_t values_new = 0, values_changed = 0, values_dropped = 0;
};

struct DocumentInfo {
    std::int64_t id = 0;
    std::string file_name, sha256, kind, ente, title, loaded_at;
    std::optional<int> year;
    std::optional<std::int64_t> replaced_by;
};

class Dataset {
  public:
    static constexpr int kSchemaVersion = 2;

    // Opens or creates the file and brings its schema up to date (migrations in order).
    explicit Dataset(const std::string& path);

    int schema_version();

    // Loads one canonical table read from a file whose bytes hash to `sha256`. Every row is
    // checked first; with any error nothing is written and nullopt is returned. The same bytes
    // loaded again change nothing; a new version of a document (same ente, title and year)
    // replaces its values and keeps the old ones in history.
    std::optional<LoadReport> load(const CanonicalTable& table, const std::string& sha256,
                                   const std::string& kind, Diagnostics& diags);

    // The current values as a canonical table, for scoring and reports; all years when
    // `year` is empty.
    CanonicalTable table(std::optional<int> year);

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
