// Do an objective's indicator weights sum to 100 %? Published weights are rounded, so a sum is
// consistent when the gap to 100 is at most n x half a unit of the precision the weights are
// written with (docs/policy.md): 3 x 33 % = 99 %, 16 x 6,3 % = 100,8 % pass as rounding.
#pragma once

#include <string>
#include <vector>

namespace pira {

enum class WeightSum { exact, rounding, wrong };

struct WeightSumCheck {
    WeightSum verdict = WeightSum::exact;
    double sum = 0.0;
    double tolerance = 0.0;  // the largest gap rounding explains
};

// `decimals`: significant decimals the weights are written with (the largest among them).
// Weights of 0 (indicators not measured that year) carry no rounding and are not counted.
WeightSumCheck check_weight_sum(const std::vector<double>& weights, int decimals);

// "20; 20; 20; 20; 20 = 100" in Italian number form, for messages.
std::string describe_weights(const std::vector<double>& weights, double sum);

}  // namespace pira
