// Every target notation of docs/value-forms.md and the seeds, with its machine form.
#include <gtest/gtest.h>

#include "normalise/target.hpp"

namespace pira {
namespace {

struct TargetCase {
    const char* text;
    const char* machine;
};

// Test names show the text under test, not its bytes.
void PrintTo(const TargetCase& c, std::ostream* os) {
    *os << c.text;
}

class TargetForms : public ::testing::TestWithParam<TargetCase> {};

TEST_P(TargetForms, Normalise) {
    const auto& c = GetParam();
    auto t = parse_target(c.text);
    ASSERT_TRUE(t.ok()) << c.text << ": " << t.error().describe(c.text);
    EXPECT_EQ(t->machine(), c.machine) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, TargetForms,
    ::testing::Values(
        TargetCase{">= 80%", ">= 80%"}, TargetCase{">=1N.", ">= 1"},
        TargetCase{"<=1,50 fte", "<= 1.5"}, TargetCase{"= si", "= si"},
        TargetCase{"= 100%", "= 100%"}, TargetCase{"≥ 80,00 %", ">= 80%"},
        TargetCase{"≤ 5 gg", "<= 5"}, TargetCase{"=> 3", ">= 3"}, TargetCase{"=< 3", "<= 3"},
        TargetCase{"&gt;= 30 N.", ">= 30"}, TargetCase{"&lt;= 1,40 fte", "<= 1.4"},
        TargetCase{"&ge; 12", ">= 12"}, TargetCase{"$\\geq 0,97$ N", ">= 0.97"},
        TargetCase{"$\\geq 80,00$ %", ">= 80%"}, TargetCase{"$\\leq 2\\%$", "<= 2%"},
        TargetCase{"<math>\\geq 800 N.</math>", ">= 800"},
        TargetCase{"<math><mo>≥</mo><mn>800</mn></math> N.", ">= 800"},
        TargetCase{"> 3 ore", "> 3"}, TargetCase{"< 78 N.", "< 78"}, TargetCase{"100,00 %", "100%"},
        TargetCase{"1 N.", "1"}, TargetCase{"0N.", "0"}, TargetCase{">= 10.000", ">= 10000"},
        TargetCase{">=7.000 N.", ">= 7000"}, TargetCase{"Entro 30-04-2025", "<= 2025-04-30"},
        TargetCase{"<= 31/12/2026", "<= 2026-12-31"}, TargetCase{"30.11.2026", "<= 2026-11-30"},
        TargetCase{"entro il 31/12/2020", "<= 2020-12-31"},
        TargetCase{"ENTRO IL 30 novembre 2026", "<= 2026-11-30"},
        TargetCase{"15/08/2020", "<= 2020-08-15"}, TargetCase{"realizzazione", "= si"},
        TargetCase{"si", "= si"}, TargetCase{"= no", "= no"},
        TargetCase{"timing (pag. 31-32 Piano Performance)",
                   "timing (pag. 31-32 Piano Performance)"},
        TargetCase{"N/D", ""},
        // OCR of the Relazione: ">=" read as "5=" or "S="
        TargetCase{"5= 80,00 %", ">= 80%"}, TargetCase{"S= 27N.", ">= 27"},
        TargetCase{"5=81,00%", ">= 81%"}));

TEST(Target, DeadlineIsADate) {
    auto t = parse_target("Entro 30-04-2025");
    ASSERT_TRUE(t.ok());
    EXPECT_TRUE(t->is_deadline());
    EXPECT_EQ(t->op, Op::le);
}

TEST(Target, BareNumberKeepsNoComparator) {
    auto t = parse_target("100,00 %");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->op, Op::none);
    ASSERT_TRUE(std::holds_alternative<Quantity>(t->value));
    EXPECT_TRUE(std::get<Quantity>(t->value).is_percent());
}

TEST(Target, OcrRepairIsRecorded) {
    auto t = parse_target("5= 80,00 %");
    ASSERT_TRUE(t.ok());
    EXPECT_NE(t->repair.find("5="), std::string::npos);
    EXPECT_TRUE(parse_target(">= 80%")->repair.empty());
}

TEST(Target, OcrFormNeedsANumberAfterIt) {
    // "S=" followed by text is not a comparator: the text is a descriptive target.
    auto t = parse_target("S=vedi piano");
    ASSERT_TRUE(t.ok());
    EXPECT_TRUE(std::holds_alternative<Text>(t->value));
}

TEST(Target, ComparatorInItsOwnCell) {
    auto t = parse_target(">=", "10.000");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->machine(), ">= 10000");
    auto d = parse_target("Entro", "31/12/2026");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->machine(), "<= 2026-12-31");
    auto empty_cell = parse_target("", "100,00 %");
    ASSERT_TRUE(empty_cell.ok());
    EXPECT_EQ(empty_cell->machine(), "100%");
    auto bad = parse_target("circa", "10");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, Errc::target_malformed);
}

TEST(Target, ComparatorWithoutValue) {
    auto t = parse_target(">=");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Errc::comparator_without_value);
    EXPECT_EQ(t.error().position, 2u);
}

// ">= n.d." in a year's cell: no target that year (the PIRA 2026 writes it so); the comparator
// alone promises nothing.
TEST(Target, ComparatorWithMissingValueIsMissing) {
    auto t = parse_target(">= n.d.");
    ASSERT_TRUE(t.ok());
    EXPECT_TRUE(std::holds_alternative<Missing>(t->value));
    EXPECT_EQ(t->op, Op::none);
    EXPECT_EQ(t->machine(), parse_target("n.d.")->machine());
}

TEST(Target, ComparatorWithGarbage) {
    auto t = parse_target(">= molti");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Errc::target_malformed);
    EXPECT_EQ(t.error().position, 3u);
}

TEST(Target, AmbiguousValueIsAnError) {
    auto t = parse_target(">= 1,050 N.");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Errc::number_ambiguous);
    EXPECT_EQ(t.error().position, 3u);
}

TEST(Target, IncompleteDeadline) {
    auto t = parse_target("Entro 31-08-");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Errc::date_incomplete);
}

TEST(Target, NumberWithUnknownUnitIsNotSilentlyText) {
    auto t = parse_target("12 pezzi");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Errc::unit_unknown);
}

// The Piano 2020's cascade: a phrase after the value or the comparator describes the target.
TEST(Target, APhraseAfterTheValueIsATargetInWords) {
    for (const char* t :
         {"100% iniziative trasmesse da ICE", "entro termini previsti per accorpamento"}) {
        auto p = parse_target(t);
        ASSERT_TRUE(p.ok()) << t;
        EXPECT_TRUE(std::holds_alternative<Text>(p->value)) << t;
        EXPECT_EQ(p->machine(), t);
    }
    EXPECT_EQ(parse_target("12 pezzi rotti").error().code, Errc::unit_unknown);
}

TEST(Target, EntroDoesNotMatchInsideAWord) {
    auto t = parse_target("entrate correnti");
    ASSERT_TRUE(t.ok());
    EXPECT_TRUE(std::holds_alternative<Text>(t->value));
}

TEST(Target, Empty) {
    EXPECT_EQ(parse_target("  ").error().code, Errc::empty_value);
}

}  // namespace
}  // namespace pira
