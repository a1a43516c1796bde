// The extractor's stages, each on its own (docs/extraction.md): comparator cells from the
// vocabulary, the header model, column assignment, row fields, tolerances and the profile loader,
// detection cues, user profile folders, and running lines that spare a repeated table header.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <tuple>

#include "common/text.hpp"
#include "common/toml_check.hpp"
#include "extraction/block_fields.hpp"
#include "extraction/comparator_cells.hpp"
#include "extraction/detection.hpp"
#include "extraction/extract.hpp"
#include "extraction/fields.hpp"
#include "extraction/header_model.hpp"
#include "extraction/registry.hpp"
#include "extraction/row_fields.hpp"
#include "extraction/table_columns.hpp"
#include "extraction_test_lines.hpp"
#include "layout/running_lines.hpp"
#include "test_temp_dir.hpp"

namespace pira {
namespace {

using test::cell;
using test::cells_line;

const char* kFlat = R"toml(
[profile]
id = "piatto"
name = "Tabella unica"
[detect]
phrases = ["Obiettivo"]
[table]
first_header = "Obiettivo"
[[table.column]]
headers = ["Obiettivo"]
column = "objective_code"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
[[table.column]]
headers = ['Target (\d{4})']
column = "target_{1}"
[[table.column]]
headers = ["Obiettivo 2027"]
column = "target_2027"
)toml";

TEST(ComparatorCells, SymbolFormsOfTheVocabularyOnly) {
    for (const char* op : {">=", "=>", "≥", "<=", "=<", "≤", "<", ">", "=", " >= "})
        EXPECT_TRUE(is_comparator_cell(op)) << op;
    for (const char* not_op : {"entro", "almeno", ">= 80", "5=", "", "80%"})
        EXPECT_FALSE(is_comparator_cell(not_op)) << not_op;
    EXPECT_EQ(comparator_prefix(">=80%"), 2u);
    EXPECT_EQ(comparator_prefix("≥ 80"), std::string("≥").size());
    EXPECT_EQ(comparator_prefix("80"), 0u);
}

TEST(RowFields, ComparatorGoesOnToLaterYearsNumbersOnly) {
    Row r;
    r.cells = {{"target_2026", ">= 80%"}, {"target_2027", "85%"}, {"target_2028", "n.d."}};
    carry_comparators(r);
    EXPECT_EQ(r.cells["target_2027"], ">= 85%");
    EXPECT_EQ(r.cells["target_2028"], "n.d.");
}

TEST(RowFields, PartsJoinedInTableOrderAndSplitByPattern) {
    Row r;
    r.parts["indicator_name"][0] = "OS_02.03_01 - Imprese servite (Peso: 25,00%)";
    r.parts["formula"][0] = "numero";
    r.parts["formula"][3] = "di imprese";
    ProfileTable t;
    t.splits.push_back(
        {"indicator_name", std::make_shared<RE2>(R"re(^(?P<indicator_code>\S+) - )re"
                                                 R"re((?P<indicator_name>.+?) \(Peso: )re"
                                                 R"re((?P<weight>[\d,]+%)\))re")});
    split_parts(r, t);
    join_parts(r);
    EXPECT_EQ(r.cells["indicator_code"], "OS_02.03_01");
    EXPECT_EQ(r.cells["indicator_name"], "Imprese servite");
    EXPECT_EQ(r.cells["weight"], "25,00%");
    EXPECT_EQ(r.cells["formula"], "numero; di imprese");
}

TEST(RowFields, HeaderComparatorGoesToValuesWithoutOne) {
    const Profile p = load_profile(kFlat, "piatto.toml");
    std::vector<Line> lines{cells_line(
        1, 100, {{10, "Obiettivo"}, {60, "Indicatore"}, {130, "Target 2026 (>=)"}}, true)};
    HeaderModel h(lines, p, p.tolerances);
    TableReport report;
    auto cols = h.columns(h.band(0), p.tables[0], report);
    ASSERT_EQ(cols.size(), 3u);
    EXPECT_EQ(cols[2].name, "target_2026");
    EXPECT_EQ(cols[2].op, ">=");
    for (auto [in, out] : std::vector<std::pair<std::string, std::string>>{
             {"80%", ">= 80%"}, {"n.d.", ">= n.d."}, {"<= 5", "<= 5"}, {"si", "si"}}) {
        Row r;
        r.cells = {{"target_2026", in}};
        apply_header_comparators(r, cols);
        EXPECT_EQ(r.cells["target_2026"], out) << in;
    }
}

TEST(RowFields, GeneratedCodeFromTemplate) {
    EXPECT_EQ(generated_code("PO{year}_{block}", 3, "2020", {}), "PO2020_03");
    EXPECT_EQ(generated_code("PT{year}_{mission}_{programme}", 1, "2020",
                             {{"mission", "011"}, {"programme", "005"}}),
              "PT2020_011_005");
}

TEST(HeaderModel, WrappedHeaderBandAndYearsUnderTheirGroup) {
    const Profile p = load_profile(kFlat, "piatto.toml");
    std::vector<Line> lines{
        cells_line(1, 100, {{10, "Obiettivo"}, {60, "Indicatore"}, {175, "Target"}}, true),
        cells_line(1, 110, {{130, "2026"}, {175, "2027"}, {220, "2028"}}, true),
        cells_line(1, 130, {{10, "01_01_OS01"}, {60, "Nome"}, {130, "80%"}, {175, "85%"}})};
    HeaderModel h(lines, p, p.tolerances);
    ASSERT_TRUE(h.is_header(0));
    EXPECT_FALSE(h.is_header(2));
    const Band band = h.band(0);
    EXPECT_EQ(band.first, 0u);
    EXPECT_EQ(band.second, 1u);
    TableReport report;
    auto cols = h.columns(band, p.tables[0], report);
    std::vector<std::string> names;
    for (const auto& c : cols) names.push_back(c.name);
    // "Target" over "2027" is "Target 2027"; the years beside it take the group's word.
    EXPECT_EQ(names, (std::vector<std::string>{"objective_code", "indicator_name", "target_2026",
                                               "target_2027", "target_2028"}));
    EXPECT_TRUE(report.unknown_headers.empty());
}

// A group's word over two sub-headers, off their middle ("Consuntivo" over the right half of
// "al 30.9.2020" and the left half of "al 31.12.2020"): each sub-header takes it, as two
// columns; glued into one header, neither consuntivo would be read.
TEST(HeaderModel, GroupWordOverTwoSubHeadersNamesEach) {
    const Profile p = load_profile(R"toml(
[profile]
id = "gruppi"
name = "Gruppi"
[detect]
phrases = ["Indicatore"]
[table]
first_header = "Indicatore"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
[[table.column]]
headers = ['Consuntivo al 30\.9\.2020']
column = "baseline"
[[table.column]]
headers = ['Consuntivo al 31\.12\.2020']
column = "actual"
)toml",
                                   "gruppi.toml");
    std::vector<Line> lines{
        cells_line(1, 100, {{10, "Indicatore"}, {125, "Consuntivo"}}, true),
        cells_line(1, 110, {{100, "al 30.9.2020"}, {150, "al 31.12.2020"}}, true),
        cells_line(1, 130, {{10, "Nome"}, {100, "98,6"}, {150, "99 %"}})};
    HeaderModel h(lines, p, p.tolerances);
    ASSERT_TRUE(h.is_header(0));
    const Band band = h.band(0);
    ASSERT_EQ(band.second, 1u);
    TableReport report;
    auto cols = h.columns(band, p.tables[0], report);
    ASSERT_EQ(cols.size(), 3u);
    EXPECT_EQ(cols[1].name, "baseline");
    EXPECT_EQ(cols[1].x0, 100);
    EXPECT_EQ(cols[2].name, "actual");
    EXPECT_EQ(cols[2].header, "Consuntivo al 31.12.2020");
    EXPECT_TRUE(report.unknown_headers.empty());
}

// The group's word may overlap neither sub-header quite: starting where "al 30.9.2020" ends,
// its middle over the gap between the two, it is over both (and widens neither column).
TEST(HeaderModel, GroupWordOverTheGapBetweenTwoSubHeaders) {
    const Profile p = load_profile(R"toml(
[profile]
id = "gruppi"
name = "Gruppi"
[detect]
phrases = ["Indicatore"]
[table]
first_header = "Indicatore"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
[[table.column]]
headers = ['(?:Consuntivo )?al 30\.9\.2020']
column = "baseline"
[[table.column]]
headers = ['(?:Consuntivo )?al 31\.12\.2020']
column = "actual"
)toml",
                                   "gruppi.toml");
    std::vector<Line> lines{
        cells_line(1, 100, {{10, "Indicatore"}, {100.5, "Consuntivo"}}, true),
        cells_line(1, 110, {{60, "al 30.9.2020"}, {130, "al 31.12.2020"}}, true)};
    HeaderModel h(lines, p, p.tolerances);
    TableReport report;
    auto cols = h.columns(h.band(0), p.tables[0], report);
    ASSERT_EQ(cols.size(), 3u);
    EXPECT_EQ(cols[1].header, "Consuntivo al 30.9.2020");
    EXPECT_EQ(cols[1].x1, 100);
    EXPECT_EQ(cols[2].name, "actual");
    EXPECT_EQ(cols[2].x0, 130);
}

TEST(HeaderModel, ATighterBandGapCutsTheHeader) {
    Profile p = load_profile(kFlat, "piatto.toml");
    p.tolerances.header_band_gap = 0.5;
    std::vector<Line> lines{cells_line(1, 100, {{10, "Obiettivo"}, {60, "Indicatore"}}, true),
                            cells_line(1, 110, {{130, "2026"}}, true)};
    HeaderModel h(lines, p, p.tolerances);
    EXPECT_EQ(h.band(0).second, 0u);
}

TEST(TableColumns, ComparatorCellGoesWithTheValueAfterIt) {
    Tolerances tol;
    ProfileTable table;
    TableColumns cols(tol);
    std::vector<Column> c{{"indicator_name", {}, 10, 50, "Indicatore", "Indicatore"},
                          {"target_2026", {}, 100, 140, "Target 2026", "Target2026"}};
    cols.set(table, c, true);
    const Line l = cells_line(1, 130, {{10, "Nome"}, {95, ">="}, {110, "80%"}});
    const Cells cells = cols.cells_of(l);
    ASSERT_EQ(cells.size(), 3u);
    EXPECT_EQ(cells[0].first, 0u);
    EXPECT_EQ(cells[1].first, 1u);
    EXPECT_EQ(cells[2].first, 1u);
}

// A comparator alone at the top of a narrow cell, its value wrapped below it (">=" over
// "100,00 %"), left of a centred header: the target's, not paired with the actual after it;
// beside a target that has its own value on the line (an operator column with an empty
// header), it goes with the value after it.
TEST(TableColumns, AComparatorOverItsWrappedValueStaysInItsColumn) {
    Tolerances tol;
    ProfileTable table;
    TableColumns cols(tol);
    std::vector<Column> c{{"indicator_name", {}, 10, 50, "Indicatore", "Indicatore"},
                          {"target", {}, 107, 122, "Tgt", "Tgt"},
                          {"actual", {}, 150, 170, "Cons.", "Cons."}};
    cols.set(table, c, true);
    Line l = cells_line(1, 130, {{10, "Nome"}, {100, ">="}, {145, "100,34 %"}});
    l.spans[1].x1 = 105;
    Cells cells = cols.cells_of(l);
    ASSERT_EQ(cells.size(), 3u);
    EXPECT_EQ(cells[1].first, 1u);
    EXPECT_EQ(cells[2].first, 2u);
    l.spans[1].x1 = 108;  // reaching under its own header's first letter: the same
    cells = cols.cells_of(l);
    ASSERT_EQ(cells.size(), 3u);
    EXPECT_EQ(cells[1].first, 1u);
    EXPECT_EQ(cells[2].first, 2u);
    l = cells_line(1, 130, {{10, "Nome"}, {100, ">="}, {145, "4"}, {180, "5"}});
    l.spans[1].x1 = 105;
    std::vector<Column> op{{"indicator_name", {}, 10, 50, "Indicatore", "Indicatore"},
                           {"baseline", {}, 60, 95, "Stato 2025", "Stato2025"},
                           {"target", {}, 140, 170, "Target", "Target"},
                           {"actual", {}, 180, 200, "Cons.", "Cons."}};
    cols.set(table, op, true);
    l.spans[0] = cells_line(1, 130, {{10, "Nome"}}).spans[0];
    l.spans.insert(l.spans.begin() + 1, cells_line(1, 130, {{60, "3"}}).spans[0]);
    cells = cols.cells_of(l);
    ASSERT_EQ(cells.size(), 5u);
    EXPECT_EQ(cells[2].first, 2u);  // ">=" with "4", the target
    EXPECT_EQ(cells[3].first, 2u);
}

// Between two columns of values the boundary is halfway between the headers' centres: a
// left-aligned "1" under a centred "2020" is the target's, though nearer the wider actual
// header's edge; between a text column and a value column it stays halfway between edges.
TEST(TableColumns, ValuesBetweenCentredHeadersGoByTheCentres) {
    Tolerances tol;
    ProfileTable table;
    TableColumns cols(tol);
    std::vector<Column> c{{"indicator_name", {}, 10, 50, "Indicatore", "Indicatore"},
                          {"actual", {}, 246, 283, "al 31.12.2020", "al31.12.2020"},
                          {"target_2020", {}, 304, 318, "Target 2020", "Target2020"}};
    cols.set(table, c, true);
    const Line l = cells_line(1, 130, {{10, "Nome"}, {242, "1,57"}, {291, "1"}});
    Line narrow = l;
    narrow.spans[2].x1 = 295;  // "1" is 4 points wide
    const Cells cells = cols.cells_of(narrow);
    ASSERT_EQ(cells.size(), 3u);
    EXPECT_EQ(cells[1].first, 1u);
    EXPECT_EQ(cells[2].first, 2u);
}

// Values right-aligned in cells wider than their left-aligned headers end past the header's
// text, short of the next one: the whole table shows it (cells of different widths ending at
// one edge), and they stay in the column on the left though their centres are nearer the next.
// Values left-aligned in that gap (one start, different ends) still go by the centres.
TEST(TableColumns, RightAlignedValuesPastTheirHeaderStayInItsColumn) {
    Tolerances tol;
    ProfileTable table;
    TableColumns cols(tol);
    std::vector<Column> c{{"indicator_name", {}, 31, 80, "Indicatore", "Indicatore"},
                          {"actual", {}, 385, 428, "Consuntivo", "Consuntivo"},
                          {"target_2020", {}, 462, 505, "Target 2020", "Target2020"},
                          {"performance", {}, 527, 570, "Performance", "Performance"}};
    const auto row = [](double y, std::vector<std::tuple<double, double, std::string>> spans) {
        Line l = cells_line(1, y, {});
        for (auto& [x0, x1, t] : spans)
            l.spans.push_back(Span{t, x0, x1, false, {{t, false, x0, x1}}});
        return l;
    };
    const std::vector<Line> lines{
        row(100,
            {{31, 70, "Solidità"}, {439, 460, "% 6,4"}, {512, 523, "6,8"}, {555, 570, "94 %"}}),
        row(110, {{31, 70, "Valore"},
                  {419, 460, "€ 4.278.724"},
                  {490, 523, "4.000.000"},
                  {551, 570, "100 %"}})};
    cols.set(table, c, true);
    cols.learn_right_edges(lines, 0, [](std::size_t) { return false; });
    for (const Line& l : lines) {
        const Cells cells = cols.cells_of(l);
        ASSERT_EQ(cells.size(), 4u);
        EXPECT_EQ(cells[1].first, 1u) << cells[1].second->text;
        EXPECT_EQ(cells[2].first, 2u) << cells[2].second->text;
        EXPECT_EQ(cells[3].first, 3u) << cells[3].second->text;
    }
    // The next section's header, its section word wider, over one row: the edges stay.
    c[0].x1 = 95;
    cols.set(table, c, true);
    const std::vector<Line> one{row(130, {{31, 70, "Debiti"}, {455, 460, "0"}})};
    cols.learn_right_edges(one, 0, [](std::size_t) { return false; });
    EXPECT_EQ(cols.cells_of(one[0])[1].first, 1u);
    const std::vector<Line> left{row(100, {{31, 70, "A"}, {440, 445, "1"}}),
                                 row(110, {{31, 70, "B"}, {440, 452, "12"}})};
    TableColumns other(tol);
    other.set(table, c, true);
    other.learn_right_edges(left, 0, [](std::size_t) { return false; });
    EXPECT_EQ(other.cells_of(left[1])[1].first, 2u);  // by its centre, as before
}

TEST(ProfileLoader, OneTableTargetYearsAndTolerances) {
    std::string text = std::string(kFlat) + "[tolerances]\nrow_gap = 0.8\nheader_lookahead = 5\n";
    const Profile p = load_profile(text, "piatto.toml");
    EXPECT_TRUE(p.fields.empty());  // one table: no [[field]] needed
    EXPECT_DOUBLE_EQ(p.tolerances.row_gap, 0.8);
    EXPECT_EQ(p.tolerances.header_lookahead, 5);
    EXPECT_DOUBLE_EQ(p.tolerances.header_band_gap, Tolerances{}.header_band_gap);
    EXPECT_EQ(p.tables[0].column_for("Obiettivo 2027"), "target_2027");
    EXPECT_THROW(load_profile(std::string(kFlat) + "[tolerances]\nrow_gapp = 1\n", "x.toml"),
                 DataFileError);
    EXPECT_THROW(load_profile(std::string(kFlat) + "[tolerances]\nrow_gap = -1\n", "x.toml"),
                 DataFileError);
}

const char* kBlocks = R"toml(
[profile]
id = "blocchi"
name = "Blocchi"
[detect]
phrases = [["Codice:", "Cod."], "Indicatore"]
[[field]]
labels = ["Codice:", "Cod.:"]
column = "objective_code"
[[field]]
labels = ["Obiettivo:"]
column = "objective_name"
split = '^(?P<objective_code>\d\d_\d\d_OS\d\d) (?P<objective_name>.+)$'
[table]
first_header = ["Indicatore", "Denominazione indicatore"]
[[table.column]]
headers = ["Indicatore", "Denominazione indicatore"]
column = "indicator_name"
rest_to = "formula"
[[table.column]]
headers = ['Target (\d{4})']
column = "target_{1}"
[[table.column]]
headers = ["Peso"]
column = "weight"
)toml";

TEST(BlockFields, AKeyCellWithoutItsColonInAnyCase) {
    const Profile p = load_profile(kBlocks, "blocchi.toml");
    auto grid = field_of(p, cells_line(1, 10, {{10, "COD."}, {120, "01_01_OS02"}}, true));
    ASSERT_TRUE(grid.has_value());
    ASSERT_EQ(grid->values.size(), 1u);
    EXPECT_EQ(grid->values[0].second, "01_01_OS02");
    auto above = field_of(p, cells_line(1, 10, {{10, "Codice"}}, true));  // the value below
    ASSERT_TRUE(above.has_value());
    EXPECT_EQ(above->pending, "objective_code");
    // A header row whose first cell reads like a label is not a field.
    EXPECT_FALSE(
        field_of(p, cells_line(1, 10, {{10, "Codice"}, {60, "Nome"}, {120, "Peso"}}, true)));
    EXPECT_FALSE(field_of(p, cells_line(1, 10, {{10, "Codici fiscali"}, {120, "x"}})));
    // A lone word in lower case is a wrapped cell's last ("... previsti a" over "budget").
    EXPECT_FALSE(field_of(p, cells_line(1, 10, {{10, "codice"}})));
    EXPECT_FALSE(field_of(p, cells_line(1, 10, {{10, "codice"}, {120, "01_01_OS02"}})));
}

TEST(BlockFields, AValueSplitByItsFieldsPattern) {
    const Profile p = load_profile(kBlocks, "blocchi.toml");
    BlockFields fields;
    auto label = field_of(p, cells_line(1, 10, {{10, "Obiettivo:"}}, true));
    ASSERT_TRUE(label.has_value());
    fields.set(*label);
    ASSERT_TRUE(fields.take_pending(cells_line(1, 20, {{10, "03_01_OS01 Ottimizzazione"}})));
    auto v = fields.values();
    EXPECT_EQ(v["objective_code"], "03_01_OS01");
    EXPECT_EQ(v["objective_name"], "Ottimizzazione");
    fields.set(*field_of(p, cells_line(1, 30, {{10, "Obiettivo: Senza codice"}})));
    EXPECT_EQ(fields.values()["objective_name"], "Senza codice");  // no match: the value whole
}

TEST(BlockFields, TheRestASplitLeftWrapsWithIt) {
    // The amount is the field's; the note after it, wrapped, is not ("e personale)").
    const Profile p = load_profile(std::string(kBlocks) + R"toml(
[[field]]
labels = ["Budget:"]
column = "resources_eur"
split = '^(?P<resources_eur>\d[\d.]*,\d\d ?€)'
)toml",
                                   "blocchi.toml");
    BlockFields fields;
    const Line budget = cells_line(1, 10, {{10, "Budget:"}, {60, "1.107.200,00 € (cui si"}});
    auto hit = field_of(p, budget);
    ASSERT_TRUE(hit.has_value());
    fields.set(*hit);
    fields.start_wrap(*hit, budget);
    EXPECT_TRUE(fields.take_wrapped(cells_line(1, 19, {{60, "e personale)"}})));
    EXPECT_EQ(fields.values()["resources_eur"], "1.107.200,00 €");
    // A split that takes the value to its end goes on with its wrapped lines.
    const Line goal = cells_line(1, 40, {{10, "Obiettivo:"}, {60, "03_01_OS01 Ottimizzazione"}});
    hit = field_of(p, goal);
    ASSERT_TRUE(hit.has_value());
    fields.set(*hit);
    fields.start_wrap(*hit, goal);
    EXPECT_TRUE(fields.take_wrapped(cells_line(1, 49, {{60, "dei processi"}})));
    EXPECT_EQ(fields.values()["objective_name"], "Ottimizzazione dei processi");
}

// A heading pattern's value in the cell its regular label opens ("Ob. operativo: *B.1.4 -
// Potenziare ... e la*"): the value's font is its last word's, so its bold wrapped line goes on
// with it; under a regular value a bold line is not its wrap ("Benefici Attesi").
TEST(BlockFields, ABoldValueAfterARegularLabelWrapsInBold) {
    const Profile p = load_profile(std::string(kBlocks) + R"toml(
[[field]]
pattern = '^Ob\. operativo: (?P<objective_code>[A-I](?:\.?\d)*\.?) - (?P<objective_name>.+)$'
wraps = true
)toml",
                                   "blocchi.toml");
    auto opening = [](bool bold_value) {
        Line l = cells_line(1, 10, {{48, "x"}});
        l.spans[0].words = {{"Ob.", false, 48, 60},
                            {"operativo:", false, 62, 95},
                            {"B.1.4", bold_value, 97, 115},
                            {"-", bold_value, 117, 120},
                            {"Potenziare", bold_value, 122, 160},
                            {"la", bold_value, 162, 170}};
        l.spans[0].text = "Ob. operativo: B.1.4 - Potenziare la";
        l.spans[0].x1 = 170;
        l.spans[0].bold = false;
        return l;
    };
    const Line wrapped = cells_line(1, 20, {{48, "digitalizzazione"}}, true);
    for (const bool bold_value : {true, false}) {
        BlockFields fields;
        const Line line = opening(bold_value);
        auto hit = field_of(p, line);
        ASSERT_TRUE(hit.has_value());
        fields.set(*hit);
        fields.start_wrap(*hit, line);
        EXPECT_EQ(fields.take_wrapped(wrapped), bold_value);
        EXPECT_EQ(fields.values()["objective_name"],
                  bold_value ? "Potenziare la digitalizzazione" : "Potenziare la");
    }
}

TEST(BlockFields, AnInlineValueWrapsAsAParagraphNotIntoATableRow) {
    // "Codice: 01_01_OS02" in one span: its value wraps back under the label, as a paragraph.
    const Profile p = load_profile(kBlocks, "blocchi.toml");
    const Line code = cells_line(1, 10, {{10, "Codice: 01_01_OS02"}});
    for (bool row : {true, false}) {
        BlockFields fields;
        auto hit = field_of(p, code);
        ASSERT_TRUE(hit.has_value());
        fields.set(*hit);
        fields.start_wrap(*hit, code);
        // A line below of three cells from the label's start is the table's row going on
        // after the block (one table for the document); one cell is the value wrapped.
        const Line next = row ? cells_line(1, 20, {{10, "Primo"}, {130, ">= 5"}, {200, "50%"}})
                              : cells_line(1, 20, {{10, "bis"}});
        EXPECT_EQ(fields.take_wrapped(next), !row);
        EXPECT_EQ(fields.values()["objective_code"], row ? "01_01_OS02" : "01_01_OS02 bis");
    }
    // Cut by a page break: it goes on at the next page's top after a line filling the page's
    // width (its lines end at 60), not after a line that ended short (they end at 200).
    for (double right_edge : {60.0, 200.0}) {
        BlockFields fields;
        auto hit = field_of(p, code);
        fields.set(*hit);
        fields.start_wrap(*hit, code);
        EXPECT_EQ(fields.take_wrapped(cells_line(2, 5, {{10, "bis"}}), right_edge),
                  right_edge < 100);
    }
}

// A value cell beside its key cell cut by a page break (the grid's "Denominazione" | "OS_03.01 -
// ... Nazionale Dati" at a page's foot, "(canc., iscriz.PEC, ...)." at the next page's top where
// the value starts): it goes on there after a line that filled the page's width (the value ends
// at 160), not after one that ended short (the page's lines end at 300), nor in bold (a key).
TEST(BlockFields, AKeyCellsValueGoesOnOverAPageBreak) {
    const Profile p = load_profile(kBlocks, "blocchi.toml");
    Line name = cells_line(1, 500, {{10, "Obiettivo"}, {120, "03_01_OS01 Valorizzare"}}, true);
    name.spans.back().bold = false;  // a bold key, its value regular
    name.spans.back().words.front().bold = false;
    for (double right_edge : {160.0, 300.0}) {
        for (bool bold : {false, true}) {
            BlockFields fields;
            auto hit = field_of(p, name);
            ASSERT_TRUE(hit.has_value());
            fields.set(*hit);
            fields.start_wrap(*hit, name);
            const bool goes_on = right_edge < 200 && !bold;
            EXPECT_EQ(fields.take_wrapped(cells_line(2, 5, {{120, "(canc.)"}}, bold), right_edge),
                      goes_on);
            EXPECT_EQ(fields.values()["objective_name"],
                      goes_on ? "Valorizzare (canc.)" : "Valorizzare");
        }
    }
}

// A table line whose first cell has regular words then italic ones: {x0, text, italic}.
Line italic_line(double y, const std::string& name, const std::string& desc,
                 std::vector<std::pair<double, std::string>> others) {
    Line l = cells_line(1, y, std::move(others));
    Span s{std::string(trim(name + " " + desc)), 10, 50, false, {}};
    for (bool italic : {false, true}) {
        for (auto w : split(italic ? desc : name, ' ')) {
            if (!w.empty()) s.words.push_back(SpanWord{std::string(w), false, 0, 0, italic});
        }
    }
    l.spans.insert(l.spans.begin(), std::move(s));
    return l;
}

TEST(RowBuilder, ItalicDescriptionsAndRowsBegunByRefilledValues) {
    const Profile p = load_profile(kBlocks, "blocchi.toml");
    std::vector<Line> lines{
        cells_line(1, 10, {{10, "Codice:"}, {120, "01_01_OS02"}}),
        cells_line(1, 30, {{10, "Indicatore"}, {130, "Target 2026"}, {200, "Peso"}}, true),
        // unruled and tight: no row gap, no bold; the font and the refilled values tell rows
        italic_line(40, "Primo", "numero di imprese", {{130, ">= 5"}, {200, "50%"}}),
        italic_line(46, "", "servite", {}),
        italic_line(52, "Secondo", "pratiche evase", {{130, ">= 80%"}, {200, "50%"}}),
    };
    lines[3].spans.front().x0 = 10;
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    auto at = [&](std::size_t r, const char* col) { return cell(x.table, r, col); };
    EXPECT_EQ(at(0, "indicator_name"), "Primo");
    EXPECT_EQ(at(0, "formula"), "numero di imprese servite");
    EXPECT_EQ(at(1, "indicator_name"), "Secondo");
    EXPECT_EQ(at(1, "formula"), "pratiche evase");
    EXPECT_EQ(at(1, "weight"), "50%");
    EXPECT_EQ(at(1, "objective_code"), "01_01_OS02");
}

// Other offices set a header cell's second line in regular type ("Target" in bold over
// "2026", "Peso" regular): a line of the band's cells that are themselves headers joins it; a
// line of values does not.
TEST(HeaderModel, ARegularLineOfHeadersJoinsTheBand) {
    const Profile p = load_profile(kBlocks, "blocchi.toml");
    std::vector<Line> lines{cells_line(1, 30, {{10, "Indicatore"}, {130, "Target"}}, true),
                            cells_line(1, 39, {{130, "2026"}}, true),
                            cells_line(1, 48, {{200, "Peso"}}),
                            cells_line(1, 60, {{10, "Primo"}, {130, ">= 5"}, {200, "50%"}})};
    lines[1].spans.push_back(cells_line(1, 39, {{200, "Peso"}}).spans.front());
    HeaderModel h(lines, p, p.tolerances);
    // "2026" bold beside "Peso" regular and a header: joined; so is the lone regular "Peso"
    // under the header cell "Peso" (a header cell's second line)
    EXPECT_EQ(h.band(0).second, 2u);
    lines[2].spans.front().text = "Nome";  // not a header of the table: the band ends before
    lines[1].spans.back().text = "Nome";
    EXPECT_EQ(HeaderModel(lines, p, p.tolerances).band(0).second, 0u);
}

const char* kFormula = R"toml(
[profile]
id = "formula"
name = "Formula"
[detect]
phrases = ["Indicatore"]
[table]
first_header = "Indicatore"
[[table.column]]
headers = ['Indicatore Formula(?: di calcolo)?']
column = "indicator_name"
rest_to = "formula"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
[[table.column]]
headers = ['Formula(?: di calcolo)?']
column = "formula"
[[table.column]]
headers = ['Target (\d{4})']
column = "target_{1}"
)toml";

TEST(HeaderModel, ARegularHeaderCellWrappedUnderABoldOne) {
    const Profile p = load_profile(kFormula, "formula.toml");
    std::vector<Line> lines{
        cells_line(1, 30, {{10, "Indicatore"}, {130, "Target"}}, true),
        cells_line(1, 39, {{130, "2026"}}, true), cells_line(1, 48, {{10, "Formula"}}),
        cells_line(1, 57, {{10, "di calcolo"}}), cells_line(1, 70, {{10, "Primo"}, {130, "80%"}})};
    HeaderModel h(lines, p, p.tolerances);
    // "di calcolo" names no column alone, but ends the regular "Formula" above it.
    const Band band = h.band(0);
    EXPECT_EQ(band.second, 3u);
    TableReport report;
    auto cols = h.columns(band, p.tables[0], report);
    ASSERT_FALSE(cols.empty());
    EXPECT_EQ(cols[0].header, "Indicatore Formula di calcolo");
    EXPECT_EQ(cols[0].name, "indicator_name");
    EXPECT_EQ(cols[0].rest_to, "formula");
    // A lone regular line that makes no header with the cell above is the first row.
    lines[3].spans.front().text = "Secondo";
    EXPECT_EQ(HeaderModel(lines, p, p.tolerances).band(0).second, 2u);
}

TEST(HeaderModel, ARegularHeaderCellWrappedPastTheRowsCentredCells) {
    // The header row's other cells centred: "2026" under "Target" has a line of its own
    // between "Formula" and "di calcolo", which still end one cell.
    const Profile p = load_profile(kFormula, "formula.toml");
    std::vector<Line> lines{
        cells_line(1, 30, {{10, "Indicatore"}, {130, "Target"}}, true),
        cells_line(1, 39, {{10, "Formula"}}), cells_line(1, 44, {{130, "2026"}}, true),
        cells_line(1, 48, {{10, "di calcolo"}}), cells_line(1, 60, {{10, "Primo"}, {130, "80%"}})};
    HeaderModel h(lines, p, p.tolerances);
    const Band band = h.band(0);
    EXPECT_EQ(band.second, 3u);
    TableReport report;
    auto cols = h.columns(band, p.tables[0], report);
    ASSERT_FALSE(cols.empty());
    EXPECT_EQ(cols[0].header, "Indicatore Formula di calcolo");
    // Under a bold cell of the column, the lone regular line makes no header: a row's.
    lines.erase(lines.begin() + 1);
    lines[1].spans.push_back(lines[0].spans[0]);
    lines[1].spans.back().text = "Nome";
    EXPECT_EQ(HeaderModel(lines, p, p.tolerances).band(0).second, 1u);
}

// The regular "Algoritmo" / "di calcolo" under a bold "Indicatore", beside the rest of the
// header row's cells cut by their narrow cells ("Target" over "202" over "6", bold): the band
// goes on over both lines, and the first row begins under them.
TEST(HeaderModel, ARegularHeaderCellWrappedBesideBoldCutCells) {
    const Profile p = load_profile(kFormula, "formula.toml");
    std::vector<Line> lines{
        cells_line(1, 30, {{10, "Indicatore"}, {130, "Target"}}, true),
        cells_line(1, 39, {{130, "202"}}, true), cells_line(1, 48, {{10, "Formula"}}),
        cells_line(1, 57, {{10, "di calcolo"}}), cells_line(1, 70, {{10, "Primo"}, {130, "80%"}})};
    lines[3].spans.push_back(cells_line(1, 57, {{130, "6"}}, true).spans[0]);
    HeaderModel h(lines, p, p.tolerances);
    EXPECT_EQ(h.band(0).second, 3u);
    // A taller cell's wrapped line between them ("e" under "indicator"): "di calcolo" glues to
    // the band's nearest cell above it, "Formula".
    std::vector<Line> taller = lines;
    taller.insert(taller.begin() + 3, cells_line(1, 52, {{200, "e"}}, true));
    for (std::size_t k = 4; k < taller.size(); ++k) taller[k].y0 += 4, taller[k].y1 += 4;
    EXPECT_EQ(HeaderModel(taller, p, p.tolerances).band(0).second, 4u);
    // A regular cell beside it that names no column and glues to nothing is a row's.
    lines[3].spans.push_back(cells_line(1, 57, {{200, "Oracle"}}).spans[0]);
    EXPECT_EQ(HeaderModel(lines, p, p.tolerances).band(0).second, 2u);
}

TEST(HeaderModel, ABoldHeadingOverTheHeaderRowIsNotItsCell) {
    const char* toml = R"toml(
[profile]
id = "titolo"
name = "Titolo"
[detect]
phrases = ["Tipologia"]
[table]
first_header = "Tipologia"
[[table.column]]
headers = ["Indicatori"]
column = "indicator_code"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
[[table.column]]
headers = ["Tipologia"]
column = "type"
[[table.column]]
headers = ['Target (\d{4})']
column = "target_{1}"
)toml";
    const Profile p = load_profile(toml, "titolo.toml");
    std::vector<Line> lines{cells_line(1, 20, {{10, "Indicatori"}}, true),
                            cells_line(1, 30, {{130, "Target"}}, true),
                            cells_line(1, 35, {{10, "Indicatore"}, {60, "Tipologia"}}, true),
                            cells_line(1, 40, {{130, "2026"}}, true),
                            cells_line(1, 55, {{10, "Primo"}, {60, "Output"}, {130, "5"}})};
    HeaderModel h(lines, p, p.tolerances);
    // "Indicatori Indicatore" names no column, "Indicatore" does: the heading stays out.
    EXPECT_EQ(h.band(2).first, 1u);
    // A wrapped header cell that names its column whole stays in ("Target" over "2026").
    lines[0].spans.front().text = "Target";
    lines[0].spans.front().x0 = 130;
    lines[0].spans.front().x1 = 170;
    lines[1].spans.front().text = "2026";
    lines[3].spans.clear();
    lines.erase(lines.begin() + 3);
    EXPECT_EQ(HeaderModel(lines, p, p.tolerances).band(2).first, 0u);
}

// In a table without padding between rows (zebra rows), a bold name beginning in capitals
// beside two values again is the next row, not the last row's name going on.
TEST(RowBuilder, BoldNamesWithoutRowGapTheRefilledValuesTell) {
    const Profile p = load_profile(kBlocks, "blocchi.toml");
    std::vector<Line> lines{
        cells_line(1, 10, {{10, "Codice:"}, {120, "01_01_OS02"}}),
        cells_line(1, 30, {{10, "Indicatore"}, {130, "Target 2026"}, {200, "Peso"}}, true),
        cells_line(1, 40, {{10, "Primo indicatore"}, {130, ">= 5"}, {200, "50%"}}),
        cells_line(1, 46, {{10, "che va a capo"}}),
        cells_line(1, 52, {{10, "Secondo"}, {130, ">= 80%"}, {200, "50%"}}),
    };
    for (std::size_t i : {2u, 3u, 4u}) {  // the names bold, the values regular
        lines[i].spans.front().bold = true;
        lines[i].spans.front().words.front().bold = true;
    }
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(x.table.rows[0].fields[*x.table.column("indicator_name")].text,
              "Primo indicatore che va a capo");
    EXPECT_EQ(x.table.rows[1].fields[*x.table.column("indicator_name")].text, "Secondo");
}

// A regular name wrapped over two lines above its italic description: both lines are the
// name's, since the italic below says where the name ends.
TEST(RowBuilder, ARegularNameWrappedAboveItsItalicDescription) {
    const Profile p = load_profile(kBlocks, "blocchi.toml");
    std::vector<Line> lines{
        cells_line(1, 10, {{10, "Codice:"}, {120, "01_01_OS02"}}),
        cells_line(1, 30, {{10, "Indicatore"}, {130, "Target 2026"}, {200, "Peso"}}, true),
        italic_line(40, "Grado di utilizzo", "", {{130, ">= 5"}, {200, "100%"}}),
        italic_line(46, "delle risorse", "", {}),
        italic_line(52, "", "risorse usate su risorse previste", {}),
    };
    for (std::size_t i : {3u, 4u}) lines[i].spans.front().x0 = 10;
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    const auto& r = x.table.rows[0];
    EXPECT_EQ(r.fields[*x.table.column("indicator_name")].text, "Grado di utilizzo delle risorse");
    EXPECT_EQ(r.fields[*x.table.column("formula")].text, "risorse usate su risorse previste");
}

// A value wrapped with a bracket left open ("0,024 (n. 1" over "contenzioso" and "01.01.2020)")
// is not a value again that would begin the next row beside a name's line in capitals.
TEST(RowBuilder, ABracketLeftOpenGoesOn) {
    const Profile p = load_profile(kBlocks, "blocchi.toml");
    std::vector<Line> lines{
        cells_line(1, 10, {{10, "Codice:"}, {120, "01_01_OS02"}}),
        cells_line(1, 30, {{10, "Indicatore"}, {130, "Target 2026"}, {200, "Peso"}}, true),
        cells_line(1, 40, {{10, "Contenziosi pendenti"}, {130, "0,024 (n. 1"}, {200, "50%"}}),
        cells_line(1, 46, {{10, "(INDICATORE"}, {130, "contenzioso"}}),
        cells_line(1, 52, {{10, "PARETO)"}, {130, "01.01.2020)"}}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(x.table.rows[0].fields[*x.table.column("target_2026")].text,
              "0,024 (n. 1 contenzioso 01.01.2020)");
}

// A first cell of words {text, italic} at x 10, then other cells.
Line words_line(double y, std::vector<std::pair<std::string, bool>> words,
                std::vector<std::pair<double, std::string>> others) {
    Line l = cells_line(1, y, std::move(others));
    Span s{{}, 10, 50, false, {}};
    double x = 10;  // small type: 0.8 points a character, a space of 0.5, within the cell
    for (auto& [text, italic] : words) {
        append(s.text, text);
        const double w = 0.8 * static_cast<double>(text.size());
        s.words.push_back(SpanWord{text, false, x, x + w, italic});
        x += w + 0.5;
    }
    s.x1 = x - 0.5;
    l.spans.insert(l.spans.begin(), std::move(s));
    return l;
}

TEST(RowBuilder, RegularNamesWrappedBeforeTheirItalicDescription) {
    const Profile p = load_profile(kBlocks, "blocchi.toml");
    std::vector<Line> lines{
        cells_line(1, 10, {{10, "Codice:"}, {120, "01_01_OS02"}}),
        cells_line(1, 30, {{10, "Indicatore"}, {130, "Target 2026"}, {200, "Peso"}}, true),
        // the name wraps in regular type; the italic line says where the description begins
        words_line(40, {{"Numero", false}, {"di", false}, {"eventi", false}},
                   {{130, "5"}, {200, "20%"}}),
        words_line(46, {{"PID", false}}, {}),
        words_line(52, {{"Eventi", true}, {"organizzati", true}}, {}),
        // italic words inside the name, followed by regular ones, are the name's
        words_line(58,
                   {{"Grado", false},
                    {"di", false},
                    {"auto", true},
                    {"finanziamento", true},
                    {"dell'auditorium", false}},
                   {{130, "50%"}, {200, "30%"}}),
        words_line(64, {{"Risorse", true}, {"ricavate", true}}, {}),
        // no italics in the row: the lines after the name's paragraph are its description (a
        // first line of one word could be a code set above the name: two words here)
        words_line(70, {{"Terzo", false}, {"indicatore", false}}, {{130, "7"}, {200, "50%"}}),
        words_line(76, {{"senza", false}, {"corsivo", false}}, {}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 3u);
    auto at = [&](std::size_t r, const char* col) { return cell(x.table, r, col); };
    EXPECT_EQ(at(0, "indicator_name"), "Numero di eventi PID");
    EXPECT_EQ(at(0, "formula"), "Eventi organizzati");
    EXPECT_EQ(at(1, "indicator_name"), "Grado di auto finanziamento dell'auditorium");
    EXPECT_EQ(at(1, "formula"), "Risorse ricavate");
    EXPECT_EQ(at(2, "indicator_name"), "Terzo indicatore");
    EXPECT_EQ(at(2, "formula"), "senza corsivo");
}

TEST(RowBuilder, MarkersRefillARowAsValuesDo) {
    const Profile p = load_profile(kBlocks, "blocchi.toml");
    std::vector<Line> lines{
        cells_line(1, 10, {{10, "Codice:"}, {120, "01_01_OS02"}}),
        cells_line(1, 30, {{10, "Indicatore"}, {130, "Target 2026"}, {200, "Peso"}}, true),
        // regular names, no row gap: the second row's values are all markers in lower case
        words_line(40, {{"Formazione", false}}, {{130, "15"}, {200, "20%"}}),
        words_line(46, {{"Piattaforma", false}}, {{130, "si"}, {200, "n.d."}}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(x.table.rows[1].fields[*x.table.column("indicator_name")].text, "Piattaforma");
    EXPECT_EQ(x.table.rows[1].fields[*x.table.column("target_2026")].text, "si");
}

TEST(Detection, CuesFoundAndMissing) {
    const Profile p = load_profile(kFlat, "piatto.toml");
    std::vector<Line> lines{cells_line(1, 10, {{10, "Obiettivo strategico"}})};
    auto cues = profile_cues(p, lines);
    ASSERT_EQ(cues.size(), 2u);
    EXPECT_EQ(cues[0].kind, "frase");
    EXPECT_TRUE(cues[0].found);
    EXPECT_EQ(cues[1].kind, "intestazione");
    EXPECT_FALSE(cues[1].found);  // "Obiettivo" as a cell of its own is not there
}

TEST(Registry, UserProfileFoldersBesideTheBuiltIns) {
    const auto dir = test::fresh_temp_dir("profili");
    std::ofstream(dir / "piatto.toml") << kFlat;
    const auto all = available_profiles({dir.string()});
    EXPECT_EQ(all.size(), builtin_profiles().size() + 1);
    EXPECT_EQ(all.back().id, "piatto");
    EXPECT_TRUE(find_profile("piatto", all).has_value());
    setenv("PIRA_PROFILE_DIR", ("/nowhere:" + dir.string()).c_str(), 1);
    const auto dirs = profile_dirs({"given"});
    unsetenv("PIRA_PROFILE_DIR");
    EXPECT_EQ(dirs, (std::vector<std::string>{"given", "/nowhere", dir.string()}));
    EXPECT_THROW(available_profiles({(dir / "missing").string()}), DataFileError);
    std::ofstream(dir / "zz-copia.toml") << kFlat;  // the same id twice
    EXPECT_THROW(available_profiles({dir.string()}), DataFileError);
    std::filesystem::remove_all(dir);
}

TEST(RunningLines, ATableHeaderRepeatedOnEveryPageStays) {
    std::vector<Line> lines;
    for (int page = 1; page <= 4; ++page) {
        lines.push_back(
            cells_line(page, 20, {{10, "Obiettivo"}, {60, "Indicatore"}, {150, "Peso"}}, true));
        lines.push_back(cells_line(page, 40, {{10, "riga " + std::to_string(page)}}));
        lines.push_back(cells_line(page, 800, {{10, "pagina " + std::to_string(page)}}));
    }
    EXPECT_EQ(drop_running_lines(lines), 4u);  // the page numbers only
    EXPECT_EQ(lines.size(), 8u);
    EXPECT_EQ(lines[0].spans[0].text, "Obiettivo");
    // In regular type (a word processor's table without a header style): four cells or more.
    std::vector<Line> plain;
    for (int page = 1; page <= 4; ++page) {
        plain.push_back(cells_line(
            page, 20, {{10, "Indicatore"}, {60, "Descr."}, {150, "Peso"}, {200, "Tgt"}}));
        plain.push_back(cells_line(page, 40, {{10, "riga " + std::to_string(page)}}));
        plain.push_back(cells_line(page, 800, {{10, "PIRA 2024"}, {300, "Pagina"}}));
    }
    EXPECT_EQ(drop_running_lines(plain), 4u);  // the running footer only
    EXPECT_EQ(plain[0].spans[0].text, "Indicatore");
}

TEST(Place, APdfRowNamesItsPageAndRow) {
    EXPECT_EQ((Place{"piano.pdf", 12, 0, 3}).to_string(), "piano.pdf#page=3, riga 12");
    EXPECT_EQ((Place{"piano.pdf", 12, 0, 3}).source_ref(), "piano.pdf#page=3");
}

}  // namespace
}  // namespace pira
