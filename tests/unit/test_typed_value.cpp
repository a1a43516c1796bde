// Every value form survives its typed columns: typed when loaded, read back without its text.
#include <gtest/gtest.h>

#include "model/typed_value.hpp"
#include "validation/row_check.hpp"

namespace pira {
namespace {

// The cell typed as a load types it, then back from the columns alone (and the machine form).
void expect_round_trip(std::string_view column, std::string_view text, bool words = false) {
    SCOPED_TRACE(std::string(column) + ": " + std::string(text));
    auto cell = type_value(column, text, words);
    ASSERT_TRUE(cell.ok());
    if (column == "actual") {
        auto direct = parse_actual(text, words);
        ASSERT_TRUE(direct.ok());
        auto back = value_of(cell->typed, cell->machine);
        ASSERT_TRUE(back.has_value());
        EXPECT_EQ(machine(*back), machine(*direct));
        EXPECT_EQ(kind_name(*back), kind_name(*direct));
        if (const auto* q = std::get_if<Quantity>(&*direct)) {
            const auto& b = std::get<Quantity>(*back);
            EXPECT_EQ(b.number.value, q->number.value);
            EXPECT_EQ(b.number.machine, q->number.machine);
            EXPECT_EQ(b.number.decimals, q->number.decimals);
            EXPECT_EQ(b.unit, q->unit);
        }
    } else {
        auto direct = parse_target(text);
        ASSERT_TRUE(direct.ok());
        auto back = target_of(cell->typed, cell->machine);
        ASSERT_TRUE(back.has_value());
        EXPECT_EQ(back->machine(), direct->machine());
        EXPECT_EQ(back->op, direct->op);
        EXPECT_EQ(back->is_deadline(), direct->is_deadline());
    }
}

TEST(TypedValue, TargetsOfEveryFormComeBackFromTheirColumns) {
    for (auto text :
         {">= 80,00 %", ">=0,01 N.", "<= 31/12/2026", "Entro 30-04-2025", "100,00 %", "= si",
          "1.003", "> 1 003 N.", "< 0,5", "30.11.2026", "&gt;= 97%", "<= 15 gg"}) {
        expect_round_trip("target", text);
        expect_round_trip("target_2026", text);
    }
}

TEST(TypedValue, ActualsOfEveryFormComeBackFromTheirColumns) {
    for (auto text : {"61,19%", "0,02 N.", "N/D", "16/04/2025", "si", "no", "1.107.200", "8 su 8",
                      "14,30%", "0,0000001", "-3,5"}) {
        expect_round_trip("actual", text);
    }
    expect_round_trip("actual", "buono", true);
}

TEST(TypedValue, WeightsKeepTheirDecimalsAndUnit) {
    auto cell = type_value("weight", "33,30%", false);
    ASSERT_TRUE(cell.ok());
    EXPECT_EQ(cell->machine, "33.3");
    EXPECT_EQ(cell->typed.kind, "numero");
    EXPECT_EQ(cell->typed.unit, "%");
    EXPECT_EQ(cell->typed.decimals, 2);
    auto back = value_of(cell->typed, cell->machine);
    ASSERT_TRUE(back.has_value());
    const auto& q = std::get<Quantity>(*back);
    EXPECT_DOUBLE_EQ(q.number.value, 33.3);
    EXPECT_EQ(q.number.significant_decimals(), 1);
    EXPECT_TRUE(q.is_percent());
}

TEST(TypedValue, WordsWhereAValueMayBeWordsAreText) {
    auto resources = type_value("resources_eur", "risorse interne", false);
    ASSERT_TRUE(resources.ok());
    EXPECT_EQ(resources->typed.kind, "testo");
    auto baseline = type_value("baseline", "avvio del progetto", false);
    ASSERT_TRUE(baseline.ok());
    EXPECT_EQ(baseline->typed.kind, "testo");
    EXPECT_FALSE(type_value("weight", "venti", false).ok());
    EXPECT_FALSE(type_value("target", ">=", false).ok());
}

TEST(TypedValue, ColumnsThatDoNotMakeAValueAreRefused) {
    EXPECT_FALSE(value_of({"numero", {}, std::nullopt, 0, {}}, "12").has_value());
    EXPECT_FALSE(value_of({"numero", {}, 12.0, 0, "furlong"}, "12").has_value());
    EXPECT_FALSE(value_of({"data", {}, std::nullopt, 0, {}}, "30/04/2025").has_value());
    EXPECT_FALSE(value_of({"colore", {}, 1.0, 0, {}}, "1").has_value());
    EXPECT_FALSE(target_of({"numero", "=>", 1.0, 0, {}}, "=> 1").has_value());
}

}  // namespace
}  // namespace pira
