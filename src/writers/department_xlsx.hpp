// The department workbook of docs/round-trip.md: Istruzioni, Indicatori (protected, validated,
// with live performance formulas and their cached values), the hidden lists and the hidden
// metadata sheet _pira. The export's record (rows, hashes, signature) is filled while writing,
// so what the dataset keeps is what the file holds.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "scoring/policy.hpp"
#include "store/exports.hpp"

namespace pira {

struct DepartmentWorkbook {
    std::string dataset_id;
    std::vector<const StoredIndicator*> rows;  // the area's indicators, in sheet order
    // The previous year's indicators, by objective code and indicator key.
    std::map<std::string, const StoredIndicator*> previous;
    std::vector<int> plan_years;  // proposta: the years with a target column
    std::string deadline, contact;
};

// The key of `previous`.
std::string previous_key(const StoredIndicator& i);

// Writes the workbook; fills record.rows and record.signature. False (with a diagnostic) when
// the file cannot be written.
bool write_department_workbook(const std::string& path, const DepartmentWorkbook& input,
                               const Policy& policy, ExportRecord& record, Diagnostics& diags);

}  // namespace pira
