// Weight sums against the rounding of published weights (the examples of docs/policy.md and more).
#include <gtest/gtest.h>

#include <vector>

#include "validation/weights.hpp"

namespace pira {
namespace {

std::vector<double> times(int n, double w) {
    return std::vector<double>(static_cast<std::size_t>(n), w);
}

TEST(WeightSum, Exact) {
    EXPECT_EQ(check_weight_sum(times(5, 20), 0).verdict, WeightSum::exact);
    EXPECT_EQ(check_weight_sum({33.3, 33.3, 33.4}, 1).verdict, WeightSum::exact);
}

TEST(WeightSum, RoundingOfPublishedWeights) {
    EXPECT_EQ(check_weight_sum(times(3, 33), 0).verdict, WeightSum::rounding);    // 99
    EXPECT_EQ(check_weight_sum(times(7, 14.3), 1).verdict, WeightSum::rounding);  // 100,1
    EXPECT_EQ(check_weight_sum(times(16, 6.3), 1).verdict, WeightSum::rounding);  // 100,8
    EXPECT_EQ(check_weight_sum(times(12, 8.3), 1).verdict, WeightSum::rounding);  // 99,6
    EXPECT_NEAR(check_weight_sum(times(16, 6.3), 1).tolerance, 0.8, 1e-12);
}

TEST(WeightSum, BeyondRoundingIsWrong) {
    EXPECT_EQ(check_weight_sum(times(3, 30), 0).verdict, WeightSum::wrong);
    EXPECT_EQ(check_weight_sum({50, 40}, 0).verdict, WeightSum::wrong);
    EXPECT_EQ(check_weight_sum(times(7, 14.4), 1).verdict, WeightSum::wrong);  // 100,8 > 0,35
}

TEST(WeightSum, ZeroWeightsCarryNoRounding) {
    // 02_01_OP04: the N/D indicator printed with 0,00 %.
    auto c = check_weight_sum({16.7, 16.7, 0.0, 16.7, 16.7, 16.7, 16.5}, 1);
    EXPECT_EQ(c.verdict, WeightSum::exact);
    EXPECT_NEAR(c.tolerance, 0.3, 1e-12);
}

TEST(WeightSum, DescribedInItalian) {
    EXPECT_EQ(describe_weights({33, 33, 33}, 99), "33; 33; 33 = 99");
    EXPECT_EQ(describe_weights({14.3, 85.7}, 100), "14,3; 85,7 = 100");
}

}  // namespace
}  // namespace pira
