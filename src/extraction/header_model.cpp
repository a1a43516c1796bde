#include "extraction/header_model.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>

#include <re2/re2.h>

#include "common/text.hpp"
#include "extraction/comparator_cells.hpp"
#include "extraction/fields.hpp"
#include "model/canonical_table.hpp"

namespace pira {
namespace {

bool is_year(std::string_view h) {
    return h.size() == 4 && std::all_of(h.begin(), h.end(), [](char c) {
               return std::isdigit(static_cast<unsigned char>(c)) != 0;
           });
}

// A header spanning sub-columns ("Target" over "2024 2025 2026") joins only the sub-header
// right under it ("Target 2025"); the other years take the same group word when that makes them
// target years of the profile. Other years are headers of their own ("2018" beside "Valore
// ottenuto 2019": the 2018 value, not a baseline).
void name_years_under_group(std::vector<Column>& cols, const ProfileTable& table) {
    for (auto& c : cols) {
        if (!is_year(c.header)) continue;
        const Column* group = nullptr;
        for (const auto& g : cols) {
            const std::string_view h = g.header;
            if (h.size() > 5 && h[h.size() - 5] == ' ' && is_year(h.substr(h.size() - 4)) &&
                (group == nullptr || std::abs(g.x0 - c.x0) < std::abs(group->x0 - c.x0))) {
                group = &g;
            }
        }
        if (group == nullptr) continue;
        std::string named = group->header.substr(0, group->header.size() - 4) + c.header;
        if (is_target_year_column(table.column_for(named))) c.header = std::move(named);
    }
}

// Header spans that overlap horizontally are one header cut by wrapping.
std::vector<Column> merged_spans(const std::vector<Line>& lines, Band band) {
    std::vector<Column> cols;
    for (std::size_t j = band.first; j <= band.second; ++j) {
        for (const Span& s : lines[j].spans) {
            // Of the headers it overlaps, the one whose centre is nearest: a sub-header wrapped
            // under its centred first line ("al" over "31.12.2020") is that line's, not the
            // wider neighbour's its longer second line also touches.
            auto it = cols.end();
            const double mid = (s.x0 + s.x1) / 2;
            for (auto c = cols.begin(); c != cols.end(); ++c) {
                if (!(s.x0 < c->x1 && c->x0 < s.x1)) continue;
                if (it == cols.end() ||
                    std::abs((c->x0 + c->x1) / 2 - mid) < std::abs((it->x0 + it->x1) / 2 - mid))
                    it = c;
            }
            if (it == cols.end()) {
                cols.push_back({{}, {}, s.x0, s.x1, s.text, s.text});
            } else {
                append(it->header, s.text);
                it->glued += s.text;
                it->x0 = std::min(it->x0, s.x0);
                it->x1 = std::max(it->x1, s.x1);
            }
        }
    }
    std::sort(cols.begin(), cols.end(),
              [](const Column& a, const Column& b) { return a.x0 < b.x0; });
    // A group's word centred over two sub-headers ("Consuntivo" over "al 30.9.2020" and "al
    // 31.12.2020") widens the first of them over the second: a column ends where the next
    // begins.
    for (std::size_t k = 1; k < cols.size(); ++k) {
        if (cols[k - 1].x1 > cols[k].x0 && cols[k - 1].x0 < cols[k].x0) cols[k - 1].x1 = cols[k].x0;
    }
    return cols;
}

// Where a cell's regular words go is said by the header that matched: "Indicatore" over
// "Formula" in one header cell holds both (the regular words are the formula), while a bare
// "Indicatore" beside a "Formula" column of its own holds only names. A header matched by no
// pattern of its column (renamed by later_to) takes the column's first entry.
std::string rest_to_of(const ProfileTable& table, const Column& c) {
    const ProfileColumn* first = nullptr;
    for (const auto& pc : table.columns) {
        if (pc.column != c.name) continue;
        for (const auto& re : pc.headers) {
            if (RE2::FullMatch(std::string(trim(c.header)), *re) ||
                RE2::FullMatch(std::string(trim(c.glued)), *re))
                return pc.rest_to;
        }
        if (first == nullptr) first = &pc;
    }
    return first != nullptr ? first->rest_to : std::string();
}

}  // namespace

bool all_bold(const Line& l) {
    return std::all_of(l.spans.begin(), l.spans.end(), [](const Span& s) { return s.bold; });
}

std::string section_column(const Line& l, const ProfileTable& table) {
    if (l.record || l.spans.size() != 1 || !l.spans[0].bold) return {};
    const std::string text(trim(l.spans[0].text));
    return table.is_section(text) ? table.column_for(text) : std::string();
}

// A header row in regular type (a word processor's table without a header style): three
// cells or more, and at least half of them the table's own headers ("Cod.", "Indicatore",
// "Descr.", "Tip." beside a wrapped "Tgt"). A row of values never reads so.
bool regular_header(const Line& l, const ProfileTable& table) {
    if (l.spans.size() < 3) return false;
    std::size_t named = 0;
    for (const Span& s : l.spans) named += table.column_for(trim(s.text)).empty() ? 0 : 1;
    return named >= 3 && 2 * named >= l.spans.size();
}

const ProfileTable* HeaderModel::table_at(std::size_t i) const {
    const Line& l = lines_[i];
    // In PDFs headers are bold, or are the table's headers in regular type; in spreadsheets
    // formatting is the user's choice. A header row may begin with a cell of the block's label
    // column, regular like the other labels ("Indicatori" beside the bold "Tipologia",
    // "Indicatore" ...): it must name a column.
    const bool bold = all_bold(l) || l.record;
    const bool label_first =
        l.spans.size() >= 4 && !l.spans[0].bold &&
        std::all_of(l.spans.begin() + 1, l.spans.end(), [](const Span& s) { return s.bold; });
    for (const auto& table : p_.tables) {
        const bool label_named = label_first && !table.column_for(trim(l.spans[0].text)).empty();
        if (!bold && !label_named && !regular_header(l, table)) continue;
        for (const std::string& h : table.first_headers) {
            if (std::any_of(l.spans.begin(), l.spans.end(), [&](const Span& s) {
                    return trim(s.text) == h || (!l.record && wraps_first_header(i, s, h));
                })) {
                return &table;
            }
        }
    }
    return nullptr;
}

// A first header wrapped in a narrow cell ("VALENZA" over "INDICATORE"): the span begins it and
// the bold spans right under it, in the same column, end it. The header row's other cells may
// sit between its parts ("Consuntivo", then "Indicatore Formula ...", then "30.09.2020": centred
// in a taller row).
bool HeaderModel::wraps_first_header(std::size_t i, const Span& s, const std::string& h) const {
    std::string joined(trim(s.text));
    if (h.rfind(joined + " ", 0) != 0) return false;
    const auto last = i + static_cast<std::size_t>(tol_.header_lookahead);
    for (std::size_t j = i + 1; j < lines_.size() && j <= last; ++j) {
        const Line& next = lines_[j];
        if (next.page != lines_[i].page || !all_bold(next) ||
            next.y0 - lines_[j - 1].y0 > tol_.wrapped_header_gap * (lines_[i].y1 - lines_[i].y0))
            return false;
        auto under = std::find_if(next.spans.begin(), next.spans.end(),
                                  [&](const Span& t) { return t.x0 < s.x1 && s.x0 < t.x1; });
        if (under == next.spans.end()) continue;
        append(joined, std::string(trim(under->text)));
        if (joined == h) return true;
        if (h.rfind(joined + " ", 0) != 0) return false;
    }
    return false;
}

// A line of a header under its first line: bold, or with some cells bold and each regular
// cell itself one of the table's headers. Other offices set a two-line header cell's second
// line in regular type ("Indicatore" in bold over "Algoritmo di calcolo" in regular, beside
// "Consuntivo al" over "30.9.2020" both bold); a row of values never reads as headers. A lone
// regular header is the second line of a header cell whose other cells end above it
// ("Indicatore" in bold over "Formula" in regular: name and formula share the cell).
bool HeaderModel::header_line(const Line& l, const ProfileTable& table) const {
    if (all_bold(l)) return true;
    bool some_bold = false;
    for (const Span& s : l.spans) {
        if (s.bold) {
            some_bold = true;
        } else if (table.column_for(trim(s.text)).empty()) {
            return false;
        }
    }
    return some_bold || l.spans.size() == 1;
}

// Bold lines touching the header line above and below it.
Band HeaderModel::band(std::size_t i) const {
    if (lines_[i].record) return {i, i};  // a spreadsheet cell holds its whole header
    const double height = lines_[i].y1 - lines_[i].y0;
    const double h = tol_.header_band_gap * height;
    std::size_t first = i, last = i;
    const ProfileTable* table = table_at(i);
    // A section's own line, right above or below the header, is the section, not a header.
    auto section = [&](const Line& l) {
        return table != nullptr && !section_column(l, *table).empty();
    };
    while (first > 0 && lines_[first - 1].page == lines_[i].page && all_bold(lines_[first - 1]) &&
           lines_[first].y0 - lines_[first - 1].y0 < h && !section(lines_[first - 1])) {
        --first;
    }
    // A header in regular type wraps onto the touching lines that have no cell under its first
    // header: the first row has its indicator there.
    // (Only a header with no bold cell: one that begins with a regular label cell beside bold
    // headers is a bold header, and goes on over a page break below.)
    const auto& head = lines_[i].spans;
    const bool regular =
        std::none_of(head.begin(), head.end(), [](const Span& s) { return s.bold; });
    if (regular && !lines_[i].record && table != nullptr && regular_header(lines_[i], *table)) {
        while (last + 1 < lines_.size() && lines_[last + 1].page == lines_[i].page &&
               lines_[last + 1].y0 - lines_[last].y0 < h &&
               !under_first_header(i, lines_[last + 1]))
            ++last;
        return {first, last};
    }
    // A header row cut by a page break goes on with the bold lines that open the next page.
    while (last + 1 < lines_.size() && (table != nullptr ? header_line(lines_[last + 1], *table)
                                                         : all_bold(lines_[last + 1]))) {
        const Line& next = lines_[last + 1];
        // A bold key cell alone on its line ("Ambito strategico", a group row of a table for
        // the whole document) is the next block's field, not the header's.
        if (next.spans.size() == 1 && field_of(p_, next)) break;
        if (section(next)) break;
        const double below = next.y0 - lines_[last].y0;
        const bool touching =
            next.page == lines_[last].page &&
            (below < h || (next.spans.size() >= 2 && below < tol_.subheader_gap * height));
        // ... but not with a bold name under the first header: that is the first row.
        const bool next_page_top = next.page == lines_[last].page + 1 &&
                                   lines_[last].page == lines_[i].page &&
                                   !under_first_header(i, next);
        if (!touching && !next_page_top) break;
        ++last;
    }
    return {first, last};
}

// Whether a line has a span in the column of the first header of header line i, other than
// the rest of that header wrapped over the page break ("Tipologia" then "indicatore").
bool HeaderModel::under_first_header(std::size_t i, const Line& l) const {
    const ProfileTable& table = *table_at(i);
    for (const std::string& first : table.first_headers) {
        for (const Span& h : lines_[i].spans) {
            if (h.text.rfind(first.substr(0, first.find(' ')), 0) != 0) continue;
            return std::any_of(l.spans.begin(), l.spans.end(), [&](const Span& s) {
                return s.x0 < h.x1 && h.x0 < s.x1 &&
                       table.column_for(std::string(trim(h.text)) + " " + std::string(trim(s.text)))
                           .empty();
            });
        }
    }
    return false;
}

bool HeaderModel::opens_band(std::size_t i) const {
    if (!all_bold(lines_[i])) return false;
    const auto last = i + static_cast<std::size_t>(tol_.header_lookahead);
    for (std::size_t j = i + 1; j < lines_.size() && j <= last; ++j) {
        if (lines_[j].page != lines_[i].page) return false;
        if (is_header(j)) return band(j).first <= i;
    }
    return false;
}

// "Target 2026 (>=)": the comparator of the column's values, taken out of the header.
void take_header_comparator(Column& c) {
    const auto open = c.header.rfind(" (");
    if (open == std::string::npos || !c.header.ends_with(")")) return;
    const std::string op = c.header.substr(open + 2, c.header.size() - open - 3);
    if (!is_comparator_cell(op)) return;
    c.op = std::string(trim(op));
    c.header.erase(open);
    if (const auto g = c.glued.rfind('('); g != std::string::npos) c.glued.erase(g);
}

std::vector<Column> HeaderModel::columns(Band b, const ProfileTable& table,
                                         TableReport& report) const {
    std::vector<Column> cols = merged_spans(lines_, b);
    for (auto& c : cols) take_header_comparator(c);
    name_years_under_group(cols, table);
    std::string first_year;  // of this table's targets
    for (auto& c : cols) {
        c.name = table.column_for(c.header);
        if (c.name.empty()) c.name = table.column_for(c.glued);
        if (is_target_year_column(c.name) && (first_year.empty() || c.name.substr(7) < first_year))
            first_year = c.name.substr(7);
    }
    for (auto& c : cols) {
        if (auto later = table.later_column_for(c.header, first_year); !later.empty()) {
            c.name = later;
        }
        c.rest_to = rest_to_of(table, c);
        if (c.name.empty()) report.unknown_headers.push_back(c.header);
    }
    return cols;
}

void inherit_empty_headers(const std::vector<Column>& previous, std::vector<Column>& cols,
                           TableReport& report) {
    auto overlaps = [](const Column& a, const Column& b) { return a.x0 < b.x1 && b.x0 < a.x1; };
    for (std::size_t k = 1; k + 1 < previous.size(); ++k) {
        const Column& before = previous[k];
        if (before.name.empty() || std::any_of(cols.begin(), cols.end(), [&](const Column& c) {
                return overlaps(c, before);
            }))
            continue;
        auto right = std::find_if(cols.begin(), cols.end(),
                                  [&](const Column& c) { return c.x0 >= before.x1; });
        if (right == cols.begin() || right == cols.end() || right->name != previous[k + 1].name ||
            std::prev(right)->name != previous[k - 1].name)
            continue;
        report.inherited_headers.push_back(before.header);
        cols.insert(right, before);
    }
}

}  // namespace pira
