// Lines and spans rebuilt from the words of tests/fixtures/pdf/obiettivo.pdf: labelled fields
// are one line each, table cells are spans, wrapped headers and cells keep their own lines.
#include <gtest/gtest.h>

#include <algorithm>

#include "layout/lines.hpp"
#include "layout/running_lines.hpp"

namespace pira {
namespace {

std::vector<Line> fixture_lines() {
    Diagnostics diags;
    auto doc = read_pdf(std::string(PIRA_SOURCE_DIR) + "/tests/fixtures/pdf/obiettivo.pdf",
                        ReaderLimits{}, diags);
    EXPECT_TRUE(doc.has_value());
    return doc ? build_lines(doc->pages[0]) : std::vector<Line>{};
}

std::vector<std::string> texts(const Line& l) {
    std::vector<std::string> out;
    for (const auto& s : l.spans) out.push_back(s.text);
    return out;
}

const Line* with_spans(const std::vector<Line>& lines, const std::vector<std::string>& spans) {
    for (const auto& l : lines) {
        if (texts(l) == spans) return &l;
    }
    return nullptr;
}

TEST(Lines, LabelledFieldsAreOneLineEach) {
    const auto lines = fixture_lines();
    ASSERT_GE(lines.size(), 3u);
    EXPECT_EQ(lines[0].text(), "Missione: 011 – Competitività e sviluppo delle imprese");
    EXPECT_EQ(lines[1].text(), "Obiettivo: La transizione energetica e sostenibile");
    EXPECT_EQ(lines[2].text(), "Codice: 01_01_OS02");
    EXPECT_EQ(lines[0].page, 1);
}

TEST(Lines, TableCellsAreSpans) {
    const auto lines = fixture_lines();
    const Line* row = with_spans(lines, {"Attività informativa Realizzazione di eventi",
                                         "Efficienza", "n.", ">= 1", "14,3%"});
    ASSERT_NE(row, nullptr);
    EXPECT_FALSE(row->spans[0].bold);  // a bold name and a regular description: mixed
    EXPECT_LT(row->spans[0].x1, row->spans[1].x0);
}

TEST(Lines, WrappedHeadersAndCellsKeepTheirOwnLines) {
    const auto lines = fixture_lines();
    // "Target 2026" and "Peso indicatori" wrap: their halves are lines of their own, above
    // and below the one-line headers, and all bold.
    const Line* top = with_spans(lines, {"Target", "Peso"});
    const Line* middle = with_spans(lines, {"Indicatori", "Tipologia", "UdM"});
    const Line* bottom = with_spans(lines, {"2026", "indicatori"});
    ASSERT_NE(top, nullptr);
    ASSERT_NE(middle, nullptr);
    ASSERT_NE(bottom, nullptr);
    EXPECT_LT(top->y0, middle->y0);
    EXPECT_LT(middle->y0, bottom->y0);
    EXPECT_TRUE(top->spans[0].bold && middle->spans[2].bold && bottom->spans[1].bold);
    // The first cell of the last row wraps over four lines; the row's other cells, centred
    // in the row, form a line between them instead of being glued to one of them.
    const Line* cells = with_spans(lines, {"Volume", "n.", ">= 1", "0,0%"});
    ASSERT_NE(cells, nullptr);
    std::size_t above = 0, below = 0;
    for (const auto& l : lines) {
        if (l.spans.size() != 1 || l.y0 < 200) continue;
        (l.y0 < cells->y0 ? above : below) += 1;
    }
    EXPECT_EQ(above, 2u);
    EXPECT_EQ(below, 2u);
}

TEST(Lines, EmptyPage) {
    PdfPage empty;
    EXPECT_TRUE(build_lines(empty).empty());
}

Line text_line(int page, const std::string& text) {
    Line l;
    l.page = page;
    l.spans.push_back({text, 0, 100, false, {}});
    return l;
}

TEST(RunningLines, RepeatedHeadersAndNumberedFootersGo) {
    std::vector<Line> lines;
    for (int page = 1; page <= 10; ++page) {
        lines.push_back(text_line(page, "Camera di Commercio di Pistoia-Prato"));
        lines.push_back(text_line(page, "Riga di tabella " + std::string(1, char('A' + page))));
        // A table row that ends two pages the same way is not a running footer.
        if (page <= 2) lines.push_back(text_line(page, "Totale parziale"));
        lines.push_back(text_line(page, "Relazione 2025 - pagina " + std::to_string(page)));
    }
    EXPECT_EQ(drop_running_lines(lines), 20u);
    ASSERT_EQ(lines.size(), 12u);
    EXPECT_EQ(lines[0].text(), "Riga di tabella B");
    EXPECT_EQ(lines[1].text(), "Totale parziale");
    EXPECT_EQ(lines[11].text(), "Riga di tabella K");
}

TEST(RunningLines, LinesBeforeTheFirstDroppedOneKeepTheirText) {
    std::vector<Line> lines;
    for (int page = 1; page <= 3; ++page) {
        lines.push_back(text_line(page, "Riga " + std::string(1, char('A' + page))));
        lines.push_back(text_line(page, "Piè di pagina " + std::to_string(page)));
    }
    EXPECT_EQ(drop_running_lines(lines), 3u);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].text(), "Riga B");
    EXPECT_EQ(lines[2].text(), "Riga D");
}

TEST(RunningLines, AKeyAtTheTopOfEachPageStays) {
    // Each objective on a page of its own, its block's first key above its value.
    std::vector<Line> lines;
    for (int page = 1; page <= 4; ++page) {
        lines.push_back(text_line(page, "Missione:"));
        lines.push_back(text_line(page, "0" + std::to_string(page) + " - Missione"));
        lines.push_back(text_line(page, "Pagina " + std::to_string(page)));
    }
    EXPECT_EQ(drop_running_lines(lines), 4u);  // the page numbers only
    ASSERT_EQ(lines.size(), 8u);
    EXPECT_EQ(lines[0].text(), "Missione:");
}

// A row cut by the last page break left only the folio on the last page: that page's one
// line is its last too, a folio like the others (it went on into the cut row's weight).
TEST(RunningLines, AFolioAloneOnItsPageGoes) {
    std::vector<Line> lines;
    for (int page = 1; page <= 4; ++page) {
        lines.push_back(text_line(page, "Riga " + std::string(1, char('A' + page))));
        lines.push_back(text_line(page, "Pagina " + std::to_string(page)));
        lines.back().y0 = 565;
    }
    lines.push_back(text_line(5, "Pagina 5"));
    lines.back().y0 = 565;
    EXPECT_EQ(drop_running_lines(lines), 5u);
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[3].text(), "Riga E");
    // A line alone on its page at another height is content, not a folio.
    lines.push_back(text_line(5, "Pagina 5"));
    lines.back().y0 = 100;
    EXPECT_EQ(drop_running_lines(lines), 0u);
}

TEST(RunningLines, ARowsLastLineAtOtherHeightsStays) {
    // A row's weight ends several pages, each where its rows end; the folio stands at one height.
    std::vector<Line> lines;
    for (int page = 1; page <= 4; ++page) {
        lines.push_back(text_line(page, "Riga " + std::string(1, char('A' + page))));
        lines.push_back(text_line(page, "Peso: 2" + std::to_string(page) + ",00%"));
        lines.back().y0 = 400 + 20 * page;
    }
    EXPECT_EQ(drop_running_lines(lines), 0u);
    for (int page = 1; page <= 4; ++page) {
        lines.push_back(text_line(page, "Pagina " + std::to_string(page)));
        lines.back().y0 = 560 + 0.5 * page;  // a hair apart: the same place
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line& a, const Line& b) { return a.page < b.page; });
    EXPECT_EQ(drop_running_lines(lines), 4u);
    ASSERT_EQ(lines.size(), 8u);
    EXPECT_EQ(lines[1].text(), "Peso: 21,00%");
}

TEST(RunningLines, OnePageAndSpreadsheetsKeepEverything) {
    std::vector<Line> one{text_line(1, "Intestazione"), text_line(1, "Piede")};
    EXPECT_EQ(drop_running_lines(one), 0u);
    std::vector<Line> rows{text_line(1, "A"), text_line(2, "A")};
    for (auto& r : rows) r.record = true;
    EXPECT_EQ(drop_running_lines(rows), 0u);
    EXPECT_EQ(rows.size(), 2u);
}

// Footnote markers, smaller digits raised beside a word, join their neighbour's line as
// superscripts; cells of small type a little wider apart than the line's word spaces part.
TEST(Lines, SuperscriptMarkersAndTightCells) {
    PdfPage page;
    page.number = 1;
    auto word = [&](std::string t, double x0, double x1, double y0, double h) {
        page.words.push_back({std::move(t), x0, y0, x1, y0 + h, h * 0.8,
                              std::make_shared<const std::string>("F"), false, true});
    };
    word("16%", 110, 128, 105, 10.4);
    word("1", 130.6, 134.7, 103.6, 8.3);  // raised, smaller
    word("Grado", 10, 37, 104.3, 10.4);
    word("di", 39.6, 48, 104.3, 10.4);
    word("rispetto", 50.6, 80, 104.3, 10.4);  // then a cell 3.9 points away
    word("Percentuale", 83.9, 98, 104.3, 10.4);
    word("1", 10, 14, 130, 8.3);  // a footnote: its marker, then its text
    word("Lo", 16.5, 26, 131.5, 10.4);
    const auto lines = build_lines(page);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(texts(lines[0]),
              (std::vector<std::string>{"Grado di rispetto", "Percentuale", "16% ¹"}));
    EXPECT_EQ(lines[1].text(), "¹ Lo");
}

// LibreOffice sets a superscript's top level with its neighbour's (a hair lower), its bottom
// well above: still a marker, not a digit of the value ("16 %" then "1").
TEST(Lines, SuperscriptMarkerTopLevelWithItsNeighbour) {
    PdfPage page;
    page.number = 1;
    auto word = [&](std::string t, double x0, double x1, double y0, double h) {
        page.words.push_back({std::move(t), x0, y0, x1, y0 + h, h * 0.8,
                              std::make_shared<const std::string>("F"), false, true});
    };
    word("16", 365.5, 374.4, 469.55, 9.1);
    word("%", 376.6, 383.2, 469.55, 9.1);
    word("1", 383.3, 385.9, 469.61, 5.33);
    const auto lines = build_lines(page);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].text(), "16 % ¹");
}

// Two cells of one word each in tight columns (a cut word filling its cell, then the next
// column's word, 5.1 points away in 10-point type): the line's only gap is no word space, and
// the page's word space for its type (2.8 points, from the line above) says it parts cells.
// A line of two words at that space stays one span.
TEST(Lines, ALineOfTwoCellsIsJudgedByThePagesWordSpace) {
    PdfPage page;
    page.number = 1;
    auto word = [&](std::string t, double x0, double x1, double y0) {
        page.words.push_back({std::move(t), x0, y0, x1, y0 + 11.2, 10,
                              std::make_shared<const std::string>("F"), false, false});
    };
    word("Supporto", 59.5, 100.1, 269);
    word("finanziario", 102.9, 148.5, 269);
    word("Numero", 161.8, 197.3, 269);
    word("bandi", 200.1, 224.6, 269);
    word("predisposti", 227.4, 275.7, 269);
    word("all'internazionalizzazi", 59.5, 156.7, 281);
    word("nell'anno", 161.8, 201.5, 281);
    word("one", 59.5, 79.8, 293);
    word("risorse", 59.5, 90, 305);
    word("utilizzate", 92.8, 130, 305);
    const auto lines = build_lines(page);
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(texts(lines[0]),
              (std::vector<std::string>{"Supporto finanziario", "Numero bandi predisposti"}));
    EXPECT_EQ(texts(lines[1]), (std::vector<std::string>{"all'internazionalizzazi", "nell'anno"}));
    EXPECT_EQ(texts(lines[3]), (std::vector<std::string>{"risorse utilizzate"}));
}

}  // namespace
}  // namespace pira
