// Row building (src/extraction/name_cell.cpp, row_builder.cpp) where names are set in italics
// over a regular description in the same cell: the font, not the lines' widths, tells the name
// from its description, and an italic line at the top of a page after the cut row's
// description is the next row's name; names opened by their code ("A_01 - ...").
#include <gtest/gtest.h>

#include "extraction/extract.hpp"
#include "extraction/profile.hpp"

namespace pira {
namespace {

const char* kProfile = R"toml(
[profile]
id = "corsivi"
name = "Corsivi"
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
)toml";

SpanWord w(double x0, double x1, const char* t, bool italic = false) {
    return SpanWord{t, false, x0, x1, italic};
}

Span cell(std::vector<SpanWord> words) {
    Span s{"", words.front().x0, words.back().x1, false, words};
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

Line header() {
    auto b = [](double x0, double x1, const char* t) { return SpanWord{t, true, x0, x1, false}; };
    return line(1, 10,
                {cell({b(10, 50, "Indicatore")}), cell({b(100, 140, "Tipologia")}),
                 cell({b(200, 220, "Target"), b(222, 240, "2026")})});
}

std::string at(const Extraction& x, std::size_t r, const char* column) {
    return x.table.rows[r].fields[*x.table.column(column)].text;
}

// The italic name fills its cell: by width alone the regular line below would go on with it.
TEST(RowBuilder, AnItalicNameEndsWhereRegularTypeBegins) {
    const Profile p = load_profile(kProfile, "corsivi.toml");
    std::vector<Line> lines{
        header(),
        line(1, 30,
             {cell({w(10, 40, "Volume", true), w(43, 70, "medio", true),
                    w(73, 90, "gestito", true)}),
              cell({w(100, 130, "Volume")}), cell({w(200, 210, "5")})}),
        line(1, 38, {cell({w(10, 40, "Numero"), w(43, 60, "di"), w(63, 85, "richieste")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(at(x, 0, "indicator_name"), "Volume medio gestito");
    EXPECT_EQ(at(x, 0, "formula"), "Numero di richieste");
}

// No header on the next page, no row gap across the break: italics after the regular
// description cannot be the cut row's name again, they begin the next row.
TEST(RowBuilder, AnItalicNameAtAPageTopAfterADescriptionBeginsARow) {
    const Profile p = load_profile(kProfile, "corsivi.toml");
    std::vector<Line> lines{
        header(),
        line(1, 30,
             {cell({w(10, 30, "Primo", true), w(33, 60, "indicatore", true)}),
              cell({w(100, 130, "Volume")}), cell({w(200, 210, "5")})}),
        line(1, 38, {cell({w(10, 40, "Descrizione"), w(43, 60, "del"), w(63, 85, "primo")})}),
        line(2, 30, {cell({w(10, 40, "Secondo", true), w(43, 70, "indicatore", true)})}),
        line(2, 38, {cell({w(100, 130, "Efficacia")}), cell({w(200, 210, "7")})}),
        line(2, 46, {cell({w(10, 30, "Sua"), w(33, 70, "descrizione")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(at(x, 0, "indicator_name"), "Primo indicatore");
    EXPECT_EQ(at(x, 0, "formula"), "Descrizione del primo");
    EXPECT_EQ(at(x, 1, "indicator_name"), "Secondo indicatore");
    EXPECT_EQ(at(x, 1, "type"), "Efficacia");
    EXPECT_EQ(at(x, 1, "target_2026"), "7");
    EXPECT_EQ(at(x, 1, "formula"), "Sua descrizione");
}

// Names in two columns' table (the description beside it), cut rows at a page break: the
// italic line at the next page's top that opens with a code and a dash is the next row's name,
// the cut row's name goes on mid-sentence.
TEST(RowBuilder, ANameOpenedByACodeAtAPageTopBeginsARow) {
    const Profile p = load_profile(kProfile, "corsivi.toml");
    std::vector<Line> lines{
        header(),
        line(1, 30,
             {cell({w(10, 30, "A_01", true), w(33, 36, "-", true), w(39, 60, "Primo", true)}),
              cell({w(100, 130, "Volume")}), cell({w(200, 210, "5")})}),
        line(1, 38, {cell({w(10, 40, "indicatore", true)})}),
        line(2, 30,
             {cell({w(10, 30, "A_02", true), w(33, 36, "-", true), w(39, 60, "Secondo", true)})}),
        line(2, 38, {cell({w(100, 130, "efficacia")}), cell({w(200, 210, "7")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(at(x, 0, "indicator_name"), "A_01 - Primo indicatore");
    EXPECT_EQ(at(x, 1, "indicator_name"), "A_02 - Secondo");
    EXPECT_EQ(at(x, 1, "target_2026"), "7");
}

// Regular names opened by their code, rows without a row gap (thin padding): the next code
// and dash open the next row; at a page top, a line without a code is the cut row's
// description, carried over the break.
TEST(RowBuilder, RegularNamesOpenedByTheirCode) {
    const Profile p = load_profile(kProfile, "corsivi.toml");
    auto name = [](const char* code, const char* t) {
        return cell({w(10, 30, code), w(33, 36, "-"), w(39, 50, t)});
    };
    auto values = [](const char* v) {  // centred in the row, below its name's first line
        return std::vector<Span>{cell({w(100, 130, "Volume")}), cell({w(200, 210, v)})};
    };
    std::vector<Line> lines{
        header(),
        line(1, 30, {name("A_01", "Primo")}),
        line(1, 38, values("5")),
        line(1, 46, {cell({w(10, 40, "Descrizione"), w(43, 90, "uno")})}),
        line(1, 54, {name("A_02", "Secondo")}),
        line(1, 62, values("6")),
        line(2, 30, {cell({w(10, 40, "Descrizione"), w(43, 90, "due")})}),
        line(2, 38, {name("A_03", "Terzo")}),
        line(2, 46, values("7")),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 3u);
    EXPECT_EQ(at(x, 0, "indicator_name"), "A_01 - Primo");
    EXPECT_EQ(at(x, 0, "formula"), "Descrizione uno");
    EXPECT_EQ(at(x, 1, "indicator_name"), "A_02 - Secondo");
    EXPECT_EQ(at(x, 1, "formula"), "Descrizione due");
    EXPECT_EQ(at(x, 2, "indicator_name"), "A_03 - Terzo");
    EXPECT_EQ(at(x, 2, "target_2026"), "7");
}

}  // namespace
}  // namespace pira
