// Blocks without keys (tests/renderings/relazione2025, block=heading): the area and the strategic
// objective as bare bold lines told apart by their order before an objective's heading, a
// heading's published figure on the line below it; and, seen on the same renderings, a
// comparator whose value wrapped below it in a narrow cell of values, the table without a header
// row that the block's first row fits, and a table row under a key's value.
#include <gtest/gtest.h>

#include "common/toml_check.hpp"
#include "extraction/bare_headings.hpp"
#include "extraction/block_fields.hpp"
#include "extraction/extract.hpp"
#include "extraction/table_columns.hpp"
#include "extraction_test_lines.hpp"

namespace pira {
namespace {

using test::cells_line;

const char* kBare = R"toml(
[profile]
id = "senza-chiavi"
name = "Relazione senza chiavi"
[detect]
phrases = ["Relazione"]
[[field]]
bare = true
column = "area"
level = 2
[[field]]
bare = true
column = "strategic_objective"
level = 3
figure = '\d{1,3},\d{2} ?%'
[[field]]
pattern = '^(?P<objective_code>\d\d_\d\d_\w{4,5}) - (?P<objective_name>.+?)(?: \d{1,3},\d{2} ?%)?$'
figure = '\d{1,3},\d{2} ?%'
wraps = true
[table]
first_header = "Indicatore"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
[[table.column]]
headers = ["Target"]
column = "target"
[[table.column]]
headers = ["Peso"]
column = "weight"
)toml";

// A line of one bold cell at the margin, `width` points wide.
Line heading(double y, const std::string& text, double width = 200) {
    Line l = cells_line(1, y, {{20, text}}, true);
    l.spans[0].x1 = 20 + width;
    l.spans[0].words = {{text, true, 20, 20 + width}};
    return l;
}

Line plain(double y, const std::string& text) {
    return cells_line(1, y, {{20, text}});
}

// A table row: its bold name, its regular values.
Line row(double y, const std::string& name, const std::string& target, const std::string& w) {
    Line l = cells_line(1, y, {{20, name}, {300, target}, {400, w}});
    l.spans[0].bold = l.spans[0].words[0].bold = true;
    return l;
}

std::string value_of(const FieldHit& hit, const std::string& column) {
    for (const auto& [c, v] : hit.values) {
        if (c == column) return v;
    }
    return "<none>";
}

const std::map<int, double> kEdges{{1, 500}};

// The chamber's name and the section's title are bare bold lines too: a run longer than the
// bare fields begins with lines that are none of them; the last two are area and strategic
// objective, and the degree below the strategic one is its own.
TEST(BareHeadings, TheirOrderBeforeAnObjectiveNamesThem) {
    const Profile p = load_profile(kBare, "senza-chiavi.toml");
    const std::vector<Line> lines{heading(20, "Camera di Commercio"),
                                  heading(40, "3.1 Rendicontazione degli obiettivi"),
                                  heading(60, "Promozione e sostegno"),
                                  heading(80, "Digitalizzazione"),
                                  plain(92, "97,71 %"),
                                  heading(110, "01_01_ulco1 - Favorire la doppia transizione"),
                                  plain(122, "100,00 %")};
    EXPECT_FALSE(bare_heading(p, lines, 0, kEdges));
    EXPECT_FALSE(bare_heading(p, lines, 1, kEdges));
    const auto area = bare_heading(p, lines, 2, kEdges);
    ASSERT_TRUE(area);
    EXPECT_EQ(value_of(area->first, "area"), "Promozione e sostegno");
    EXPECT_EQ(area->first.level, 2);
    EXPECT_EQ(area->second, 2u);
    const auto strategic = bare_heading(p, lines, 3, kEdges);
    ASSERT_TRUE(strategic);
    EXPECT_EQ(value_of(strategic->first, "strategic_objective"), "Digitalizzazione");
    EXPECT_EQ(strategic->second, 4u);                 // the degree below it is the heading's
    EXPECT_FALSE(bare_heading(p, lines, 5, kEdges));  // the objective's pattern reads it
}

// A bare line that reaches the text's right edge wraps: the next bold line under it is the
// same heading; a bold line under a short one is the next heading.
TEST(BareHeadings, AWrappedHeadingIsOneHeading) {
    const Profile p = load_profile(kBare, "senza-chiavi.toml");
    const std::vector<Line> lines{heading(60, "Promozione e sostegno allo sviluppo delle", 475),
                                  heading(70, "imprese", 40), heading(90, "Digitalizzazione"),
                                  heading(110, "01_01_ulco1 - Favorire la doppia transizione")};
    const auto area = bare_heading(p, lines, 0, kEdges);
    ASSERT_TRUE(area);
    EXPECT_EQ(value_of(area->first, "area"), "Promozione e sostegno allo sviluppo delle imprese");
    EXPECT_EQ(area->second, 1u);
    const auto strategic = bare_heading(p, lines, 2, kEdges);
    ASSERT_TRUE(strategic);
    EXPECT_EQ(value_of(strategic->first, "strategic_objective"), "Digitalizzazione");
}

// A bold name's last line under its row's first line is the row's, not an area above the next
// strategic objective; nor is a bold line that no heading follows.
TEST(BareHeadings, ARowsLastBoldLineIsNoHeading) {
    const Profile p = load_profile(kBare, "senza-chiavi.toml");
    const std::vector<Line> lines{row(50, "Livelli di attività", ">= 4", "20,00%"),
                                  heading(59, "2025", 30), heading(80, "Competitività"),
                                  heading(100, "01_04_0s02 - Sostenere le imprese")};
    EXPECT_FALSE(bare_heading(p, lines, 1, kEdges));
    const auto strategic = bare_heading(p, lines, 2, kEdges);
    ASSERT_TRUE(strategic);
    EXPECT_EQ(value_of(strategic->first, "strategic_objective"), "Competitività");
    const std::vector<Line> alone{heading(20, "Premessa"), plain(40, "Il documento ...")};
    EXPECT_FALSE(bare_heading(p, alone, 0, kEdges));
}

// The figure under a heading wrapped under itself is still the heading's; any other line ends
// the wait (a figure further down is a table's).
TEST(BareHeadings, AFigureBelowItsHeadingIsTheHeadings) {
    const Profile p = load_profile(kBare, "senza-chiavi.toml");
    FieldHit hit;
    hit.figure = p.fields[2].figure.get();
    HeadingFigure figure;
    figure.expect(hit, heading(100, "03_01_uico1 - Consolidare il capitale umano", 475));
    EXPECT_FALSE(figure.take(heading(110, "imprese e utenti", 80)));
    EXPECT_TRUE(figure.take(plain(121, "99,80 %")));
    EXPECT_FALSE(figure.take(plain(132, "99,80 %")));
    figure.expect(hit, heading(200, "03_01_0s01 - Ottimizzare"));
    EXPECT_FALSE(figure.take(plain(212, "Numero di pratiche")));
    EXPECT_FALSE(figure.take(plain(224, "99,80 %")));
}

// The whole document: every row carries the area, the strategic objective and the objective
// its headings named, and no figure becomes a row.
TEST(BareHeadings, RowsCarryTheBlocksHeadings) {
    const Profile p = load_profile(kBare, "senza-chiavi.toml");
    const std::vector<Line> lines{
        heading(20, "Promozione e sostegno"),
        heading(40, "Digitalizzazione"),
        plain(52, "97,71 %"),
        heading(70, "01_01_ulco1 - Favorire la doppia transizione"),
        plain(82, "100,00 %"),
        cells_line(1, 100, {{20, "Indicatore"}, {300, "Target"}, {400, "Peso"}}, true),
        row(115, "Livelli", ">= 4 N.", "50,00%"),
        row(135, "Azioni", ">= 2 N.", "50,00%"),
        heading(160, "Semplificazione"),
        heading(180, "L'e-gov"),
        heading(200, "02_01_0p04 - Semplificare"),
        plain(212, "90,00 %"),
        cells_line(1, 230, {{20, "Indicatore"}, {300, "Target"}, {400, "Peso"}}, true),
        row(245, "Pratiche", ">= 9 N.", "100,00%")};
    Diagnostics diags;
    const auto out = extract("r.pdf", lines, p, diags);
    ASSERT_EQ(out.table.rows.size(), 3u);
    EXPECT_EQ(test::cell(out.table, 0, "area"), "Promozione e sostegno");
    EXPECT_EQ(test::cell(out.table, 1, "strategic_objective"), "Digitalizzazione");
    EXPECT_EQ(test::cell(out.table, 1, "objective_code"), "01_01_ulco1");
    EXPECT_EQ(test::cell(out.table, 2, "area"), "Semplificazione");
    EXPECT_EQ(test::cell(out.table, 2, "strategic_objective"), "L'e-gov");
    EXPECT_EQ(test::cell(out.table, 2, "objective_name"), "Semplificare");
    EXPECT_EQ(test::cell(out.table, 2, "target"), ">= 9 N.");
}

TEST(BareHeadings, TheLoaderWantsAColumnAndALevel) {
    const std::string head = "[profile]\nid = \"x\"\nname = \"x\"\n[detect]\nphrases = [\"x\"]\n";
    const std::string table =
        "[table]\nfirst_header = \"I\"\n[[table.column]]\nheaders = "
        "[\"I\"]\ncolumn = \"indicator_name\"\n";
    EXPECT_THROW(load_profile(head + "[[field]]\nbare = true\nlevel = 2\n" + table, "x.toml"),
                 DataFileError);
    EXPECT_THROW(
        load_profile(head + "[[field]]\nbare = true\ncolumn = \"area\"\n" + table, "x.toml"),
        DataFileError);
    EXPECT_THROW(load_profile(head +
                                  "[[field]]\nlabels = [\"A:\"]\ncolumn = \"area\"\nfigure = "
                                  "'%'\n" +
                                  table,
                              "x.toml"),
                 DataFileError);
}

// ">=" alone on its line in a narrow target cell centred vertically, its value wrapped below it
// and the actual's value beside it on that line: the target's, not the next column's. In an
// operator column without a name it stays the next column's.
TEST(BareHeadings, AComparatorOverItsWrappedValueStaysInItsColumn) {
    Tolerances tol;
    ProfileTable table;
    TableColumns cols(tol);
    std::vector<Column> c{{"indicator_name", {}, 10, 50, "Indicatore", "Indicatore"},
                          {"target", {}, 100, 140, "Target", "Target"},
                          {"actual", {}, 160, 200, "Consuntivo", "Consuntivo"}};
    cols.set(table, c, true);
    Line l = cells_line(1, 130, {{10, "Tasso"}, {128, "≥"}});
    l.spans[1].x1 = 134;
    const Cells cells = cols.cells_of(l);
    ASSERT_EQ(cells.size(), 2u);
    EXPECT_EQ(cells[1].first, 1u);
    std::vector<Column> op{{"indicator_name", {}, 10, 50, "Indicatore", "Indicatore"},
                           {"", {}, 90, 100, "Op.", "Op."},
                           {"target", {}, 120, 160, "Target", "Target"}};
    cols.set(table, op, true);
    Line o = cells_line(1, 130, {{10, "Tasso"}, {92, ">="}});
    o.spans[1].x1 = 98;
    EXPECT_EQ(cols.cells_of(o)[1].first, 2u);
}

const char* kTwoHeaderless = R"toml(
[profile]
id = "senza-intestazioni"
name = "Due tabelle senza intestazioni"
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
[[table.column]]
column = "performance"
[[table]]
row_pattern = '\d{1,3},\d{2} ?%'
[[table.column]]
column = "weight"
[[table.column]]
column = "indicator_name"
[[table.column]]
column = "formula"
[[table.column]]
column = "target"
[[table.column]]
column = "actual"
[[table.column]]
column = "performance"
)toml";

// Two tables without a header row, of five cells and of six (the description in a column of
// its own): the block's first row, of six cells, says which, though a row of five (a target
// left empty) comes further down.
TEST(BareHeadings, TheFirstRowPicksTheHeaderlessTable) {
    const Profile p = load_profile(kTwoHeaderless, "due.toml");
    const std::vector<Line> lines{cells_line(1, 10, {{10, "Codice:"}, {100, "03_01_0s01"}}),
                                  cells_line(1, 30,
                                             {{10, "14,30%"},
                                              {60, "Dotazione"},
                                              {160, "Definizione"},
                                              {260, ">= 5 N."},
                                              {320, "7 N."},
                                              {380, "100,00%"}}),
                                  cells_line(1, 50,
                                             {{10, "0,00%"},
                                              {60, "Contrattazione"},
                                              {160, "Sottoscrizione"},
                                              {320, "N/D"},
                                              {380, "N/D"}})};
    Diagnostics diags;
    const auto out = extract("due.pdf", lines, p, diags);
    ASSERT_EQ(out.table.rows.size(), 2u);
    EXPECT_EQ(test::cell(out.table, 0, "formula"), "Definizione");
    EXPECT_EQ(test::cell(out.table, 0, "target"), ">= 5 N.");
    EXPECT_EQ(test::cell(out.table, 1, "formula"), "Sottoscrizione");
    EXPECT_EQ(test::cell(out.table, 1, "actual"), "N/D");
}

// A key above its value ("Obiettivo" over "Favorire la doppia" / "transizione"), then a one
// table's first row, its code where the value starts: the row is no wrapped line of the value.
TEST(BareHeadings, ATableRowUnderAValueIsNotItsWrappedLine) {
    BlockFields b;
    b.set(FieldHit{{}, kBlockLevel, "objective_name"});
    EXPECT_TRUE(b.take_pending(plain(100, "Favorire la doppia")));
    EXPECT_TRUE(b.take_wrapped(plain(108, "transizione")));
    EXPECT_FALSE(b.take_wrapped(
        cells_line(1, 116, {{20, "01_01_0s01_01_2025"}, {120, "Ampiezza"}, {300, ">= 4 N."}})));
    EXPECT_EQ(b.values().at("objective_name"), "Favorire la doppia transizione");
}

}  // namespace
}  // namespace pira
