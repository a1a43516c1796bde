// Tables without a header row (src/extraction/headerless_table.cpp) in other orders than the
// profile's first: each [[table]] names the column its row pattern matches (`row_column`), the
// table whose first row comes first is opened (on the same line, one with a column for each
// cell, then the one whose pattern matches on more of the block's rows), and a comparator alone
// in a cell (an operator column) counts with its value when the columns are counted and placed.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "common/toml_check.hpp"
#include "extraction/extract.hpp"
#include "extraction/headerless_table.hpp"
#include "extraction/profile.hpp"
#include "extraction_test_lines.hpp"

namespace pira {
namespace {

using test::cell;
using test::cells_line;

// The weight first (as published), or last after the description's own column.
const char* kProfile = R"toml(
[profile]
id = "senza"
name = "Senza intestazioni"
[detect]
phrases = ["Codice:"]
[[field]]
labels = ["Codice:"]
column = "objective_code"
[[table]]
row_pattern = '\d{1,3},\d{2} ?%'
[[table.column]]
column = "weight"
[[table.column]]
column = "indicator_name"
[[table.column]]
column = "target"
[[table.column]]
column = "actual"
[[table]]
row_pattern = '\d{1,3},\d{2} ?%'
row_column = "weight"
[[table.column]]
column = "indicator_name"
[[table.column]]
column = "formula"
[[table.column]]
column = "target"
[[table.column]]
column = "actual"
[[table.column]]
column = "weight"
)toml";

TEST(HeaderlessTables, WeightLastWithAnOperatorColumn) {
    const Profile p = load_profile(kProfile, "senza.toml");
    // Columns 50 points apart; the comparator in a cell of its own before the target, absent
    // from the second row (its target has none).
    std::vector<Line> lines{
        cells_line(1, 10, {{0, "Codice:"}, {50, "OB_01"}}),
        cells_line(1, 30,
                   {{0, "Primo"},
                    {50, "Conteggio"},
                    {100, ">="},
                    {150, "4"},
                    {200, "5"},
                    {250, "60,00%"}}),
        cells_line(
            1, 50,
            {{0, "Secondo"}, {50, "Quota"}, {150, "80,00%"}, {200, "90,00%"}, {250, "40,00%"}}),
    };
    Diagnostics diags;
    const Extraction x = extract("senza.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Primo");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Conteggio");
    EXPECT_EQ(cell(x.table, 0, "target"), ">= 4");
    EXPECT_EQ(cell(x.table, 0, "actual"), "5");
    EXPECT_EQ(cell(x.table, 0, "weight"), "60,00%");
    EXPECT_EQ(cell(x.table, 1, "target"), "80,00%");  // a percentage, not the weight
    EXPECT_EQ(cell(x.table, 1, "weight"), "40,00%");
}

TEST(HeaderlessTables, TheFirstTableWinsOnTheSameLine) {
    const Profile p = load_profile(kProfile, "senza.toml");
    // Both tables recognise the line (the second as a row whose name is on another line): the
    // profile's first is read, the weight first.
    std::vector<Line> lines{
        cells_line(1, 10, {{0, "Codice:"}, {50, "OB_01"}}),
        cells_line(1, 30, {{0, "50,00%"}, {50, "Nome"}, {200, "1"}, {250, "70,00%"}}),
    };
    Diagnostics diags;
    const Extraction x = extract("senza.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "weight"), "50,00%");
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Nome");
}

// A profile whose block has a code field and whose tables, without headers, are read by their
// weight's pattern: one column order per table, in the order listed.
std::string headerless_profile(const std::string& id,
                               const std::vector<std::vector<std::string>>& tables) {
    std::string toml = "[profile]\nid = \"" + id + "\"\nname = \"" + id +
                       "\"\n[detect]\nphrases = [\"Codice:\"]\n[[field]]\n"
                       "labels = [\"Codice:\"]\ncolumn = \"objective_code\"\n";
    for (const auto& columns : tables) {
        toml += "[[table]]\nrow_pattern = '\\d{1,3},\\d{2} ?%'\nrow_column = \"weight\"\n";
        for (const auto& c : columns) toml += "[[table.column]]\ncolumn = \"" + c + "\"\n";
    }
    return toml;
}

const std::vector<std::string> kNameFormulaTargetActualWeight{"indicator_name", "formula", "target",
                                                              "actual", "weight"};
const std::vector<std::string> kNameWeightTargetActual{"indicator_name", "weight", "target",
                                                       "actual"};
const std::vector<std::string> kNameTargetActualWeight{"indicator_name", "target", "actual",
                                                       "weight"};
const std::vector<std::string> kNameFormulaTargetWeight{"indicator_name", "formula", "target",
                                                        "weight"};

// The weight last after the description's own column, listed first, and the weight after the
// name: a line of four cells is a row of the first only with its name on another line.
TEST(HeaderlessTables, OnTheSameLineATableWithACellPerColumnWins) {
    const Profile p = load_profile(
        headerless_profile("dopo", {kNameFormulaTargetActualWeight, kNameWeightTargetActual}),
        "dopo.toml");
    // The first table would read the line as formula, target, actual (the pattern's
    // percentage) and weight, its name missing; the second has a column for each cell.
    std::vector<Line> lines{
        cells_line(1, 10, {{0, "Codice:"}, {50, "OB_01"}}),
        cells_line(1, 30, {{0, "Nome"}, {100, "30,00%"}, {150, ">= 4"}, {200, "50,00%"}}),
    };
    Diagnostics diags;
    const Extraction x = extract("dopo.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Nome");
    EXPECT_EQ(cell(x.table, 0, "weight"), "30,00%");
    EXPECT_EQ(cell(x.table, 0, "target"), ">= 4");
    EXPECT_EQ(cell(x.table, 0, "actual"), "50,00%");
}

// The weight after the name, listed first, and the weight last: both have a column for each
// cell of a first row whose target is a percentage; the block's other rows say which column
// holds a percentage on every row.
TEST(HeaderlessTables, OfTwoTablesTheOneWhosePatternMatchesOnMoreRowsWins) {
    const Profile p =
        load_profile(headerless_profile("dove", {kNameWeightTargetActual, kNameTargetActualWeight}),
                     "dove.toml");
    std::vector<Line> lines{
        cells_line(1, 10, {{0, "Codice:"}, {50, "OB_01"}}),
        cells_line(1, 30, {{0, "Primo"}, {100, "90,00%"}, {150, "95,00%"}, {200, "40,00%"}}),
        cells_line(1, 50, {{0, "Secondo"}, {100, "4"}, {150, "5"}, {200, "60,00%"}}),
    };
    Diagnostics diags;
    const Extraction x = extract("dove.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "target"), "90,00%");
    EXPECT_EQ(cell(x.table, 0, "weight"), "40,00%");
    EXPECT_EQ(cell(x.table, 1, "target"), "4");
    EXPECT_EQ(cell(x.table, 1, "weight"), "60,00%");
}

// Two tables that both read a values line with the name missing (the name on a line of its
// own, cells centred): the one whose pattern's column matches on more of the block's lines
// wins, though listed second.
TEST(HeaderlessTables, WithTheNameMissingTooThePatternOnMoreRowsWins) {
    const Profile p = load_profile(
        headerless_profile("senza-nome", {kNameFormulaTargetWeight, kNameWeightTargetActual}),
        "senza-nome.toml");
    const std::vector<Line> lines{
        cells_line(1, 30, {{100, "40,00%"}, {150, "90,00%"}, {200, "95,00%"}}),
        cells_line(1, 40, {{0, "Primo"}}),
        cells_line(1, 60, {{100, "60,00%"}, {150, "4"}, {200, "5"}}),
        cells_line(1, 70, {{0, "Secondo"}}),
    };
    HeaderModel model(lines, p, p.tolerances);
    const auto first = first_headerless(lines, 0, p, model);
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->first, 0u);
    EXPECT_EQ(first->second, &p.tables[1]);  // the weight first among the values
}

TEST(HeaderlessTables, RowColumnIsOneOfTheTablesColumns) {
    std::string bad = kProfile;
    bad.replace(bad.find("row_column = \"weight\""), 21, "row_column = \"type\"");
    try {
        load_profile(bad, "senza.toml");
        FAIL() << "row_column outside the table's columns was accepted";
    } catch (const DataFileError& e) {
        EXPECT_NE(std::string(e.what()).find("row_column"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace pira
