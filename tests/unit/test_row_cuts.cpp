// Row building (src/extraction/row_builder.cpp, name_cell.cpp) where a table of regular names
// gives no font cue: a row whose values stayed on a page while its name went on to the next
// one, and where a regular name's paragraph ends in the first rows of a table or after a name
// of one word; a header whose last word a narrow cell cut, a cut row's last line under a
// repeated header (under no header cell, or under one it would make name no column), a key
// cell wrapped after a hyphen.
#include <gtest/gtest.h>

#include "extraction/extract.hpp"
#include "extraction/profile.hpp"
#include "extraction_test_lines.hpp"

namespace pira {
namespace {

using test::cell;
using test::span_line;
using test::word_cell;

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

Line header(int page) {
    return span_line(
        page, 10,
        {word_cell({w(10, 50, "Indicatore", true)}), word_cell({w(100, 140, "Tipologia", true)}),
         word_cell({w(200, 220, "Target", true), w(222, 240, "2026", true)}),
         word_cell({w(250, 270, "Target", true), w(272, 290, "2027", true)})});
}

// Regular names at the top of a page, the table going on without its header: a name with a
// capital beside a value again in a column whose value the row before completed ("N.D.", then
// "0,024 (n." beside "Contenziosi") begins the next row; the same name with the cut row's value
// going on in lower case stays the cut row's.
TEST(RowBuilder, ANameBesideAValueAgainAtAPageTopBeginsARow) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        header(1),
        span_line(1, 30,
                  {word_cell({w(10, 40, "Incidenza"), w(43, 60, "costi")}),
                   word_cell({w(100, 130, "Salute")}), word_cell({w(200, 215, "N.D.")})}),
        span_line(1, 38, {word_cell({w(10, 60, "economici/Proventi")})}),
        span_line(2, 30,
                  {word_cell({w(10, 50, "Contenziosi"), w(53, 80, "pendenti")}),
                   word_cell({w(200, 220, "0,024")})}),
        span_line(2, 38, {word_cell({w(10, 50, "personale")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Contenziosi pendenti personale");
    EXPECT_EQ(cell(x.table, 0, "target_2026"), "N.D.");
    EXPECT_EQ(cell(x.table, 1, "target_2026"), "0,024");
    lines[3].spans[1] = word_cell({w(200, 220, "disponibile")});
    Diagnostics again;
    EXPECT_EQ(extract("prova.pdf", lines, p, again).table.rows.size(), 1u);
}

// Rows centred vertically: the row before the page break reached its extent (its last line as
// far below its values' middle as its first is above) well above the page's foot (the lowest
// text of the document), so the producer kept it whole, and the name alone on the next page's
// first line begins the next row. Ending near the foot, the row may have been cut: the name
// is the cut row's.
TEST(RowBuilder, ACentredRowEndedAboveThePageFootIsWhole) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    auto page = [&](double foot) {
        return std::vector<Line>{
            header(1),
            span_line(1, 30, {word_cell({w(10, 40, "Grado"), w(43, 60, "utilizzo")})}),
            span_line(1, 38,
                      {word_cell({w(10, 40, "delle"), w(43, 60, "risorse")}),
                       word_cell({w(100, 130, "Efficacia")}), word_cell({w(200, 215, "100%")}),
                       word_cell({w(250, 265, "90%")})}),
            span_line(1, 46, {word_cell({w(10, 40, "dedicate")})}),
            span_line(2, 30, {word_cell({w(10, 40, "Livello"), w(43, 60, "affluenza")})}),
            span_line(2, 38,
                      {word_cell({w(10, 40, "servizio")}), word_cell({w(100, 130, "Efficacia")}),
                       word_cell({w(200, 205, "1")}), word_cell({w(250, 255, "1")})}),
            span_line(2, 46, {word_cell({w(10, 40, "brevettuale")})}),
            span_line(2, foot,
                      {word_cell({w(10, 40, "Terzo")}), word_cell({w(100, 130, "Volume")}),
                       word_cell({w(200, 205, "2")}), word_cell({w(250, 255, "2")})}),
        };
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", page(190), p, diags);
    ASSERT_EQ(x.table.rows.size(), 3u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Grado utilizzo delle risorse dedicate");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Livello affluenza servizio brevettuale");
    Diagnostics again;
    const Extraction y = extract("prova.pdf", page(60), p, again);
    ASSERT_EQ(y.table.rows.size(), 3u);
    EXPECT_EQ(cell(y.table, 0, "indicator_name"),
              "Grado utilizzo delle risorse dedicate Livello affluenza");
}

TEST(RowBuilder, ValuesLeftOnAPageWaitForTheirNameOnTheNext) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        header(1),
        span_line(1, 30,
                  {word_cell({w(10, 30, "Primo"), w(33, 60, "indicatore")}),
                   word_cell({w(100, 130, "Volume")}), word_cell({w(200, 210, "5")}),
                   word_cell({w(250, 260, "6")})}),
        // No row gap, no name: two values again do not wrap, they are the next row's
        span_line(1, 38,
                  {word_cell({w(100, 130, "Efficacia")}), word_cell({w(200, 210, "7")}),
                   word_cell({w(250, 260, "8")})}),
        header(2),
        span_line(2, 30, {word_cell({w(10, 40, "Secondo"), w(43, 70, "indicatore")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Primo indicatore");
    EXPECT_EQ(cell(x.table, 0, "type"), "Volume");
    EXPECT_EQ(cell(x.table, 0, "target_2026"), "5");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Secondo indicatore");
    EXPECT_EQ(cell(x.table, 1, "type"), "Efficacia");
    EXPECT_EQ(cell(x.table, 1, "target_2027"), "8");
}

// The first row of a table: the widest line read so far is its own name; a wider line further
// down the page shows that the description's first word would have fitted after it.
TEST(RowBuilder, TheFirstRowsParagraphEndIsJudgedByTheWholePage) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        header(1),
        span_line(1, 30,
                  {word_cell({w(10, 30, "Grado"), w(33, 40, "di"), w(43, 60, "utilizzo")}),
                   word_cell({w(100, 130, "Volume")})}),
        span_line(1, 38, {word_cell({w(10, 35, "Risorse"), w(38, 60, "usate")})}),
        span_line(1, 52,
                  {word_cell({w(10, 40, "Numero"), w(43, 53, "di"), w(56, 90, "pratiche")}),
                   word_cell({w(100, 130, "Volume")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Grado di utilizzo");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Risorse usate");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Numero di pratiche");
}

// A table of one row, its name the widest line of its column: the next column's text starts
// at 100 and the narrowest gap between two columns' texts (190 to 200) is a cell's padding, so
// the name's cell reaches 90 and "Risorse" (25 wide) would have fitted after "utilizzo".
TEST(RowBuilder, AParagraphEndJudgedByWhereTheCellEnds) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        header(1),
        span_line(1, 30,
                  {word_cell({w(10, 30, "Grado"), w(33, 40, "di"), w(43, 60, "utilizzo")}),
                   word_cell({w(100, 190, "Efficienza")}), word_cell({w(200, 210, "5")}),
                   word_cell({w(250, 260, "6")})}),
        span_line(1, 38, {word_cell({w(10, 35, "Risorse"), w(38, 60, "usate")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Grado di utilizzo");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Risorse usate");
}

// A name of one word is a name like another; only a code (digits, "_") set on a line of its own
// above the name does not end a paragraph.
TEST(RowBuilder, ANameOfOneWordEndsItsParagraphACodeDoesNot) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        header(1),
        span_line(1, 30,
                  {word_cell({w(10, 50, "Promozione")}), word_cell({w(100, 130, "Volume")})}),
        span_line(1, 38, {word_cell({w(10, 40, "Numero"), w(43, 53, "di"), w(56, 90, "eventi")})}),
        span_line(1, 52, {word_cell({w(10, 50, "IS_0106")}), word_cell({w(100, 130, "Volume")})}),
        span_line(1, 60, {word_cell({w(10, 40, "Grado"), w(43, 53, "di"), w(56, 80, "utilizzo")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Promozione");
    EXPECT_EQ(cell(x.table, 0, "formula"), "Numero di eventi");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "IS_0106 Grado di utilizzo");
}

// "Peso dell'indicatore" in a narrow cell: "Peso" / "dell'indicator" / "e". Joined with spaces
// it is no header, glued whole neither: only its last part is a cut word.
TEST(HeaderModel, AHeadersLastWordCutByANarrowCell) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        span_line(
            1, 10,
            {word_cell({w(10, 50, "Indicatore", true)}), word_cell({w(300, 320, "Peso", true)})}),
        span_line(1, 18, {word_cell({w(300, 340, "dell'indicator", true)})}),
        span_line(1, 26, {word_cell({w(300, 305, "e", true)})}),
        span_line(1, 40, {word_cell({w(10, 40, "Primo")}), word_cell({w(300, 320, "25%")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    ASSERT_TRUE(x.table.column("weight").has_value());
    EXPECT_EQ(cell(x.table, 0, "weight"), "25%");
}

// A header in regular type repeated at a page top, then the last line of the row the break
// cut ("locali)"), under no header cell and in lower case: the row's, not the header's.
TEST(HeaderModel, ARowGoingOnUnderARepeatedRegularHeaderIsNotItsLine) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    auto regular_header = [](int page) {
        return span_line(
            page, 10,
            {word_cell({w(30, 70, "Indicatore")}), word_cell({w(100, 140, "Tipologia")}),
             word_cell({w(200, 220, "Target"), w(222, 240, "2026")})});
    };
    std::vector<Line> lines{
        regular_header(1),
        span_line(1, 30,
                  {word_cell({w(10, 30, "Primo", true), w(33, 60, "Misura"), w(63, 80, "le")}),
                   word_cell({w(100, 130, "Volume")}), word_cell({w(200, 220, ">= 5")})}),
        span_line(1, 38, {word_cell({w(10, 50, "attività")})}),
        regular_header(2),
        span_line(2, 20, {word_cell({w(10, 25, "locali)")})}),
        span_line(2, 40,
                  {word_cell({w(10, 40, "Secondo", true)}), word_cell({w(100, 130, "Qualità")}),
                   word_cell({w(200, 220, ">= 7")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "formula"), "Misura le attività locali)");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Secondo");
    EXPECT_EQ(cell(x.table, 1, "target_2026"), ">= 7");
    // A row's code right under the repeated header, left of the centred "Indicatore": a row.
    lines[4] = span_line(2, 20,
                         {word_cell({w(10, 25, "IS_01", true)}),
                          word_cell({w(100, 130, "Efficacia")}), word_cell({w(200, 220, ">= 9")})});
    Diagnostics d2;
    const Extraction coded = extract("prova.pdf", lines, p, d2);
    ASSERT_EQ(coded.table.rows.size(), 3u);
    EXPECT_EQ(cell(coded.table, 1, "target_2026"), ">= 9");
}

// A header in regular type repeated at a page top, then the cut row's text going on under one
// of its cells ("della spesa" under "Tipologia"): joined to it the header names no column, so it
// is the row's. A header cell's own wrapped part makes the header whole ("(>=)" under "Target
// 2026": the column's comparator).
TEST(HeaderModel, ARowGoingOnUnderANamedRegularHeaderCellIsNotItsLine) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    auto regular_header = [](int page) {
        return span_line(
            page, 10,
            {word_cell({w(10, 50, "Indicatore")}), word_cell({w(100, 140, "Tipologia")}),
             word_cell({w(200, 220, "Target"), w(222, 240, "2026")})});
    };
    std::vector<Line> lines{
        regular_header(1),
        span_line(1, 18, {word_cell({w(205, 220, "(>=)")})}),
        span_line(1, 30,
                  {word_cell({w(10, 30, "Primo", true)}), word_cell({w(100, 135, "Efficacia")}),
                   word_cell({w(200, 210, "5")})}),
        regular_header(2),
        span_line(2, 18, {word_cell({w(205, 220, "(>=)")})}),
        span_line(2, 26, {word_cell({w(100, 115, "della"), w(118, 135, "spesa")})}),
        span_line(2, 40,
                  {word_cell({w(10, 40, "Secondo", true)}), word_cell({w(100, 130, "Volume")}),
                   word_cell({w(200, 210, "7")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "type"), "Efficacia della spesa");
    EXPECT_EQ(cell(x.table, 0, "target_2026"), ">= 5");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Secondo");
    EXPECT_EQ(cell(x.table, 1, "type"), "Volume");
}

// A header in regular type whose target headers wrap in their narrow cells ("Target" over
// "2026"): each names its column with its wrapped part, so with "Indicatore" and "Tipologia" four
// of its five cells are the table's headers (alone, two: too few for a header).
TEST(HeaderModel, ARegularHeaderCountsItsWrappedHeaders) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        span_line(1, 10,
                  {word_cell({w(10, 50, "Indicatore")}), word_cell({w(100, 140, "Tipologia")}),
                   word_cell({w(150, 170, "Media")}), word_cell({w(200, 220, "Target")}),
                   word_cell({w(250, 270, "Target")})}),
        span_line(1, 18,
                  {word_cell({w(150, 170, "cluster")}), word_cell({w(200, 220, "2026")}),
                   word_cell({w(250, 270, "2027")})}),
        span_line(1, 30,
                  {word_cell({w(10, 30, "Primo", true)}), word_cell({w(100, 135, "Efficacia")}),
                   word_cell({w(200, 210, "5")}), word_cell({w(250, 260, "6")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Primo");
    EXPECT_EQ(cell(x.table, 0, "target_2026"), "5");
    EXPECT_EQ(cell(x.table, 0, "target_2027"), "6");
}

// A bold name cut by a page break after a full line ("della", 90: the widest line of the column;
// "PNRR" would not have fitted after it), its other cells going on below it on the page before,
// and no description yet: the bold line at the next page's top, under the repeated header, goes
// on with it. Where values come again below that line (the next row's, centred below its name's
// first line), it is the next row's name.
TEST(RowBuilder, ABoldNameCutAfterAFullLineGoesOnAtThePageTop) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    for (bool values_below : {false, true}) {
        std::vector<Line> lines{
            header(1),
            span_line(1, 30,
                      {word_cell({w(10, 40, "Sviluppo", true), w(43, 90, "competenze", true)}),
                       word_cell({w(100, 130, "Qualità")}), word_cell({w(200, 210, "5")}),
                       word_cell({w(250, 260, "6")})}),
            span_line(1, 38,
                      {word_cell({w(10, 50, "promossa", true), w(53, 90, "della", true)}),
                       word_cell({w(100, 130, "della")})}),
            span_line(1, 46, {word_cell({w(100, 130, "spesa")})}),
            header(2),
            span_line(2, 30,
                      {word_cell({w(10, 40, "PNRR", true), w(43, 60, "Indica"), w(63, 80, "la")})}),
        };
        if (values_below) {
            lines.push_back(
                span_line(2, 38,
                          {word_cell({w(10, 40, "quota")}), word_cell({w(100, 130, "Volume")}),
                           word_cell({w(200, 210, "7")}), word_cell({w(250, 260, "8")})}));
        }
        Diagnostics diags;
        const Extraction x = extract("prova.pdf", lines, p, diags);
        ASSERT_EQ(x.table.rows.size(), values_below ? 2u : 1u);
        if (values_below) {
            EXPECT_EQ(cell(x.table, 0, "indicator_name"), "Sviluppo competenze promossa della");
            EXPECT_EQ(cell(x.table, 1, "indicator_name"), "PNRR");
            EXPECT_EQ(cell(x.table, 1, "target_2026"), "7");
        } else {
            EXPECT_EQ(cell(x.table, 0, "indicator_name"),
                      "Sviluppo competenze promossa della PNRR");
            EXPECT_EQ(cell(x.table, 0, "formula"), "Indica la");
            EXPECT_EQ(cell(x.table, 0, "target_2026"), "5");
        }
    }
}

// Regular names, a repeated header: the cut row's text going on in lower case at the page top
// ("spesa"), right above the next row's name, is the cut row's, and that name begins its row.
TEST(RowBuilder, ATextGoingOnAboveTheNextNameAtAPageTopIsTheCutRows) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        header(1),
        span_line(1, 30,
                  {word_cell({w(10, 30, "Primo"), w(33, 60, "indicatore")}),
                   word_cell({w(100, 140, "Efficacia"), w(143, 160, "della")}),
                   word_cell({w(200, 220, ">= 5")})}),
        header(2),
        span_line(2, 20, {word_cell({w(100, 125, "spesa")})}),
        span_line(2, 28,
                  {word_cell({w(10, 40, "Secondo")}), word_cell({w(100, 130, "Volume")}),
                   word_cell({w(200, 220, ">= 7")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "type"), "Efficacia della spesa");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Secondo");
    EXPECT_EQ(cell(x.table, 1, "type"), "Volume");
}

// A key cell too narrow for its label, broken at the hyphen: "PT-" and "PO" are one word.
TEST(BlockFields, AKeyCellWrappedAfterAHyphen) {
    const Profile p = load_profile(kProfile, "tagli.toml");
    std::vector<Line> lines{
        span_line(1, 10,
                  {word_cell({w(10, 40, "Ambito"), w(43, 70, "strategico"), w(73, 90, "CCIAA"),
                              w(93, 100, "PT-")}),
                   word_cell({w(150, 180, "03_01"), w(183, 250, "Ottimizzazione")})}),
        span_line(1, 18, {word_cell({w(10, 20, "PO")})}),
        header(1),
        span_line(1, 50, {word_cell({w(10, 40, "Primo")}), word_cell({w(100, 130, "Volume")})}),
    };
    lines[2].y0 = 40;
    lines[2].y1 = 48;
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "strategic_objective"), "03_01 Ottimizzazione");
    // Cut by a page break: "PO" at the top of the next page.
    for (std::size_t k = 1; k < lines.size(); ++k) lines[k].page = 2;
    lines[0].y0 = 790;  // the page's last line
    lines[0].y1 = 798;
    Diagnostics d2;
    const Extraction cut = extract("prova.pdf", lines, p, d2);
    ASSERT_EQ(cut.table.rows.size(), 1u);
    EXPECT_EQ(cell(cut.table, 0, "strategic_objective"), "03_01 Ottimizzazione");
}

}  // namespace
}  // namespace pira
