#include "extraction/table_columns.hpp"

#include "model/canonical_table.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "common/text.hpp"
#include "extraction/comparator_cells.hpp"

namespace pira {

void TableColumns::set(const ProfileTable& table, std::vector<Column> cols, bool headed) {
    // A header repeated (a section's, a page's) keeps the edges of the gaps it has in place:
    // a section of one row shows no edge of its own. So does a table resumed under the same
    // columns after its group rows (cleared between).
    const std::vector<Column>& before = cols_.empty() ? cleared_ : cols_;
    const auto same_place = [&](std::size_t k) {
        return k < before.size() && cols[k].name == before[k].name &&
               std::abs(cols[k].x0 - before[k].x0) < 1 && std::abs(cols[k].x1 - before[k].x1) < 1;
    };
    if (table_ != &table || cols.size() != before.size()) right_edges_.clear();
    std::erase_if(right_edges_,
                  [&](const auto& e) { return !same_place(e.first) || !same_place(e.first + 1); });
    table_ = &table;
    cols_ = std::move(cols);
    headed_ = headed;
    name_column_ = 0;
    for (std::size_t k = 0; k < cols_.size(); ++k) {
        if (cols_[k].name == "indicator_name") name_column_ = k;
    }
}

// Columns reach halfway to their neighbours, since cells are narrower than the header above
// them or wider.
namespace {
bool holds_values(const std::string& c) {
    return is_target_year_column(c) || c == "target" || c == "baseline" || c == "actual";
}
}  // namespace

// Between two headers: halfway between their edges; between two headed columns of values,
// halfway between their centres: values sit under the middle of a header centred over its
// cell, whatever their alignment (a left-aligned "1" under a centred "2020", beside a wider
// "al 31.12.2020", lies nearer the first header's edge than the second's).
double TableColumns::boundary(std::size_t k) const {
    const Column& a = cols_[k];
    const Column& b = cols_[k + 1];
    if (headed_ && holds_values(a.name) && holds_values(b.name))
        return (a.x0 + a.x1 + b.x0 + b.x1) / 4;
    return (a.x1 + b.x0) / 2;
}

std::size_t TableColumns::column_at(double x0, double x1) const {
    const double centre = (x0 + x1) / 2;
    for (std::size_t k = 0; k + 1 < cols_.size(); ++k) {
        if (centre < boundary(k)) return k;
    }
    return cols_.size() - 1;
}

// A comparator in a cell of its own (its column may have no header) belongs to the value in
// the next column: ">=" then "1" is the target ">= 1".
std::size_t TableColumns::column_after(const Span& s) const {
    for (std::size_t k = 0; k < cols_.size(); ++k) {
        if (cols_[k].x0 >= s.x1) return k;
    }
    return column_at(s.x0, s.x1);
}

// A comparator last on its line, in a headed column of values (">=" over "100,00 %" in a narrow
// target cell centred vertically, its value wrapped below it, the actual's beside it on the
// line below): that column's. Elsewhere (an operator column of its own), the next column's.
std::size_t TableColumns::comparator_column(const Span& s, bool last) const {
    const std::size_t k = column_at(s.x0, s.x1);
    if (last && headed_ && holds_values(cols_[k].name)) return k;
    return column_after(s);
}

// A cell under a header's text is that header's when the column the halfway rule gives has no
// header text over it: a value right-aligned just past the end of a wide "Target 2020", whose
// centre is past the halfway between that header's centre and a narrow wrapped "Target" /
// "2021", is still under the first.
std::size_t TableColumns::header_or_nearest(const Span& s, std::size_t own) const {
    const std::size_t k = column_at(s.x0, s.x1);
    const bool over_k = s.x0 < cols_[k].x1 && cols_[k].x0 < s.x1;
    return k == own || over_k ? k : own;
}

// The column whose header lies over the span, if one does.
std::optional<std::size_t> TableColumns::under_header(const Span& s) const {
    for (std::size_t k = 0; k < cols_.size(); ++k) {
        if (s.x0 < cols_[k].x1 && cols_[k].x0 < s.x1) return k;
    }
    return std::nullopt;
}

// When the profile says some header cells are empty (the note "PIRA" left of INDICATORE), a PDF
// cell with no header text above it is in such a column, unless it starts where the lines of a
// column's cells start ("stanziate", the last line of a formula left-aligned under a centred
// ALGORITMO).
std::optional<std::size_t> TableColumns::aligned_column_of(const Span& s, const Line& line) const {
    if (auto k = right_aligned_column(s); k && headed_ && !line.record) return k;
    if (const auto own = under_header(s); own && headed_ && !line.record)
        return header_or_nearest(s, *own);
    if (!headed_ || line.record || !table_->unheaded_columns) return column_at(s.x0, s.x1);
    // A line holds one cell of a column: where another of its cells lies under the column's
    // header, that one is the column's ("D1" in the code column, starting where another table's
    // formulas started, beside its formula under ALGORITMO).
    const auto headed_elsewhere = [&](std::size_t k) {
        return std::any_of(line.spans.begin(), line.spans.end(), [&](const Span& o) {
            return &o != &s && under_header(o) == std::optional<std::size_t>(k);
        });
    };
    for (std::size_t k = 0; k < cols_.size(); ++k) {
        if (headed_elsewhere(k)) continue;
        auto starts = cell_starts_.find(cols_[k].name);
        if (starts != cell_starts_.end() &&
            std::any_of(starts->second.begin(), starts->second.end(), [&](double dx) {
                return std::abs(cols_[k].x0 + dx - s.x0) < tol_.cell_start;
            }))
            return k;
    }
    return value_past_header(s, line);
}

// Values right-aligned in a cell wider than its header end past the header's text ("68,28 %"
// under a left-aligned "Val. 2019"): among the columns of values (baseline, weight, targets;
// the columns without header cells hold notes and codes, beside the names) a cell under no
// header is in a column of values. Where the headers start where their cells start (the name
// column's, left-aligned), it is the cell of the header on its left, even when its centre is
// nearer the next one; otherwise the nearest. In a table's first row, before any cell start is
// known, the row's own name cell says it (a first row's value is no less past its header).
std::optional<std::size_t> TableColumns::value_past_header(const Span& s, const Line& line) const {
    std::size_t k = column_at(s.x0, s.x1);
    const double name_x0 = cols_[name_column_].x0;
    const auto starts = cell_starts_.find(cols_[name_column_].name);
    const bool left_aligned =
        starts != cell_starts_.end()
            ? std::any_of(starts->second.begin(), starts->second.end(),
                          [&](double dx) { return std::abs(dx) < tol_.cell_start; })
            : std::any_of(line.spans.begin(), line.spans.end(), [&](const Span& c) {
                  return std::abs(c.x0 - name_x0) < tol_.cell_start;
              });
    while (left_aligned && k > 0 && cols_[k].x0 > s.x0) --k;
    if (holds_values(cols_[k].name) || cols_[k].name == "weight") return k;
    return std::nullopt;
}

std::optional<std::size_t> TableColumns::right_aligned_column(const Span& s) const {
    for (const auto& [k, edge] : right_edges_) {
        if (k + 1 < cols_.size() && std::abs(s.x1 - edge) < 1 && s.x0 > cols_[k].x0) return k;
    }
    return std::nullopt;
}

void TableColumns::learn_right_edges(const std::vector<Line>& lines, std::size_t from,
                                     const std::function<bool(std::size_t)>& stop) {
    for (const auto& [k, edge] : right_aligned_edges(
             cols_, lines, from, stop, static_cast<std::size_t>(tol_.headerless_scan)))
        right_edges_[k] = edge;
}

// A start is kept as its distance from its column's header: where a column's cells start holds
// for its header's place, and a word processor sizes each table to its contents, so the next
// table's columns sit elsewhere ("D1", in the code column left of ALGORITMO, starts where the
// table before had its formulas: it is not a formula's).
void TableColumns::remember_cell_starts(const Cells& cells) {
    for (const auto& [k, span] : cells) {
        auto& starts = cell_starts_[cols_[k].name];
        const double dx = span->x0 - cols_[k].x0;
        if (std::none_of(starts.begin(), starts.end(),
                         [&](double d) { return std::abs(d - dx) < tol_.cell_start_same; }))
            starts.push_back(dx);
    }
}

// A comparator alone at the top of a narrow cell whose value wrapped below it (">=" over
// "100,00 %"), under no header or its own: the cell of the column of values it lies nearest, when
// that column has no other cell on the line and the value after it lies under another header (it is
// that column's own value, "100,34 %" under the actual's). An operator column with an empty header
// sits beside a column that has its own value on the line.
std::optional<std::size_t> TableColumns::wrapped_comparator(const Line& line, std::size_t j) const {
    const auto& spans = line.spans;
    if (!headed_ || j + 1 >= spans.size() || !is_comparator_cell(spans[j].text))
        return std::nullopt;
    const std::size_t k = column_at(spans[j].x0, spans[j].x1);
    if (const auto own = under_header(spans[j]); own && *own != k) return std::nullopt;
    // The header over the middle of the value after it: a wide value beside its comparator
    // ("<=" then "31/12/2026", centred under no header) may reach under the next one.
    const Span& value = spans[j + 1];
    const double middle = (value.x0 + value.x1) / 2;
    const auto next = under_header(Span{value.text, middle - 0.5, middle + 0.5, value.bold, {}});
    if (!holds_values(cols_[k].name) || !next || *next == k) return std::nullopt;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (i != j && column_at(spans[i].x0, spans[i].x1) == k) return std::nullopt;
    }
    return k;
}

// Whether a span can be a comparator's value: a number or a date, or any cell under a header
// of values.
bool TableColumns::value_after(const Span& s) const {
    const std::string_view t = trim(s.text);
    if (!t.empty() && std::isdigit(static_cast<unsigned char>(t.front())) != 0) return true;
    const auto k = under_header(s);
    return !k || holds_values(cols_[*k].name) || cols_[*k].name == "weight";
}

Cells TableColumns::aligned_cells_of(const Line& line) const {
    Cells cells;
    const auto& spans = line.spans;
    for (std::size_t j = 0; j < spans.size(); ++j) {
        // A comparator under a named header of its own, beside a value that starts under
        // another header, is a cell whose value wrapped below it ("<=" over "31/12/2026"),
        // not the next column's. (A comparator column's own header, "Op.", names nothing.)
        auto own = headed_ ? under_header(spans[j]) : std::nullopt;
        const bool own_unnamed = own && cols_[*own].name.empty();  // "Comp.", "Op."
        if (own_unnamed) own.reset();
        const auto next = own && j + 1 < spans.size() ? under_header(spans[j + 1]) : std::nullopt;
        const bool apart = own && next && *own != *next && spans[j + 1].x0 >= cols_[*next].x0 - 1;
        if (auto k = wrapped_comparator(line, j)) {
            cells.emplace_back(*k, &spans[j]);
            continue;
        }
        // A value with a comparator of its own (">=" over "10,5 %" beside ">= 16") is not the
        // lone comparator's, nor is the end of the line ("<=" last, over "97%"): that one's
        // value wrapped below it, in the column it sits under.
        // Nor is a word in a column of texts (">=" then "Qualità", the type, its value below).
        const bool next_own = j + 1 == spans.size() ||
                              comparator_prefix(trim(spans[j + 1].text)) > 0 ||
                              !value_after(spans[j + 1]);
        if (j + 1 < spans.size() && is_comparator_cell_before(spans[j].text, spans[j + 1].text) &&
            !is_comparator_cell(spans[j + 1].text) && !apart && !next_own) {
            // The comparator and its value are one cell, whichever cell's place a header
            // names (header over the comparator, over the value, or over both).
            // Under a comparator column's own header (it names nothing), the value's place
            // says whose it is: the narrow column beside it would take the pair's centre.
            const std::size_t k = own_unnamed ? column_at(spans[j + 1].x0, spans[j + 1].x1)
                                              : column_at(spans[j].x0, spans[j + 1].x1);
            cells.emplace_back(k, &spans[j]);
            cells.emplace_back(k, &spans[++j]);
            continue;
        }
        if (is_comparator_cell(spans[j].text)) {
            const bool last = j + 1 == spans.size();
            cells.emplace_back(
                own && (apart || next_own) ? *own : comparator_column(spans[j], last), &spans[j]);
        } else if (auto k = aligned_column_of(spans[j], line)) {
            cells.emplace_back(*k, &spans[j]);
        }
    }
    std::stable_partition(cells.begin(), cells.end(),
                          [&](const auto& c) { return c.first == name_column_; });
    return cells;
}

bool fits_columns(const std::vector<Column>& cols, const Line& line) {
    if (cols.size() < 3 || line.spans.size() < 3) return false;
    std::size_t named = 0;
    for (const Column& c : cols) named += c.name.empty() ? 0 : 1;
    std::vector<bool> filled(cols.size(), false);
    for (const Span& s : line.spans) {
        const double centre = (s.x0 + s.x1) / 2;
        std::size_t k = 0;
        while (k + 1 < cols.size() && centre >= (cols[k].x1 + cols[k + 1].x0) / 2) ++k;
        filled[k] = !cols[k].name.empty();
    }
    const auto hit = static_cast<std::size_t>(std::count(filled.begin(), filled.end(), true));
    return hit >= 3 && 2 * hit >= named;
}

}  // namespace pira
