// Words cut by a narrow cell without a hyphen, joined (layout/cut_words): on a rendering that
// cuts them (tests/renderings/pistoia2020, LibreOffice) and on lines built here for the cases
// a reader tells apart: a cut word, and a normal wrap before a short word.
#include <gtest/gtest.h>

#include "layout/cut_comparators.hpp"
#include "layout/cut_numbers.hpp"
#include "layout/cut_words.hpp"

namespace pira {
namespace {

// Words placed left to right from x0, each `w` points per character, one point apart.
Span span_at(double x0, const std::vector<std::string>& words, double w = 2.0) {
    Span s;
    s.x0 = x0;
    double x = x0;
    for (const auto& t : words) {
        const double x1 = x + w * static_cast<double>(t.size());
        s.words.push_back({t, false, x, x1, false});
        s.text += (s.text.empty() ? "" : " ") + t;
        x = x1 + 1.0;
    }
    s.x1 = s.words.back().x1;
    return s;
}

Line line_at(double y, std::vector<Span> spans) {
    Line l;
    l.page = 1;
    l.y0 = y;
    l.y1 = y + 8;
    l.spans = std::move(spans);
    return l;
}

// A table row whose first cell (x 10 to 60) wraps onto a second line, and a paragraph below
// that has `elsewhere` whole.
std::vector<Line> table(const std::vector<std::string>& first, const std::vector<std::string>& next,
                        const std::string& elsewhere) {
    return {line_at(0, {span_at(10, first), span_at(70, {"90%"}), span_at(100, {"Oracle"})}),
            line_at(8.5, {span_at(10, next)}),
            line_at(40, {span_at(10, {"Sostegno", elsewhere, "delle", "imprese"})})};
}

TEST(CutWords, AWordWiderThanItsCellIsJoined) {
    // "all'internazionalizzazi" fills the cell to its right edge; "one" goes on in lower case.
    auto lines = table({"all'internazionalizzazi"}, {"one", "del", "territorio"},
                       "all'internazionalizzazione");
    lines[0].spans[0] = span_at(14, {"all'internazionalizzazi"});
    lines[1].spans[0] = span_at(14, {"one", "del", "territorio"});
    EXPECT_EQ(join_cut_words(lines), 1u);
    EXPECT_EQ(lines[0].spans[0].text, "all'internazionalizzazione");
    EXPECT_EQ(lines[0].spans[0].words.back().text, "all'internazionalizzazione");
    EXPECT_EQ(lines[1].spans[0].text, "del territorio");
    EXPECT_EQ(lines[1].spans[0].words.size(), 2u);
}

TEST(CutWords, ALineLeftWithoutWordsGoes) {
    auto lines = table({"mediazioni/conciliazio"}, {"ni"}, "mediazioni/conciliazioni");
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(join_cut_words(lines), 1u);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].spans[0].text, "mediazioni/conciliazioni");
    EXPECT_EQ(lines[1].text(), "Sostegno mediazioni/conciliazioni delle imprese");
}

// The tail alone on its line, under a line that goes on before the head ("rispetto alle imp"
// over "rese-campione"): the head goes down to it and the line stays, so that the cell's lines
// keep their spacing (an emptied line would leave a gap read as a row's end).
TEST(CutWords, AHeadGoesDownToATailAloneOnItsLine) {
    auto lines = table({"di", "all'internazionalizzazi"}, {"one"}, "all'internazionalizzazione");
    EXPECT_EQ(join_cut_words(lines), 1u);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].spans[0].text, "di");
    EXPECT_EQ(lines[0].spans[0].words.size(), 1u);
    EXPECT_EQ(lines[1].spans[0].text, "all'internazionalizzazione");
    EXPECT_EQ(lines[1].spans[0].words.front().text, "all'internazionalizzazione");
}

TEST(CutWords, AWrapBeforeAShortWordStays) {
    // "social" ends at the cell's edge and "sociale" is in the document, but "sociale" would
    // have fitted on a line of its own: a producer wraps there, it does not cut.
    auto lines = table({"comunicazione", "su", "social"}, {"e", "network"}, "sociale");
    EXPECT_EQ(join_cut_words(lines), 0u);
    EXPECT_EQ(lines[0].spans[0].text, "comunicazione su social");
    EXPECT_EQ(lines[1].spans[0].text, "e network");
}

TEST(CutWords, AFragmentThatIsAWordOfTheDocumentStays) {
    auto lines = table({"all'internazionalizzazi"}, {"one", "del", "territorio"},
                       "all'internazionalizzazione");
    lines[2].spans[0] = span_at(10, {"internazionalizzazi", "internazionalizzazione"});
    EXPECT_EQ(join_cut_words(lines), 0u);
}

TEST(CutWords, AJoinedFormTheDocumentLacksStays) {
    auto lines = table({"giudiziali/extragiudizi"}, {"ali", "aperti"}, "giudiziali");
    EXPECT_EQ(join_cut_words(lines), 0u);
}

TEST(CutWords, ALineShortOfItsColumnsEdgeStays) {
    // Another row's cell of the same column reaches further right: this line left room.
    auto lines = table({"all'internazionalizzazi"}, {"one"}, "all'internazionalizzazione");
    lines.insert(lines.begin() + 2,  // in page order, above the paragraph
                 line_at(20, {span_at(10, {"Grado", "di", "utilizzo", "delle", "risorse"}),
                              span_at(70, {"80%"}), span_at(100, {"Oracle"})}));
    EXPECT_EQ(join_cut_words(lines), 0u);
}

TEST(CutWords, AnotherTablesWiderColumnBelowABlockLineDoesNotCount) {
    // The table of the next objective, below its block's line ("Descrizione: ...", over the
    // columns), has a wider first column: the cut row's table is read up to that line.
    auto lines = table({"all'internazionalizzazi"}, {"one"}, "all'internazionalizzazione");
    lines.push_back(line_at(60, {span_at(10, {"Grado", "di", "utilizzo", "delle", "risorse"}),
                                 span_at(75, {"80%"}), span_at(100, {"Oracle"})}));
    EXPECT_EQ(join_cut_words(lines), 1u);
    EXPECT_EQ(lines[0].spans[0].text, "all'internazionalizzazione");
}

TEST(CutWords, ANumbersLastDigitsUnderItAreJoined) {
    // Right-aligned: "=91/280" fills the cell, "08" ends where it ends. A number has no
    // vocabulary: the width it would need says it alone.
    auto lines = table({"=91/280"}, {"08"}, "imprese");
    lines[0].spans[0] = span_at(20, {"=91/280"}, 4.0);
    lines[1].spans[0] = span_at(40, {"08"}, 4.0);
    EXPECT_EQ(join_cut_words(lines), 1u);
    EXPECT_EQ(lines[0].spans[0].text, "=91/28008");
}

TEST(CutWords, ANumbersLastDigitsClosingItsBracketAreJoined) {
    // "(194/25" fills its cell, "5)" closes the bracket it opened; beside it the row's other
    // cells go on, in lower case and in capitals under capitals ("O FUNZIONI" / "PUBBLICHE").
    std::vector<Line> lines{line_at(0, {span_at(10, {"N.", "medio"}), span_at(40, {"(194/25"}, 3.0),
                                        span_at(70, {"O", "FUNZIONI"})}),
                            line_at(8.5, {span_at(10, {"lavorative"}), span_at(47.5, {"5)"}, 3.0),
                                          span_at(70, {"PUBBLICHE"})})};
    EXPECT_EQ(join_cut_words(lines), 1u);
    EXPECT_EQ(lines[0].spans[1].text, "(194/255)");
    EXPECT_EQ(lines[1].spans.size(), 2u);
    // A bracket the number did not open is no number's end; nor is a cell in capitals under
    // one in lower case the row going on.
    lines = {line_at(0, {span_at(10, {"N.", "medio"}), span_at(40, {"=194/25"}, 3.0),
                         span_at(70, {"O", "FUNZIONI"})}),
             line_at(8.5, {span_at(10, {"lavorative"}), span_at(47.5, {"5)"}, 3.0),
                           span_at(70, {"PUBBLICHE"})})};
    EXPECT_EQ(join_cut_words(lines), 0u);
    lines = {line_at(0, {span_at(10, {"N.", "medio"}), span_at(40, {"(194/25"}, 3.0),
                         span_at(70, {"o", "funzioni"})}),
             line_at(8.5, {span_at(10, {"lavorative"}), span_at(47.5, {"5)"}, 3.0),
                           span_at(70, {"PUBBLICHE"})})};
    EXPECT_EQ(join_cut_words(lines), 0u);
}

TEST(CutWords, AValueUnderANumberStays) {
    auto lines = table({"=91/28008"}, {"0,32%", "-", "3,2"}, "imprese");
    EXPECT_EQ(join_cut_words(lines), 0u);
    EXPECT_EQ(lines[1].spans[0].text, "0,32% - 3,2");
}

TEST(CutWords, TheNextRowsValueStays) {
    // Rows without padding: "1" under "31/12/2027" is the next row's, beside its name.
    std::vector<Line> lines{
        line_at(0, {span_at(10, {"Benessere"}), span_at(40, {"31/12/2027"}, 3.0),
                    span_at(80, {"data"})}),
        line_at(8.5, {span_at(10, {"Diffusione"}), span_at(40, {"1"}, 3.0), span_at(80, {"n."})})};
    EXPECT_EQ(join_cut_words(lines), 0u);
    EXPECT_EQ(lines[0].spans[1].text, "31/12/2027");
}

TEST(CutWords, ARowsNumbersCutInEveryValueColumnAreJoined) {
    // Each value fills its cell (3 points a character) and its last digit is under it, beside
    // the next column's: the row's values are all wider than their cells.
    std::vector<Line> lines{
        line_at(0, {span_at(10, {"Tempestività"}), span_at(40, {"2.377.95"}, 3.0),
                    span_at(70, {"2.947.17"}, 3.0)}),
        line_at(8.5,
                {span_at(10, {"camerale"}), span_at(61, {"7"}, 3.0), span_at(91, {"1"}, 3.0)})};
    EXPECT_EQ(join_cut_words(lines), 2u);
    EXPECT_EQ(lines[0].spans[1].text, "2.377.957");
    EXPECT_EQ(lines[0].spans[2].text, "2.947.171");
}

TEST(CutWords, ANumberWithSpacedThousandsIsAsWideAsItsGroups) {
    // "2 377 95" fills its cell, left-aligned; its last group alone would fit beside "7".
    std::vector<Line> lines{
        line_at(0, {span_at(10, {"Tempestività"}), span_at(40, {"2", "377", "95"}, 3.0),
                    span_at(70, {"100%"})}),
        line_at(8.5, {span_at(10, {"aggiornamento"}), span_at(40, {"7"}, 3.0)})};
    EXPECT_EQ(join_cut_words(lines), 1u);
    EXPECT_EQ(lines[0].spans[1].text, "2 377 957");
}

TEST(CutWords, AnotherTablesCellOverTheNeighboursDoesNotWidenTheCell) {
    // A table above on the page has a wide cell ending where "15.50" ends; it lies over the
    // row's other values, so it is no cell of that column.
    std::vector<Line> lines{
        line_at(0, {span_at(10, {"Missione"}), span_at(30, {"Programma"}),
                    span_at(40, {"Programma", "Strategico", "Prato", "x"})}),
        line_at(40, {span_at(10, {"Attrattività"}), span_at(40, {"15.500"}, 3.0),
                     span_at(70, {"15.50"}, 3.0)}),
        line_at(48.5, {span_at(10, {"eventi"}), span_at(76, {"0"}, 3.0)})};
    lines[0].spans[2].x1 = lines[1].spans[2].x1;
    EXPECT_EQ(join_cut_words(lines), 1u);
    EXPECT_EQ(lines[1].spans[2].text, "15.500");
}

TEST(CutWords, ANumberGoesOnPastTheRowsMiddleLine) {
    // Cells centred: the name's line sits between the number's two lines, with nothing in the
    // number's column; the number goes on in the line under it. Whole, it sits on the middle
    // line, in its place between the name and the unit, as a number that fitted would; its
    // first line, left empty, goes.
    std::vector<Line> lines{line_at(0, {span_at(40, {"2.377.95"}, 3.0)}),
                            line_at(4.5, {span_at(10, {"Tempestività"}), span_at(100, {"n."})}),
                            line_at(9, {span_at(10, {"relative"}), span_at(61, {"7"}, 3.0)})};
    EXPECT_EQ(join_cut_words(lines), 1u);
    ASSERT_EQ(lines.size(), 2u);
    ASSERT_EQ(lines[0].spans.size(), 3u);
    EXPECT_EQ(lines[0].spans[1].text, "2.377.957");
    EXPECT_EQ(lines[0].text(), "Tempestività 2.377.957 n.");
    EXPECT_EQ(lines[1].spans.size(), 1u);
    // A word is not carried past a line: only a number is.
    lines = {line_at(0, {span_at(40, {"realizzazi"}, 3.0)}),
             line_at(4.5, {span_at(10, {"Tempestività"}), span_at(100, {"n."})}),
             line_at(9, {span_at(10, {"relative"}), span_at(61, {"one"}, 3.0)}),
             line_at(40, {span_at(10, {"la", "realizzazione"})})};
    EXPECT_EQ(join_cut_words(lines), 0u);
}

TEST(CutWords, GroupsOfThousandsMendedBelowAreJoinedWhateverTheRow) {
    // Cells centred: the values' first lines, the unit and the performance between, then the
    // tails beside the formula's paragraph beginning in capitals ("N° accessi"). "2.377.95"
    // is no number, so its "7" is its own whatever the line's other cells.
    std::vector<Line> lines{
        line_at(0, {span_at(10, {"Tempestività"}), span_at(40, {"2.377.95"}, 3.0),
                    span_at(70, {"2.947.17"}, 3.0)}),
        line_at(4.5, {span_at(100, {"n."}), span_at(120, {"100%"})}),
        line_at(
            9, {span_at(10, {"N°", "accessi"}), span_at(61, {"7"}, 3.0), span_at(91, {"1"}, 3.0)})};
    EXPECT_EQ(join_cut_words(lines), 2u);
    EXPECT_EQ(lines[0].text(), "Tempestività");
    EXPECT_EQ(lines[1].text(), "2.377.957 2.947.171 n. 100%");
    EXPECT_EQ(lines[2].spans.size(), 1u);
    // Cut before a dot: "2.377" is a number, but ".957" alone is none.
    lines = {line_at(0, {span_at(10, {"Tempestività"}), span_at(40, {"2.377"}, 6.0)}),
             line_at(4.5, {span_at(10, {"N°", "accessi"}), span_at(100, {"n."})}),
             line_at(9, {span_at(10, {"ne", "fisica"}), span_at(43, {".957"}, 6.0)})};
    EXPECT_EQ(join_cut_words(lines), 1u);
    EXPECT_EQ(lines[1].text(), "N° accessi 2.377.957 n.");
}

TEST(CutWords, GroupsCompletedBelowNeedNoWidth) {
    // A wider cell of the column elsewhere on the page (a table above, set wider) makes
    // "15 50" look short of its cell; its groups alone say it was cut.
    std::vector<Line> lines{
        line_at(0, {span_at(10, {"Missione"}), span_at(40, {"Programma", "x"}, 3.0),
                    span_at(90, {"Fase"})}),
        line_at(40, {span_at(10, {"Attrattività"}), span_at(40, {"15", "50"}, 3.0),
                     span_at(90, {"n."})}),
        line_at(48.5, {span_at(10, {"eventi"}), span_at(46, {"0"}, 3.0)})};
    EXPECT_EQ(join_cut_words(lines), 1u);
    EXPECT_EQ(lines[1].spans[1].text, "15 500");
}

TEST(CutWords, ANumberWrappedAtASpaceBetweenItsGroupsKeepsIt) {
    // "2 947 171" in a narrow cell breaks at its last space: "2 947" over "171", the row's
    // values all cut; joined, the space stays ("2 947171" is no number).
    std::vector<Line> lines{
        line_at(0, {span_at(10, {"Tempestività"}), span_at(40, {"2", "377"}, 3.0),
                    span_at(70, {"2", "947"}, 3.0)}),
        line_at(8.5,
                {span_at(10, {"camerale"}), span_at(40, {"957"}, 3.0), span_at(70, {"171"}, 3.0)})};
    EXPECT_EQ(join_cut_words(lines), 2u);
    EXPECT_EQ(lines[0].spans[1].text, "2 377 957");
    EXPECT_EQ(lines[0].spans[2].text, "2 947 171");
    EXPECT_TRUE(wrapped_at_space("2 947", "171"));
    EXPECT_FALSE(wrapped_at_space("2 377 95", "7"));
}

TEST(CutWords, AWholeNumberOverTheNextRowsValueStays) {
    // "15.500" is a whole number: the "3" under it, beside a name in capitals, is the next
    // row's (rows without padding), as with "31/12/2027" over "1".
    std::vector<Line> lines{
        line_at(0,
                {span_at(10, {"Attrattività"}), span_at(40, {"15.500"}, 3.0), span_at(80, {"n."})}),
        line_at(8.5, {span_at(10, {"Diffusione"}), span_at(40, {"3"}, 3.0), span_at(80, {"n."})})};
    EXPECT_EQ(join_cut_words(lines), 0u);
    EXPECT_EQ(lines[0].spans[1].text, "15.500");
}

TEST(CutNumbers, GroupsOfThousands) {
    EXPECT_TRUE(well_grouped("2.377.957"));
    EXPECT_TRUE(well_grouped("2 377 957"));
    EXPECT_TRUE(well_grouped("4.278.724,50"));
    EXPECT_FALSE(well_grouped("2.377.95"));
    EXPECT_FALSE(well_grouped("2.377 957"));  // one kind of separator
    EXPECT_FALSE(well_grouped("15500"));      // no groups: nothing to mend
    EXPECT_TRUE(mends_groups("2.377.95", "7"));
    EXPECT_TRUE(mends_groups("2.377", ".957"));
    EXPECT_FALSE(mends_groups("2.377", "1"));      // "2.3771": no groups
    EXPECT_FALSE(mends_groups("15.500", "3"));     // a whole number
    EXPECT_FALSE(mends_groups("2.377.95", "71"));  // "2.377.9571"
}

TEST(CutWords, ARenderingsCutWordsAreWhole) {
    Diagnostics diags;
    const std::string pdf =
        std::string(PIRA_SOURCE_DIR) + "/tests/renderings/pistoia2020/pdf/r03-libreoffice.pdf";
    auto doc = read_pdf(pdf, ReaderLimits{}, diags);
    ASSERT_TRUE(doc.has_value());
    std::vector<Line> lines;
    for (const auto& page : doc->pages) {
        auto l = build_lines(page);
        lines.insert(lines.end(), l.begin(), l.end());
    }
    EXPECT_GE(join_cut_words(lines), 3u);
    std::string text;
    for (const auto& l : lines) text += l.text() + "\n";
    EXPECT_EQ(text.find("all'internazionalizzazi\n"), std::string::npos);
    EXPECT_EQ(text.find("all'internazionalizzazion\n"), std::string::npos);
    // The algorithm's cell, and the unit beside it: "Percentual" / "e".
    EXPECT_NE(text.find("\ndedicate\nall'internazionalizzazione\ndel territorio\n"),
              std::string::npos);
    EXPECT_NE(text.find("Indicatore Percentuale Oracle"), std::string::npos);
}

// "<=" cut by its narrow comparator cell, "<" then "=" on the cell's next line, that "=" ending
// its line: one comparator again ("< 30.11.2026 =" read as a target was refused, PIRA 2026
// rendering, seed 397358). The next row's "=", its value beside it, stays its own.
TEST(CutComparators, AnEqualsSignUnderItsHalfIsJoined) {
    std::vector<Line> lines{
        line_at(0, {span_at(10, {"Giornata"}), span_at(70, {"<"}), span_at(80, {"30.11.2026"})}),
        line_at(7, {span_at(10, {"Realizzazione"}), span_at(70, {"="})}),
        line_at(14, {span_at(10, {"Formazione"}), span_at(70, {">"}), span_at(80, {"3"})}),
        line_at(21, {span_at(70, {"="})}),
        line_at(28, {span_at(10, {"Codice"}), span_at(70, {">"}), span_at(80, {"1"})}),
        line_at(35, {span_at(10, {"Verifica"}), span_at(70, {"="}), span_at(80, {"si"})}),
    };
    EXPECT_EQ(join_cut_comparators(lines), 2u);
    ASSERT_EQ(lines.size(), 5u);  // the line of "=" alone goes
    EXPECT_EQ(lines[0].text(), "Giornata <= 30.11.2026");
    EXPECT_EQ(lines[1].text(), "Realizzazione");
    EXPECT_EQ(lines[2].text(), "Formazione >= 3");
    EXPECT_EQ(lines[3].text(), "Codice > 1");
    EXPECT_EQ(lines[4].text(), "Verifica = si");
}

}  // namespace
}  // namespace pira
