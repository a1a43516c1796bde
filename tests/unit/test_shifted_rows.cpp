// A table line drawn a few points off its header (src/extraction/shifted_rows.cpp): reportlab
// draws the top of a row a page break cuts as a table of its own, every cell 6 points left of
// the cells above it. Its cells are read at their columns' starts.
#include <gtest/gtest.h>

#include "extraction/profile.hpp"
#include "extraction/table_columns.hpp"
#include "extraction_test_lines.hpp"

namespace pira {
namespace {

Span cell_at(double x0, double width, const char* text) {
    return Span{text, x0, x0 + width, false, {{text, false, x0, x0 + width}}};
}

// The column each of the line's spans falls in, by name ("-" for none).
std::vector<std::string> columns_of(const TableColumns& cols, const Line& line) {
    std::vector<std::string> out(line.spans.size(), "-");
    for (const auto& [k, span] : cols.cells_of(line))
        out[static_cast<std::size_t>(span - line.spans.data())] = cols.name_of(k);
    return out;
}

class ShiftedRows : public ::testing::Test {
  protected:
    void SetUp() override {
        table_.unheaded_columns = true;
        // Headers left-aligned over their cells; Peso narrow beside Target 2020.
        cols_.set(table_,
                  {{"indicator_name", {}, 10, 60, "INDICATORE", ""},
                   {"formula", {}, 120, 170, "ALGORITMO", ""},
                   {"weight", {}, 300, 318, "Peso", ""},
                   {"target_2020", {}, 340, 380, "Target 2020", ""}},
                  true);
        const Line first = test::span_line(1, 100,
                                           {cell_at(10, 60, "Grado"), cell_at(120, 90, "Risorse"),
                                            cell_at(300, 12, "50%"), cell_at(340, 12, "90%")});
        cols_.remember_cell_starts(cols_.cells_of(first));
    }
    Tolerances tol_;
    ProfileTable table_;
    TableColumns cols_{tol_};
};

// Every cell 6 points left of its column's cells: the "7" left of "Target 2020", nearer the
// weight's edge than the target's, is the target's, as the "10%" is the weight's.
TEST_F(ShiftedRows, ALineOffItsColumnsIsReadAtTheirStarts) {
    const Line off = test::span_line(1, 120,
                                     {cell_at(4, 60, "Realizzazione"), cell_at(114, 90, "N."),
                                      cell_at(294, 12, "10%"), cell_at(334, 4, "7")});
    EXPECT_EQ(columns_of(cols_, off),
              (std::vector<std::string>{"indicator_name", "formula", "weight", "target_2020"}));
    // Its spans stay the line's own.
    const Cells cells = cols_.cells_of(off);
    ASSERT_EQ(cells.size(), 4u);
    EXPECT_EQ(cells.front().second, &off.spans[0]);
    EXPECT_EQ(cols_.column_of(off.spans[3], off), std::optional<std::size_t>(3));
}

// A line with a cell where its column's cells start is in place: a lone "7" right-aligned past
// its left-aligned header stays the weight's (value_past_header); so too a line of two cells,
// too few to say the table moved.
TEST_F(ShiftedRows, ALineInPlaceOrTooShortIsNotMoved) {
    const Line in_place = test::span_line(1, 120,
                                          {cell_at(10, 60, "Realizzazione"), cell_at(114, 90, "N."),
                                           cell_at(294, 12, "10%"), cell_at(334, 4, "7")});
    EXPECT_EQ(columns_of(cols_, in_place),
              (std::vector<std::string>{"indicator_name", "formula", "weight", "weight"}));
    const Line two = test::span_line(1, 120, {cell_at(294, 12, "10%"), cell_at(334, 4, "7")});
    EXPECT_EQ(columns_of(cols_, two), (std::vector<std::string>{"weight", "weight"}));
}

}  // namespace
}  // namespace pira
