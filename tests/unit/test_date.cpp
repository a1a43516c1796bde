#include <gtest/gtest.h>

#include "normalise/date.hpp"

namespace pira {
namespace {

struct DateCase {
    const char* text;
    const char* iso;
};

// Test names show the text under test, not its bytes.
void PrintTo(const DateCase& c, std::ostream* os) {
    *os << c.text;
}

class DateForms : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateForms, Normalise) {
    auto d = parse_date(GetParam().text);
    ASSERT_TRUE(d.ok()) << GetParam().text << ": " << d.error().describe(GetParam().text);
    EXPECT_EQ(d->iso(), GetParam().iso);
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, DateForms,
    ::testing::Values(DateCase{"30-04-2025", "2025-04-30"}, DateCase{"31/12/2026", "2026-12-31"},
                      DateCase{"30.11.2026", "2026-11-30"}, DateCase{"15/08/2020", "2020-08-15"},
                      DateCase{"9-4-2025", "2025-04-09"}, DateCase{"2025-04-30", "2025-04-30"},
                      DateCase{"30 novembre 2026", "2026-11-30"},
                      DateCase{"1° gennaio 2026", "2026-01-01"},
                      DateCase{"31 Dicembre 2020", "2020-12-31"},
                      DateCase{"31 dic 2026", "2026-12-31"}, DateCase{"28 feb. 2025", "2025-02-28"},
                      DateCase{"29/02/2024", "2024-02-29"}));

TEST(Date, DayThatDoesNotExist) {
    auto d = parse_date("31/02/2025");
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code, Errc::date_invalid);
    EXPECT_EQ(parse_date("29/02/2025").error().code, Errc::date_invalid);
    EXPECT_EQ(parse_date("12/13/2025").error().code, Errc::date_invalid);
}

TEST(Date, IncompleteDateFromTheRelazione) {
    // "Entro 31-08-" in seed 001: the year fell into the next cell.
    auto d = parse_date("31-08-");
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code, Errc::date_incomplete);
    EXPECT_EQ(d.error().position, 6u);
}

TEST(Date, UnknownMonthIsNamed) {
    auto d = parse_date("30 novembr 2026");
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code, Errc::month_unknown);
    EXPECT_EQ(d.error().detail, "novembr");
    EXPECT_EQ(d.error().position, 3u);
}

TEST(Date, MixedSeparatorsAreMalformed) {
    EXPECT_EQ(parse_date("30-04/2025").error().code, Errc::date_malformed);
    EXPECT_EQ(parse_date("domani").error().code, Errc::date_malformed);
}

TEST(Date, ShapeIsNotConfusedWithNumbers) {
    EXPECT_TRUE(looks_like_date("30.11.2026"));
    EXPECT_TRUE(looks_like_date("31-08-"));
    EXPECT_FALSE(looks_like_date("8.3"));
    EXPECT_FALSE(looks_like_date("10.588.411"));
    EXPECT_FALSE(looks_like_date("-22,01"));
}

TEST(Date, Ordering) {
    EXPECT_LT(*parse_date("09-04-2025"), *parse_date("30-04-2025"));
    EXPECT_EQ(*parse_date("30.04.2025"), *parse_date("2025-04-30"));
}

}  // namespace
}  // namespace pira
