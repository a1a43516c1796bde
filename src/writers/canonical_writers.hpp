// The canonical table in machine form (docs/value-forms.md: "." decimals, ISO dates, "<op> <value>"
// targets, weights without "%", missing values empty) as CSV or JSON lines.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "validation/row_check.hpp"

namespace pira {

// The machine-form value of every column of a row; identity columns come from the row itself.
std::map<std::string, std::string> canonical_values(const CheckedRow& r);

// `columns`: the canonical columns to write, in order.
void write_canonical_csv(std::ostream& out, const std::vector<std::string>& columns,
                         const CheckedTable& table);
void write_canonical_jsonl(std::ostream& out, const std::vector<std::string>& columns,
                           const CheckedTable& table);

}  // namespace pira
