// Stage 2 of a table: column assignment. The columns of the table being read (from its header,
// or placed by a first row when it has none) and the table column each cell of a line falls in:
// a column reaches halfway to its neighbours; a comparator in a cell of its own goes with the
// value after it; in a header that leaves cells empty, a cell under no header text is kept out
// unless it starts where a column's cells start.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extraction/header_model.hpp"
#include "extraction/profile.hpp"
#include "extraction/tolerances.hpp"
#include "extraction/value_alignment.hpp"
#include "layout/lines.hpp"

namespace pira {

// A line's cells, each with the table column it belongs to.
using Cells = std::vector<std::pair<std::size_t, const Span*>>;

class TableColumns {
  public:
    explicit TableColumns(const Tolerances& tol) : tol_(tol) {}

    // Columns from a header row (headed) or from a headerless table's first row.
    void set(const ProfileTable& table, std::vector<Column> cols, bool headed);
    // (The columns cleared are kept to compare with the next ones: a table for the whole
    // document resumed after its group rows keeps what it learnt of its columns.)
    void clear() {
        if (!cols_.empty()) cleared_ = std::move(cols_);
        cols_.clear();
    }
    bool empty() const { return cols_.empty(); }

    const ProfileTable& table() const { return *table_; }
    const ProfileTable* table_ptr() const { return table_; }
    const std::vector<Column>& columns() const { return cols_; }
    const Column& operator[](std::size_t k) const { return cols_[k]; }
    std::size_t name_column() const { return name_column_; }
    const std::string& name_of(std::size_t k) const { return cols_[k].name; }
    bool headed() const { return headed_; }

    // The line's cells, the indicator's cell first: it may open the row the others belong to.
    // A line drawn off its columns (shifted_rows.cpp) is read at the distance it is off.
    Cells cells_of(const Line& line) const;
    // The table column of a cell (not a comparator) of the line, or nullopt for a cell under no
    // header.
    std::optional<std::size_t> column_of(const Span& s, const Line& line) const;
    // Where the lines of a column's cells start: see column_of. A line read off its columns
    // (shifted_rows.cpp) leaves its own starts: the lines after it sit where it sits.
    void remember_cell_starts(const Cells& cells);
    // The right-aligned columns of values of the table's body (value_alignment.hpp), from line
    // `from` until `stop`; kept while the same header is repeated (one row under each).
    void learn_right_edges(const std::vector<Line>& lines, std::size_t from,
                           const std::function<bool(std::size_t)>& stop);

  private:
    Cells aligned_cells_of(const Line& line) const;
    std::optional<std::size_t> aligned_column_of(const Span& s, const Line& line) const;
    std::vector<double> known_starts() const;
    double line_shift(const Line& line) const;
    static Line shifted(const Line& line, double dx);
    std::size_t column_at(double x0, double x1) const;
    bool value_after(const Span& s) const;
    double boundary(std::size_t k) const;
    std::optional<std::size_t> under_header(const Span& s) const;
    std::size_t header_or_nearest(const Span& s, std::size_t own) const;
    std::size_t column_after(const Span& s) const;
    std::size_t comparator_column(const Span& s, bool last) const;
    std::optional<std::size_t> wrapped_comparator(const Line& line, std::size_t j) const;

    const Tolerances& tol_;
    const ProfileTable* table_ = nullptr;
    std::vector<Column> cols_;
    std::vector<Column> cleared_;  // the columns before clear()
    bool headed_ = false;
    std::size_t name_column_ = 0;                             // where rows begin
    std::map<std::string, std::vector<double>> cell_starts_;  // column -> x0 - header x0
    std::optional<std::size_t> value_past_header(const Span& s, const Line& line) const;
    std::optional<std::size_t> right_aligned_column(const Span& s) const;
    RightEdges right_edges_;
};

// Whether a line reads as a row of a table with these columns: its cells fall under at least
// three named columns, half of them or more. A table cut by its group rows (area, objective, as
// key cells) goes on below them without its header repeated.
bool fits_columns(const std::vector<Column>& cols, const Line& line);

}  // namespace pira
