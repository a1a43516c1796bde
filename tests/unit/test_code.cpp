// Objective and indicator codes with every OCR/typing variant of docs/value-forms.md.
#include <gtest/gtest.h>

#include "normalise/code.hpp"

namespace pira {
namespace {

struct CodeCase {
    const char* text;
    const char* canonical;
};

// Test names show the text under test, not its bytes.
void PrintTo(const CodeCase& c, std::ostream* os) {
    *os << c.text;
}

class ObjectiveCodes : public ::testing::TestWithParam<CodeCase> {};

TEST_P(ObjectiveCodes, Canonical) {
    auto c = parse_objective_code(GetParam().text);
    ASSERT_TRUE(c.ok()) << GetParam().text << ": " << c.error().describe(GetParam().text);
    EXPECT_EQ(c->canonical, GetParam().canonical);
    EXPECT_EQ(c->family, "Pistoia-Prato");
}

INSTANTIATE_TEST_SUITE_P(
    DomainVariants, ObjectiveCodes,
    ::testing::Values(CodeCase{"01_01_OS02", "01_01_OS02"}, CodeCase{"01_01_0S02", "01_01_OS02"},
                      CodeCase{"01_01_0s02", "01_01_OS02"}, CodeCase{"01_01_0502", "01_01_OS02"},
                      CodeCase{"01_01_05_01", "01_01_OS01"}, CodeCase{"01_01_ulco1", "01_01_UIC01"},
                      CodeCase{"03_01_uico1", "03_01_UIC01"},
                      CodeCase{"03_01_UIc01", "03_01_UIC01"}, CodeCase{"01_05_0po1", "01_05_OP01"},
                      CodeCase{"02_01_0P0s", "02_01_OP05"}, CodeCase{"01_06_0pP01", "01_06_OP01"},
                      CodeCase{"01-06_0P05", "01_06_OP05"}, CodeCase{" 01_06_OP03 ", "01_06_OP03"},
                      CodeCase{"O1_O1_OS02", "01_01_OS02"}));

TEST(ObjectiveCode, RepairIsRecordedWithTheOriginal) {
    auto c = parse_objective_code("01_01_0502");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->repair, "codice scritto «01_01_0502»");
    EXPECT_TRUE(parse_objective_code("01_01_OS02")->repair.empty());
}

TEST(ObjectiveCode, OtherChambersFamiliesAreKeptAsWritten) {
    struct F {
        const char* text;
        const char* family;
    };
    for (const F& f : {F{"A.3.4", "Pistoia (legacy)"}, F{"B.1.4", "Pistoia (legacy)"},
                       F{"E1", "Pistoia (legacy)"}, F{"G.2.", "Pistoia (legacy)"},
                       F{"OS_02.03", "Toscana Nord-Ovest"}, F{"C1.1_07", "Pareto"},
                       F{"EC27", "Pareto"}, F{"DFP 1.3", "Pareto"}}) {
        auto c = parse_objective_code(f.text);
        ASSERT_TRUE(c.ok()) << f.text;
        EXPECT_EQ(c->canonical, f.text);
        EXPECT_EQ(c->family, f.family) << f.text;
    }
}

TEST(ObjectiveCode, Malformed) {
    auto c = parse_objective_code("01_01_XY02");
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, Errc::code_malformed);
    EXPECT_EQ(c.error().position, 6u);
    auto d = parse_objective_code("01_01_OS");
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code, Errc::code_malformed);
    EXPECT_EQ(parse_objective_code("obiettivo due").error().code, Errc::code_malformed);
    EXPECT_EQ(parse_objective_code("").error().code, Errc::empty_value);
}

TEST(IndicatorCode, Variants) {
    struct I {
        const char* text;
        const char* canonical;
    };
    for (const I& i : {I{"01_01_OS02_05_2025", "01_01_OS02_05_2025"},
                       I{"01-06_0P05_03-2025", "01_06_OP05_03_2025"},
                       I{"01_01_0s01_01_2025", "01_01_OS01_01_2025"},
                       I{"01_01_0502_06_2025", "01_01_OS02_06_2025"},
                       I{"03_01_Ulco1_02_2025", "03_01_UIC01_02_2025"},
                       I{"01_06_0P03_07_2025_2", "01_06_OP03_07_2025_2"},
                       I{"01_01_0s04_03_", "01_01_OS04_03"}}) {
        auto c = parse_indicator_code(i.text);
        ASSERT_TRUE(c.ok()) << i.text << ": " << c.error().describe(i.text);
        EXPECT_EQ(c->canonical, i.canonical);
    }
    EXPECT_EQ(parse_indicator_code("01_01_OS02").error().code, Errc::code_malformed);
    EXPECT_EQ(parse_indicator_code("01_01_OS02_x9").error().code, Errc::code_malformed);
}

// The canonical form alone, as the row reader takes it, is the full parse's, where that
// succeeds and where it fails.
TEST(IndicatorCode, CanonicalAloneAsTheParse) {
    for (const char* text : {"01_01_OS02_05_2025",
                             "01-06_0P05_03-2025",
                             "01_01_0s01_01_2025",
                             "01_01_0502_06_2025",
                             "03_01_Ulco1_02_2025",
                             "01_06_0P03_07_2025_2",
                             "01_01_0s04_03_",
                             "01_01_OS_04_02",
                             " 02.03 op0pp1 04 2025 ",
                             "01_01_0pP01_02",
                             "OC_DTDE_02",
                             "oc_DTDE_02",
                             "01_01_OS02",
                             "01_01_OS02_x9",
                             "01_01_XY02_03",
                             "1_01_OS02_03",
                             "01_01_OS",
                             "01_01_OS_",
                             "",
                             "___",
                             "01_01_OS02_03_2025_1_2_3_4_5_6_7_8_9_1_2_3_4_5_6",
                             "01_01_OS02_03_2025_1_2_3_4_5_x_7_8_9_1_2_3_4_5_6",
                             "IS_0102_A3.1_02",
                             "01_01_UIC01_O1_2O25"}) {
        std::string canonical = "previous";
        const bool ok = indicator_code_canonical(text, canonical);
        const auto parsed = parse_indicator_code(text);
        ASSERT_EQ(ok, parsed.ok()) << text;
        if (ok) {
            EXPECT_EQ(canonical, parsed->canonical) << text;
        }
    }
}

}  // namespace
}  // namespace pira
