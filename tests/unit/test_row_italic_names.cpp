// Row building (src/extraction/name_cell.cpp, row_builder.cpp) where names are set in italics
// over a regular description in the same cell: the font, not the lines' widths, tells the name
// from its description, and an italic line at the top of a page after the cut row's
// description is the next row's name; names opened by their code ("A_01 - ...").
#include <gtest/gtest.h>

#include "extraction/extract.hpp"
#include "extraction/profile.hpp"
#include "extraction_test_lines.hpp"

namespace pira {
namespace {

using test::cell;
using test::span_line;
using test::word_cell;

SpanWord w(double x0, double x1, const char* t, bool italic = false) {
    return SpanWord{t, false, x0, x1, italic};
}

// The italic name fills its cell: by width alone the regular line below would go on with it.
TEST(RowBuilder, AnItalicNameEndsWhereRegularTypeBegins) {
    const Profile p = load_profile(test::kNameCellProfile, "nomi.toml");
    std::vector<Line> lines{
        test::name_cell_header(),
        span_line(1, 30,
                  {word_cell({w(10, 40, "Volume", true), w(43, 70, "medio", true),
                              w(73, 90, "gestito", true)}),
                   word_cell({w(100, 130, "Volume")}), word_cell({w(200, 210, "5")})}),
        span_line(1, 38,
                  {word_cell({w(10, 40, "Numero"), w(43, 60, "di"), w(63, 85, "richieste")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Volume medio gestito");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Numero di richieste");
}

// No header on the next page, no row gap across the break: italics after the regular
// description cannot be the cut row's name again, they begin the next row.
TEST(RowBuilder, AnItalicNameAtAPageTopAfterADescriptionBeginsARow) {
    const Profile p = load_profile(test::kNameCellProfile, "nomi.toml");
    std::vector<Line> lines{
        test::name_cell_header(),
        span_line(1, 30,
                  {word_cell({w(10, 30, "Primo", true), w(33, 60, "indicatore", true)}),
                   word_cell({w(100, 130, "Volume")}), word_cell({w(200, 210, "5")})}),
        span_line(1, 38,
                  {word_cell({w(10, 40, "Descrizione"), w(43, 60, "del"), w(63, 85, "primo")})}),
        span_line(2, 30, {word_cell({w(10, 40, "Secondo", true), w(43, 70, "indicatore", true)})}),
        span_line(2, 38, {word_cell({w(100, 130, "Efficacia")}), word_cell({w(200, 210, "7")})}),
        span_line(2, 46, {word_cell({w(10, 30, "Sua"), w(33, 70, "descrizione")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Primo indicatore");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Descrizione del primo");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Secondo indicatore");
    EXPECT_EQ(cell(x.table, 1, "type"), "Efficacia");
    EXPECT_EQ(cell(x.table, 1, "target_2026"), "7");
    EXPECT_EQ(cell(x.table, 1, "formula"), "Sua descrizione");
}

// The mirror: regular names over italic descriptions; at the next page's top, regular type
// again after the cut row's italic description is the next row's name, its values below it.
TEST(RowBuilder, ARegularNameAtAPageTopAfterAnItalicDescriptionBeginsARow) {
    const Profile p = load_profile(test::kNameCellProfile, "nomi.toml");
    std::vector<Line> lines{
        test::name_cell_header(),
        span_line(1, 30,
                  {word_cell({w(10, 30, "Primo"), w(33, 60, "indicatore")}),
                   word_cell({w(100, 130, "Volume")}), word_cell({w(200, 210, "5")})}),
        span_line(1, 38,
                  {word_cell({w(10, 40, "Descrizione", true), w(43, 60, "del", true),
                              w(63, 85, "primo", true)})}),
        span_line(2, 30, {word_cell({w(10, 40, "Secondo"), w(43, 70, "indicatore")})}),
        span_line(2, 38, {word_cell({w(100, 130, "Efficacia")}), word_cell({w(200, 210, "7")})}),
        span_line(2, 46, {word_cell({w(10, 30, "Sua", true), w(33, 70, "descrizione", true)})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Primo indicatore");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Descrizione del primo");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Secondo indicatore");
    EXPECT_EQ(cell(x.table, 1, "target_2026"), "7");
    EXPECT_EQ(cell(x.table, 1, "formula"), "Sua descrizione");
}

// Names in two columns' table (the description beside it), cut rows at a page break: the
// italic line at the next page's top that opens with a code and a dash is the next row's name,
// the cut row's name goes on mid-sentence.
TEST(RowBuilder, ANameOpenedByACodeAtAPageTopBeginsARow) {
    const Profile p = load_profile(test::kNameCellProfile, "nomi.toml");
    std::vector<Line> lines{
        test::name_cell_header(),
        span_line(
            1, 30,
            {word_cell({w(10, 30, "A_01", true), w(33, 36, "-", true), w(39, 60, "Primo", true)}),
             word_cell({w(100, 130, "Volume")}), word_cell({w(200, 210, "5")})}),
        span_line(1, 38, {word_cell({w(10, 40, "indicatore", true)})}),
        span_line(2, 30,
                  {word_cell({w(10, 30, "A_02", true), w(33, 36, "-", true),
                              w(39, 60, "Secondo", true)})}),
        span_line(2, 38, {word_cell({w(100, 130, "efficacia")}), word_cell({w(200, 210, "7")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "A_01 - Primo indicatore");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "A_02 - Secondo");
    EXPECT_EQ(cell(x.table, 1, "target_2026"), "7");
}

// Regular names opened by their code, rows without a row gap (thin padding): the next code
// and dash open the next row; at a page top, a line without a code is the cut row's
// description, carried over the break.
TEST(RowBuilder, RegularNamesOpenedByTheirCode) {
    const Profile p = load_profile(test::kNameCellProfile, "nomi.toml");
    auto name = [](const char* code, const char* t) {
        return word_cell({w(10, 30, code), w(33, 36, "-"), w(39, 50, t)});
    };
    auto values = [](const char* v) {  // centred in the row, below its name's first line
        return std::vector<Span>{word_cell({w(100, 130, "Volume")}), word_cell({w(200, 210, v)})};
    };
    std::vector<Line> lines{
        test::name_cell_header(),
        span_line(1, 30, {name("A_01", "Primo")}),
        span_line(1, 38, values("5")),
        span_line(1, 46, {word_cell({w(10, 40, "Descrizione"), w(43, 90, "uno")})}),
        span_line(1, 54, {name("A_02", "Secondo")}),
        span_line(1, 62, values("6")),
        span_line(2, 30, {word_cell({w(10, 40, "Descrizione"), w(43, 90, "due")})}),
        span_line(2, 38, {name("A_03", "Terzo")}),
        span_line(2, 46, values("7")),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 3u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "A_01 - Primo");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Descrizione uno");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "A_02 - Secondo");
    EXPECT_EQ(cell(x.table, 1, "formula"), "Descrizione due");
    EXPECT_EQ(cell(x.table, 2, "indicator_name"), "A_03 - Terzo");
    EXPECT_EQ(cell(x.table, 2, "target_2026"), "7");
}

}  // namespace
}  // namespace pira
