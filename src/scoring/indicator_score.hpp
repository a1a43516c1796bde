// One indicator's performance from its target and actual, by the policy's rules (docs/policy.md):
// ">=" a/t, "<=" linear, deadlines and exact values 100 or 0, N/D left out.
#pragma once

#include <optional>
#include <string>

#include "normalise/target.hpp"
#include "normalise/value.hpp"
#include "scoring/policy.hpp"

namespace pira {

struct IndicatorScore {
    // Percent points, unrounded and capped to [floor, cap]; nullopt when the indicator is left
    // out (actual N/D) or cannot be scored (error set).
    std::optional<double> performance;
    bool excluded = false;  // actual not available: the objective uses the remaining weights
    Errc error = Errc::ok;
    std::string detail;
};

IndicatorScore score_indicator(const Target& target, const Value& actual, const Policy& policy);

}  // namespace pira
