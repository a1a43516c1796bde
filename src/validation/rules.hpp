// The rules of `pira validate` (docs/validate.md) over one canonical table: every row, every
// rule, every finding; nothing stops at the first problem.
#pragma once

#include <optional>
#include <vector>

#include "model/canonical_table.hpp"
#include "validation/findings.hpp"

namespace pira {

enum class ValidationMode { plan, consuntivo, proposta };

std::string_view validation_mode_name(ValidationMode m);  // "piano", "consuntivo", "proposta"
std::optional<ValidationMode> parse_validation_mode(std::string_view text);
// consuntivo when the table has an actual in some row, else plan.
ValidationMode detect_mode(const CanonicalTable& table);

struct ValidationInput {
    const CanonicalTable* table = nullptr;
    ValidationMode mode = ValidationMode::plan;
    std::optional<int> year;          // --year, or the department workbook's
    bool places_from_source = false;  // documents: a row's place is its source_ref (page=N)
};

struct ValidationResult {
    std::vector<Finding> findings;
    std::size_t rows = 0;
    std::vector<std::string> objectives;  // in order of first appearance
};

ValidationResult validate_table(const ValidationInput& input, const ValidationPolicy& policy);

}  // namespace pira
