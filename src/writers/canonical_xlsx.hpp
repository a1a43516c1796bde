// The canonical table as a workbook (`pira extract -o file.xlsx`): one sheet "Indicatori" with
// the canonical header row, machine-form values; weights, resources and years as numbers, every
// other value as text (a target ">= 25%" stays as written, and nothing is ever a formula).
#pragma once

#include <string>
#include <vector>

#include "validation/row_check.hpp"

namespace pira {

// false, with `error` set, when the file cannot be written.
bool write_canonical_xlsx(const std::string& path, const std::vector<std::string>& columns,
                          const CheckedTable& table, std::string& error);

}  // namespace pira
