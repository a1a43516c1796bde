// Row building across a page break (src/extraction/page_break_rows.cpp): in a table whose cells
// are top-aligned, a descriptive value cut by the break ("dato non" / "ancora") goes on at the
// next page's top, under the repeated header, in the cut row: only cells centred vertically
// begin above their name.
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
id = "salti"
name = "Salti"
[detect]
phrases = ["Indicatore"]
[table]
first_header = "Indicatore"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
[[table.column]]
headers = ['Valore (?:\d{4})']
column = "baseline"
[[table.column]]
headers = ['Target (\d{4})']
column = "target_{1}"
)toml";

SpanWord w(double x0, double x1, const char* t, bool bold = false) {
    return SpanWord{t, bold, x0, x1, false};
}

Line header(int page) {
    return span_line(page, 10,
                     {word_cell({w(10, 50, "Indicatore", true)}),
                      word_cell({w(100, 125, "Valore", true), w(127, 145, "2019", true)}),
                      word_cell({w(200, 220, "Target", true), w(222, 240, "2026", true)}),
                      word_cell({w(250, 270, "Target", true), w(272, 290, "2027", true)})});
}

// A row on one line: a regular name, a baseline, two targets.
Line row(int page, double y, const char* name, const char* baseline, const char* a, const char* b) {
    return span_line(page, y,
                     {word_cell({w(10, 45, name)}), word_cell({w(100, 130, baseline)}),
                      word_cell({w(200, 210, a)}), word_cell({w(250, 260, b)})});
}

Line baseline_only(int page, double y, const char* text) {
    return span_line(page, y, {word_cell({w(100, 130, text)})});
}

TEST(PageBreakRows, ADescriptiveValueGoesOnInTheCutRowOfATopAlignedTable) {
    const Profile p = load_profile(kProfile, "salti.toml");
    const std::vector<Line> lines{
        header(1),
        // The first row's values on its first line, its baseline going on below: top-aligned
        row(1, 30, "Primo", "dato non", "5", "6"),
        baseline_only(1, 38, "disponibile"),
        // The row the page break cuts, its baseline going on at the next page's top
        row(1, 52, "Secondo", "dato", "7", "8"),
        baseline_only(1, 60, "non"),
        header(2),
        baseline_only(2, 30, "ancora"),
        row(2, 38, "Terzo", "12", "9", "9"),
    };
    Diagnostics diags;
    const Extraction x = extract("prova.pdf", lines, p, diags);
    ASSERT_EQ(x.table.rows.size(), 3u);
    EXPECT_EQ(cell(x.table, 0, "baseline"), "dato non disponibile");
    EXPECT_EQ(cell(x.table, 1, "indicator_name"), "Secondo");
    EXPECT_EQ(cell(x.table, 1, "baseline"), "dato non ancora");
    EXPECT_EQ(cell(x.table, 2, "indicator_name"), "Terzo");
    EXPECT_EQ(cell(x.table, 2, "baseline"), "12");
}

}  // namespace
}  // namespace pira
