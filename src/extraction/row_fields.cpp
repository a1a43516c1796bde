#include "extraction/row_fields.hpp"

#include <cctype>
#include <cstdio>

#include "common/text.hpp"
#include "extraction/comparator_cells.hpp"
#include "model/canonical_table.hpp"
#include "normalise/vocabulary.hpp"

namespace pira {
namespace {

bool starts_number(std::string_view t) {
    if (!t.empty() && t[0] == '-') t.remove_prefix(1);  // "-6%" after ">= -7%"
    return !t.empty() && std::isdigit(static_cast<unsigned char>(t[0])) != 0;
}

bool known_word(const Vocabulary& v, std::string_view text) {
    return v.boolean(text) || v.is_missing(text);
}

// A word cut by a narrow cell without a hyphen ("realizzazi" over "one") reads with a space
// where the page broke it. In a column of values, a text the markers do not know, that one
// space less makes a si/no or a missing marker of theirs, is that marker: the spaced text
// means nothing. (Tipologie and units are looked up without spaces already.)
void mend_cut_word(const std::string& col, std::string& cell) {
    if (col != "target" && col != "baseline" && col != "actual" && !is_target_year_column(col))
        return;
    const Vocabulary& v = Vocabulary::standard();
    if (cell.find(' ') == std::string::npos || known_word(v, cell)) return;
    for (std::size_t at = cell.find(' '); at != std::string::npos; at = cell.find(' ', at + 1)) {
        std::string glued = cell.substr(0, at) + cell.substr(at + 1);
        if (known_word(v, glued)) {
            cell = std::move(glued);
            return;
        }
    }
}

}  // namespace

void split_parts(Row& row, const ProfileTable& table) {
    for (const auto& split : table.splits) {
        auto source = row.parts.find(split.column);
        if (source == row.parts.end()) continue;
        for (auto& [k, text] : source->second) {
            std::string_view whole;
            auto values = named_matches(*split.pattern, text, &whole);
            if (values.empty()) continue;
            const auto at = static_cast<std::size_t>(whole.data() - text.data());
            std::string rest = text.substr(0, at) + text.substr(at + whole.size());
            text = std::string(trim(rest));  // kept unless the pattern gives the cell anew
            for (auto& [col, value] : values) row.parts[col][k] = std::move(value);
        }
    }
}

void join_parts(Row& row) {
    for (const auto& [col, by_column] : row.parts) {
        std::string& cell = row.cells[col];
        for (const auto& [k, text] : by_column) {
            if (text.empty()) continue;
            if (!cell.empty()) cell += "; ";
            cell += text;
        }
        mend_cut_word(col, cell);
    }
}

std::string cells_text(const Row& row) {
    std::string cells;
    for (const auto& [col, text] : row.cells) {
        if (!text.empty()) cells += (cells.empty() ? "" : " | ") + text;
    }
    return cells;
}

void carry_comparators(Row& row) {
    std::string op;
    for (auto& [col, text] : row.cells) {
        if (!is_target_year_column(col)) continue;
        const std::string_view t = trim(text);
        const std::size_t end = comparator_prefix(t);
        if (end != 0 && end < t.size()) {
            op = std::string(t.substr(0, end));
        } else if (end == 0 && !op.empty() && starts_number(t)) {
            text = op + " " + std::string(t);
        }
    }
}

void apply_header_comparators(Row& row, const std::vector<Column>& columns) {
    for (const auto& c : columns) {
        if (c.op.empty() || c.name.empty()) continue;
        auto cell = row.cells.find(c.name);
        if (cell == row.cells.end()) continue;
        const std::string_view t = trim(cell->second);
        // "n.d." too: ">= n.d." still gives its comparator to the later years' values.
        if (comparator_prefix(t) == 0 && (starts_number(t) || Vocabulary::standard().is_missing(t)))
            cell->second = c.op + " " + std::string(t);
    }
}

std::string generated_code(std::string_view t, int block, const std::string& year,
                           const std::map<std::string, std::string>& fields) {
    char number[8];
    std::snprintf(number, sizeof number, "%02d", block);
    std::string code;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const auto close = t.find('}', i);
        if (t[i] != '{' || close == std::string_view::npos) {
            code += t[i];
            continue;
        }
        const std::string key(t.substr(i + 1, close - i - 1));
        if (key == "year") {
            code += year;
        } else if (key == "block") {
            code += number;
        } else if (auto f = fields.find(key); f != fields.end()) {
            code += f->second;
        }
        i = close;
    }
    return code;
}

}  // namespace pira
