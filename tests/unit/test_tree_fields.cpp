// Other offices' layouts of a plan's tree (the Piano 2020's cruscotto, tests/renderings/piano2020):
// a field's columns written from its groups (`set`), a tree row's label wrapped in its narrow
// cell, and values right-aligned past their header in a table with unheaded columns.
#include <gtest/gtest.h>

#include "common/toml_check.hpp"
#include "extraction/block_fields.hpp"
#include "extraction/extract.hpp"
#include "extraction/fields.hpp"
#include "extraction/header_model.hpp"
#include "extraction/table_columns.hpp"

namespace pira {
namespace {

// A line of cells, each {x0, text}, 40 points wide.
Line cells_line(double y, std::vector<std::pair<double, std::string>> cells) {
    Line l;
    l.page = 1;
    l.y0 = y;
    l.y1 = y + 6;
    for (auto& [x, text] : cells)
        l.spans.push_back({text, x, x + 40, false, {{text, false, x, x + 40}}});
    return l;
}

const char* kTree = R"toml(
[profile]
id = "albero"
name = "Albero"
[detect]
phrases = ["INDICATORE"]
[[field]]
pattern = '^(?i:piano della performance) (?P<document>\d{4}-\d{4})$'
level = 1
set = { document = "Piano della performance {document}" }
[[field]]
pattern = '^(?:Ambito strategico ?/ ?Obiettivo strategico|Obiettivo strategico):? (?P<objective_code>[A-I]\d?\.?)(?: -)? (?P<objective_name>.+)$'
level = 3
wraps = true
set = { strategic_objective = "{objective_code} {objective_name}" }
[[field]]
labels = ["Obiettivo strategico:"]
column = "strategic_objective"
split = '^(?P<objective_code>[A-I]\d?)(?: -)? (?P<objective_name>.+)$'
set = { strategic_objective = "{objective_code} {objective_name}" }
level = 3
[[field]]
labels = ["Cod.:"]
column = "objective_code"
for_next = true
[table]
first_header = "INDICATORE"
unheaded_columns = true
[[table.column]]
headers = ["INDICATORE"]
column = "indicator_name"
)toml";

std::string value(const FieldHit& hit, const std::string& column) {
    for (const auto& [c, v] : hit.values) {
        if (c == column) return v;
    }
    return "(none)";
}

// The title in capitals names the document as the profile writes it; "B2 - Favorire" is the
// strategic objective "B2 Favorire", the seed's form, whatever separates code and name.
TEST(FieldSet, ColumnsWrittenFromTheGroupsMatched) {
    const Profile p = load_profile(kTree, "albero.toml");
    auto title = field_of(p, cells_line(10, {{10, "PIANO DELLA PERFORMANCE 2020-2022"}}));
    ASSERT_TRUE(title.has_value());
    EXPECT_EQ(value(*title, "document"), "Piano della performance 2020-2022");
    auto tree = field_of(p, cells_line(20, {{10, "Obiettivo strategico"}, {120, "B2 - Favorire"}}));
    ASSERT_TRUE(tree.has_value());
    EXPECT_EQ(value(*tree, "strategic_objective"), "B2 Favorire");
    EXPECT_EQ(value(*tree, "objective_code"), "B2");
    // The name's cell wraps: the set column made from it goes on with it.
    EXPECT_EQ(tree->wrap_columns.size(), 2u);
    std::string bad(kTree);
    bad.replace(bad.find("{document}\""), 10, "{anno}");
    EXPECT_THROW(load_profile(bad, "albero.toml"), DataFileError);
}

// A key above its value: the split value, and its wrapped line, go to the split's columns and
// to the one set from them.
TEST(FieldSet, ASplitValueWrappedUnderItself) {
    const Profile p = load_profile(kTree, "albero.toml");
    BlockFields fields;
    auto key = field_of(p, cells_line(10, {{10, "Obiettivo strategico:"}}));
    ASSERT_TRUE(key.has_value());
    fields.set(*key);
    const Line first = cells_line(20, {{10, "B1 - Sviluppare le capacità"}});
    ASSERT_TRUE(fields.take_pending(first));
    ASSERT_TRUE(fields.take_wrapped(cells_line(26, {{10, "di innovazione"}})));
    auto v = fields.values();
    EXPECT_EQ(v["objective_name"], "Sviluppare le capacità di innovazione");
    EXPECT_EQ(v["strategic_objective"], "B1 Sviluppare le capacità di innovazione");
}

// The key above its value, the value alone on its line: a line that left room for the next
// line's first word ended the value (a tree row without a label follows at the same margin);
// a line reaching the page's right edge goes on below.
TEST(FieldSet, AValueUnderItsKeyEndsWhereItsParagraphEnds) {
    const Profile p = load_profile(kTree, "albero.toml");
    const double right_edge = 400;
    BlockFields fields;
    fields.set(*field_of(p, cells_line(10, {{10, "Obiettivo strategico:"}})));
    ASSERT_TRUE(fields.take_pending(cells_line(20, {{10, "E2 - Diffusione"}})));
    EXPECT_FALSE(fields.take_wrapped(cells_line(26, {{10, "E.2.4. - Azioni"}}), right_edge));
    EXPECT_EQ(fields.values()["objective_name"], "Diffusione");

    BlockFields full;
    full.set(*field_of(p, cells_line(10, {{10, "Obiettivo strategico:"}})));
    Line wide = cells_line(20, {{10, "B1 - Sviluppare le capacità"}});
    wide.spans[0].x1 = wide.spans[0].words[0].x1 = 398;
    ASSERT_TRUE(full.take_pending(wide));
    EXPECT_TRUE(full.take_wrapped(cells_line(26, {{10, "di innovazione"}}), right_edge));
    EXPECT_EQ(full.values()["objective_name"], "Sviluppare le capacità di innovazione");
}

// "Cod.: I.2" above "Obiettivo strategico: I.2. - Garantire ...": the code is the next field's,
// its value read as written with the code first (the name keeps its own "I.2. -").
TEST(FieldSet, ACodeInAFieldOfItsOwnAboveTheFieldItCodes) {
    const Profile p = load_profile(kTree, "albero.toml");
    BlockFields fields;
    fields.set(*field_of(p, cells_line(10, {{10, "Cod.: I2"}})));
    EXPECT_TRUE(fields.values().empty());  // held, not yet the block's
    fields.set(*field_of(p, cells_line(20, {{10, "Obiettivo strategico: I2. - Garantire"}}),
                         fields.held_column()));
    auto v = fields.values();
    EXPECT_EQ(v["objective_code"], "I2");
    EXPECT_EQ(v["objective_name"], "I2. - Garantire");
    EXPECT_EQ(v["strategic_objective"], "I2 I2. - Garantire");
    // The key above its value: the code waits for its value, then for the field it codes.
    BlockFields above;
    above.set(*field_of(p, cells_line(10, {{10, "Cod.:"}})));
    ASSERT_TRUE(above.take_pending(cells_line(16, {{10, "B1"}})));
    above.set(*field_of(p, cells_line(30, {{10, "Obiettivo strategico:"}})));
    ASSERT_TRUE(above.take_pending(cells_line(36, {{10, "Sviluppare"}})));
    EXPECT_EQ(above.values()["strategic_objective"], "B1 Sviluppare");
    // A key cell read by a heading pattern too: after a held code, the labels read it.
    BlockFields grid;
    grid.set(*field_of(p, cells_line(10, {{10, "Cod.:"}, {120, "I2"}})));
    EXPECT_EQ(grid.held_column(), "objective_code");
    const Line key = cells_line(20, {{10, "Obiettivo strategico"}, {120, "I2. - Garantire"}});
    EXPECT_EQ(value(*field_of(p, key), "objective_code"), "I2.");  // the pattern's reading
    grid.set(*field_of(p, key, grid.held_column()));
    EXPECT_EQ(grid.values()["objective_name"], "I2. - Garantire");
}

// "Ambito strategico /" over "Obiettivo strategico" in a narrow first cell, the code and the
// name beside it: the heading, its cells' lines joined; not a line whose first line is no row.
TEST(FieldSet, ATreeRowWhoseLabelWrapsInItsCell) {
    const Profile p = load_profile(kTree, "albero.toml");
    std::vector<Line> lines{
        cells_line(100, {{45, "Ambito strategico /"}, {200, "H1"}, {250, "Implementare azioni"}}),
        cells_line(106, {{45, "Obiettivo strategico"}}), cells_line(116, {{120, "INDICATORE"}})};
    EXPECT_FALSE(field_of(p, lines[0]));
    auto hit = wrapped_heading_cells(p, lines, 0, 4);
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->second, 1u);
    EXPECT_EQ(value(hit->first, "objective_code"), "H1");
    EXPECT_EQ(value(hit->first, "strategic_objective"), "H1 Implementare azioni");
    EXPECT_FALSE(wrapped_heading_cells(p, lines, 1, 4));
}

// Tree rows in bold set tight above the bold header (6 points apart, as the header's own
// lines): a field's line, or a label's wrapped part under it, is the tree's, not the header's
// upper line; a bold header cell above the header line still is.
TEST(FieldSet, BoldTreeRowsTightAboveTheHeaderAreNotItsLines) {
    const Profile p = load_profile(kTree, "albero.toml");
    auto bold = [](Line l) {
        for (auto& s : l.spans) {
            s.bold = true;
            for (auto& w : s.words) w.bold = true;
        }
        return l;
    };
    std::vector<Line> lines{
        bold(cells_line(100, {{45, "Ambito strategico /"}, {200, "H1"}, {250, "Implementare"}})),
        bold(cells_line(106, {{45, "Obiettivo strategico"}})),
        bold(cells_line(112, {{120, "INDICATORE"}, {250, "ALGORITMO"}})),
        bold(cells_line(200, {{10, "Obiettivo strategico B2 - Favorire"}})),
        bold(cells_line(206, {{120, "INDICATORE"}, {250, "ALGORITMO"}})),
        bold(cells_line(300, {{250, "Nota"}})),
        bold(cells_line(306, {{120, "INDICATORE"}, {250, "ALGORITMO"}}))};
    HeaderModel h(lines, p, p.tolerances);
    ASSERT_TRUE(h.is_header(2));
    EXPECT_EQ(h.band(2).first, 2u);
    ASSERT_TRUE(h.is_header(4));
    EXPECT_EQ(h.band(4).first, 4u);
    ASSERT_TRUE(h.is_header(6));
    EXPECT_EQ(h.band(6).first, 5u);
}

// Headers left-aligned over their cells (the names start under INDICATORE): a value
// right-aligned past "Val. 2019" is the baseline's though its centre is nearer "Peso", in the
// table's first row too; a code in the gap beside the names stays in no column.
TEST(FieldSet, AValueRightAlignedPastItsHeader) {
    const Profile p = load_profile(kTree, "albero.toml");
    Tolerances tol;
    TableColumns cols(tol);
    std::vector<Column> c{{"indicator_name", {}, 120, 160, "INDICATORE", "INDICATORE"},
                          {"formula", {}, 257, 290, "ALGORITMO", "ALGORITMO"},
                          {"baseline", {}, 441, 466, "Val. 2019", "Val.2019"},
                          {"weight", {}, 496, 509, "Peso", "Peso"}};
    cols.set(p.tables[0], c, true);
    cols.remember_cell_starts(cols.cells_of(cells_line(130, {{120, "Grado"}})));
    Line row = cells_line(130, {{120, "Grado"}, {207, "A.3.4"}, {257, "Risorse"}, {476, "100 %"}});
    row.spans[3].x1 = 490;
    const Cells cells = cols.cells_of(row);
    ASSERT_EQ(cells.size(), 3u);
    EXPECT_EQ(cells[2].first, 2u);
    EXPECT_EQ(cells[2].second->text, "100 %");
    // The table's first row, no cell start known yet: its own name, under INDICATORE's start,
    // says the headers are left-aligned.
    TableColumns first(tol);
    first.set(p.tables[0], c, true);
    const Cells first_cells = first.cells_of(row);
    ASSERT_EQ(first_cells.size(), 3u);
    EXPECT_EQ(first_cells[2].first, 2u);
}

const char* kCruscotto = R"toml(
[profile]
id = "cruscotto"
name = "Cruscotto"
[detect]
phrases = ["INDICATORE"]
[[field]]
pattern = '^Obiettivo operativo (?P<objective_code>[A-I]\d) - (?P<objective_name>.+)$'
wraps = true
[table]
first_header = "INDICATORE"
[[table.column]]
headers = ["INDICATORE"]
column = "indicator_name"
[[table.column]]
headers = ["ALGORITMO"]
column = "formula"
[[table.column]]
headers = ["Peso"]
column = "weight"
[[table.column]]
headers = ['Target (\d{4})']
column = "target_{1}"
)toml";

// A tree row's name ending well short of the row's end is whole: the line below it, in the
// same place, is a line of its own (E.2.4. under E2). In a table of regular names, a line
// without a name bringing a text and values again to the weight and the targets is a row whose
// name cell is empty: reported, not glued to the row above ("entro 31/12/2020" then "1").
TEST(FieldSet, AShortTreeNameEndsAndANamelessRowIsARow) {
    const Profile p = load_profile(kCruscotto, "cruscotto.toml");
    std::vector<Line> lines{
        cells_line(10, {{100, "Obiettivo operativo"}, {250, "E2 - Diffusione"}}),
        cells_line(17, {{250, "E.2.4. - Azioni"}}),
        cells_line(30, {{100, "INDICATORE"},
                        {250, "ALGORITMO"},
                        {450, "Peso"},
                        {520, "Target 2020"},
                        {580, "Target 2021"},
                        {640, "Target 2022"}}),
        cells_line(40, {{100, "Diffusione"},
                        {250, "Iniziative"},
                        {450, "10 %"},
                        {520, "entro"},
                        {580, "entro"},
                        {640, "entro"}}),
        cells_line(47, {{520, "31/12/2020"}, {580, "31/12/2021"}, {640, "31/12/2022"}}),
        cells_line(54, {{250, "Punteggio"}, {450, "15 %"}, {520, "1"}, {580, "1"}, {640, "1"}})};
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    auto at = [&](const char* col) { return x.table.rows[0].fields[*x.table.column(col)].text; };
    EXPECT_EQ(at("objective_name"), "Diffusione");
    EXPECT_EQ(at("target_2020"), "entro 31/12/2020");
    EXPECT_EQ(at("weight"), "10 %");
    const bool reported = std::any_of(diags.items().begin(), diags.items().end(), [](auto& d) {
        return d.code == Errc::row_without_indicator && d.value.find("Punteggio") == 0;
    });
    EXPECT_TRUE(reported);
}

}  // namespace
}  // namespace pira
