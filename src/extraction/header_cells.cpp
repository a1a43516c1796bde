// What a header's cells say, line by line, for the header model (header_model.cpp): a header
// row in regular type, a regular header cell's wrapped line, a heading right above a table, and
// the cells below a regular header band that are a row's, not the header's.
#include "extraction/header_cells.hpp"

#include <algorithm>

#include "common/text.hpp"
#include "extraction/comparator_cells.hpp"
#include "extraction/fields.hpp"

namespace pira {

// A header row in regular type (a word processor's table without a header style): three
// cells or more, and at least half of them the table's own headers ("Cod.", "Indicatore",
// "Descr.", "Tip."), alone or with their wrapped part on the touching line below ("Tgt" over
// "2024"). A row of values never reads so.
bool regular_header(const std::vector<Line>& lines, std::size_t i, const ProfileTable& table) {
    const Line& l = lines[i];
    if (l.spans.size() < 3) return false;
    const Line* below = i + 1 < lines.size() && lines[i + 1].page == l.page &&
                                lines[i + 1].y0 - l.y0 < 1.6 * (l.y1 - l.y0)
                            ? &lines[i + 1]
                            : nullptr;
    auto named = [&](const Span& s) {
        const std::string text(trim(s.text));
        if (!table.column_for(text).empty()) return true;
        if (below == nullptr) return false;
        return std::any_of(below->spans.begin(), below->spans.end(), [&](const Span& t) {
            return t.x0 < s.x1 && s.x0 < t.x1 && !t.bold &&
                   !table.column_for(text + " " + std::string(trim(t.text))).empty();
        });
    };
    const auto count =
        static_cast<std::size_t>(std::count_if(l.spans.begin(), l.spans.end(), named));
    return count >= 3 && 2 * count >= l.spans.size();
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

// A cell of the line below a regular header band under a header cell that names its column
// alone and, with the cell joined to it (with a space, or glued: a cut word), names none: a row
// cut by the page break going on under its repeated header ("(Proventi correnti - Maggiorazione"
// under "Algoritmo"). A header's wrapped part makes the header its profile names ("Algoritmo
// di" over "calcolo", "Tgt" over "2024"); one that names no column ("Media" over "cluster")
// tells nothing.
bool row_cell_under_named_header(const std::vector<Line>& lines, std::size_t first,
                                 std::size_t last, const Line& l, const ProfileTable& table) {
    return std::any_of(l.spans.begin(), l.spans.end(), [&](const Span& s) {
        std::string header;
        for (std::size_t j = first; j <= last; ++j) {
            for (const Span& a : lines[j].spans) {
                if (a.x0 < s.x1 && s.x0 < a.x1) append(header, std::string(trim(a.text)));
            }
        }
        if (header.empty() || table.column_for(header).empty()) return false;
        const std::string cell(trim(s.text));
        // "Tgt 2024" over "(>=)": the comparator of the column's values (header_columns).
        if (cell.size() > 2 && cell.front() == '(' && cell.back() == ')' &&
            is_comparator_cell(cell.substr(1, cell.size() - 2)))
            return false;
        return table.column_for(header + " " + cell).empty() &&
               table.column_for(header + cell).empty();
    });
}

}  // namespace pira
