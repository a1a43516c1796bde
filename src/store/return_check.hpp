// A returned department workbook against the dataset's record of its export
// (docs/round-trip.md): is it the export the dataset sent and still expects, are its rows the
// rows sent (matched by id), are the locked fields untouched and the values of the right kind?
// Every problem is reported with its sheet and cell; the result is the canonical table of the
// values to load, or nothing.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "readers/department_return.hpp"
#include "scoring/policy.hpp"
#include "store/exports.hpp"

namespace pira {

// `pira import --year/--mode`: the campaign the office is collecting.
struct ReturnExpectations {
    std::optional<int> year;
    std::optional<ExportMode> mode;
};

struct ReturnPlan {
    ExportRecord exported;
    CanonicalTable table;  // one row per returned indicator, the values typed by the dirigente
    std::set<std::string, std::less<>> fields;  // what a returned row may change
    std::set<std::size_t> added_lines;          // sheet rows of new indicators (proposta)
    std::size_t empty = 0;                      // consuntivo cells left empty
    std::map<std::string, std::string> names;   // stable id -> indicator name, for the diff
    std::vector<std::string> added;             // "Indicatori!F30 «name» (obiettivo X)"
};

std::optional<ReturnPlan> check_return(Dataset& dataset, const ReturnedWorkbook& wb,
                                       const ReturnExpectations& expect, const Policy& policy,
                                       Diagnostics& diags);

}  // namespace pira
