// The labelled fields and headings of a block ("Codice: 01_01_OS02", "MISSIONE - 011 ..."), as a
// profile names them: which line is one, what it sets, and where a wrapped value goes on.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extraction/profile.hpp"
#include "layout/lines.hpp"

namespace pira {

// What a heading or labelled line gives: the columns it sets, at the level of its field.
struct FieldHit {
    std::vector<std::pair<std::string, std::string>> values;
    int level = kBlockLevel;
    std::string pending;  // a label with nothing after it: its value is the next line
    // A label in a cell of its own: where its value's cell begins, so that the value's wrapped
    // lines (starting there, under it) are joined to it. Negative when unknown.
    double value_x0 = -1;
    // The columns those lines go on: the single value's, or a wrapping heading's values that
    // end its line (a strategic objective "B2 Favorire ..." and its name "Favorire ...").
    std::vector<std::string> wrap_columns;
    // "Ambito strategico: 01_01 Sostegno ... del sistema delle" in one cell with its label: the
    // value's lines wrap back to where the label starts (value_x0 is then unknown).
    bool wraps_to_label = false;
    // The heading's last cell spans to the end of its row (`wraps`): a line of it that ends
    // its paragraph (the next line's first word would have fitted) is its last.
    bool to_row_end = false;
    bool for_next = false;  // ProfileField::for_next
    // The field's split pattern, for its value here or on the next line (ProfileField::split),
    // and the columns written from its groups (ProfileField::set).
    const RE2* split = nullptr;
    const FieldSet* set = nullptr;
    const RE2* figure = nullptr;  // ProfileField::figure: the heading's figure on the line below
};

// The columns of `set` filled from `values` (the groups matched), added to them or replacing
// theirs; a template naming a group that did not match is not applied.
void apply_set(const FieldSet& set, std::vector<std::pair<std::string, std::string>>& values);

// held: a column a code in a field of its own gives the next field (for_next): heading
// patterns reading it themselves are not tried, the labels read the line (the value may begin
// with its own code: "I.2. - Garantire ..." after "Codice obiettivo I.2").
std::optional<FieldHit> field_of(const Profile& p, const Line& line, std::string_view held = {});

// A label wrapped in a narrow cell ("Centro di" over "Responsabilità"), its value beside it,
// on its lines or between them (cells centred vertically): the field, and the last line it
// takes. Starts at line i; nullopt when no label begins there.
std::optional<std::pair<FieldHit, std::size_t>> wrapped_label(const Profile& p,
                                                              const std::vector<Line>& lines,
                                                              std::size_t i);

// A grid's key row cut by a page break, its value left at the foot of the page (line i: one
// regular cell, the page's last line) and its key, alone and maybe wrapped, at the top of the
// next ("11 – Competitività ..." then "Missione (D.M." / "27/03/2013)"): the field, and the
// key's last line. Only where the next key's value starts where the cut value starts (the
// grid's value column); nullopt otherwise.
std::optional<std::pair<FieldHit, std::size_t>> cut_key_value(const Profile& p,
                                                              const std::vector<Line>& lines,
                                                              std::size_t i);

// A tree row whose label wraps in its narrow cell ("Ambito strategico /" over "Obiettivo
// strategico", beside the code and the name): the heading pattern matched with each cell's
// lines joined. Starts at line i; the field and the last line it takes, or nullopt.
std::optional<std::pair<FieldHit, std::size_t>> wrapped_heading_cells(
    const Profile& p, const std::vector<Line>& lines, std::size_t i, int max_lines,
    std::string_view held = {});

// Joins the words of a cell, across the lines it wraps on. A line that ends in a hyphen glued
// to a word ("anno N-" then "1_N-3") was broken at the hyphen, not at a space.
void append(std::string& to, const std::string& text);

// A field's value wrapped in its cell: the lines below it that start where the value starts.
class FieldWrap {
  public:
    void start(const FieldHit& hit, const Line& line);
    void stop() { columns_.clear(); }
    // The columns the line continues, or nullptr; the line is then the value's. right_edge:
    // where the page's lines end (the row's end), or negative when unknown.
    const std::vector<std::string>* continued_by(const Line& line, double right_edge = -1);

  private:
    bool over_page_break(const Line& line, double right_edge) const;

    std::vector<std::string> columns_;
    double x0_ = 0, y0_ = 0, height_ = 0;
    bool bold_ = false;      // the value's first word is bold
    bool to_label_ = false;  // the value wraps back to where its label starts
    double last_x1_ = -1;    // where the value's last line ends, when it spans to the row's end
    double line_x1_ = 0;     // where the value's last line ends
    int page_ = 0;
};

}  // namespace pira
