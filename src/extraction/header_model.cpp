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

// A regular header cell wrapped over two lines ("Formula" over "di calcolo", under a bold
// "Nome indicatore"): a line whose regular cells each, glued to the regular cell above them in
// the same column (the band's nearest line with a cell there: a taller cell beside it may wrap
// between, "indicator" / "e"), make one of the table's headers, or name one alone; its other
// cells bold, the rest of the header row's cells cut by their narrow cells ("Algoritmo" over
// "di calcolo" beside the bold "20" under "30.9.20"). Alone, "di calcolo" names no column, so
// without this it would open the first row; a row's cells never glue so to a header's.
bool wraps_regular_header(const std::vector<Line>& lines, std::size_t first, std::size_t last,
                          const Line& l, const ProfileTable& table) {
    auto above = [&](const Span& s) -> const Span* {
        for (std::size_t j = last + 1; j-- > first;) {
            for (const Span& a : lines[j].spans) {
                if (a.x0 < s.x1 && s.x0 < a.x1) return &a;
            }
        }
        return nullptr;
    };
    auto glues = [&](const Span& s) {
        const Span* a = above(s);
        return a != nullptr && !a->bold &&
               !table.column_for(std::string(trim(a->text)) + " " + std::string(trim(s.text)))
                    .empty();
    };
    bool glued = false;
    for (const Span& s : l.spans) {
        if (s.bold) continue;
        if (glues(s)) {
            glued = true;
        } else if (table.column_for(trim(s.text)).empty()) {
            return false;
        }
    }
    return glued;
}

// A heading right above a table ("Indicatori", bold, over the header row): a lone bold line
// over a header cell that names its column alone but, joined to it, names none ("Indicatori
// Indicatore"). A header wrapped over two lines names its column whole ("Valore al" over
// "30/09/2020", "Target" over "2026").
bool heading_over(const std::vector<Line>& lines, std::size_t above, std::size_t last,
                  const ProfileTable& table) {
    if (lines[above].spans.size() != 1) return false;
    const Span& a = lines[above].spans[0];
    const std::string top(trim(a.text));
    for (std::size_t j = above + 1; j <= last; ++j) {
        for (const Span& s : lines[j].spans) {
            if (s.x1 <= a.x0 || a.x1 <= s.x0) continue;
            const std::string cell(trim(s.text));
            return !table.column_for(cell).empty() && table.column_for(top + " " + cell).empty();
        }
    }
    return false;
}

// A cell of the line below a regular header band that lies under none of the band's cells and
// names no column: a row's, not a header's ("locali)", a row cut by the page break going on at
// the top of the next page; "IS_0205_EC19.1", a row's code left of a centred "Indicatore").
// A header's wrapped part lies under its first part (centred, or aligned with it).
bool row_cell_under_no_header(const std::vector<Line>& lines, std::size_t first, std::size_t last,
                              const Line& l, const ProfileTable& table) {
    return std::any_of(l.spans.begin(), l.spans.end(), [&](const Span& s) {
        const std::string text(trim(s.text));
        if (text.empty() || !table.column_for(text).empty()) return false;
        for (std::size_t j = first; j <= last; ++j) {
            for (const Span& a : lines[j].spans) {
                if (a.x0 < s.x1 && s.x0 < a.x1) return false;
            }
        }
        return true;
    });
}

// A bold line right above a header that is a row of the tree, not the header's upper line:
// tree rows set in bold and tight above the header ("Obiettivo operativo A.3.4 - ...", or the
// wrapped label's "strategico" under "Ambito strategico / Obiettivo" beside its code and name).
// A header's upper line is never one of the block's fields.
bool HeaderModel::tree_row_above(std::size_t k) const {
    if (field_of(p_, lines_[k])) return true;
    if (k == 0) return false;
    const auto wrapped = wrapped_heading_cells(p_, lines_, k - 1, 2);
    return wrapped && wrapped->second == k;
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
           lines_[first].y0 - lines_[first - 1].y0 < h && !section(lines_[first - 1]) &&
           !(table != nullptr && heading_over(lines_, first - 1, i, *table)) &&
           !tree_row_above(first - 1)) {
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
               !under_first_header(i, lines_[last + 1]) &&
               !row_cell_under_no_header(lines_, first, last, lines_[last + 1], *table))
            ++last;
        return {first, last};
    }
    // A header row cut by a page break goes on with the bold lines that open the next page.
    while (last + 1 < lines_.size() &&
           (table != nullptr
                ? header_line(lines_[last + 1], *table) ||
                      wraps_regular_header(lines_, first, last, lines_[last + 1], *table)
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
        // A bold name alone on its line right under the header (rows without padding) is the
        // first row's, as at a page top: joined to the first header it names no column.
        if (touching && table != nullptr && next.spans.size() == 1 && next.spans[0].bold &&
            under_first_header(i, next))
            break;
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

std::vector<Column> HeaderModel::columns(Band b, const ProfileTable& table,
                                         TableReport& report) const {
    return header_columns(lines_, b, table, report);
}

}  // namespace pira
