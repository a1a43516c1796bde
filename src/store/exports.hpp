// The dataset's side of the round trip (docs/round-trip.md): the indicators of a year with all
// their values, the record of every department workbook exported, and of what came back.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/department_layout.hpp"
#include "store/dataset.hpp"

namespace pira {

struct StoredValue {
    std::string text, value;  // as written, machine form
};

struct StoredIndicator {
    std::int64_t id = 0;
    std::string stable_id, ente, objective_code, indicator_key;
    int year = 0;
    std::map<std::string, StoredValue, std::less<>> facts;  // by canonical field

    // The value's text, or "" when the indicator has none.
    const std::string& text(std::string_view field) const;
    // The machine form where the dataset normalised it (area, unit, ...), else the text.
    const std::string& value(std::string_view field) const;
};

// Every indicator of `year`, in the dataset's order.
std::vector<StoredIndicator> indicators_of_year(Dataset& dataset, int year);
// The years the dataset holds indicators for, ascending.
std::vector<int> dataset_years(Dataset& dataset);
// The dataset's own id (created with schema 2), written in every workbook it exports.
std::string dataset_id(Dataset& dataset);

struct ExportRowRecord {
    std::int64_t indicator_id = 0;
    std::string stable_id;
    std::size_t sheet_row = 0;
    std::string hash;
    std::vector<std::pair<std::string, std::string>> locked;  // header, text as written
};

struct ExportRecord {
    std::int64_t id = 0;
    std::string export_id, ente, department, file_name, exported_at, signature;
    int year = 0;
    ExportMode mode = ExportMode::consuntivo;
    std::optional<std::int64_t> superseded_by;
    std::vector<ExportRowRecord> rows;
};

// Records an export; earlier exports of the same area and mode are marked superseded by it.
void record_export(Dataset& dataset, ExportRecord& record);
// The export with this export_id, with its rows; nullopt when the dataset has none.
std::optional<ExportRecord> find_export(Dataset& dataset, const std::string& export_id);

struct ReturnRecord {
    std::int64_t export_row = 0;  // exports.id
    std::int64_t document_id = 0;
    std::string file_name;
    std::size_t values_new = 0, values_changed = 0, values_empty = 0, rows_added = 0;
};
void record_return(Database& db, const ReturnRecord& r);

// One line of `pira export --status`: an area's last export in a mode and its last return.
struct ExportStatus {
    std::string department, mode, exported_at, file_name;
    int year = 0;
    std::size_t rows = 0;
    std::optional<std::string> returned_at, returned_file;
    std::size_t values_new = 0, values_changed = 0, returns = 0;
};
std::vector<ExportStatus> export_status(Dataset& dataset, std::optional<int> year);

}  // namespace pira
