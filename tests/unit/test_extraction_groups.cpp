// A table for the whole document cut by its group rows (relazione2025's other renderings): the
// rows go on below the block fields under the same columns; a header repeated at a page top
// inside a block's fields; labels a profile knows and drops (ignore = true); an OCR comparator
// in an operator column; a regular name wrapped beside a description column of its own.
#include <gtest/gtest.h>

#include "common/toml_check.hpp"
#include "extraction/comparator_cells.hpp"
#include "extraction/extract.hpp"
#include "extraction/header_model.hpp"
#include "extraction/profile.hpp"
#include "extraction/table_columns.hpp"
#include "extraction_test_lines.hpp"

namespace pira {
namespace {

using test::cell;
using test::cells_line;

const char* kGroups = R"toml(
[profile]
id = "gruppi"
name = "Tabella unica a gruppi"
[detect]
phrases = ["Ambito"]
[[field]]
labels = ["Ambito:"]
column = "area"
level = 2
[[field]]
labels = ["Codice:"]
column = "objective_code"
[[field]]
labels = ["Obiettivo:"]
column = "objective_name"
[[field]]
labels = ["Performance:"]
ignore = true
[table]
first_header = "Indicatore"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
rest_to = "formula"
[[table.column]]
headers = ["Descrizione"]
column = "formula"
[[table.column]]
headers = ["Target"]
column = "target"
[[table.column]]
headers = ["Peso"]
column = "weight"
)toml";

std::vector<Line> header(int page, double y) {
    return {cells_line(
        page, y, {{10, "Indicatore"}, {60, "Descrizione"}, {130, "Target"}, {200, "Peso"}}, true)};
}

std::string at(const Extraction& x, std::size_t r, const char* col) {
    return x.table.rows[r].fields[*x.table.column(col)].text;
}

TEST(ProfileLoader, IgnoredLabelsHaveNoColumn) {
    const Profile p = load_profile(kGroups, "gruppi.toml");
    EXPECT_EQ(p.fields.back().column, kIgnoredColumn);
    const std::string both = std::string(kGroups) +
                             "[[field]]\nlabels = [\"Grado:\"]\nignore = true\ncolumn = \"area\"\n";
    EXPECT_THROW(load_profile(both, "x.toml"), DataFileError);
}

TEST(TableColumns, ARowFitsTheColumnsOfTheTableItContinues) {
    std::vector<Column> c{{"indicator_name", {}, 10, 50, "Indicatore", {}},
                          {"formula", {}, 60, 100, "Descrizione", {}},
                          {"target", {}, 130, 170, "Target", {}},
                          {"weight", {}, 200, 240, "Peso", {}}};
    EXPECT_TRUE(fits_columns(c, cells_line(1, 10, {{10, "Nome"}, {60, "Descr."}, {130, "5"}})));
    // A key and its value (two cells), or three words of one cell, are not a row.
    EXPECT_FALSE(fits_columns(c, cells_line(1, 10, {{10, "Ambito"}, {130, "Promozione"}})));
    EXPECT_FALSE(fits_columns(c, cells_line(1, 10, {{10, "a"}, {20, "b"}, {30, "c"}})));
}

TEST(ComparatorCells, AnOcrComparatorBeforeANumberOnly) {
    EXPECT_TRUE(is_comparator_cell_before(">=", "x"));
    EXPECT_TRUE(is_comparator_cell_before("5=", "80,00%"));
    EXPECT_FALSE(is_comparator_cell_before("5=", "N."));
    EXPECT_FALSE(is_comparator_cell("5="));
}

TEST(HeaderModel, AKeyCellBelowTheHeaderIsTheBlocksField) {
    const Profile p = load_profile(kGroups, "gruppi.toml");
    std::vector<Line> lines = header(1, 100);
    lines.push_back(cells_line(1, 110, {{10, "Ambito"}}, true));
    HeaderModel h(lines, p, p.tolerances);
    ASSERT_TRUE(h.is_header(0));
    EXPECT_EQ(h.band(0).second, 0u);
}

// A header repeated without "Peso" in a table its word processor sized to its own contents:
// the neighbours moved (the baseline's header is wider there and overlaps where "Peso" was), the
// empty cell is still the blank between the same two columns, at Peso's distance from the
// target's column (positions from a WeasyPrint rendering of piano2020). Where the blank is too
// narrow for it, the table has no such column.
TEST(HeaderModel, AnEmptyHeaderCellKeepsItsPlaceFromTheNextColumn) {
    const std::vector<Column> before{{"baseline", {}, 464, 499, "Valore ottenuto 2019", ""},
                                     {"weight", {}, 507.4, 519.1, "Peso", ""},
                                     {"target_2020", {}, 536.4, 553.1, "Target 2020", ""}};
    std::vector<Column> cols{{"baseline", {}, 477.2, 512.0, "Valore ottenuto 2019", ""},
                             {"target_2020", {}, 547.6, 564.4, "Target 2020", ""}};
    TableReport report;
    inherit_empty_headers(before, cols, report);
    ASSERT_EQ(cols.size(), 3u);
    EXPECT_EQ(cols[1].name, "weight");
    EXPECT_NEAR(cols[1].x0, 518.6, 0.1);
    EXPECT_EQ(report.inherited_headers, (std::vector<std::string>{"Peso"}));

    std::vector<Column> tight{{"baseline", {}, 477.2, 530.0, "Valore ottenuto 2019", ""},
                              {"target_2020", {}, 547.6, 564.4, "Target 2020", ""}};
    TableReport none;
    inherit_empty_headers(before, tight, none);
    EXPECT_EQ(tight.size(), 2u);
    EXPECT_TRUE(none.inherited_headers.empty());
}

// A header with two columns of one canonical name (Descrizione and Algoritmo, both the formula)
// repeated whole misses nothing: the pair Indicatore, Descrizione matches the pair around the
// previous Descrizione, but the new header has as many formula columns as the previous one
// (positions from a reportlab rendering of toscana2024, seed 976616).
TEST(HeaderModel, AHeaderRepeatedWholeInheritsNoColumn) {
    const std::vector<Column> before{{"indicator_name", {}, 36, 70, "Indicatore", ""},
                                     {"formula", {}, 220, 262, "Descrizione", ""},
                                     {"formula", {}, 342, 378, "Algoritmo", ""},
                                     {"type", {}, 562, 598, "Tipologia", ""}};
    std::vector<Column> cols = before;
    TableReport report;
    inherit_empty_headers(before, cols, report);
    EXPECT_EQ(cols.size(), 4u);
    EXPECT_TRUE(report.inherited_headers.empty());

    std::vector<Column> without{before[0], before[2], before[3]};
    TableReport one;
    inherit_empty_headers(before, without, one);
    ASSERT_EQ(without.size(), 4u);
    EXPECT_EQ(without[1].header, "Descrizione");
    EXPECT_EQ(one.inherited_headers, (std::vector<std::string>{"Descrizione"}));
}

// Where a column's cells start is learnt from its header's place: in the next table, sized to
// its own contents, a code in the unheaded column left of a centred ALGORITMO that starts where
// the table before had its formulas is not a formula; a short line as far from the new header as
// the formulas were from theirs is one.
TEST(TableColumns, CellStartsMoveWithTheirHeader) {
    Tolerances tol;
    ProfileTable table;
    table.unheaded_columns = true;
    TableColumns cols(tol);
    auto narrow = [](double x0, const char* text) {
        return Span{text, x0, x0 + 10, false, {{text, false, x0, x0 + 10}}};
    };
    auto line_of = [](std::vector<Span> spans) {
        return test::span_line(1, 100, std::move(spans));
    };
    const std::vector<Column> first{{"indicator_name", {}, 10, 50, "INDICATORE", ""},
                                    {"formula", {}, 120, 160, "ALGORITMO", ""}};
    cols.set(table, first, true);
    Line row = line_of({narrow(10, "Nome"), narrow(100, "Numero di imprese")});
    row.spans[1].x1 = 140;  // a formula's first line, wider than its header
    cols.remember_cell_starts(cols.cells_of(row));
    cols.set(table,
             {{"indicator_name", {}, 10, 50, "INDICATORE", ""},
              {"formula", {}, 135, 175, "ALGORITMO", ""}},
             true);
    const Line next = line_of({narrow(10, "Nome"), narrow(100, "D1"), narrow(115, "attive")});
    EXPECT_FALSE(cols.column_of(next.spans[1], next).has_value());
    EXPECT_EQ(cols.column_of(next.spans[2], next), std::optional<std::size_t>(1));
}

// A line holds one cell of a column: a code under no header that starts where the column's
// cells started ("D1" where another table's formulas began) is not that column's when another
// cell of its line lies under the column's header (the formula beside it).
TEST(TableColumns, ACellBesideItsColumnsHeadedCellIsNotThatColumns) {
    Tolerances tol;
    ProfileTable table;
    table.unheaded_columns = true;
    TableColumns cols(tol);
    auto cell_at = [](double x0, double x1, const char* text) {
        return Span{text, x0, x1, false, {{text, false, x0, x1}}};
    };
    cols.set(table,
             {{"indicator_name", {}, 10, 50, "INDICATORE", ""},
              {"formula", {}, 120, 160, "ALGORITMO", ""}},
             true);
    const Line row =
        test::span_line(1, 100, {cell_at(10, 40, "Nome"), cell_at(100, 140, "Numero")});
    cols.remember_cell_starts(cols.cells_of(row));
    const Line coded = test::span_line(
        1, 120, {cell_at(10, 40, "Nome"), cell_at(100, 110, "D1"), cell_at(114, 150, "Numero")});
    EXPECT_FALSE(cols.column_of(coded.spans[1], coded).has_value());
    EXPECT_EQ(cols.column_of(coded.spans[2], coded), std::optional<std::size_t>(1));
    // Alone on its line, a formula's last line there is the formula's.
    const Line last = test::span_line(1, 130, {cell_at(100, 110, "attive")});
    EXPECT_EQ(cols.column_of(last.spans[0], last), std::optional<std::size_t>(1));
}

// A value right-aligned just past the end of a wide header ("Target 2020" on one line beside a
// wrapped "Target" / "2021"), its centre past the halfway between the headers' centres, is still
// the header's it lies under: the column the halfway rule gives has no header text over it.
TEST(TableColumns, AValueUnderAHeadersEndIsThatHeaders) {
    Tolerances tol;
    ProfileTable table;
    TableColumns cols(tol);
    cols.set(table,
             {{"target_2020", {}, 539.8, 576.0, "Target 2020", ""},
              {"target_2021", {}, 583.4, 602.7, "Target 2021", ""},
              {"target_2022", {}, 619.7, 639.0, "Target 2022", ""}},
             true);
    auto value = [](double x0, double x1) {
        return test::span_line(3, 386, {Span{"1", x0, x1, false, {{"1", false, x0, x1}}}});
    };
    const Line under_end = value(574.5, 577.9);
    EXPECT_EQ(cols.column_of(under_end.spans[0], under_end), std::optional<std::size_t>(0));
    // Under no header, the halfway rule still says.
    const Line between = value(578.5, 581.9);
    EXPECT_EQ(cols.column_of(between.spans[0], between), std::optional<std::size_t>(1));
}

TEST(Extract, OneTableGoesOnBelowItsGroupRows) {
    const Profile p = load_profile(kGroups, "gruppi.toml");
    std::vector<Line> lines = header(1, 10);
    auto add = [&](Line l) { lines.push_back(std::move(l)); };
    add(cells_line(1, 30, {{10, "Ambito"}}, true));  // a key above its value
    add(cells_line(1, 40, {{10, "Promozione"}}));
    add(cells_line(1, 50, {{10, "Codice:"}, {60, "01_01_OS01"}}));
    add(cells_line(1, 60, {{10, "Performance:"}, {60, "100,00%"}}));
    add(cells_line(1, 75, {{10, "Primo"}, {60, "Imprese"}, {130, ">= 5"}, {200, "50%"}}));
    add(cells_line(1, 90, {{10, "Codice:"}, {60, "01_01_OS02"}}));
    add(cells_line(1, 100, {{10, "Obiettivo"}}, true));  // its value is on the next page
    for (Line& l : header(2, 10)) add(std::move(l));
    add(cells_line(2, 20, {{10, "Tutela"}}));
    add(cells_line(2, 30, {{10, "Performance"}}, true));
    add(cells_line(2, 40, {{10, "99,94%"}}));
    // a regular name wrapped over two lines, its description in its own column
    add(cells_line(2, 55, {{10, "Brevetti e"}, {60, "Domande"}, {130, "5="}, {170, "350"}}));
    add(cells_line(2, 63, {{10, "marchi"}}));
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(at(x, 0, "indicator_name"), "Primo");
    EXPECT_EQ(at(x, 0, "area"), "Promozione");
    EXPECT_EQ(at(x, 0, "objective_code"), "01_01_OS01");
    EXPECT_EQ(at(x, 0, "target"), ">= 5");
    EXPECT_EQ(at(x, 1, "indicator_name"), "Brevetti e marchi");
    EXPECT_EQ(at(x, 1, "formula"), "Domande");
    EXPECT_EQ(at(x, 1, "objective_code"), "01_01_OS02");
    EXPECT_EQ(at(x, 1, "objective_name"), "Tutela");
    EXPECT_EQ(at(x, 1, "area"), "Promozione");
    EXPECT_EQ(at(x, 1, "target"), "5= 350");
}

// The same table's targets right-aligned past their header's text, nearer the next header
// ("25%" ending at 198, under "Target" 130-170, the weight's "Peso" at 200): one row a group,
// so the edge they end at shows only across the group rows (two widths, one edge), and it holds
// for the rows below them, under the same columns.
TEST(Extract, RightAlignedValuesAreLearntAcrossGroupRows) {
    const Profile p = load_profile(kGroups, "gruppi.toml");
    auto value = [](double x0, double x1, const char* t) {
        return Span{t, x0, x1, false, {{t, false, x0, x1}}};
    };
    auto row = [&](double y, const char* name, Span target) {
        Line l = cells_line(1, y, {{10, name}, {60, "Imprese"}});
        l.spans.push_back(std::move(target));
        l.spans.push_back(value(205, 220, "50%"));
        return l;
    };
    std::vector<Line> lines = header(1, 10);
    lines.push_back(cells_line(1, 25, {{10, "Codice:"}, {60, "01_01_OS01"}}));
    lines.push_back(row(40, "Primo", value(180, 198, "25%")));
    lines.push_back(cells_line(1, 55, {{10, "Codice:"}, {60, "01_01_OS02"}}));
    lines.push_back(row(70, "Secondo", value(176, 198, "3 N.")));
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(at(x, 0, "target"), "25%");
    EXPECT_EQ(at(x, 0, "weight"), "50%");
    EXPECT_EQ(at(x, 1, "objective_code"), "01_01_OS02");
    EXPECT_EQ(at(x, 1, "target"), "3 N.");
    EXPECT_EQ(at(x, 1, "weight"), "50%");
}

// Bold names, the description in its own column, rows without padding: a name beginning with
// a code in lower case ("oc_DTDE_02 - ...") beside values again begins the next row.
TEST(RowBuilder, ANameBeginningWithALowerCaseCodeBeginsARow) {
    const Profile p = load_profile(kGroups, "gruppi.toml");
    std::vector<Line> lines{cells_line(1, 10, {{10, "Codice:"}, {60, "01_01_OS01"}})};
    for (Line& l : header(1, 20)) lines.push_back(std::move(l));
    auto row = [&](double y, const std::string& name, const std::string& target) {
        Line l = cells_line(1, y, {{60, "Descrizione"}, {130, target}, {200, "50%"}});
        l.spans.insert(l.spans.begin(), Span{name, 10, 50, true, {{name, true, 10, 50}}});
        lines.push_back(std::move(l));
    };
    row(30, "Livelli", ">= 1");
    row(38, "oc_DTDE_02 - Azioni", ">= 4");
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(at(x, 1, "indicator_name"), "oc_DTDE_02 - Azioni");
    EXPECT_EQ(at(x, 1, "target"), ">= 4");
}

}  // namespace
}  // namespace pira
