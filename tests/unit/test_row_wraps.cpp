// Row building (src/extraction/row_builder.cpp) on cells as other producers set them: a wide
// left-aligned cell under a centred header, its short last line nearer the column before; a
// comparator symbol in a bold name set in a fallback font without bold; and around rows: a
// header in regular type, a comparator under a column header of its own or beside a value with
// its own.
#include <gtest/gtest.h>

#include "extraction/extract.hpp"
#include "extraction/fields.hpp"
#include "extraction/profile.hpp"
#include "extraction_test_lines.hpp"

namespace pira {
namespace {

using test::cell;
using test::cells_line;

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
rest_to = "formula"
[[table.column]]
headers = ["Tipologia"]
column = "type"
[[table.column]]
headers = ["Algoritmo"]
column = "formula"
[[table.column]]
headers = ["Descrizione"]
column = "formula"
[[field]]
labels = ["Cod.:"]
column = "objective_code"
[[table.column]]
headers = ['Target (\d{4})']
column = "target_{1}"
)toml";

Span span(double x0, double x1, std::vector<std::pair<std::string, bool>> words) {
    Span s{"", x0, x1, false, {}};
    for (auto& [text, bold] : words) {
        s.text += (s.text.empty() ? "" : " ") + text;
        s.words.push_back(SpanWord{text, bold, x0, x1, false});
    }
    s.bold = !s.words.empty() && s.words.front().bold;
    return s;
}

Line line(double y, std::vector<Span> spans) {
    Line l;
    l.page = 1;
    l.y0 = y;
    l.y1 = y + 8;
    l.spans = std::move(spans);
    return l;
}

std::vector<std::string> row(const Extraction& x, std::size_t r) {
    std::vector<std::string> out;
    for (const char* c : {"indicator_name", "formula", "type"})
        out.push_back(x.table.rows[r].fields[*x.table.column(c)].text);
    return out;
}

TEST(RowBuilder, AWrappedLineStartingUnderItsCellStaysInItsColumn) {
    const Profile p = load_profile(kProfile, "righe.toml");
    // "Algoritmo" centred over a wide column whose cells begin at 160, left of it: the halfway
    // point between "Tipologia" (100-140) and "Algoritmo" (250-290) is 195.
    std::vector<Line> lines{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(100, 140, {{"Tipologia", true}}),
                  span(250, 290, {{"Algoritmo", true}})}),
        line(30, {span(10, 60, {{"Primo", true}}), span(100, 130, {{"Volume", false}}),
                  span(160, 330, {{"numero", false}, {"di", false}, {"pratiche", false}})}),
        line(38, {span(160, 200, {{"evase", false}})}),  // centre 180: nearer "Tipologia"
        line(60, {span(10, 60, {{"Secondo", true}}), span(160, 200, {{"Efficacia", false}}),
                  span(250, 330, {{"tempo", false}, {"medio", false}})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(row(x, 0), (std::vector<std::string>{"Primo", "numero di pratiche evase", "Volume"}));
    // A cell that begins a row's column where another row's formula began is not moved: only
    // the row's own cells say where its cells start.
    EXPECT_EQ(row(x, 1), (std::vector<std::string>{"Secondo", "tempo medio", "Efficacia"}));
}

TEST(RowBuilder, ARightAlignedValuesWrappedUnitStaysInItsCell) {
    const Profile p = load_profile(kProfile, "righe.toml");
    // The targets right-aligned in cells wider than their headers: ">= 0,97" ends at 250, past
    // the halfway point (242.5) between the years' headers; its unit "N", wrapped under it,
    // ends there too, its centre in the next year's half.
    std::vector<Line> lines{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(200, 240, {{"Target 2024", true}}),
                  span(245, 285, {{"Target 2025", true}})}),
        line(30, {span(10, 60, {{"Primo", true}}), span(220, 250, {{">= 0,97", false}}),
                  span(262, 290, {{">= 1,00 N.", false}})}),
        line(38, {span(243, 250, {{"N", false}})}),
        line(60, {span(10, 60, {{"Secondo", true}}), span(230, 250, {{"3 N.", false}}),
                  span(270, 290, {{"4 N.", false}})}),
        line(68, {span(255, 262, {{"N", false}})}),  // starting and ending in no cell of its row
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(cell(x.table, 0, "target_2024"), ">= 0,97 N");
    EXPECT_EQ(cell(x.table, 0, "target_2025"), ">= 1,00 N.");
    EXPECT_EQ(cell(x.table, 1, "target_2024"), "3 N.");
    EXPECT_EQ(cell(x.table, 1, "target_2025"), "4 N. N");
}

TEST(RowBuilder, ASymbolBetweenBoldWordsIsTheName) {
    const Profile p = load_profile(kProfile, "righe.toml");
    std::vector<Line> lines{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(100, 140, {{"Tipologia", true}}),
                  span(250, 290, {{"Algoritmo", true}})}),
        line(30,
             {span(10, 90,
                   {{"Giorni", true}, {"≤", false}, {"30", true}, {"-", false}, {"misura", false}}),
              span(100, 130, {{"Efficacia", false}})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    // The regular "-" after the name is not between bold words: the description begins there.
    EXPECT_EQ(row(x, 0), (std::vector<std::string>{"Giorni ≤ 30", "- misura", "Efficacia"}));

    // First on its line, the bold name going on from the line above ("(MEF):" over "≤ 0"): the
    // symbol is the name's too; first on a line of the description, the description's.
    lines[1] = line(30, {span(10, 90, {{"Tempi", true}, {"(MEF):", true}}),
                         span(100, 130, {{"Efficacia", false}})});
    lines.push_back(line(38, {span(10, 90, {{"≤", false}, {"0", true}, {"Misura", false}})}));
    lines.push_back(line(46, {span(10, 90, {{"≤", false}, {"5", true}})}));
    Diagnostics d2;
    const Extraction wrapped = extract("prova.pdf", lines, p, d2);
    ASSERT_EQ(wrapped.table.rows.size(), 1u);
    EXPECT_EQ(row(wrapped, 0),
              (std::vector<std::string>{"Tempi (MEF): ≤ 0", "Misura ≤ 5", "Efficacia"}));
}

TEST(RowBuilder, UnitsWrappedUnderTargetsBesideABoldNameGoOnWithTheRow) {
    const Profile p = load_profile(kProfile, "righe.toml");
    std::vector<Line> lines{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(100, 140, {{"Tipologia", true}}),
                  span(250, 290, {{"Algoritmo", true}}), span(340, 370, {{"Target 2024", true}}),
                  span(380, 410, {{"Target 2025", true}})}),
        line(30, {span(10, 60, {{"IS_01", true}}), span(100, 130, {{"Volume", false}}),
                  span(340, 370, {{">=", false}, {"150", false}}),
                  span(380, 410, {{">=", false}, {"1", false}})}),
        // the name wraps in capitals beside the targets' units: no row gap in a zebra table
        line(38, {span(10, 60, {{"Livelli", true}, {"di", true}}), span(340, 360, {{"N.", false}}),
                  span(380, 410, {{"000", false}, {"N.", false}})}),
        line(46, {span(10, 60, {{"IS_02", true}}), span(100, 130, {{"Volume", false}}),
                  span(340, 370, {{"10", false}}), span(380, 410, {{"12", false}})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    auto at = [&](std::size_t r, const char* col) { return cell(x.table, r, col); };
    EXPECT_EQ(at(0, "indicator_name"), "IS_01 Livelli di");
    EXPECT_EQ(at(0, "target_2024"), ">= 150 N.");
    EXPECT_EQ(at(0, "target_2025"), ">= 1 000 N.");
    EXPECT_EQ(at(1, "indicator_name"), "IS_02");  // two numbers again: the next row
}

// Beside "Algoritmo", a "Descrizione" column: the words a name's cell would give the formula have
// a column of their own.
TEST(RowBuilder, ARegularNameIsItsCellWhenItsDescriptionHasAColumn) {
    const Profile p = load_profile(kProfile, "righe.toml");
    std::vector<Line> lines{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(100, 140, {{"Descrizione", true}}),
                  span(250, 290, {{"Algoritmo", true}})}),
        line(30, {span(10, 60, {{"Grado", false}, {"di", false}}),
                  span(100, 140, {{"Misura", false}, {"la", false}})}),
        line(38,
             {span(10, 60, {{"coinvolgimento", false}}), span(100, 140, {{"capacità", false}})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(row(x, 0)[0], "Grado di coinvolgimento");
    EXPECT_EQ(row(x, 0)[1], "Misura la capacità");
}

TEST(RowBuilder, ARegularNameEndsWithItsParagraph) {
    const Profile p = load_profile(kProfile, "righe.toml");
    auto w = [](double x0, double x1, const char* t) { return SpanWord{t, false, x0, x1, false}; };
    auto cell = [](std::vector<SpanWord> words) {
        Span s{"", words.front().x0, words.back().x1, false, words};
        for (const auto& x : words) s.text += (s.text.empty() ? "" : " ") + x.text;
        return s;
    };
    std::vector<Line> lines{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(100, 140, {{"Tipologia", true}})}),
        // "Grado di" wraps: "coinvolgimento" (10-70) would not fit after it in 10-80
        line(30, {cell({w(10, 40, "Numero"), w(43, 53, "di"), w(56, 80, "pratiche")})}),
        line(38, {cell({w(10, 40, "evase"), w(43, 60, "online")})}),
        // "Misura" (10-25) would have fitted after "online" (ends at 60): a new paragraph
        line(46, {cell({w(10, 25, "Misura"), w(28, 33, "il"), w(36, 60, "volume")})}),
        line(54, {cell({w(10, 30, "annuo")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(row(x, 0)[0], "Numero di pratiche evase online");
    EXPECT_EQ(row(x, 0)[1], "Misura il volume annuo");
}

TEST(RowBuilder, ARegularNameEndsWithItsParagraphBesideAnAlgorithmColumn) {
    // The algorithm has a column of its own, the description shares the name's cell: the
    // paragraph's end still tells them apart.
    const Profile p = load_profile(kProfile, "righe.toml");
    auto w = [](double x0, double x1, const char* t) { return SpanWord{t, false, x0, x1, false}; };
    auto cell = [](std::vector<SpanWord> words) {
        Span s{"", words.front().x0, words.back().x1, false, words};
        for (const auto& x : words) s.text += (s.text.empty() ? "" : " ") + x.text;
        return s;
    };
    std::vector<Line> lines{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(100, 140, {{"Tipologia", true}}),
                  span(160, 200, {{"Algoritmo", true}})}),
        line(30, {cell({w(10, 40, "Numero"), w(43, 53, "di"), w(56, 80, "pratiche")}),
                  span(100, 130, {{"Volume", false}}), span(160, 220, {{"pratiche", false}})}),
        line(38,
             {cell({w(10, 40, "evase"), w(43, 60, "online")}), span(160, 200, {{"evase", false}})}),
        line(46, {cell({w(10, 25, "Misura"), w(28, 33, "il"), w(36, 60, "volume")})}),
        line(54, {cell({w(10, 30, "annuo")})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(row(x, 0)[0], "Numero di pratiche evase online");
    EXPECT_EQ(row(x, 0)[1], "Misura il volume annuo; pratiche evase");
}

TEST(RowBuilder, ABlocksBoldKeyBelowSaysNothingOfARegularNamesCell) {
    // The next block's key, bold and set wider than the name's cells (10-120): the name's cell
    // reaches only as far as its widest regular line (80), where "evase" would not fit.
    const Profile p = load_profile(kProfile, "righe.toml");
    auto w = [](double x0, double x1, const char* t) { return SpanWord{t, false, x0, x1, false}; };
    auto cell = [](std::vector<SpanWord> words) {
        Span s{"", words.front().x0, words.back().x1, false, words};
        for (const auto& x : words) s.text += (s.text.empty() ? "" : " ") + x.text;
        return s;
    };
    std::vector<Line> lines{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(100, 140, {{"Tipologia", true}})}),
        line(30, {cell({w(10, 40, "Numero"), w(43, 53, "di"), w(56, 80, "pratiche")})}),
        line(38, {cell({w(10, 35, "evase"), w(38, 60, "online")})}),
        line(46, {cell({w(10, 25, "Misura"), w(28, 33, "il"), w(36, 60, "volume")})}),
        line(70, {span(10, 120, {{"Cod.:", true}, {"OS_01.02_lungo", true}})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(row(x, 0)[0], "Numero di pratiche evase online");
    EXPECT_EQ(row(x, 0)[1], "Misura il volume");
}

TEST(HeaderModel, AHeaderInRegularTypeAndItsWrappedYears) {
    const Profile p = load_profile(kProfile, "righe.toml");
    std::vector<Line> lines{
        // "Target" alone names no column yet: three cells of four do
        line(10, {span(10, 50, {{"Indicatore", false}}), span(100, 140, {{"Tipologia", false}}),
                  span(160, 200, {{"Algoritmo", false}}), span(250, 290, {{"Target", false}})}),
        line(18, {span(250, 270, {{"2024", false}})}),  // no cell under "Indicatore": the header's
        line(30, {span(10, 60, {{"Primo", false}}), span(100, 130, {{"Volume", false}}),
                  span(250, 270, {{"5", false}})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(row(x, 0)[0], "Primo");
    EXPECT_EQ(row(x, 0)[2], "Volume");
    EXPECT_EQ(x.table.rows[0].fields[*x.table.column("target_2024")].text, "5");
    // Two cells that read like headers are no header row.
    std::vector<Line> two{
        line(10, {span(10, 50, {{"Indicatore", false}}), span(100, 140, {{"Tipologia", false}})})};
    Diagnostics d2;
    EXPECT_TRUE(extract("prova.pdf", two, p, d2).table.rows.empty());
}

TEST(TableColumns, AComparatorUnderItsOwnHeaderGoesWithTheValueBesideIt) {
    const Profile p = load_profile(kProfile, "righe.toml");
    std::vector<Line> lines{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(100, 140, {{"Tipologia", true}}),
                  span(200, 225, {{"Comp.", true}}), span(245, 265, {{"Target 2024", true}})}),
        // the pair's centre (230) is nearer "Comp." (200-225) than the target (245-265)
        line(30, {span(10, 60, {{"Primo", true}}), span(100, 130, {{"Volume", false}}),
                  span(205, 215, {{">=", false}}), span(245, 255, {{"25%", false}})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(x.table.rows[0].fields[*x.table.column("target_2024")].text, ">= 25%");
}

// A lone comparator whose value wrapped below it (">=" over "10,5 %"), beside a value with a
// comparator of its own (">= 16", set left of its centred header), last on its line, or before
// a word under a header of texts: not a pair, nor the next column's.
TEST(TableColumns, ALoneComparatorBesideAValueWithItsOwnKeepsItsColumn) {
    const Profile p = load_profile(kProfile, "righe.toml");
    std::vector<Line> lines{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(200, 240, {{"Target 2025", true}}),
                  span(260, 300, {{"Target 2026", true}})}),
        line(30, {span(10, 60, {{"Primo", true}}), span(205, 213, {{">=", false}}),
                  span(255, 275, {{">= 16", false}})}),
        line(38, {span(200, 225, {{"10,5 %", false}})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 1u);
    EXPECT_EQ(cell(x.table, 0, "target_2025"), ">= 10,5 %");
    EXPECT_EQ(cell(x.table, 0, "target_2026"), ">= 16");
    // Last on its line ("<=" over "97%", the type's cell empty): not the next column's.
    std::vector<Line> last{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(260, 300, {{"Target 2026", true}}),
                  span(320, 360, {{"Tipologia", true}})}),
        line(30, {span(10, 60, {{"Primo", true}}), span(275, 283, {{"<=", false}})}),
        line(38, {span(270, 290, {{"97%", false}})}),
    };
    Diagnostics d2;
    const Extraction y = extract("prova.pdf", last, p, d2);
    ASSERT_EQ(y.table.rows.size(), 1u);
    EXPECT_EQ(cell(y.table, 0, "target_2026"), "<= 97%");
    EXPECT_EQ(cell(y.table, 0, "type"), "");
    // Beside a word under a header of texts (the type): that word is no value of its.
    last[1].spans.push_back(span(318, 345, {{"Qualità", false}}));
    Diagnostics d3;
    const Extraction z = extract("prova.pdf", last, p, d3);
    ASSERT_EQ(z.table.rows.size(), 1u);
    EXPECT_EQ(cell(z.table, 0, "target_2026"), "<= 97%");
    EXPECT_EQ(cell(z.table, 0, "type"), "Qualità");
}

TEST(BlockFields, ATableRowIsNoKeyCellBoldOrNot) {
    const Profile p = load_profile(kProfile, "righe.toml");
    EXPECT_TRUE(
        field_of(p, line(10, {span(10, 30, {{"Cod.", true}}), span(60, 90, {{"OS_01", false}})})));
    // a header in regular type whose first cell reads like the key
    EXPECT_FALSE(field_of(
        p, line(10, {span(10, 30, {{"Cod.", false}}), span(60, 90, {{"Indicatore", false}}),
                     span(100, 130, {{"Descr.", false}})})));
}

}  // namespace
}  // namespace pira

namespace pira {
namespace {

// Regular names, their wrapped lines almost touching (pitch 9 under 8-point lines), rows padded
// by half a line exactly (pitch 12): no wider gap closes a row, but the pitch does, wider than
// the one the table's lower-case continuations show. Without the rule the two rows are one.
TEST(RowBuilder, APitchWiderThanTheWrappedLinesClosesARow) {
    const Profile p = load_profile(kProfile, "righe.toml");
    const auto regular = [](double x0, double x1, const char* text) {
        return span(x0, x1, {{text, false}});
    };
    std::vector<Line> lines{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(100, 140, {{"Tipologia", true}}),
                  span(250, 290, {{"Algoritmo", true}})}),
        line(30, {regular(10, 60, "Primo indicatore"), regular(100, 130, "Volume"),
                  regular(250, 300, "Numero di")}),
        line(39, {regular(10, 60, "del registro"), regular(250, 300, "pratiche evase")}),
        line(51, {regular(10, 60, "Secondo indicatore"), regular(100, 130, "Efficacia"),
                  regular(250, 300, "Imprese")}),
        line(60, {regular(10, 60, "delle imprese"), regular(250, 300, "contattate")}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(row(x, 0), (std::vector<std::string>{"Primo indicatore del registro",
                                                   "Numero di pratiche evase", "Volume"}));
    EXPECT_EQ(row(x, 1), (std::vector<std::string>{"Secondo indicatore delle imprese",
                                                   "Imprese contattate", "Efficacia"}));
}

}  // namespace
}  // namespace pira

namespace pira {
namespace {

// Regular names, rows set without padding (zebra rows), the values centred on a line of their
// own: after a row whose name ended its paragraph, a name and the formula both beginning with
// a capital begin the next row; a formula going on in lower case, or a column left out, does not.
TEST(RowBuilder, ANameAndATextBeginningAgainBeginARow) {
    const Profile p = load_profile(kProfile, "righe.toml");
    // Regular words 5 points a letter, a space of 3.
    const auto regular = [](double x0, std::vector<std::string> words) {
        std::vector<SpanWord> w;
        for (const auto& t : words) {
            const double x1 = x0 + 5.0 * static_cast<double>(t.size());
            w.push_back(SpanWord{t, false, x0, x1, false});
            x0 = x1 + 3;
        }
        return test::word_cell(w);
    };
    std::vector<Line> lines{
        line(10, {span(10, 50, {{"Indicatore", true}}), span(100, 140, {{"Tipologia", true}}),
                  span(250, 290, {{"Algoritmo", true}}), span(330, 370, {{"Target 2020", true}})}),
        line(30, {regular(10, {"Primo"}), regular(250, {"Costi", "totali"}), regular(330, {"5"})}),
        line(39, {regular(10, {"Secondo", "indicatore"}), regular(250, {"Costi", "di"})}),
        line(44, {regular(330, {"7"})}),
        line(48, {regular(10, {"lungo"}), regular(250, {"funzionamento"})}),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(row(x, 0), (std::vector<std::string>{"Primo", "Costi totali", ""}));
    EXPECT_EQ(row(x, 1),
              (std::vector<std::string>{"Secondo indicatore lungo", "Costi di funzionamento", ""}));
}

}  // namespace
}  // namespace pira

namespace pira {
namespace {

std::vector<Line> centred_rows(std::vector<Line> body) {
    body.insert(
        body.begin(),
        line(10, {span(10, 50, {{"Indicatore", true}}), span(100, 140, {{"Tipologia", true}}),
                  span(250, 290, {{"Algoritmo", true}}), span(330, 370, {{"Target 2020", true}})}));
    return body;
}

Span regular(double x0, double x1, const char* text) {
    return span(x0, x1, {{text, false}});
}

// Cells centred, rows without padding: the next row's tipologia begins a line above its name
// (its second line below it, the name's line between them), its algorithm beside a value cut
// in its narrow cell ("realizzazi" under the row's "1"): neither is the row above's.
TEST(RowBuilder, CellsCentredAboveTheNextNameAreItsRow) {
    const Profile p = load_profile(kProfile, "righe.toml");
    const auto lines = centred_rows({
        line(30, {regular(10, 40, "Primo"), regular(100, 130, "Output"), regular(250, 290, "Costi"),
                  regular(330, 340, "5")}),
        line(39, {regular(100, 140, "Realizzazione")}),
        line(44, {regular(10, 40, "Secondo"), regular(250, 290, "Spese"), regular(330, 340, "7")}),
        line(49, {regular(100, 140, "finanziaria")}),
    });
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(row(x, 0), (std::vector<std::string>{"Primo", "Costi", "Output"}));
    EXPECT_EQ(row(x, 1),
              (std::vector<std::string>{"Secondo", "Spese", "Realizzazione finanziaria"}));

    const auto cut = centred_rows({
        line(30, {regular(10, 40, "Primo"), regular(100, 130, "Output"),
                  regular(250, 290, "Costi totali"), regular(330, 340, "1")}),
        line(39, {regular(250, 290, "Realizzazione di"), regular(330, 360, "realizzazi")}),
        line(44, {regular(10, 40, "Secondo"), regular(100, 130, "Volume")}),
        line(49, {regular(250, 290, "una pagina"), regular(340, 360, "one")}),
    });
    const Extraction y = extract("prova.pdf", cut, p, diags);
    ASSERT_EQ(y.table.rows.size(), 2u);
    EXPECT_EQ(row(y, 0), (std::vector<std::string>{"Primo", "Costi totali", "Output"}));
    EXPECT_EQ(row(y, 1),
              (std::vector<std::string>{"Secondo", "Realizzazione di una pagina", "Volume"}));
}

// Rows never overlap. Cells centred, rows without padding: the next row's formula begins in
// lower case half a line above its name and values, its first line overlapping theirs, right
// under the one line of the row above; that line is the next row's. Set one under the other
// (top-aligned, the lines touching but not overlapping), it is the row above's formula going on.
TEST(RowBuilder, ALineOverlappingTheNextRowsIsItsRow) {
    const Profile p = load_profile(kProfile, "righe.toml");
    const auto rows = [&](double formula_y) {
        return centred_rows({
            line(30, {regular(10, 40, "Primo"), regular(100, 130, "Output"),
                      regular(250, 290, "Domande gestite"), regular(330, 340, "5")}),
            line(formula_y, {regular(250, 290, "n.ro di imprese")}),
            line(44,
                 {regular(10, 40, "Secondo"), regular(100, 130, "Volume"), regular(330, 340, "7")}),
            line(formula_y + 10, {regular(250, 290, "coinvolte")}),
        });
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", rows(39), p, diags);
    ASSERT_EQ(x.table.rows.size(), 2u);
    EXPECT_EQ(row(x, 0), (std::vector<std::string>{"Primo", "Domande gestite", "Output"}));
    EXPECT_EQ(row(x, 1),
              (std::vector<std::string>{"Secondo", "n.ro di imprese coinvolte", "Volume"}));
    // The name's first line alone, over the row's formula and values.
    const auto name_above = centred_rows({
        line(30, {regular(10, 40, "Primo"), regular(100, 130, "Output"),
                  regular(250, 290, "Domande"), regular(330, 340, "5")}),
        line(39, {regular(10, 40, "Percorsi per le")}),
        line(44,
             {regular(100, 130, "Volume"), regular(250, 290, "Numero"), regular(330, 340, "7")}),
        line(49, {regular(10, 40, "competenze")}),
    });
    const Extraction y = extract("prova.pdf", name_above, p, diags);
    ASSERT_EQ(y.table.rows.size(), 2u);
    EXPECT_EQ(row(y, 0), (std::vector<std::string>{"Primo", "Domande", "Output"}));
    EXPECT_EQ(row(y, 1),
              (std::vector<std::string>{"Percorsi per le competenze", "Numero", "Volume"}));
    // Touching, not overlapping: the formula's second line, the row above's.
    const Extraction z = extract("prova.pdf", rows(36.5), p, diags);
    ASSERT_GE(z.table.rows.size(), 1u);
    EXPECT_EQ(row(z, 0)[1], "Domande gestite n.ro di imprese");
}

}  // namespace
}  // namespace pira
