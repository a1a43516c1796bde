// Row building (src/extraction/name_cell.cpp, RowBuilder::unsplit) and field emission
// (row_emission.cpp) where a regular name and its description share one cell with nothing to
// tell where the name ends: the whole text stays in the name, nothing is lost or guessed, and
// the row is said (name_description_unsplit) with its page and row; where a cue exists (a bold
// name, a paragraph's end), nothing is said.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "common/toml_check.hpp"
#include "extraction/extract.hpp"
#include "extraction/profile.hpp"
#include "extraction_test_lines.hpp"

namespace pira {
namespace {

using test::cell;
using test::span_line;
using test::word_cell;

SpanWord w(double x0, double x1, const char* t, bool bold = false) {
    return SpanWord{t, bold, x0, x1, false};
}

std::vector<Diagnostic> unsplit(const Diagnostics& diags) {
    std::vector<Diagnostic> out;
    std::copy_if(diags.items().begin(), diags.items().end(), std::back_inserter(out),
                 [](const Diagnostic& d) { return d.code == Errc::name_description_unsplit; });
    return out;
}

// Name and description run on, every line filling the cell: no cue says where the name ends.
TEST(RowBuilder, ARegularNameRunOnWithItsDescriptionStaysWholeAndIsSaid) {
    const Profile p = load_profile(test::kNameCellProfile, "nomi.toml");
    std::vector<Line> lines{
        test::name_cell_header(),
        span_line(1, 30,
                  {word_cell({w(10, 40, "Grado"), w(43, 50, "di"), w(53, 90, "utilizzo")}),
                   word_cell({w(100, 130, "Efficacia")}), word_cell({w(200, 210, "5")})}),
        span_line(1, 38,
                  {word_cell({w(10, 40, "Risorse"), w(43, 60, "spese"), w(63, 90, "nell'anno")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Grado di utilizzo Risorse spese nell'anno");
    EXPECT_EQ(cell(x.table, 0, "formula"), "");
    const auto said = unsplit(diags);
    ASSERT_EQ(said.size(), 1u);
    EXPECT_EQ(said[0].severity, Severity::warning);
    EXPECT_EQ(said[0].value, "Grado di utilizzo Risorse spese nell'anno");
    EXPECT_EQ(said[0].place.page, 1u);
    EXPECT_EQ(said[0].place.line, 1u);  // the extracted table's row
    EXPECT_NE(said[0].to_string().find("nome e descrizione"), std::string::npos);
}

// The same, the name's last line full, then the indicator's weight in a paragraph of its own
// ("Peso: 25%", short of the cell's widest line): the profile's split takes the weight to its
// column, which leaves the description nothing, so the row is said as above.
TEST(RowBuilder, ANameRunOnWithItsDescriptionBeforeItsWeightIsSaid) {
    const Profile p = load_profile(std::string(test::kNameCellProfile) + R"toml(
[[table.column]]
headers = ["Peso"]
column = "weight"
[[table.split]]
column = "formula"
pattern = '\s*(?:Peso:) (?P<weight>[\d,]+ ?%)$'
)toml",
                                   "nomi.toml");
    std::vector<Line> lines{
        test::name_cell_header(),
        span_line(1, 30,
                  {word_cell({w(10, 40, "Grado"), w(43, 50, "di"), w(53, 90, "utilizzo")}),
                   word_cell({w(100, 130, "Efficacia")}), word_cell({w(200, 210, "5")})}),
        span_line(1, 38, {word_cell({w(10, 40, "Risorse"), w(43, 60, "spese")})}),
        span_line(1, 46, {word_cell({w(10, 30, "Peso:"), w(33, 45, "25%")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Grado di utilizzo Risorse spese");
    EXPECT_EQ(cell(x.table, 0, "weight"), "25%");
    EXPECT_EQ(cell(x.table, 0, "formula"), "");
    EXPECT_EQ(unsplit(diags).size(), 1u);
}

// A bold name, its description regular: the font tells them apart, nothing to say.
TEST(RowBuilder, ABoldNameOverARegularDescriptionIsNotSaid) {
    const Profile p = load_profile(test::kNameCellProfile, "nomi.toml");
    std::vector<Line> lines{
        test::name_cell_header(),
        span_line(1, 30,
                  {word_cell({w(10, 40, "Grado", true), w(43, 50, "di", true),
                              w(53, 90, "utilizzo", true)}),
                   word_cell({w(100, 130, "Efficacia")}), word_cell({w(200, 210, "5")})}),
        span_line(1, 38,
                  {word_cell({w(10, 40, "Risorse"), w(43, 60, "spese"), w(63, 90, "nell'anno")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Grado di utilizzo");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Risorse spese nell'anno");
    EXPECT_TRUE(unsplit(diags).empty());
}

// A regular name whose paragraph ends short of the cell's widest line: the description's
// first word would have fitted after it, so the description begins on a line of its own.
TEST(RowBuilder, ARegularNameEndingItsParagraphIsNotSaid) {
    const Profile p = load_profile(test::kNameCellProfile, "nomi.toml");
    std::vector<Line> lines{
        test::name_cell_header(),
        span_line(1, 30,
                  {word_cell({w(10, 40, "Grado"), w(43, 50, "di"), w(53, 90, "utilizzo")}),
                   word_cell({w(100, 130, "Efficacia")}), word_cell({w(200, 210, "5")})}),
        span_line(1, 38, {word_cell({w(10, 40, "risorse")})}),
        span_line(1, 46,
                  {word_cell({w(10, 20, "Rs"), w(23, 40, "spese"), w(43, 90, "nell'anno")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Grado di utilizzo risorse");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Rs spese nell'anno");
    EXPECT_TRUE(unsplit(diags).empty());
}

// The header of a table whose type column is centred close to the targets: "Indicatore" at
// 10, "Tipologia" at 100 to 130, "Target 2026" at 135 to 165.
Line tight_header() {
    return span_line(
        1, 10,
        {word_cell({w(10, 50, "Indicatore", true)}), word_cell({w(100, 130, "Tipologia", true)}),
         word_cell({w(135, 150, "Target", true), w(152, 165, "2026", true)})});
}

// A regular name filling its cell's widest line, "è" wrapped onto the next: the type column's
// texts are centred ("Efficacia", "Qualità" alike in the middle), so where its widest text
// starts is inside its cell and says nothing of where the name's cell ends. The name's
// paragraph ends only at the short line after it.
TEST(RowBuilder, ACentredNextColumnSaysNothingOfTheNamesWidth) {
    const Profile p = load_profile(test::kNameCellProfile, "nomi.toml");
    std::vector<Line> lines{
        tight_header(),
        span_line(1, 30,
                  {word_cell({w(10, 40, "Contenziosi"), w(43, 88, "l'amministrazione")}),
                   word_cell({w(100, 130, "Efficacia")}), word_cell({w(133, 138, "0")})}),
        span_line(1, 38, {word_cell({w(10, 14, "è"), w(17, 40, "stata"), w(43, 60, "chiamata")})}),
        span_line(1, 46, {word_cell({w(10, 25, "Numero"), w(28, 60, "contenziosi")})}),
        span_line(1, 60,
                  {word_cell({w(10, 40, "Livello"), w(43, 60, "medio")}),
                   word_cell({w(105, 125, "Qualità")}), word_cell({w(133, 138, "1")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Contenziosi l'amministrazione è stata chiamata");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Numero contenziosi");
    // Left-aligned, the type column's texts start where its cells do: the name's cell ends
    // short of them by the narrowest gap between columns (3 points), and "è" would have fitted.
    lines[4].spans[1] = word_cell({w(100, 120, "Qualità")});
    Diagnostics again;
    const Extraction y = extract("prova.pdf", lines, p, again);
    ASSERT_EQ(y.table.rows.size(), 2u);
    EXPECT_EQ(cell(y.table, 0, "indicator_name"), "Contenziosi l'amministrazione");
}

// A value's bracket wrapped under it ("76,07 %" over "(194/255)") beside a type in capitals cut
// before its last letter ("DIPARTIMENT" over "O FUNZIONI"): the row goes on, though the name
// cell's line begins with a capital after the name's paragraph ended.
TEST(RowBuilder, AValuesBracketAndCapitalsGoingOnAreTheRows) {
    const Profile p = load_profile(test::kNameCellProfile, "nomi.toml");
    std::vector<Line> lines{
        test::name_cell_header(),
        span_line(1, 30,
                  {word_cell({w(10, 40, "Giorni"), w(43, 60, "medi")}),
                   word_cell({w(100, 140, "DIPARTIMENT")}),
                   word_cell({w(200, 220, "76,07"), w(222, 226, "%")})}),
        span_line(1, 38,
                  {word_cell({w(10, 18, "N."), w(21, 40, "medio"), w(43, 90, "giornate")}),
                   word_cell({w(100, 104, "O"), w(107, 140, "FUNZIONI")}),
                   word_cell({w(200, 235, "(194/255)")})}),
        span_line(1, 46,
                  {word_cell({w(10, 50, "lavorative")}), word_cell({w(100, 140, "PUBBLICHE")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Giorni medi");
    EXPECT_EQ(cell(x.table, 0, "formula"), "N. medio giornate lavorative");
    EXPECT_EQ(cell(x.table, 0, "type"), "DIPARTIMENT O FUNZIONI PUBBLICHE");
    EXPECT_EQ(cell(x.table, 0, "target_2026"), "76,07 % (194/255)");
    // Without its bracket the number is a value again, and begins the next row.
    lines[2].spans[2] = word_cell({w(200, 230, "194/255")});
    Diagnostics again;
    EXPECT_EQ(extract("prova.pdf", lines, p, again).table.rows.size(), 2u);
}

// The name-cell profile with a "Descrizione" column whose key description is `value`.
std::string with_description_column(const std::string& value) {
    return std::string(test::kNameCellProfile) +
           "[[table.column]]\nheaders = [\"Descrizione\"]\ncolumn = \"formula\"\n"
           "description = " +
           value + "\n";
}

// A description in a column of its own ("Descrizione", description = true): the name's cell
// holds the name alone. A long regular name is not cut at a line's end, nothing is said.
TEST(RowBuilder, ANameBesideItsDescriptionColumnIsWholeAndNotSaid) {
    const Profile p = load_profile(with_description_column("true"), "nomi.toml");
    Line head = test::name_cell_header();
    head.spans.push_back(word_cell({w(260, 300, "Descrizione", true)}));
    std::vector<Line> lines{
        head,
        span_line(1, 30,
                  {word_cell({w(10, 40, "Grado"), w(43, 50, "di"), w(53, 90, "utilizzo")}),
                   word_cell({w(100, 130, "Efficacia")}), word_cell({w(200, 210, "5")}),
                   word_cell({w(260, 290, "Risorse"), w(293, 320, "spese")})}),
        span_line(1, 38, {word_cell({w(10, 40, "risorse")})}),
        span_line(1, 46, {word_cell({w(10, 20, "Rs"), w(23, 40, "del"), w(43, 90, "bilancio")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Grado di utilizzo risorse Rs del bilancio");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Risorse spese");
    EXPECT_TRUE(unsplit(diags).empty());
}

// The key is checked like the others: true or false, nothing else.
TEST(RowBuilder, TheDescriptionKeyIsTrueOrFalse) {
    try {
        load_profile(with_description_column("\"si\""), "nomi.toml");
        FAIL() << "a description that is not true or false was accepted";
    } catch (const DataFileError& e) {
        EXPECT_NE(std::string(e.what()).find("«description» vale true o false"), std::string::npos);
    }
}

}  // namespace
}  // namespace pira
