// The live formula of an indicator's performance in a department workbook: the policy's rule
// (docs/policy.md) written as a spreadsheet formula over the cell where the dirigente types the
// actual, with the target's value inside it (the target is locked in a consuntivo). Figures are
// fractions shown with a percent format: 0,9530 is 95,30 %.
#pragma once

#include <optional>
#include <string>

#include "normalise/target.hpp"
#include "scoring/policy.hpp"

namespace pira {

// A formula without the leading "=", or nullopt for a target no formula can score (words).
// `actual` is the cell reference ("M5"); `percent_cells`: the actual cell holds fractions.
std::optional<std::string> performance_formula(const Target& target, const Policy& policy,
                                               const std::string& actual, bool percent_cells);

// "0.5", "-3", "1E-09": a number as the formula language writes it (never the locale's comma).
std::string formula_number(double value);

}  // namespace pira
