// Numbers as docs/value-forms.md lists them, plus the malformed and ambiguous ones.
#include <gtest/gtest.h>

#include "normalise/number.hpp"
#include "normalise/quantity.hpp"

namespace pira {
namespace {

struct NumberCase {
    const char* text;
    double value;
    const char* machine;
    const char* unit;  // canonical unit id, "" for none
};

// Test names show the text under test, not its bytes.
void PrintTo(const NumberCase& c, std::ostream* os) {
    *os << c.text;
}

class QuantityForms : public ::testing::TestWithParam<NumberCase> {};

TEST_P(QuantityForms, Normalise) {
    const auto& c = GetParam();
    auto q = parse_quantity(c.text);
    ASSERT_TRUE(q.ok()) << c.text << ": " << q.error().describe(c.text);
    EXPECT_DOUBLE_EQ(q->number.value, c.value) << c.text;
    EXPECT_EQ(q->number.machine, c.machine) << c.text;
    EXPECT_EQ(q->unit ? q->unit->id : std::string(), c.unit) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    DomainForms, QuantityForms,
    ::testing::Values(
        NumberCase{"10.588.411", 10588411, "10588411", ""}, NumberCase{"9.948", 9948, "9948", ""},
        NumberCase{"-3,36%", -3.36, "-3.36", "%"}, NumberCase{"8,3", 8.3, "8.3", ""},
        NumberCase{"0,975 N", 0.975, "0.975", "n."},
        NumberCase{"258,52 N.", 258.52, "258.52", "n."},
        NumberCase{"4.000,00 Euro", 4000, "4000", "€"},
        NumberCase{"€ 1.107.200,00", 1107200, "1107200", "€"},
        NumberCase{"-22,01gg", -22.01, "-22.01", "gg"}, NumberCase{"100,00 %", 100, "100", "%"},
        NumberCase{"1,53 fte", 1.53, "1.53", "fte"}, NumberCase{"5h", 5, "5", "h"},
        NumberCase{"3 ore", 3, "3", "h"}, NumberCase{"1.334N.", 1334, "1334", "n."},
        NumberCase{"7.897 N.", 7897, "7897", "n."}, NumberCase{"12.559 N.", 12559, "12559", "n."},
        // machine form reads back unchanged
        NumberCase{"61.19%", 61.19, "61.19", "%"}, NumberCase{"0.975", 0.975, "0.975", ""},
        NumberCase{"1107200", 1107200, "1107200", ""},
        // leading zeros, English grouping that cannot be Italian
        NumberCase{"007", 7, "7", ""}, NumberCase{"1,107,200", 1107200, "1107200", ""},
        NumberCase{"\xE2\x88\x92"
                   "2,5",
                   -2.5, "-2.5", ""},
        // OCR: "IN." is "1 N." in the Relazione scan
        NumberCase{"IN.", 1, "1", "n."}, NumberCase{"lN.", 1, "1", "n."},
        // thousands grouped by spaces (a space, a no-break or a narrow no-break space)
        NumberCase{"1 003", 1003, "1003", ""}, NumberCase{"10 588 411", 10588411, "10588411", ""},
        NumberCase{"45 500,00 \xE2\x82\xAC", 45500, "45500", "\xE2\x82\xAC"},
        NumberCase{"1\xC2\xA0"
                   "003 N.",
                   1003, "1003", "n."},
        NumberCase{"2\xE2\x80\xAF"
                   "500",
                   2500, "2500", ""},
        // a space before a unit, or before four digits, groups nothing
        NumberCase{"5 N.", 5, "5", "n."}, NumberCase{"242 N.", 242, "242", "n."}));

TEST(Number, SpacesGroupOnlyWholeThousands) {
    EXPECT_FALSE(parse_number("2026 2027").ok());  // two years, not one number
    EXPECT_FALSE(parse_number("1 03").ok());
    EXPECT_FALSE(parse_number("1234 567").ok());  // a first group of four digits
    EXPECT_FALSE(parse_number("1,5 003").ok());   // spaces group the integer part only
    auto n = parse_number("1 003,5");
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n->machine, "1003.5");
}

TEST(Number, SignificantDecimalsIgnoreTrailingZeros) {
    EXPECT_EQ(parse_number("14,30")->significant_decimals(), 1);
    EXPECT_EQ(parse_number("14,30")->decimals, 2);
    EXPECT_EQ(parse_number("33")->significant_decimals(), 0);
    EXPECT_EQ(parse_number("6,25")->significant_decimals(), 2);
}

TEST(Number, AmbiguousCommaThousandsIsReportedNotGuessed) {
    auto q = parse_quantity("1,050 N.");
    ASSERT_FALSE(q.ok());
    EXPECT_EQ(q.error().code, Errc::number_ambiguous);
    EXPECT_EQ(q.error().position, 0u);
    EXPECT_EQ(q.error().detail,
              "scrivere 1,05 se la virgola è decimale, 1.050 se separa le migliaia");
    EXPECT_EQ(parse_number("2,345").error().detail,
              "scrivere 2,3450 se la virgola è decimale, 2.345 se separa le migliaia");
}

TEST(Number, LeadingZeroIsNeverAmbiguous) {
    EXPECT_DOUBLE_EQ(parse_number("0,975")->value, 0.975);
    EXPECT_DOUBLE_EQ(parse_number("0.975")->value, 0.975);
}

TEST(Number, BadGroupingSaysWhere) {
    auto n = parse_number("1.05.000");
    ASSERT_FALSE(n.ok());
    EXPECT_EQ(n.error().code, Errc::number_bad_grouping);
    auto m = parse_number("12,5.000");
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().code, Errc::number_bad_grouping);
}

TEST(Number, TrailingTextStopsAtItsPosition) {
    auto n = parse_number("12 abc");
    ASSERT_FALSE(n.ok());
    EXPECT_EQ(n.error().code, Errc::number_expected);
    EXPECT_EQ(n.error().position, 2u);
    EXPECT_EQ(n.error().describe("12 abc"), "atteso un numero alla posizione 3");
}

TEST(Number, EmptyAndNonNumeric) {
    EXPECT_EQ(parse_number("").error().code, Errc::empty_value);
    EXPECT_EQ(parse_number("   ").error().code, Errc::empty_value);
    EXPECT_EQ(parse_number("abc").error().code, Errc::number_expected);
    EXPECT_EQ(parse_number("-").error().code, Errc::number_expected);
}

TEST(Quantity, UnknownUnitNamesTheUnitAndItsPosition) {
    auto q = parse_quantity("12 pezzi");
    ASSERT_FALSE(q.ok());
    EXPECT_EQ(q.error().code, Errc::unit_unknown);
    EXPECT_EQ(q.error().position, 3u);
    EXPECT_EQ(q.error().detail, "pezzi");
}

TEST(Quantity, ScanReportsWhereTheNumberEnds) {
    auto s = scan_number("258,52 N.");
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->end, 6u);
}

TEST(MachineForm, TrimsTrailingZeros) {
    EXPECT_EQ(machine_form(95.3), "95.3");
    EXPECT_EQ(machine_form(100.0), "100");
    EXPECT_EQ(machine_form(76.4875), "76.4875");
    EXPECT_EQ(machine_form(-0.0), "0");
}

}  // namespace
}  // namespace pira
