#include "extraction/header_columns.hpp"

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

// Of the headers a span overlaps, the one whose centre is nearest: a sub-header wrapped under
// its centred first line ("al" over "31.12.2020") is that line's, not the wider neighbour's its
// longer second line also touches. -1 when it overlaps none.
std::ptrdiff_t overlapped(const std::vector<Column>& cols, const Span& s) {
    std::ptrdiff_t best = -1;
    const double mid = (s.x0 + s.x1) / 2;
    auto off = [&](const Column& c) { return std::abs((c.x0 + c.x1) / 2 - mid); };
    for (std::size_t c = 0; c < cols.size(); ++c) {
        if (!(s.x0 < cols[c].x1 && cols[c].x0 < s.x1)) continue;
        if (best < 0 || off(cols[c]) < off(cols[static_cast<std::size_t>(best)]))
            best = static_cast<std::ptrdiff_t>(c);
    }
    return best;
}

// A group's word off the middle of two cells of the line below may overlap only one of them,
// or neither quite ("Consuntivo" starting where "al 30.9.2020" ends, over "al 31.12.2020"): its
// centre in the gap between them and reaching both, it is over both.
void group_over_gap(const std::vector<Column>& cols, const std::vector<Span>& spans, std::size_t k,
                    std::vector<std::ptrdiff_t>& under) {
    const Span& a = spans[k];
    const Span& b = spans[k + 1];
    for (std::size_t g = 0; g < cols.size(); ++g) {
        const double mid = (cols[g].x0 + cols[g].x1) / 2;
        const auto gi = static_cast<std::ptrdiff_t>(g);
        if (mid < a.x1 || mid > b.x0 || cols[g].x0 > a.x1 + 1 || cols[g].x1 < b.x0 - 1) continue;
        if ((under[k] >= 0 && under[k] != gi) || (under[k + 1] >= 0 && under[k + 1] != gi))
            continue;
        under[k] = under[k + 1] = gi;
    }
}

void join_under(Column& c, const Span& s) {
    c.tail_glued = c.header + s.text;
    append(c.header, s.text);
    c.glued += s.text;
    c.x0 = std::min(c.x0, s.x0);
    c.x1 = std::max(c.x1, s.x1);
}

// Header spans that overlap horizontally are one header cut by wrapping; but a group's word
// over two cells or more of the line below ("Consuntivo" over "al 30.9.2020" and "al
// 31.12.2020", wherever it sits over them: not always centred) names each of them, in its
// place: two cells of one line are two columns.
std::vector<Column> merged_spans(const std::vector<Line>& lines, Band band) {
    std::vector<Column> cols;
    for (std::size_t j = band.first; j <= band.second; ++j) {
        const auto& spans = lines[j].spans;
        std::vector<std::ptrdiff_t> under(spans.size());
        for (std::size_t k = 0; k < spans.size(); ++k) under[k] = overlapped(cols, spans[k]);
        for (std::size_t k = 0; k + 1 < spans.size(); ++k) group_over_gap(cols, spans, k, under);
        std::vector<int> count(cols.size(), 0);
        for (const auto g : under) {
            if (g >= 0) ++count[static_cast<std::size_t>(g)];
        }
        const std::vector<Column> groups = cols;
        std::vector<bool> split(cols.size(), false);
        for (std::size_t k = 0; k < spans.size(); ++k) {
            const Span& s = spans[k];
            if (under[k] < 0) {
                cols.push_back({{}, {}, s.x0, s.x1, s.text, s.text});
                continue;
            }
            const auto g = static_cast<std::size_t>(under[k]);
            if (count[g] < 2) {
                join_under(cols[g], s);
                continue;
            }
            split[g] = true;
            Column sub = groups[g];
            sub.x0 = s.x0;
            sub.x1 = s.x1;
            join_under(sub, s);
            cols.push_back(std::move(sub));
        }
        for (std::size_t g = split.size(); g-- > 0;) {
            if (split[g]) cols.erase(cols.begin() + static_cast<std::ptrdiff_t>(g));
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

// The profile column whose header matched says where a cell's regular words go and what it holds:
// "Indicatore" over "Formula" in one header cell holds both (the regular words are the formula),
// while a bare "Indicatore" beside a "Formula" column of its own holds only names. A header matched
// by no pattern of its column (renamed by later_to) takes the column's first entry.
const ProfileColumn* profile_column_of(const ProfileTable& table, const Column& c) {
    const ProfileColumn* first = nullptr;
    for (const auto& pc : table.columns) {
        if (pc.column != c.name) continue;
        for (const auto& re : pc.headers) {
            if (RE2::FullMatch(std::string(trim(c.header)), *re) ||
                RE2::FullMatch(std::string(trim(c.glued)), *re) ||
                RE2::FullMatch(std::string(trim(c.tail_glued)), *re))
                return &pc;
        }
        if (first == nullptr) first = &pc;
    }
    return first;
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

}  // namespace

std::vector<Column> header_columns(const std::vector<Line>& lines, Band b,
                                   const ProfileTable& table, TableReport& report) {
    std::vector<Column> cols = merged_spans(lines, b);
    for (auto& c : cols) take_header_comparator(c);
    name_years_under_group(cols, table);
    std::string first_year;  // of this table's targets
    for (auto& c : cols) {
        c.name = table.column_for(c.header);
        if (c.name.empty()) c.name = table.column_for(c.glued);
        if (c.name.empty() && !c.tail_glued.empty()) c.name = table.column_for(c.tail_glued);
        if (is_target_year_column(c.name) && (first_year.empty() || c.name.substr(7) < first_year))
            first_year = c.name.substr(7);
    }
    for (auto& c : cols) {
        if (auto later = table.later_column_for(c.header, first_year); !later.empty()) {
            c.name = later;
        }
        if (const ProfileColumn* pc = profile_column_of(table, c)) {
            c.rest_to = pc->rest_to;
            c.description = pc->description;
        }
        if (c.name.empty()) report.unknown_headers.push_back(c.header);
    }
    return cols;
}

// The previous header's column is placed at its distance from the column on its right: tables
// set by a word processor size their columns to their own contents, so the empty cell sits a few
// points off where it was in the table before (H1's empty "Peso" under a two-row "Target", its
// neighbour "Valore ottenuto 2019" wider there); it must still fall in the blank between the
// same two neighbours, clear of both.
// Only a column the new header has fewer of is missing: two headers naming one canonical column
// (Descrizione and Algoritmo, both the formula) would otherwise match a neighbour pair that is
// still there, and the empty cell would be put between Indicatore and Descrizione.
void inherit_empty_headers(const std::vector<Column>& previous, std::vector<Column>& cols,
                           TableReport& report) {
    const auto count = [](const std::vector<Column>& in, const std::string& name) {
        return std::ranges::count(in, name, &Column::name);
    };
    for (std::size_t k = 1; k + 1 < previous.size(); ++k) {
        const Column& before = previous[k];
        if (before.name.empty() || count(cols, before.name) >= count(previous, before.name))
            continue;
        for (std::size_t j = 1; j < cols.size(); ++j) {
            const Column& left = cols[j - 1];
            const Column& right = cols[j];
            if (left.name != previous[k - 1].name || right.name != previous[k + 1].name) continue;
            const double shift = right.x0 - previous[k + 1].x0;
            if (before.x0 + shift < left.x1) continue;
            Column moved = before;
            moved.x0 += shift;
            moved.x1 += shift;
            report.inherited_headers.push_back(before.header);
            cols.insert(cols.begin() + static_cast<std::ptrdiff_t>(j), std::move(moved));
            break;
        }
    }
}

}  // namespace pira
