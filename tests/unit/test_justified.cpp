// Lines of justified cells (src/layout/justified.cpp): groff stretches a justified line's spaces
// until each word is a span of its own; the words of one cell come back as one span, while
// cells set at equal gaps (a row of values, repeated headers, a table's columns) stay apart;
// and a digit on its own line beside a tall "≥" is no superscript of the line above.
#include <gtest/gtest.h>

#include "layout/lines.hpp"

namespace pira {
namespace {

// Words of 8-point type, each {x0, text} on the line at y, 5 points wide per character.
void add_words(PdfPage& page, double y, std::vector<std::pair<double, std::string>> words) {
    for (auto& [x, text] : words) {
        PdfWord w;
        w.text = text;
        w.x0 = x;
        w.x1 = x + 5.0 * static_cast<double>(text.size());
        w.y0 = y;
        w.y1 = y + 8;
        w.font_size = 8;
        page.words.push_back(std::move(w));
    }
}

std::vector<std::string> texts(const Line& l) {
    std::vector<std::string> out;
    for (const auto& s : l.spans) out.push_back(s.text);
    return out;
}

// Words laid at a fixed gap after one another from x.
std::vector<std::pair<double, std::string>> spaced(double x, double gap,
                                                   std::vector<std::string> words) {
    std::vector<std::pair<double, std::string>> out;
    for (auto& w : words) {
        out.emplace_back(x, w);
        x += 5.0 * static_cast<double>(w.size()) + gap;
    }
    return out;
}

TEST(JustifiedCells, StretchedSpacesOfOneCellAreOneSpan) {
    PdfPage page;
    page.number = 1;
    // Spaces of 5 points (wider than the 4.4 that parts cells of 8-point type), then the
    // weight's cell 12 points on; the cell's last line is not stretched.
    auto line = spaced(100, 5, {"Numero", "totale", "di", "domande", "presentate"});
    line.emplace_back(line.back().first + 50 + 12, "20,00%");
    add_words(page, 10, line);
    add_words(page, 20, spaced(100, 1.8, {"nel", "2025"}));
    const auto lines = build_lines(page);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(texts(lines[0]),
              (std::vector<std::string>{"Numero totale di domande presentate", "20,00%"}));
}

TEST(JustifiedCells, ValuesAndRepeatedHeadersAtEqualGapsStayApart) {
    PdfPage page;
    page.number = 1;
    add_words(page, 10, spaced(100, 6, {"TARGET", "TARGET", "TARGET", "Tipologia"}));
    add_words(page, 20, spaced(100, 6, {"100%", "100%", "100%", "80%"}));
    const auto lines = build_lines(page);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].spans.size(), 4u);
    EXPECT_EQ(lines[1].spans.size(), 4u);
}

TEST(JustifiedCells, CellsStartingWhereTheRowsBelowStartStayApart) {
    PdfPage page;
    page.number = 1;
    // Equal-width columns of words: the rows below start their cells at the same places.
    add_words(page, 10, spaced(100, 6, {"Efficacia", "Qualitativo", "Crescente", "Annuale"}));
    add_words(page, 20, spaced(100, 6, {"Efficacia", "Quantitativ", "Decrescent", "Mensile"}));
    add_words(page, 30, {{100, "Volume"}, {151, "Quantitativ"}, {212, "Crescente"}});
    const auto lines = build_lines(page);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].spans.size(), 4u);
    EXPECT_EQ(lines[1].spans.size(), 4u);
}

TEST(JustifiedCells, ADigitBesideATallComparatorStaysOnItsLine) {
    PdfPage page;
    page.number = 1;
    add_words(page, 10, {{100, "Sportello"}, {300, "24"}});
    add_words(page, 20, {{100, "Grado"}, {300, "61,19"}});
    // "≥ 9 N." on the first line: the symbol's box is taller than the line's and reaches the
    // second line's top.
    PdfWord ge;
    ge.text = "≥";
    ge.x0 = 260;
    ge.x1 = 264;
    ge.y0 = 8;
    ge.y1 = 18.5;
    ge.font_size = 8;
    page.words.push_back(ge);
    add_words(page, 10, {{266, "9"}, {272, "N."}});
    PdfWord ge2 = ge;  // the second line's own "≥", its box reaching into the first line
    ge2.y0 = 17.9;
    ge2.y1 = 28.4;
    page.words.push_back(ge2);
    const auto lines = build_lines(page);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_NE(lines[0].text().find("≥ 9 N."), std::string::npos) << lines[0].text();
    EXPECT_EQ(lines[1].text().find("⁹"), std::string::npos) << lines[1].text();
}

}  // namespace
}  // namespace pira
