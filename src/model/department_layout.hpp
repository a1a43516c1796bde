// The layout of a department workbook (docs/round-trip.md): its sheets, its columns and what
// each may hold, and the hash of a row's locked fields. The writer that exports the workbook and
// the reader that takes it back both use this one description, so they cannot drift apart.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalise/target.hpp"

namespace pira {

enum class ExportMode { consuntivo, proposta };

std::string_view mode_name(ExportMode mode);  // "consuntivo", "proposta"
std::optional<ExportMode> parse_mode(std::string_view text);

namespace department {

inline constexpr std::string_view kFormat = "pira-cartella-1";
inline constexpr std::string_view kIndicatorsSheet = "Indicatori";
inline constexpr std::string_view kInstructionsSheet = "Istruzioni";
inline constexpr std::string_view kListsSheet = "_liste";
inline constexpr std::string_view kMetadataSheet = "_pira";
inline constexpr std::string_view kNewRowsBand = "Nuovi indicatori";
inline constexpr std::size_t kHeaderRow = 3;  // 1-based rows of the Indicatori sheet
inline constexpr std::size_t kFirstRow = 4;
inline constexpr std::size_t kNewRows = 20;  // blank rows offered in a proposta

// Keys of the metadata sheet, in the order they are written; "firma" signs the ones before it
// and the row table.
inline constexpr std::string_view kMetadataKeys[] = {"formato", "export_id",    "dataset_id",
                                                     "ente",    "anno",         "modalita",
                                                     "area",    "esportato_il", "righe"};
inline constexpr std::string_view kSignatureKey = "firma";
inline constexpr std::string_view kRowTableHeader[] = {"riga", "id", "hash"};

}  // namespace department

enum class DeptColumn {
    id,
    objective_code,
    objective_name,
    strategic_objective,
    indicator_code,
    indicator_name,
    formula,
    unit,
    baseline,
    previous_actual,
    target,
    weight,
    actual,
    performance,
    objective_performance,
    weight_sum,
    note,
    weighted_helper,  // hidden: performance x weight, for the objective's figure
    measured_helper,  // hidden: the weight of a measured indicator
};

struct DeptColumnSpec {
    DeptColumn kind;
    std::string header;
    int year = 0;               // target and previous-actual columns: their year
    bool editable = false;      // unlocked on the indicators' rows
    bool locked_field = false;  // compared on return and part of the row hash
    bool new_rows = false;      // unlocked in the "Nuovi indicatori" band (proposta)
    bool hidden = false;
    double width = 12;
};

// The columns of the Indicatori sheet for a mode: `year` is the export's year, `plan_years` the
// years of a proposta's targets (one `Target AAAA` column each).
std::vector<DeptColumnSpec> department_columns(ExportMode mode, int year,
                                               const std::vector<int>& plan_years);

// The canonical-table column a layout column holds ("target_2026", "actual"...; the previous
// year's actual as "previous_actual"), or "" for the formulas and the id.
std::string canonical_field(const DeptColumnSpec& spec, ExportMode mode);

// The plan years a proposta's header names ("Target 2026" -> 2026), in order.
std::vector<int> plan_years_of(const std::vector<std::string>& headers);

// A locked cell's content as compared on return: text as it is, numbers in shortest form
// ("33.3"), nothing for an empty cell.
std::string locked_text_of_number(double value);

// SHA-256 of a row's locked fields, (header, text) in column order.
std::string row_hash(const std::vector<std::pair<std::string, std::string>>& locked);

struct MetadataRow {
    std::size_t sheet_row = 0;  // 1-based row on the Indicatori sheet
    std::string id, hash;       // the indicator's stable id, its row hash
};

// The metadata sheet's "firma": SHA-256 of the key/value pairs before it and of the row table.
std::string metadata_signature(const std::vector<std::pair<std::string, std::string>>& values,
                               const std::vector<MetadataRow>& rows);

// The file name of an export: "2025-consuntivo-promozione-e-sviluppo-economico.xlsx".
std::string department_file_name(int year, ExportMode mode, std::string_view department);

// What a value cell holds, from the indicator's unit (or, without one, its target).
enum class ValueKind { none, number, whole, percent, date, boolean };

// The kind of the cells that take values of `unit` (an id of mappings/units.toml) for a target.
ValueKind value_kind(std::string_view unit, const std::optional<Target>& target);

// The department of indicators without one.
inline constexpr std::string_view kNoDepartment = "Senza area di responsabilità";

}  // namespace pira
