// The indicator rules of docs/policy.md, each with a worked example.
#include <gtest/gtest.h>

#include "scoring/indicator_score.hpp"

namespace pira {
namespace {

double perf(const char* target, const char* actual, const Policy& p = Policy::standard()) {
    auto t = parse_target(target);
    auto a = parse_value(actual);
    EXPECT_TRUE(t.ok()) << target;
    EXPECT_TRUE(a.ok()) << actual;
    if (!t.ok() || !a.ok()) return -1;
    IndicatorScore s = score_indicator(*t, *a, p);
    EXPECT_EQ(s.error, Errc::ok) << target << " / " << actual << ": " << s.detail;
    EXPECT_TRUE(s.performance.has_value()) << target << " / " << actual;
    return s.performance.value_or(-1);
}

IndicatorScore raw(const char* target, const char* actual) {
    return score_indicator(*parse_target(target), *parse_value(actual), Policy::standard());
}

TEST(AtLeast, ShareOfTarget) {
    EXPECT_NEAR(perf(">= 80,00 %", "61,19 %"), 76.4875, 1e-9);
    EXPECT_NEAR(perf(">=120 N.", "81 N."), 67.5, 1e-9);
    EXPECT_NEAR(perf(">=350 N.", "349 N."), 99.714285714, 1e-6);
}

TEST(AtLeast, CappedAtOneHundred) {
    EXPECT_DOUBLE_EQ(perf(">=80 N.", "242 N."), 100.0);
}

TEST(AtLeast, BareNumericTargetReadsAsAtLeast) {
    EXPECT_DOUBLE_EQ(perf("100,00 %", "96,00 %"), 96.0);
    EXPECT_DOUBLE_EQ(perf("IN.", "IN."), 100.0);
}

TEST(AtLeast, BareZeroWithZeroIsMet) {
    EXPECT_DOUBLE_EQ(perf("0N.", "0N."), 100.0);
}

TEST(AtMost, LinearNotRatio) {
    EXPECT_NEAR(perf("<=1,50 fte", "1,53 fte"), 98.0, 1e-9);
    EXPECT_NEAR(perf("<= 0,40 fte", "0,64 fte"), 40.0, 1e-9);
    EXPECT_NEAR(perf("<=3 gg", "3,46 gg"), 84.666666667, 1e-6);
    EXPECT_NEAR(perf("<=2.219N.", "2.601N."), 82.785038305, 1e-6);
    EXPECT_DOUBLE_EQ(perf("<=1,40 fte", "1,35 fte"), 100.0);
}

TEST(AtMost, RatioPolicy) {
    Policy p = Policy::standard();
    p.at_most = AtMost::ratio;
    EXPECT_NEAR(perf("<=1,50 fte", "1,53 fte", p), 150.0 / 1.53, 1e-9);
}

TEST(AtMost, FloorAtZero) {
    EXPECT_DOUBLE_EQ(perf("<= 2 gg", "9 gg"), 0.0);
}

TEST(Strict, ScoredLikeTheirInclusiveForms) {
    // The Relazione has no separate rule for "<" and ">": they follow "<=" and ">=".
    EXPECT_DOUBLE_EQ(perf("< 78 N.", "16 N."), 100.0);
    EXPECT_NEAR(perf("< 10 gg", "12 gg"), perf("<= 10 gg", "12 gg"), 1e-12);
    EXPECT_NEAR(perf("> 3 ore", "2 ore"), perf(">= 3 ore", "2 ore"), 1e-12);
}

TEST(Deadline, OnOrBeforeIsMet) {
    EXPECT_DOUBLE_EQ(perf("Entro 30-04-2025", "09-04-2025"), 100.0);
    EXPECT_DOUBLE_EQ(perf("Entro 30-04-2025", "30-04-2025"), 100.0);
    EXPECT_DOUBLE_EQ(perf("Entro 30-04-2025", "02-05-2025"), 0.0);
    EXPECT_DOUBLE_EQ(perf("30.11.2026", "30 novembre 2026"), 100.0);
}

TEST(Exact, YesNoAndValues) {
    EXPECT_DOUBLE_EQ(perf("= si", "si"), 100.0);
    EXPECT_DOUBLE_EQ(perf("= si", "no"), 0.0);
    EXPECT_DOUBLE_EQ(perf("realizzazione", "realizzato"), 100.0);
    EXPECT_DOUBLE_EQ(perf("= 100%", "100,00 %"), 100.0);
    EXPECT_DOUBLE_EQ(perf("= 100%", "96 %"), 0.0);
}

TEST(NotAvailable, LeftOut) {
    IndicatorScore s = raw("Entro 31-12-2025", "N/D");
    EXPECT_TRUE(s.excluded);
    EXPECT_FALSE(s.performance.has_value());
    EXPECT_EQ(s.error, Errc::ok);
}

TEST(NotAvailable, ZeroPolicy) {
    Policy p = Policy::standard();
    p.not_available = NotAvailable::zero;
    EXPECT_DOUBLE_EQ(perf(">= 5 N.", "N/D", p), 0.0);
}

TEST(Errors, KindsMustMatch) {
    IndicatorScore s = raw("Entro 30-04-2025", "12 N.");
    EXPECT_EQ(s.error, Errc::kind_mismatch);
    EXPECT_FALSE(s.performance.has_value());
}

TEST(Errors, UnitsMustMatch) {
    IndicatorScore s = raw(">= 80 %", "3 fte");
    EXPECT_EQ(s.error, Errc::unit_mismatch);
    EXPECT_NE(s.detail.find("fte"), std::string::npos);
}

// Prato's schede: "buono" against "buono" is met; other words need a person; "8 su 8" is the
// share done, 1, against a target of 1.
TEST(Exact, WordsAndSharesDone) {
    auto words = [](const char* target, const char* actual) {
        return score_indicator(*parse_target(target),
                               *parse_actual(actual, target_in_words(target)), Policy::standard());
    };
    EXPECT_EQ(words("buono", "buono").performance, 100.0);
    EXPECT_EQ(words("buono", "Buono").performance, 100.0);
    EXPECT_EQ(words("buono", "sufficiente").error, Errc::target_not_scorable);
    EXPECT_DOUBLE_EQ(perf("1", "8 su 8"), 100.0);
    EXPECT_DOUBLE_EQ(perf("1", "4 su 8"), 50.0);
}

TEST(Errors, TextTargetCannotBeScored) {
    IndicatorScore s = raw("timing (pag. 31-32 Piano Performance)", "si");
    EXPECT_EQ(s.error, Errc::target_not_scorable);
}

}  // namespace
}  // namespace pira
