// The whole computation: indicators -> objectives -> strategic objectives -> areas -> ente, as
// the policy says. Each level keeps what it was computed from, for the report and the JSON.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "model/indicator.hpp"
#include "scoring/policy.hpp"

namespace pira {

struct ScoredIndicator {
    std::string objective_code, code, name, target, actual, source_ref;
    double weight = 0.0;
    std::optional<double> performance;  // unrounded; nullopt when excluded
    bool excluded = false;
};

struct ScoredObjective {
    std::string code, name, strategic_objective, area;
    std::optional<double> weight;       // objective_weight, when given
    std::optional<double> performance;  // rounded by the policy; nullopt: nothing measured
    double weights_sum = 0.0;
    std::size_t indicators = 0, excluded = 0;
};

struct ScoredGroup {  // a strategic objective or an area
    std::string name, area;
    std::optional<double> weight;
    std::optional<double> performance;
    std::size_t children = 0;
};

struct Scorecard {
    std::optional<double> ente;
    std::vector<ScoredGroup> areas, strategic_objectives;
    std::vector<ScoredObjective> objectives;
    std::vector<ScoredIndicator> indicators;
};

// Rows that cannot be scored become errors in `diags`; the caller must not present the
// scorecard as complete when diags has errors.
Scorecard score(const std::vector<Indicator>& indicators, const Policy& policy, Diagnostics& diags);

}  // namespace pira
