#include "extraction/profile_checks.hpp"

#include <algorithm>

#include "common/toml_check.hpp"
#include "model/canonical_table.hpp"

namespace pira::profile_checks {
namespace {

// A text, or a non-empty list of texts (the same thing in other wordings).
std::vector<std::string> text_or_list(const toml::node& n, std::string_view key,
                                      const std::string& file) {
    if (n.is_string()) return {*n.value<std::string>()};
    const toml::array* a = n.as_array();
    std::vector<std::string> out;
    if (a != nullptr) {
        for (const auto& item : *a) {
            if (!item.is_string()) break;
            out.push_back(*item.value<std::string>());
        }
    }
    if (a == nullptr || out.empty() || out.size() != a->size()) {
        throw DataFileError(where_is(n, file) + ": «" + std::string(key) +
                            "» è un testo o un elenco di testi (le sue varianti)");
    }
    return out;
}

}  // namespace

// A column a profile may fill: a canonical name, a target year's (target_2026), or target_{1}
// to be completed by the header's year.
bool valid_column(const std::string& c) {
    if (c == "target_{1}" || is_target_year_column(c)) return true;
    const auto& names = canonical_columns();
    return std::find(names.begin(), names.end(), c) != names.end();
}

std::string checked_column(const toml::table& t, const std::string& file) {
    const std::string c = require_string(t, "column", file);
    if (!valid_column(c)) {
        throw DataFileError(where_is(*t.get("column"), file) + ": colonna «" + c +
                            "» non canonica (docs/cli.md)");
    }
    return c;
}

const toml::array& tables(const toml::table& t, std::string_view key, const std::string& file) {
    const toml::array* a = t.get_as<toml::array>(key);
    if (a == nullptr || !a->is_array_of_tables()) {
        throw DataFileError(where_is(t, file) + ": manca l'elenco [[" + std::string(key) + "]]");
    }
    return *a;
}

std::shared_ptr<RE2> checked_regex(const toml::table& t, std::string_view key,
                                   const std::string& file) {
    const std::string text = require_string(t, key, file);
    auto re = std::make_shared<RE2>(text, RE2::Quiet);
    if (!re->ok()) {
        throw DataFileError(where_is(*t.get(key), file) + ": espressione «" + text +
                            "» non valida: " + re->error());
    }
    return re;
}

// A pattern whose named groups are the canonical columns it fills, at least one.
NamedPattern checked_named_pattern(const toml::table& t, const std::string& file,
                                   std::string_view key) {
    auto re = checked_regex(t, key, file);
    if (re->NamedCapturingGroups().empty()) {
        throw DataFileError(where_is(*t.get(key), file) +
                            ": l'espressione deve nominare le colonne che riempie, es. "
                            "(?P<objective_code>...)");
    }
    for (const auto& [name, index] : re->NamedCapturingGroups()) {
        if (!valid_column(name) || name == "target_{1}") {
            throw DataFileError(where_is(*t.get(key), file) + ": gruppo «" + name +
                                "» non è una colonna canonica");
        }
    }
    return re;
}

bool for_next_field(const toml::table& t, const std::string& file) {
    const toml::node* n = t.get("for_next");
    if (n == nullptr) return false;
    if (!n->is_boolean()) throw DataFileError(where_is(*n, file) + ": «for_next» è true o false");
    return n->value_or(false);
}

bool bare_field(const toml::table& t, const std::string& file) {
    const toml::node* bare = t.get("bare");
    if (bare == nullptr) return false;
    if (!bare->is_boolean() || t.get("labels") != nullptr || t.get("pattern") != nullptr ||
        t.get("level") == nullptr || t.get("column") == nullptr || t.get("split") != nullptr ||
        t.get("ignore") != nullptr || t.get("for_next") != nullptr ||
        t.get("next_line") != nullptr) {
        throw DataFileError(where_is(*bare, file) +
                            ": «bare» è true o false, con «column» e «level», senza «labels» né "
                            "«pattern»");
    }
    return bare->value_or(false);
}

bool ignored_field(const toml::table& t, const std::string& file) {
    const toml::node* ignore = t.get("ignore");
    if (ignore == nullptr) return false;
    if (!ignore->is_boolean() || t.get("column") != nullptr) {
        throw DataFileError(where_is(*ignore, file) +
                            ": «ignore» è true o false, con «labels» e senza «column»");
    }
    return ignore->value_or(false);
}

FieldSet checked_set(const toml::table& t, const RE2& pattern, const std::string& file) {
    const toml::table* set = t.get_as<toml::table>("set");
    if (set == nullptr)
        throw DataFileError(where_is(*t.get("set"), file) + ": «set» è una tabella");
    FieldSet out;
    for (const auto& [key, node] : *set) {
        const std::string column(key.str());
        const auto* text = node.as_string();
        if (!valid_column(column) || column == "target_{1}" || text == nullptr) {
            throw DataFileError(where_is(node, file) +
                                ": «set» dà a una colonna canonica un "
                                "testo, es. document = \"Piano {year}\"");
        }
        const std::string& tmpl = text->get();
        for (auto open = tmpl.find('{'); open != std::string::npos;
             open = tmpl.find('{', open + 1)) {
            const auto close = tmpl.find('}', open);
            const std::string group = close == std::string::npos
                                          ? std::string()
                                          : tmpl.substr(open + 1, close - open - 1);
            if (!pattern.NamedCapturingGroups().contains(group)) {
                throw DataFileError(where_is(node, file) + ": «set» usa «{" + group +
                                    "}», che non è un gruppo dell'espressione");
            }
        }
        out.emplace_back(column, tmpl);
    }
    return out;
}

// "PT{year}_{mission}_{programme}": each {key} is the year, the block's number or a column.
void check_code_template(const std::string& t, const toml::node& at, const std::string& file) {
    for (auto open = t.find('{'); open != std::string::npos; open = t.find('{', open + 1)) {
        const auto close = t.find('}', open);
        const std::string key =
            close == std::string::npos ? std::string() : t.substr(open + 1, close - open - 1);
        if (key != "year" && key != "block" && !valid_column(key)) {
            throw DataFileError(where_is(at, file) + ": «code_template» usa «{" + key +
                                "}»: valgono {year}, {block} o una colonna canonica");
        }
    }
}

std::vector<std::string> strings_or_one(const toml::table& t, std::string_view key,
                                        const std::string& file) {
    return text_or_list(*t.get(key), key, file);
}

// phrases = ["Codice:", ["Area di responsabilità:", "Area:"]]: each a text or its variants.
std::vector<std::vector<std::string>> phrase_forms(const toml::table& t, const std::string& file) {
    const toml::array* a = t.get_as<toml::array>("phrases");
    if (a == nullptr) {
        throw DataFileError(where_is(t, file) + ": manca la chiave «phrases» (elenco di testi)");
    }
    std::vector<std::vector<std::string>> out;
    for (const auto& item : *a) out.push_back(text_or_list(item, "phrases", file));
    return out;
}

}  // namespace pira::profile_checks
