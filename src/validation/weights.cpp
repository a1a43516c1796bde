#include "validation/weights.hpp"

#include <cmath>

#include "normalise/number.hpp"

namespace pira {

WeightSumCheck check_weight_sum(const std::vector<double>& weights, int decimals) {
    WeightSumCheck c;
    std::size_t counted = 0;
    for (double w : weights) {
        c.sum += w;
        if (w != 0.0) ++counted;
    }
    c.tolerance = static_cast<double>(counted) * 0.5 * std::pow(10.0, -decimals);
    const double gap = std::fabs(c.sum - 100.0);
    constexpr double kEpsilon = 1e-9;
    if (gap <= kEpsilon) {
        c.verdict = WeightSum::exact;
    } else if (gap <= c.tolerance + kEpsilon) {
        c.verdict = WeightSum::rounding;
    } else {
        c.verdict = WeightSum::wrong;
    }
    return c;
}

std::string describe_weights(const std::vector<double>& weights, double sum) {
    std::string out;
    for (double w : weights) out += (out.empty() ? "" : "; ") + italian_form(w);
    return out + " = " + italian_form(sum);
}

}  // namespace pira
