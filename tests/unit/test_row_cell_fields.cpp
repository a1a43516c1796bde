// A line that reads as a block field but stands inside a row's cell: "Peso: 25,00%" under an
// indicator's name, at line spacing, is the indicator's weight (the profile's split of the name
// column takes it whole), not the objective's "Peso:" field; the block goes on, so the next row
// keeps its objective. The same line after a row gap is the block's field.
#include <gtest/gtest.h>

#include "extraction/extract.hpp"
#include "extraction_test_lines.hpp"

namespace pira {
namespace {

using test::cell;
using test::cells_line;

const char* kWeights = R"toml(
[profile]
id = "pesi"
name = "Pesi nella cella"
[detect]
phrases = ["Indicatore"]
[[field]]
labels = ["Codice:"]
column = "objective_code"
[[field]]
labels = ["Peso:"]
column = "objective_weight"
[table]
first_header = "Indicatore"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
[[table.column]]
headers = ["Target 2024"]
column = "target_2024"
[[table.split]]
column = "indicator_name"
pattern = '\s*\(?(?:Peso:) (?P<weight>[\d,]+ ?%)\)?$'
)toml";

// A row's first line: the name bold, its target regular.
Line name_line(double y, const std::string& name, const std::string& target) {
    Line l = cells_line(1, y, {{10, name}, {200, target}});
    l.spans.front().bold = true;
    l.spans.front().words.front().bold = true;
    return l;
}

TEST(RowCellFields, AWeightUnderTheNameIsTheRowsNotTheBlocks) {
    const Profile p = load_profile(kWeights, "pesi.toml");
    const std::vector<Line> lines{
        cells_line(1, 10, {{10, "Codice:"}, {120, "OS_01"}}),
        cells_line(1, 20, {{10, "Peso:"}, {120, "40,00%"}}),
        cells_line(1, 30, {{10, "Indicatore"}, {200, "Target 2024"}}, true),
        name_line(40, "Pratiche", "80%"),
        cells_line(1, 46, {{10, "Peso: 25,00%"}}),  // at line spacing: in the name's cell
        name_line(60, "Visite", "10"),
        cells_line(1, 66, {{10, "Peso: 75,00%"}}),
    };
    Diagnostics diags;
    const Extraction x = extract("pesi.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "weight"), "25,00%");
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Pratiche");
    EXPECT_EQ(cell(x.table, 1, "weight"), "75,00%");
    EXPECT_EQ(cell(x.table, 1, "objective_code"), "OS_01");  // the block went on
    EXPECT_EQ(cell(x.table, 1, "objective_weight"), "40,00%");
}

TEST(RowCellFields, AWeightWrappedUnderItsLabelIsTheRows) {
    // A narrow cell: "Peso:" on one line, "25,00%" under it, the next cell going on beside.
    const Profile p = load_profile(kWeights, "pesi.toml");
    const std::vector<Line> lines{
        cells_line(1, 10, {{10, "Codice:"}, {120, "OS_01"}}),
        cells_line(1, 20, {{10, "Peso:"}, {120, "40,00%"}}),
        cells_line(1, 30, {{10, "Indicatore"}, {200, "Target 2024"}}, true),
        name_line(40, "Pratiche", "80%"),
        cells_line(1, 46, {{10, "Peso:"}}),
        cells_line(1, 52, {{10, "25,00%"}}),
        name_line(66, "Visite", "10"),
    };
    Diagnostics diags;
    const Extraction x = extract("pesi.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "weight"), "25,00%");
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Pratiche");
    EXPECT_EQ(cell(x.table, 1, "objective_weight"), "40,00%");  // the block's, untouched
}

TEST(RowCellFields, AfterARowGapTheLineIsTheBlocksField) {
    const Profile p = load_profile(kWeights, "pesi.toml");
    const std::vector<Line> lines{
        cells_line(1, 10, {{10, "Codice:"}, {120, "OS_01"}}),
        cells_line(1, 30, {{10, "Indicatore"}, {200, "Target 2024"}}, true),
        name_line(40, "Pratiche", "80%"),
        cells_line(1, 80, {{10, "Codice:"}, {120, "OS_02"}}),
        cells_line(1, 100, {{10, "Peso: 60,00%"}}),  // after a gap: the next block's field
        cells_line(1, 120, {{10, "Indicatore"}, {200, "Target 2024"}}, true),
        name_line(130, "Visite", "10"),
    };
    Diagnostics diags;
    const Extraction x = extract("pesi.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "weight"), "");
    EXPECT_EQ(cell(x.table, 1, "objective_code"), "OS_02");
    EXPECT_EQ(cell(x.table, 1, "objective_weight"), "60,00%");
}

const char* kKeys = R"toml(
[profile]
id = "chiavi"
name = "Chiavi nelle celle"
[detect]
phrases = ["Indicatore"]
[[field]]
labels = ["Codice:"]
column = "objective_code"
[[field]]
labels = ["Performance:"]
ignore = true
[table]
first_header = "Indicatore"
[[table.column]]
headers = ["Peso"]
column = "weight"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
[[table.column]]
headers = ["Target 2025"]
column = "target_2025"
)toml";

// "Performance" alone, a name's wrapped line in a column after the first, reads like the key
// cell "Performance" (its value below): it is the name's, and the block, its code, goes on.
TEST(RowCellFields, AWordLikeAKeyInARowsCellIsTheCells) {
    const Profile p = load_profile(kKeys, "chiavi.toml");
    const std::vector<Line> lines{
        cells_line(1, 10, {{10, "Codice:"}, {120, "OS_01"}}),
        cells_line(1, 30, {{10, "Peso"}, {100, "Indicatore"}, {300, "Target 2025"}}, true),
        cells_line(1, 40, {{10, "50,00%"}, {100, "Sistema della"}, {300, "Entro 30.01.2025"}}),
        cells_line(1, 48, {{100, "Performance"}}),
        cells_line(1, 56, {{100, "2025"}}),
        cells_line(1, 76, {{10, "50,00%"}, {100, "Visite"}, {300, "10"}}),
    };
    Diagnostics diags;
    const Extraction x = extract("chiavi.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Sistema della Performance 2025");
    EXPECT_EQ(cell(x.table, 1, "objective_code"), "OS_01");
}

}  // namespace
}  // namespace pira
