// Objective and higher levels: weighted means of unrounded indicator figures, simple means of
// two-decimal figures above, N/D left out with the remaining weights, policy weights honoured.
#include <gtest/gtest.h>

#include "scoring/scorecard.hpp"

namespace pira {
namespace {

struct Row {
    const char* objective;
    const char* strategic;
    const char* area;
    const char* target;
    const char* actual;
    double weight;
};

std::vector<Indicator> indicators(const std::vector<Row>& rows) {
    std::vector<Indicator> out;
    for (const auto& r : rows) {
        Indicator i;
        i.objective_code = r.objective;
        i.strategic_objective = r.strategic;
        i.area = r.area;
        i.indicator_name = std::string("indicatore di ") + r.objective;
        i.target = *parse_target(r.target);
        i.actual = *parse_value(r.actual);
        i.actual_cell.text = r.actual;
        i.weight = r.weight;
        i.weight_decimals = 1;
        i.place = Place{"test.csv", out.size() + 2, 0};
        out.push_back(i);
    }
    return out;
}

// 01_01_OS02 of the Relazione 2025: four indicators at 100 % and one at 76,49 %, 20 % each.
const std::vector<Row> kOs02{{"01_01_OS02", "Digitalizzazione", "01", "100,00 %", "100,00 %", 20},
                             {"01_01_OS02", "Digitalizzazione", "01", ">=3 N.", "3N.", 20},
                             {"01_01_OS02", "Digitalizzazione", "01", ">=25N.", "26 N.", 20},
                             {"01_01_OS02", "Digitalizzazione", "01", ">=9 N.", "24 N.", 20},
                             {"01_01_OS02", "Digitalizzazione", "01", ">= 80,00 %", "61,19 %", 20}};

TEST(Objective, WeightedMeanRoundedHalfUp) {
    Diagnostics d;
    Scorecard c = score(indicators(kOs02), Policy::standard(), d);
    EXPECT_FALSE(d.has_errors());
    ASSERT_EQ(c.objectives.size(), 1u);
    EXPECT_DOUBLE_EQ(*c.objectives[0].performance, 95.30);
    EXPECT_DOUBLE_EQ(c.objectives[0].weights_sum, 100.0);
    EXPECT_NEAR(*c.indicators[4].performance, 76.4875, 1e-9);
}

TEST(Objective, UnroundedIndicatorFiguresGive9415) {
    // 03_01_OS01: rounding the indicators first would give 94,16 instead of 94,15.
    std::vector<Row> rows{{"03_01_OS01", "S", "03", "Entro 31-01-2025", "30-01-2025", 14.3},
                          {"03_01_OS01", "S", "03", ">=5N.", "7 N.", 14.3},
                          {"03_01_OS01", "S", "03", ">= 66,00 %", "61,80 %", 14.3},
                          {"03_01_OS01", "S", "03", "Entro 31-01-2025", "30-01-2025", 14.3},
                          {"03_01_OS01", "S", "03", "Entro 31-12-2025", "N/D", 0.0},
                          {"03_01_OS01", "S", "03", ">=15 N.", "10 N.", 14.3},
                          {"03_01_OS01", "S", "03", "Entro 31-01-2025", "30-01-2025", 14.3},
                          {"03_01_OS01", "S", "03", ">= 8,40 N.", "8,30 N.", 14.2}};
    Diagnostics d;
    Scorecard c = score(indicators(rows), Policy::standard(), d);
    EXPECT_DOUBLE_EQ(*c.objectives[0].performance, 94.15);
    EXPECT_EQ(c.objectives[0].excluded, 1u);
}

TEST(Objective, NotAvailableUsesRemainingWeights) {
    std::vector<Row> rows{{"X_1", "S", "A", ">= 10 N.", "5 N.", 50},
                          {"X_1", "S", "A", ">= 10 N.", "N/D", 50}};
    for (auto& r : rows) r.objective = "01_01_OP09";
    Diagnostics d;
    Scorecard c = score(indicators(rows), Policy::standard(), d);
    EXPECT_DOUBLE_EQ(*c.objectives[0].performance, 50.0);
    EXPECT_FALSE(d.has_errors());
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(d.items()[0].code, Errc::actual_not_available);
}

TEST(Objective, AllNotAvailableHasNoFigure) {
    std::vector<Row> rows{{"01_01_OP09", "S", "A", ">= 10 N.", "N/D", 100}};
    Diagnostics d;
    Scorecard c = score(indicators(rows), Policy::standard(), d);
    EXPECT_FALSE(c.objectives[0].performance.has_value());
    EXPECT_FALSE(c.ente.has_value());
}

TEST(Objective, WeightsBeyondRoundingAreAnError) {
    std::vector<Row> rows{{"01_01_OP09", "S", "A", ">= 10 N.", "10 N.", 50},
                          {"01_01_OP09", "S", "A", ">= 10 N.", "10 N.", 40}};
    Diagnostics d;
    score(indicators(rows), Policy::standard(), d);
    ASSERT_TRUE(d.has_errors());
    EXPECT_EQ(d.items()[0].code, Errc::weights_sum_wrong);
    EXPECT_NE(d.items()[0].value.find("01_01_OP09: 50; 40 = 90"), std::string::npos);

    Policy lenient = Policy::standard();
    lenient.weights_check = Check::warning;
    Diagnostics w;
    Scorecard c = score(indicators(rows), lenient, w);
    EXPECT_FALSE(w.has_errors());
    EXPECT_DOUBLE_EQ(*c.objectives[0].performance, 100.0);
}

TEST(Objective, RoundingOfPublishedWeightsIsAWarning) {
    std::vector<Row> rows{{"01_01_OP09", "S", "A", ">= 10 N.", "10 N.", 33},
                          {"01_01_OP09", "S", "A", ">= 10 N.", "10 N.", 33},
                          {"01_01_OP09", "S", "A", ">= 10 N.", "5 N.", 33}};
    auto inds = indicators(rows);
    for (auto& i : inds) i.weight_decimals = 0;
    Diagnostics d;
    Scorecard c = score(inds, Policy::standard(), d);
    EXPECT_FALSE(d.has_errors());
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(d.items()[0].code, Errc::weights_sum_rounding);
    EXPECT_DOUBLE_EQ(*c.objectives[0].performance, 83.33);
}

TEST(Strategic, SimpleMeanOfTwoDecimalFigures) {
    // "Digitalizzazione": mean(100; 100; 95,30; 90,99; 100; 99,94) = 97,705 -> 97,71.
    // With ">= 100 %" targets each one-indicator objective scores its actual.
    std::vector<Row> rows{{"01_01_UIC01", "Digitalizzazione", "01", ">= 100 %", "100 %", 100},
                          {"01_01_OS01", "Digitalizzazione", "01", ">= 100 %", "100 %", 100},
                          {"01_01_OS03", "Digitalizzazione", "01", ">= 100 %", "90,99 %", 100},
                          {"01_01_OS04", "Digitalizzazione", "01", ">= 100 %", "100 %", 100},
                          {"01_01_OP01", "Digitalizzazione", "01", ">= 100 %", "99,94 %", 100}};
    rows.insert(rows.begin() + 2, kOs02.begin(), kOs02.end());
    Diagnostics d;
    Scorecard c = score(indicators(rows), Policy::standard(), d);
    EXPECT_FALSE(d.has_errors());
    ASSERT_EQ(c.objectives.size(), 6u);
    ASSERT_EQ(c.strategic_objectives.size(), 1u);
    EXPECT_DOUBLE_EQ(*c.strategic_objectives[0].performance, 97.71);
    ASSERT_EQ(c.areas.size(), 1u);
    EXPECT_DOUBLE_EQ(*c.areas[0].performance, 97.71);
    EXPECT_DOUBLE_EQ(*c.ente, 97.71);
}

TEST(Upper, ObjectiveWeightsAreHonouredWhenAllPresent) {
    std::vector<Row> rows{{"01_01_OP01", "S", "A", ">= 10 N.", "10 N.", 100},
                          {"01_01_OP02", "S", "A", ">= 10 N.", "5 N.", 100}};
    auto inds = indicators(rows);
    inds[0].objective_weight = 75;
    inds[1].objective_weight = 25;
    Diagnostics d;
    Scorecard c = score(inds, Policy::standard(), d);
    EXPECT_DOUBLE_EQ(*c.strategic_objectives[0].performance, 87.5);
    inds[1].objective_weight.reset();  // not all weighted: simple mean
    c = score(inds, Policy::standard(), d);
    EXPECT_DOUBLE_EQ(*c.strategic_objectives[0].performance, 75.0);
}

TEST(Upper, AreaWeightsFromThePolicy) {
    // Pistoia 2020: perspectives weighted 30/30/40.
    std::vector<Row> rows{{"A.1", "S1", "Imprese", ">= 10 N.", "10 N.", 100},
                          {"B.1", "S2", "Territorio", ">= 10 N.", "5 N.", 100},
                          {"C.1", "S3", "Ente", ">= 10 N.", "8 N.", 100}};
    Policy p = Policy::standard();
    p.ente_from = EnteFrom::areas;
    p.area_weights = {{"Imprese", 30}, {"Territorio", 30}, {"ente", 40}};
    Diagnostics d;
    Scorecard c = score(indicators(rows), p, d);
    ASSERT_EQ(c.areas.size(), 3u);
    EXPECT_DOUBLE_EQ(*c.ente, 30 * 1.0 + 30 * 0.5 + 40 * 0.8);
    Scorecard mean = score(indicators(rows), Policy::standard(), d);
    EXPECT_DOUBLE_EQ(*mean.ente, 76.67);
}

TEST(Errors, UnscorableRowsAreReportedWithTheirPlace) {
    std::vector<Row> rows{{"01_01_OP01", "S", "A", "Entro 30-04-2025", "5 N.", 100}};
    Diagnostics d;
    score(indicators(rows), Policy::standard(), d);
    ASSERT_TRUE(d.has_errors());
    EXPECT_EQ(d.items()[0].code, Errc::kind_mismatch);
}

}  // namespace
}  // namespace pira
