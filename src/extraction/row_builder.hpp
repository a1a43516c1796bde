// Stage 3 of a table: rows. The lines under a header become rows: a bold indicator name opens
// one (or, in a table of regular names, the gap that closes a row), wrapped cells are joined to
// their row, cells centred above their name wait for it, a row cut by a page break goes on at
// the top of the next page, and footnotes under the table go to its report instead of a row.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extraction/row_gaps.hpp"
#include "extraction/table_columns.hpp"
#include "extraction/table_report.hpp"
#include "extraction/tolerances.hpp"
#include "layout/lines.hpp"

namespace pira {

// Texts by canonical column, then by table column: a description (the rest of the name's
// cell) and an algorithm column may both fill "formula".
using Parts = std::map<std::string, std::map<std::size_t, std::string>>;

struct Row {
    Parts parts;
    std::map<std::string, std::string> cells;  // the parts joined, when the row is complete
    int page = 0;
    std::string ref;                     // "Sheet!A12" for a spreadsheet row
    bool has_regular_name_text = false;  // the first cell already has description words
    bool plain_name = false;             // the name began in regular type (no bold names)
    bool italic_cue = false;             // a regular name, then its description in italics
    bool italic_name = false;            // the name began in italics (its description regular)
    // A regular name's later regular lines, before the font has told where the description
    // begins: the name's if an italic description follows, the description's otherwise.
    std::string pending_name;
    std::vector<std::pair<double, std::size_t>> starts;  // where its cells begin: x0, column
    std::vector<std::pair<double, std::size_t>> ends;    // where its value cells end: x1, column
    double name_end = -1;  // where the name's last line ends (regular names)
    double bold_end = -1;  // where a bold name's last line ends (row_gaps.cpp)
    // Cells centred vertically (row_gaps.cpp): where the row's first line begins; where its
    // lines with values begin and end (on values_page), once a line of two values or more has
    // come below the first line (centred = true; top-aligned rows have it on their first).
    double top = -1, values_top = -1, values_bottom = -1;
    int values_page = 0;
    bool centred = false, judged = false;
    std::size_t first_line_values = 0;  // the values on the row's first line
    bool name_one_word = false;         // that first line is a code (one word, maybe numbers)
    // The name's cell was to hold its description too, and nothing told where the name ends
    // (no bold or italics apart, no paragraph's end): the whole text stayed in the name.
    bool name_unsplit = false;
};

// Cells read before a name that never came (a row whose name cell is empty).
struct OrphanCells {
    std::string text;  // "cell | cell", in the table's order
    int page = 0;
};

class RowBuilder {
  public:
    using Sink = std::function<void(Row&&)>;
    RowBuilder(const std::vector<Line>& lines, TableColumns& cols, const Tolerances& tol, Sink emit)
        : lines_(lines), cols_(cols), tol_(tol), emit_(std::move(emit)), foot_(page_foot(lines)) {}

    // A line of the table's body (not its header, not the line that ends it).
    void add(const Line& line, TableReport& report);
    // Hands on the row being built, if any.
    void flush();
    // Whether the line would go on with the row being built: same page, no row gap before it.
    bool continues_row(const Line& line) const {
        return row_.has_value() && last_line_ != nullptr && last_line_->page == line.page &&
               !after_row_gap(line);
    }
    // The pitch of the table's wrapped lines (wrapped_pitch.hpp), 0 when unknown.
    void set_wrapped_pitch(double pitch) { pitch_ = pitch; }
    // The table is over: flushes, and returns the cells no name came for.
    std::optional<OrphanCells> close();

  private:
    bool is_footnote(const Line& line, TableReport& report);
    bool after_row_gap(const Line& line, bool by_pitch = true) const;
    bool row_gap_between(const Line& above, const Line& line, bool by_pitch = true) const;
    bool ends_bold_name(const Line& line, const Span& s) const;
    bool past_row_middle(const Line& line) const;
    bool paragraph_in_name_cell(const Cells& cells) const;
    bool ended_whole(const Line& last) const;
    void note_extent(const Line& line, const Cells& cells, bool had_early);
    bool starts_next_page_row(const Line& line, const Cells& cells) const;
    bool name_begins_row(const Cells& cells) const;
    bool restarts_row(const Cells& cells) const;
    bool restarts_above_name(const Cells& cells) const;
    bool above_next_row(const Line& line, const Cells& cells) const;
    bool interleaves_next_row(const Line& line, const Cells& cells) const;
    // Cells bringing values again to value columns the row has filled (min_values of them),
    // in min_refilled columns the row has filled, the name's aside.
    bool refills_values(const Cells& cells, std::size_t min_values = 1,
                        std::size_t min_refilled = 2) const;
    bool nameless_row(const Line& line, bool has_name, const Cells& cells) const;
    bool fills_only_empty(const Cells& cells) const;
    bool texts_go_on(const Cells& cells) const;
    void add_first_cell(const Span& s, const Line& line, bool after_gap);
    bool italic_below(const Line& line) const;
    std::size_t wrapped_column(const Span& s, std::size_t k) const;
    bool own_rest_column() const;
    bool unsplit(const Row& row) const;
    void note_name_line(const Span& s);
    bool ends_paragraph(const Span& s) const;
    bool fits_after(double end, const Span& s) const;
    bool bold_name_goes_on(const Line& line, const Cells& cells) const;
    double widest_name_ahead(const Line& line, bool regular) const;

    const std::vector<Line>& lines_;
    TableColumns& cols_;
    const Tolerances& tol_;
    Sink emit_;
    std::optional<Row> row_;
    Parts early_;  // cells of the next row read before its name
    int early_page_ = 0;
    double early_y0_ = 0;              // where the first of them begins
    const Line* last_line_ = nullptr;  // the last table line
    const Line* name_line_ = nullptr;  // the last line that gave words to a row's name
    double pitch_ = 0;                 // the table's wrapped lines' pitch, 0 when unknown
    // A name at a page top that begins a row below the cut row's last texts (see texts_go_on).
    mutable const Line* row_begins_at_ = nullptr;
    double name_right_ = 0;             // the widest line of the name's column in this table
    int ahead_page_ = 0;                // the page widest_name_ahead last looked at
    int gap_page_ = 0;                  // the page page_ was measured on
    PageCells page_;                    // its cells' line gap, its widest name (row_gaps.hpp)
    double foot_ = 0;                   // the foot of the document's pages (page_foot)
    bool in_footnote_ = false;          // the last table line was a note's
    bool top_aligned_ = false;          // a row of the table had its values on its first line
                                        // and went on below them (note_extent)
    double note_x0_ = 0, note_x1_ = 0;  // where the note's marker and its first word begin
};

}  // namespace pira
