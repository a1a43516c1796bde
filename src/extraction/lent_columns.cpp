#include "extraction/lent_columns.hpp"

#include <string>

#include "common/text.hpp"

namespace pira {
namespace {

struct Keys {
    std::string code, name, formula;  // code without dots and spaces; texts folded
};

std::string text_of(const CanonicalTable& t, const TableRow& r, const char* column) {
    const auto i = t.column(column);
    return i ? r.fields[*i].text : std::string();
}

Keys keys_of(const CanonicalTable& t, const TableRow& r) {
    Keys k;
    for (char c : text_of(t, r, "objective_code")) {
        if (c != '.' && c != ' ') k.code += c;
    }
    k.name = fold(text_of(t, r, "indicator_name"));
    k.formula = fold(text_of(t, r, "formula"));
    return k;
}

// 0 when the rows do not match; else more for a better match (see lent_columns.hpp).
std::size_t score(const Keys& row, const Keys& lender) {
    if (row.code.empty() || lender.code.empty() || row.code[0] != lender.code[0]) return 0;
    const std::size_t points = (!row.formula.empty() && row.formula == lender.formula ? 2 : 0) +
                               (!row.name.empty() && row.name == lender.name ? 1 : 0);
    if (points == 0) return 0;
    std::size_t prefix = 0;
    while (prefix < row.code.size() && prefix < lender.code.size() &&
           row.code[prefix] == lender.code[prefix])
        ++prefix;
    return points * 1000 + prefix;
}

bool lends(const ProfileTable* table) {
    return table != nullptr && !table->lends.empty();
}

}  // namespace

std::size_t lend_columns(CanonicalTable& t, const std::vector<const ProfileTable*>& row_tables) {
    std::vector<std::size_t> lenders;
    std::vector<Keys> keys;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        keys.push_back(keys_of(t, t.rows[i]));
        if (lends(row_tables[i])) lenders.push_back(i);
    }
    std::size_t took = 0;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        if (lends(row_tables[i])) continue;
        std::size_t best = 0, from = 0;
        for (std::size_t l : lenders) {
            const std::size_t s = score(keys[i], keys[l]);
            if (s > best) {
                best = s;
                from = l;
            }
        }
        if (best == 0) continue;
        bool took_one = false;
        for (const std::string& column : row_tables[from]->lends) {
            const auto c = t.column(column);
            if (!c || !t.rows[i].fields[*c].text.empty()) continue;
            t.rows[i].fields[*c].text = t.rows[from].fields[*c].text;
            took_one = took_one || !t.rows[i].fields[*c].text.empty();
        }
        took += took_one ? 1 : 0;
    }
    return took;
}

}  // namespace pira
