// The Piano 2020's cascade (section 3.3) through the profile language: cells merged over rows
// (`carry`) and the columns one table lends to the matching rows of the others (`lends`), on a
// document of two tables built line by line as pdf_reader gives them.
#include <gtest/gtest.h>

#include "extraction/carried_cells.hpp"
#include "extraction/extract.hpp"
#include "extraction/lent_columns.hpp"
#include "extraction_test_lines.hpp"

namespace pira {
namespace {

using test::cell;
using test::cells_line;

const char* kCascade = R"toml(
[profile]
id = "cascata"
name = "Cruscotto e cascata"
[detect]
phrases = ["Valenza informativa"]
[[field]]
pattern = '^Linea (?P<objective_code>[A-I])$'
level = 2
[[table]]
first_header = "Indicatore"
[[table.column]]
headers = ["Obiettivo"]
column = "objective_code"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
[[table.column]]
headers = ["Algoritmo"]
column = "formula"
[[table]]
first_header = "Valenza informativa"
lends = ["department"]
[[table.column]]
headers = ["Valenza informativa"]
column = "indicator_name"
carry = true
[[table.column]]
headers = ["Formula"]
column = "formula"
[[table.column]]
headers = ["Strutture"]
column = "department"
carry = true
)toml";

TEST(CarriedCells, AnEmptyCellIsTheRowAbovesInTheSameTable) {
    ProfileTable t;
    t.columns.push_back({{}, "department", {}, {}, false, true});
    CarriedCells carried;
    Row first, second, third;
    first.parts["department"][4] = "Servizio Promozione";
    carried.apply(first, t);
    carried.apply(second, t);
    EXPECT_EQ(second.parts["department"][4], "Servizio Promozione");
    carried.clear();  // a new table
    carried.apply(third, t);
    EXPECT_TRUE(third.parts["department"].empty());
}

TEST(LentColumns, CascadeRowsGiveTheirStructureToTheIndicatorsTheyMatch) {
    const Profile p = load_profile(kCascade, "cascata.toml");
    std::vector<Line> lines{
        cells_line(1, 10, {{10, "Obiettivo"}, {100, "Indicatore"}, {200, "Algoritmo"}}, true),
        cells_line(1, 30, {{10, "B.1.4"}, {100, "Grado di utilizzo"}, {200, "Risorse/budget"}}),
        cells_line(1, 50, {{10, "B.3.2"}, {100, "Grado di utilizzo"}, {200, "Altro"}}),
        cells_line(1, 70, {{10, "B.3.2"}, {100, "Studenti coinvolti"}, {200, "N. studenti"}}),
        cells_line(1, 90, {{10, "Linea B"}}),
        cells_line(1, 110, {{100, "Valenza informativa"}, {200, "Formula"}, {300, "Strutture"}},
                   true),
        cells_line(1, 130,
                   {{100, "Grado di utilizzo"}, {200, "Risorse/budget"}, {300, "Servizio A"}}),
        // No name: the row above's (a merged cell), and a row of its own.
        cells_line(1, 150, {{200, "N. studenti"}, {300, "Servizio B"}}),
        // No name, no structure: both the row above's.
        cells_line(1, 170, {{200, "N. classi"}}),
    };
    Diagnostics diags;
    const Extraction x = extract("p.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 6u);
    const auto dept = *x.table.column("department");
    const auto name = *x.table.column("indicator_name");
    // Formula and name match the first cascade row. The second indicator has the name of both
    // cascade rows (the second's carried): the first in the document wins. The third matches
    // the second cascade row by its formula.
    EXPECT_EQ(x.table.rows[0].fields[dept].text, "Servizio A");
    EXPECT_EQ(x.table.rows[1].fields[dept].text, "Servizio A");
    EXPECT_EQ(x.table.rows[2].fields[dept].text, "Servizio B");
    EXPECT_EQ(x.table.rows[4].fields[name].text, "Grado di utilizzo");
    EXPECT_EQ(x.table.rows[4].fields[dept].text, "Servizio B");
    EXPECT_EQ(x.table.rows[5].fields[name].text, "Grado di utilizzo");
    EXPECT_EQ(x.table.rows[5].fields[dept].text, "Servizio B");
}

TEST(LentColumns, ACodeOfAnotherLineaOrADepartmentAlreadyThereIsNotTouched) {
    CanonicalTable t;
    t.columns = {"objective_code", "indicator_name", "formula", "department"};
    t.rows.push_back({1, {{"A.3.4"}, {"Grado"}, {"f"}, {""}}, 0, 1});
    t.rows.push_back({2, {{"B.1.4"}, {"Grado"}, {"f"}, {"Già suo"}}, 0, 1});
    t.rows.push_back({3, {{"B"}, {"Grado"}, {"f"}, {"Servizio B"}}, 0, 1});
    ProfileTable cruscotto, cascade;
    cascade.lends = {"department"};
    EXPECT_EQ(lend_columns(t, {&cruscotto, &cruscotto, &cascade}), 0u);
    EXPECT_EQ(t.rows[0].fields[3].text, "");
    EXPECT_EQ(t.rows[1].fields[3].text, "Già suo");
}

}  // namespace
}  // namespace pira
