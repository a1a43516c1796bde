// Row building (src/extraction/row_builder.cpp, name_cell.cpp) where a table of regular names
// gives no font cue: a row whose values stayed on a page while its name went on to the next
// one, and where a regular name's paragraph ends in the first rows of a table or after a name
// of one word; a header whose last word a narrow cell cut, a key cell wrapped after a hyphen.
#include <gtest/gtest.h>

#include "extraction/extract.hpp"
#include "extraction/profile.hpp"

namespace pira {
namespace {

const char* kProfile = R"toml(
[profile]
id = "tagli"
name = "Tagli"
[detect]
phrases = ["Indicatore"]
[table]
first_header = "Indicatore"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
rest_to = "formula"
[[table.column]]
headers = ["Tipologia"]
column = "type"
[[table.column]]
headers = ['Target (\d{4})']
column = "target_{1}"
[[table.column]]
headers = ["Peso dell'indicatore"]
column = "weight"
[[field]]
labels = ["Ambito strategico CCIAA PT-PO:"]
column = "strategic_objective"
)toml";

SpanWord w(double x0, double x1, const char* t, bool bold = false) {
    return SpanWord{t, bold, x0, x1, false};
}

Span cell(std::vector<SpanWord> words) {
    Span s{"", words.front().x0, words.back().x1, words.front().bold, words};
    for (const auto& x : words) s.text += (s.text.empty() ? "" : " ") + x.text;
    return s;
}

Line line(int page, double y, std::vector<Span> spans) {
    Line l;
    l.page = page;
    l.y0 = y;
    l.y1 = y + 8;
    l.spans = std::move(spans);
    return l;
}

Line header(int page) {
    return line(page, 10,
                {cell({w(10, 50, "Indicatore", true)}), cell({w(100, 140, "Tipologia", true)}),
                 cell({w(200, 220, "Target", true), w(222, 240, "2026", true)}),
                 cell({w(250, 270, "Target", true), w(272, 290, "2027", true)})});
}

std::string at(const Extraction& x, std::size_t r, const char* column) {
    return x.table.rows[r].fields[*x.table.column(column)].text;
}

TEST(RowBuilder, ValuesLeftOnAPageWaitForTheirNameOnTheNext) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        header(1),
        line(1, 30,
             {cell({w(10, 30, "Primo"), w(33, 60, "indicatore")}), cell({w(100, 130, "Volume")}),
              cell({w(200, 210, "5")}), cell({w(250, 260, "6")})}),
        // No row gap, no name: two values again do not wrap, they are the next row's
        line(
            1, 38,
            {cell({w(100, 130, "Efficacia")}), cell({w(200, 210, "7")}), cell({w(250, 260, "8")})}),
        header(2),
        line(2, 30, {cell({w(10, 40, "Secondo"), w(43, 70, "indicatore")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(at(x, 0, "indicator_name"), "Primo indicatore");
    EXPECT_EQ(at(x, 0, "type"), "Volume");
    EXPECT_EQ(at(x, 0, "target_2026"), "5");
    EXPECT_EQ(at(x, 1, "indicator_name"), "Secondo indicatore");
    EXPECT_EQ(at(x, 1, "type"), "Efficacia");
    EXPECT_EQ(at(x, 1, "target_2027"), "8");
}

// The first row of a table: the widest line read so far is its own name; a wider line further
// down the page shows that the description's first word would have fitted after it.
TEST(RowBuilder, TheFirstRowsParagraphEndIsJudgedByTheWholePage) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        header(1),
        line(1, 30,
             {cell({w(10, 30, "Grado"), w(33, 40, "di"), w(43, 60, "utilizzo")}),
              cell({w(100, 130, "Volume")})}),
        line(1, 38, {cell({w(10, 35, "Risorse"), w(38, 60, "usate")})}),
        line(1, 52,
             {cell({w(10, 40, "Numero"), w(43, 53, "di"), w(56, 90, "pratiche")}),
              cell({w(100, 130, "Volume")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(at(x, 0, "indicator_name"), "Grado di utilizzo");
    EXPECT_EQ(at(x, 0, "formula"), "Risorse usate");
    EXPECT_EQ(at(x, 1, "indicator_name"), "Numero di pratiche");
}

// A table of one row, its name the widest line of its column: the next column's text starts
// at 100 and the narrowest gap between two columns' texts (190 to 200) is a cell's padding, so
// the name's cell reaches 90 and "Risorse" (25 wide) would have fitted after "utilizzo".
TEST(RowBuilder, AParagraphEndJudgedByWhereTheCellEnds) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        header(1),
        line(1, 30,
             {cell({w(10, 30, "Grado"), w(33, 40, "di"), w(43, 60, "utilizzo")}),
              cell({w(100, 190, "Efficienza")}), cell({w(200, 210, "5")}),
              cell({w(250, 260, "6")})}),
        line(1, 38, {cell({w(10, 35, "Risorse"), w(38, 60, "usate")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(at(x, 0, "indicator_name"), "Grado di utilizzo");
    EXPECT_EQ(at(x, 0, "formula"), "Risorse usate");
}

// A name of one word is a name like another; only a code (digits, "_") set on a line of its own
// above the name does not end a paragraph.
TEST(RowBuilder, ANameOfOneWordEndsItsParagraphACodeDoesNot) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        header(1),
        line(1, 30, {cell({w(10, 50, "Promozione")}), cell({w(100, 130, "Volume")})}),
        line(1, 38, {cell({w(10, 40, "Numero"), w(43, 53, "di"), w(56, 90, "eventi")})}),
        line(1, 52, {cell({w(10, 50, "IS_0106")}), cell({w(100, 130, "Volume")})}),
        line(1, 60, {cell({w(10, 40, "Grado"), w(43, 53, "di"), w(56, 80, "utilizzo")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(at(x, 0, "indicator_name"), "Promozione");
    EXPECT_EQ(at(x, 0, "formula"), "Numero di eventi");
    EXPECT_EQ(at(x, 1, "indicator_name"), "IS_0106 Grado di utilizzo");
}

// "Peso dell'indicatore" in a narrow cell: "Peso" / "dell'indicator" / "e". Joined with spaces
// it is no header, glued whole neither: only its last part is a cut word.
TEST(HeaderModel, AHeadersLastWordCutByANarrowCell) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        line(1, 10, {cell({w(10, 50, "Indicatore", true)}), cell({w(300, 320, "Peso", true)})}),
        line(1, 18, {cell({w(300, 340, "dell'indicator", true)})}),
        line(1, 26, {cell({w(300, 305, "e", true)})}),
        line(1, 40, {cell({w(10, 40, "Primo")}), cell({w(300, 320, "25%")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    ASSERT_TRUE(x.table.column("weight").has_value());
    EXPECT_EQ(at(x, 0, "weight"), "25%");
}

// A key cell too narrow for its label, broken at the hyphen: "PT-" and "PO" are one word.
TEST(BlockFields, AKeyCellWrappedAfterAHyphen) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        line(1, 10,
             {cell({w(10, 40, "Ambito"), w(43, 70, "strategico"), w(73, 90, "CCIAA"),
                    w(93, 100, "PT-")}),
              cell({w(150, 180, "03_01"), w(183, 250, "Ottimizzazione")})}),
        line(1, 18, {cell({w(10, 20, "PO")})}),
        header(1),
        line(1, 50, {cell({w(10, 40, "Primo")}), cell({w(100, 130, "Volume")})}),
    };
    lines[2].y0 = 40;
    lines[2].y1 = 48;
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(at(x, 0, "strategic_objective"), "03_01 Ottimizzazione");
    // Cut by a page break: "PO" at the top of the next page.
    for (std::size_t k = 1; k < lines.size(); ++k) lines[k].page = 2;
    lines[0].y0 = 790;  // the page's last line
    lines[0].y1 = 798;
    Diagnostics d2;
    const Extraction cut = extract("prova.pdf", lines, p, d2);
    ASSERT_EQ(cut.table.rows.size(), 1u);
    EXPECT_EQ(at(cut, 0, "strategic_objective"), "03_01 Ottimizzazione");
}

}  // namespace
}  // namespace pira
