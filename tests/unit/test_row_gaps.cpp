// Row building (src/extraction/row_gaps.cpp, row_builder.cpp) in tables whose cells are centred
// vertically: rows padded by less than half a line beside cells whose lines are set tight; a name
// cut by a page break going on in a bracket while its row's taller cells ended below it; rows
// without padding, where the next bold name begins below the row's middle as far as the row
// began above it, or after a name whose paragraph has ended; and a bold name right under the
// header, which is the first row, not the header's.
#include <gtest/gtest.h>

#include <string>

#include "extraction/extract.hpp"
#include "extraction/profile.hpp"
#include "extraction/row_gaps.hpp"
#include "extraction_test_lines.hpp"

namespace pira {
namespace {

using test::cell;
using test::span_line;
using test::word_cell;

const char* kProfile = R"toml(
[profile]
id = "righe"
name = "Righe"
[detect]
phrases = ["Indicatore"]
[table]
first_header = "Indicatore"
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

SpanWord w(double x0, double x1, const char* t, bool bold = false) {
    return SpanWord{t, bold, x0, x1, false};
}

// Bold names, two target columns.
Line bold_header(int page) {
    return span_line(
        page, 10,
        {word_cell({w(10, 50, "Indicatore", true)}), word_cell({w(100, 140, "Tipologia", true)}),
         word_cell({w(200, 220, "Target", true), w(222, 240, "2026", true)}),
         word_cell({w(250, 270, "Target", true), w(272, 290, "2027", true)})});
}

// A bold name of two words, its line ending at x = 90.
Span bold_name(const char* a, const char* b) {
    return word_cell({w(10, 40, a, true), w(43, 90, b, true)});
}

Line header(int page) {
    return span_line(
        page, 10,
        {word_cell({w(10, 50, "Indicatore", true)}), word_cell({w(100, 140, "Tipologia", true)}),
         word_cell({w(200, 220, "Target", true), w(222, 240, "2026", true)})});
}

TEST(RowGaps, AGapIsJudgedByTheLinesOfACell) {
    EXPECT_FALSE(closes_row(3, 8, -1, 0.5, 0.25));  // no wrapped cell seen: half a line
    EXPECT_TRUE(closes_row(5, 8, -1, 0.5, 0.25));
    EXPECT_TRUE(closes_row(3, 8, 0.5, 0.5, 0.25));   // lines 0.5 apart: 3 points is padding
    EXPECT_FALSE(closes_row(3, 8, 1.5, 0.5, 0.25));  // lines 1.5 apart: 3 points is not
}

// Lines 0.5 points apart in a cell, rows 3 apart (under half a line: 4 points): the second
// row's name, its first line alone (its values centred on the next), begins a row.
TEST(RowGaps, ThinPaddingBesideTightLinesClosesARow) {
    const Profile p = load_profile(kProfile, "righe.toml");
    std::vector<Line> lines{
        header(1),
        span_line(1, 30, {word_cell({w(10, 30, "Primo"), w(33, 60, "indicatore")})}),
        span_line(1, 38.5,
                  {word_cell({w(10, 25, "della"), w(28, 50, "prova")}),
                   word_cell({w(100, 130, "Volume")}), word_cell({w(200, 210, "5")})}),
        span_line(1, 47, {word_cell({w(10, 40, "lunga")})}),
        span_line(1, 58, {word_cell({w(10, 40, "Secondo"), w(43, 70, "indicatore")})}),
        span_line(1, 66.5,
                  {word_cell({w(10, 25, "della"), w(28, 50, "prova")}),
                   word_cell({w(100, 130, "Efficacia")}), word_cell({w(200, 210, "7")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Primo indicatore della prova lunga");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Secondo indicatore della prova");
    EXPECT_EQ(cell(x.table, 1, "target_2026"), "7");
}

// A row centred vertically, cut by a page break: its name ended above the page foot (its type,
// taller, went on below it), and goes on at the next page's top in a bracket beside the type's
// rest in lower case. A name begins with a capital: the bracket is the cut row's.
TEST(RowGaps, ANameGoingOnInABracketAtAPageTopIsTheCutRows) {
    const Profile p = load_profile(kProfile, "righe.toml");
    std::vector<Line> lines{
        header(1),
        span_line(1, 30, {word_cell({w(100, 130, "Indicatore"), w(133, 140, "di")})}),
        span_line(1, 38.5,
                  {word_cell({w(10, 30, "Giorni"), w(33, 60, "medi")}),
                   word_cell({w(100, 130, "efficacia")}), word_cell({w(200, 210, "77")})}),
        span_line(1, 47, {word_cell({w(100, 130, "della")})}),
        header(2),
        span_line(2, 30,
                  {word_cell({w(10, 50, "(INDICATORE")}), word_cell({w(100, 130, "spesa")})}),
        span_line(2, 38.5, {word_cell({w(10, 40, "PARETO)")})}),
        span_line(2, 58,
                  {word_cell({w(10, 40, "Secondo"), w(43, 70, "indicatore")}),
                   word_cell({w(100, 130, "Volume")}), word_cell({w(200, 210, "3")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Giorni medi (INDICATORE PARETO)");
    EXPECT_EQ(cell(x.table, 0, "type"), "Indicatore di efficacia della spesa");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Secondo indicatore");
}

// Rows without padding (no gap), cells centred: the values of the first row sit on its middle
// line, a line below its top; its name ends as far below. The next bold name, right under it,
// begins the next row, though the last line was full (no paragraph end to see).
TEST(RowGaps, ABoldNameBelowTheRowsCentredExtentBeginsTheNext) {
    const Profile p = load_profile(kProfile, "righe.toml");
    std::vector<Line> lines{
        bold_header(1),
        span_line(1, 30, {bold_name("Primo", "indicatore")}),
        span_line(1, 38,
                  {bold_name("della", "prova"), word_cell({w(100, 130, "Volume")}),
                   word_cell({w(200, 210, "5")}), word_cell({w(250, 260, "6")})}),
        span_line(1, 46, {bold_name("lunga", "serie")}),
        span_line(1, 54, {bold_name("Secondo", "indicatore")}),
        span_line(1, 62,
                  {bold_name("della", "prova"), word_cell({w(100, 130, "Efficacia")}),
                   word_cell({w(200, 210, "7")}), word_cell({w(250, 260, "8")})}),
        span_line(1, 70, {bold_name("breve", "serie")}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Primo indicatore della prova lunga serie");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Secondo indicatore della prova breve serie");
    EXPECT_EQ(cell(x.table, 1, "target_2027"), "8");
}

// A bold name whose last line left room for the next line's first word has ended: the next
// bold line, beginning with a capital, is the next row's name, its values centred below it.
TEST(RowGaps, ABoldNameAfterAParagraphEndBeginsTheNextRow) {
    const Profile p = load_profile(kProfile, "righe.toml");
    std::vector<Line> lines{
        bold_header(1),
        span_line(1, 30,
                  {bold_name("Primo", "indicatore"), word_cell({w(100, 130, "Volume")}),
                   word_cell({w(200, 210, "5")}), word_cell({w(250, 260, "6")})}),
        span_line(1, 38, {word_cell({w(10, 40, "breve", true)})}),
        span_line(1, 46, {bold_name("Secondo", "indicatore")}),
        span_line(1, 54,
                  {bold_name("della", "prova"), word_cell({w(100, 130, "Efficacia")}),
                   word_cell({w(200, 210, "7")}), word_cell({w(250, 260, "8")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Primo indicatore breve");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Secondo indicatore della prova");
    EXPECT_EQ(cell(x.table, 1, "type"), "Efficacia");
}

// A code alone on its line, with the number it holds ("IS_0106_DFP 4.3"), over its bold name:
// the code's line ends nothing (it may overflow the cell), so the name that would have fitted
// after it is the same row's; the next code begins the next row.
TEST(RowGaps, ACodeWithItsNumberOverItsBoldNameIsOneRow) {
    const Profile p = load_profile(kProfile, "righe.toml");
    std::vector<Line> lines{
        bold_header(1),
        span_line(1, 30,
                  {word_cell({w(10, 40, "IS_0106", true), w(43, 50, "4.3", true)}),
                   word_cell({w(100, 130, "Volume")}), word_cell({w(200, 210, "5")}),
                   word_cell({w(250, 260, "6")})}),
        span_line(1, 38, {bold_name("Grado", "trasparenza")}),
        span_line(1, 46,
                  {word_cell({w(10, 40, "IS_0107", true)}), word_cell({w(100, 130, "Efficacia")}),
                   word_cell({w(200, 210, "7")}), word_cell({w(250, 260, "8")})}),
        span_line(1, 54, {bold_name("Tempo", "medio")}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "IS_0106 4.3 Grado trasparenza");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "IS_0107 Tempo medio");
}

// A bold name alone right under the header row (no padding): joined to "Indicatore" it names no
// column, so it is the first row's name, not the header's second line.
TEST(RowGaps, ABoldNameRightUnderTheHeaderIsTheFirstRow) {
    const Profile p = load_profile(kProfile, "righe.toml");
    std::vector<Line> lines{
        bold_header(1),
        span_line(1, 20, {bold_name("Equilibrio", "economico")}),
        span_line(1, 28,
                  {word_cell({w(10, 40, "corrente", true)}), word_cell({w(100, 130, "Struttura")}),
                   word_cell({w(200, 210, "120")}), word_cell({w(250, 260, "114")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Equilibrio economico corrente");
    EXPECT_EQ(cell(x.table, 0, "target_2026"), "120");
}

// "Risorse" alone on its line in the algorithm's column, the row going on: the algorithm's first
// word wrapped onto a line of its own, not the block's key "Risorse" (which stands at the left).
TEST(RowGaps, AKeyWordAloneInALaterColumnIsTheRowsCell) {
    const Profile p = load_profile(std::string(kProfile) + R"toml(
[[table.column]]
headers = ["Algoritmo"]
column = "formula"
[[field]]
labels = ["Risorse:"]
column = "resources_eur"
)toml",
                                   "righe.toml");
    std::vector<Line> lines{
        span_line(
            1, 10,
            {word_cell({w(10, 50, "Indicatore", true)}), word_cell({w(60, 90, "Algoritmo", true)}),
             word_cell({w(100, 140, "Tipologia", true)}),
             word_cell({w(200, 220, "Target", true), w(222, 240, "2026", true)})}),
        span_line(1, 30,
                  {bold_name("Primo", "indicatore"), word_cell({w(100, 130, "Volume")}),
                   word_cell({w(200, 210, "5")})}),
        span_line(1, 38.5, {word_cell({w(60, 90, "Risorse")})}),
        span_line(1, 47, {word_cell({w(60, 75, "spese"), w(77, 90, "rese")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "formula"), "Risorse spese rese");
    EXPECT_EQ(cell(x.table, 0, "target_2026"), "5");
}

}  // namespace
}  // namespace pira

namespace pira {
namespace {

// The page's widest name line, which judges a bold name's end, is a name cell's: a line reaching
// into the next column's place (a block's "Obiettivo: ..." line under a table without header)
// is not one, and would make every wrapped name look ended.
TEST(RowGaps, ALineIntoTheNextColumnIsNoNameCell) {
    Tolerances tol;
    ProfileTable table;
    TableColumns cols(tol);
    cols.set(table,
             {{"indicator_name", {}, 10, 50, "Indicatore", "Indicatore"},
              {"type", {}, 100, 140, "Tipologia", "Tipologia"},
              {"target_2026", {}, 200, 240, "Target 2026", "Target2026"}},
             true);
    std::vector<Line> lines{
        span_line(1, 30,
                  {bold_name("Primo", "indicatore"), word_cell({w(100, 130, "Volume")}),
                   word_cell({w(200, 210, "5")})}),
        span_line(1, 46, {word_cell({w(10, 60, "Obiettivo:"), w(63, 120, "Valorizzazione")})}),
    };
    EXPECT_EQ(page_cells(lines, 0, cols, tol.row_gap).name_right, 90);
    lines[1].spans[0] = word_cell({w(10, 40, "Secondo"), w(43, 95, "indicatore")});
    EXPECT_EQ(page_cells(lines, 0, cols, tol.row_gap).name_right, 95);
}

// Regular names and their description in one cell, set a paragraph's space below the name, as
// wide as the rows' padding (groff's tbl text blocks); the rows' values on their first line.
const char* kParagraphProfile = R"toml(
[profile]
id = "paragrafi"
name = "Paragrafi"
[detect]
phrases = ["Indicatore"]
[table]
first_header = "Indicatore"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
rest_to = "formula"
[[table.column]]
headers = ['Target (\d{4})']
column = "target_{1}"
)toml";

std::vector<Line> paragraph_rows(bool values_on_first_line) {
    auto values = [](const char* a, const char* b) {
        return std::vector<Span>{word_cell({w(200, 210, a)}), word_cell({w(250, 260, b)})};
    };
    auto row = [&](double y, const char* a, const char* b, const char* name) {
        std::vector<Span> spans{word_cell({w(10, 40, name), w(43, 70, "indicatore")})};
        if (values_on_first_line) {
            for (auto& v : values(a, b)) spans.push_back(v);
        }
        return span_line(1, y, spans);
    };
    // Rows 5 points apart, the description 5 below its name, its lines 1 apart.
    return {
        span_line(1, 10,
                  {word_cell({w(10, 50, "Indicatore", true)}),
                   word_cell({w(200, 220, "Target", true), w(222, 240, "2026", true)}),
                   word_cell({w(250, 270, "Target", true), w(272, 290, "2027", true)})}),
        row(23, "5", "6", "Primo"),
        span_line(1, 36, {word_cell({w(10, 40, "Conta"), w(43, 60, "le"), w(63, 180, "prove")})}),
        span_line(1, 45, {word_cell({w(10, 40, "svolte")})}),
        row(58, "7", "8", "Secondo"),
        span_line(1, 71, {word_cell({w(10, 40, "Misura"), w(43, 60, "la"), w(63, 180, "quota")})}),
    };
}

TEST(RowGaps, ADescriptionAParagraphBelowItsNameIsTheRowsWhereRowsBeginWithValues) {
    const Profile p = load_profile(kParagraphProfile, "paragrafi.toml");
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", paragraph_rows(true), p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Primo indicatore");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Conta le prove svolte");
    EXPECT_EQ(cell(x.table, 0, "target_2027"), "6");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Secondo indicatore");
    EXPECT_EQ(cell(x.table, 1, "formula"), "Misura la quota");
}

}  // namespace
}  // namespace pira
