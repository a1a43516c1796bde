// The findings of pira validate as text, JSON and an annotated workbook (docs/validate.md).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "readers/workbook.hpp"
#include "validation/rules.hpp"

namespace pira {

struct ValidatedInput {
    std::string file;
    ValidationMode mode = ValidationMode::plan;
    std::optional<int> year;
    CanonicalTable table;
    std::optional<Workbook> workbook;  // a workbook input, copied as values into the xlsx
    bool document = false;             // read through a profile: places are its rows' sources
    ValidationResult result;
};

struct ValidationTotals {
    std::size_t rows = 0, errors = 0, warnings = 0;
};
ValidationTotals totals_of(const std::vector<ValidatedInput>& inputs);

// "Riepilogo: 12 indicatori, 3 obiettivi; 1 errore, 2 avvisi", then a line per objective.
std::vector<std::string> summary_lines(const std::vector<ValidatedInput>& inputs);

// One line per finding, in file order, then the summary per objective and in total.
void write_validation_text(std::ostream& out, const std::vector<ValidatedInput>& inputs);
void write_validation_json(std::ostream& out, const std::vector<ValidatedInput>& inputs);
// False (with a diagnostic) when the file cannot be written.
bool write_validation_xlsx(const std::string& path, const std::vector<ValidatedInput>& inputs,
                           Diagnostics& diags);

// "piano.csv:4:40: errore [PESI_SOMMA]: ...": the line of one finding.
std::string finding_line(const Finding& f);

}  // namespace pira
