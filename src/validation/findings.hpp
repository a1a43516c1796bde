// What `pira validate` reports (docs/validate.md): findings of rules with stable codes, each
// with its place, the value as written, its objective and indicator, an Italian message and a
// fix; the severity of each rule is policy data.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/place.hpp"
#include "normalise/comparator_op.hpp"

namespace pira {

enum class RuleSeverity { error, warning, off };

// The rules and their default severities, in the order of docs/validate.md.
struct Rule {
    std::string_view code;
    RuleSeverity severity;
};
const std::vector<Rule>& validation_rules();
bool is_rule_code(std::string_view code);

// The [validation] section of the policy file.
struct ValidationPolicy {
    int deadline_margin_years = 1;
    Op bare_numeric = Op::ge;  // how a bare target reads (the policy's [indicator] rule)
    std::map<std::string, RuleSeverity, std::less<>> severity;  // overrides of the defaults

    RuleSeverity severity_of(std::string_view code) const;
};

struct Finding {
    std::string code;
    RuleSeverity severity = RuleSeverity::error;  // error or warning, never off
    Place place;
    std::string value, objective, indicator, message, fix;
    // Where the finding sits in the table read, for copies that annotate it: the row's index
    // and the column's name (empty for findings about a whole objective's column of weights).
    std::optional<std::size_t> row;
    std::string column;
};

std::string_view severity_name(RuleSeverity s);  // "errore", "avviso"

}  // namespace pira
