#include "model/canonical_table.hpp"

#include <algorithm>

#include "common/text.hpp"

namespace pira {

const std::vector<std::string_view>& canonical_columns() {
    static const std::vector<std::string_view> names{"ente",
                                                     "document",
                                                     "year",
                                                     "mission",
                                                     "programme",
                                                     "area",
                                                     "strategic_objective",
                                                     "objective_code",
                                                     "objective_name",
                                                     "objective_weight",
                                                     "department",
                                                     "office",
                                                     "resources_eur",
                                                     "indicator_code",
                                                     "indicator_name",
                                                     "formula",
                                                     "type",
                                                     "unit",
                                                     "baseline",
                                                     "target",
                                                     "weight",
                                                     "actual",
                                                     "performance",
                                                     "note",
                                                     "source_ref"};
    return names;
}

bool is_target_year_column(std::string_view name) {
    return name.size() == 11 && name.substr(0, 7) == "target_" &&
           std::all_of(name.begin() + 7, name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_value_column(std::string_view name) {
    return name == "target" || is_target_year_column(name) || name == "actual" ||
           name == "weight" || name == "objective_weight" || name == "resources_eur" ||
           name == "baseline" || name == "performance";
}

std::optional<std::size_t> CanonicalTable::column(std::string_view name) const {
    auto it = std::find(columns.begin(), columns.end(), name);
    if (it == columns.end()) return std::nullopt;
    return static_cast<std::size_t>(it - columns.begin());
}

namespace {

std::string a1(std::size_t row, std::size_t column) {
    std::string letters;
    for (std::size_t c = column; c > 0; c = (c - 1) / 26) {
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    }
    return letters + std::to_string(row);
}

}  // namespace

Place CanonicalTable::place(const Field& f) const {
    if (f.page != 0) return Place{file, f.line, 0, f.page};
    if (f.sheet == 0 || f.sheet > sheets.size()) return Place{file, f.line, f.column};
    return Place{file, 0, 0, 0,
                 sheets[f.sheet - 1] + "!" + a1(f.line, std::max<std::size_t>(f.column, 1))};
}

Place CanonicalTable::place(const TableRow& r) const {
    return place(Field{{}, r.line, 1, r.sheet, r.page});
}

const Field* CanonicalTable::field(const TableRow& row, std::string_view name) const {
    auto i = column(name);
    if (!i || *i >= row.fields.size()) return nullptr;
    return &row.fields[*i];
}

namespace {

// Edit distance, to suggest "objective_code" for "objetive_code" or "Target".
std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string closest(std::string_view name) {
    const std::string f = fold(name);
    std::string best;
    std::size_t best_d = 4;  // farther than this is no suggestion
    for (auto c : canonical_columns()) {
        const std::size_t d = distance(f, c);
        if (d < best_d) {
            best_d = d;
            best = c;
        }
    }
    return best;
}

}  // namespace

std::vector<int> map_header(const std::vector<Field>& header, CanonicalTable& table,
                            Diagnostics& diags) {
    std::vector<int> map;
    for (const auto& h : header) {
        const std::string name(trim(h.text));
        const bool known = std::find(canonical_columns().begin(), canonical_columns().end(),
                                     name) != canonical_columns().end() ||
                           is_target_year_column(name);
        if (!known) {
            const std::string hint = closest(name);
            diags.warning(Errc::column_unknown, table.place(h), name, {},
                          hint.empty() ? "i nomi delle colonne sono in docs/canonical-table.md"
                                       : "forse «" + hint + "»");
            map.push_back(-1);
            continue;
        }
        if (table.column(name)) {
            diags.error(Errc::column_duplicate, table.place(h), name);
            map.push_back(-1);
            continue;
        }
        table.columns.push_back(name);
        map.push_back(static_cast<int>(table.columns.size() - 1));
    }
    return map;
}

}  // namespace pira
