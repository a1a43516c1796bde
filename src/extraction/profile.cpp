#include "extraction/profile.hpp"

#include <algorithm>

#include "common/text.hpp"
#include "common/toml_check.hpp"
#include "extraction/profile_checks.hpp"
#include "model/canonical_table.hpp"

namespace pira {
namespace {

using namespace profile_checks;

ProfileField load_field(const toml::table& t, const std::string& file) {
    check_keys(t,
               {"labels", "column", "pattern", "level", "next_line", "wraps", "split", "ignore",
                "set", "for_next", "bare", "figure"},
               file, "[[field]]");
    ProfileField f;
    if (bare_field(t, file)) {
        f.bare = true;
        f.column = checked_column(t, file);
    } else if (t.get("pattern") != nullptr) {
        if (t.get("labels") != nullptr || t.get("column") != nullptr ||
            t.get("ignore") != nullptr) {
            throw DataFileError(
                where_is(t, file) +
                ": [[field]] ha «pattern» oppure «labels» e «column», non entrambi");
        }
        f.pattern = checked_named_pattern(t, file);
        if (t.get("split") != nullptr) {
            throw DataFileError(where_is(*t.get("split"), file) +
                                ": «split» vale solo con «labels» (un «pattern» ha già i suoi "
                                "gruppi)");
        }
        if (const auto* next = t.get("next_line")) {
            f.next_line = require_string(t, "next_line", file);
            if (!valid_column(f.next_line)) {
                throw DataFileError(where_is(*next, file) + ": colonna «" + f.next_line +
                                    "» non canonica");
            }
        }
    } else {
        if (t.get("next_line") != nullptr) {
            throw DataFileError(where_is(*t.get("next_line"), file) +
                                ": «next_line» vale solo con «pattern» (un'etichetta senza "
                                "valore prende già la riga sotto)");
        }
        f.labels = require_strings(t, "labels", file);
        for (const auto& label : f.labels) {
            if (label.ends_with(":"))
                f.keys.push_back(fold(trim(std::string_view(label).substr(0, label.size() - 1))));
        }
        f.column = ignored_field(t, file) ? kIgnoredColumn : checked_column(t, file);
        if (t.get("split") != nullptr) f.split = checked_named_pattern(t, file, "split");
        f.for_next = for_next_field(t, file);
    }
    const RE2* groups = f.pattern ? f.pattern.get() : f.split.get();
    if (t.get("set") != nullptr) {
        if (groups == nullptr)
            throw DataFileError(where_is(*t.get("set"), file) +
                                ": «set» vuole «pattern» o «split»");
        f.set = checked_set(t, *groups, file);
    }
    if (const toml::node* wraps = t.get("wraps")) {
        // A label's value wraps under itself anyway; only a heading pattern needs saying so.
        if (!wraps->is_boolean() || !f.pattern) {
            throw DataFileError(where_is(*wraps, file) +
                                ": «wraps» è true o false, e vale solo con «pattern»");
        }
        f.wraps = wraps->value_or(false);
    }
    if (t.get("figure") != nullptr) {
        if (!f.pattern && !f.bare)
            throw DataFileError(where_is(*t.get("figure"), file) +
                                ": «figure» vale con «pattern» o «bare» (un titolo)");
        f.figure = checked_regex(t, "figure", file);
    }
    if (const auto* level = t.get("level")) {
        const auto v = level->value<std::int64_t>();
        if (!v || *v < 1 || *v >= kBlockLevel) {
            throw DataFileError(where_is(*level, file) + ": «level» deve essere un intero da 1 a " +
                                std::to_string(kBlockLevel - 1));
        }
        f.level = static_cast<int>(*v);
    }
    return f;
}

ProfileColumn load_column(const toml::table& t, bool headerless, const std::string& file) {
    check_keys(t, {"headers", "column", "rest_to", "later_to", "section", "carry", "description"},
               file, "[[table.column]]");
    ProfileColumn c;
    c.column = checked_column(t, file);
    if (headerless && (t.get("headers") != nullptr || c.column == "target_{1}")) {
        throw DataFileError(where_is(t, file) +
                            ": in una tabella senza intestazioni le colonne hanno solo "
                            "«column», con l'anno scritto (es. target_2025)");
    }
    if (t.get("rest_to") != nullptr) {
        c.rest_to = require_string(t, "rest_to", file);
        if (!valid_column(c.rest_to)) {
            throw DataFileError(where_is(*t.get("rest_to"), file) + ": colonna «" + c.rest_to +
                                "» non canonica");
        }
    }
    if (t.get("later_to") != nullptr) {
        c.later_to = require_string(t, "later_to", file);
        if (c.later_to != "target_{1}") {
            throw DataFileError(where_is(*t.get("later_to"), file) +
                                ": «later_to» vale \"target_{1}\" (l'anno dell'intestazione)");
        }
    }
    if (const toml::node* section = t.get("section")) {
        if (!section->is_boolean() || headerless || c.column == "target_{1}") {
            throw DataFileError(where_is(*section, file) +
                                ": «section» vale true o false, in una tabella con "
                                "intestazioni, per una colonna senza anno");
        }
        c.section = section->value_or(false);
    }
    if (const toml::node* carry = t.get("carry")) {
        if (!carry->is_boolean()) {
            throw DataFileError(where_is(*carry, file) + ": «carry» vale true o false");
        }
        c.carry = carry->value_or(false);
    }
    if (const toml::node* description = t.get("description")) {
        if (!description->is_boolean()) {
            throw DataFileError(where_is(*description, file) + ": «description» vale true o false");
        }
        c.description = description->value_or(false);
    }
    if (headerless) return c;
    for (const auto& h : require_strings(t, "headers", file)) {
        auto re = std::make_shared<RE2>(h, RE2::Quiet);
        if (!re->ok()) {
            throw DataFileError(where_is(*t.get("headers"), file) + ": intestazione «" + h +
                                "» non valida: " + re->error());
        }
        if ((c.column == "target_{1}" || !c.later_to.empty()) &&
            re->NumberOfCapturingGroups() < 1) {
            throw DataFileError(where_is(*t.get("headers"), file) + ": «" + h +
                                "» deve catturare l'anno, es. 'Target (\\d{4})'");
        }
        c.headers.push_back(std::move(re));
    }
    return c;
}

// The table's header patterns as one RE2::Set (ProfileTable::header_set); none when the set
// cannot be built (the patterns are then matched one by one).
void set_headers(ProfileTable& t) {
    auto set = std::make_shared<RE2::Set>(RE2::Options(RE2::Quiet), RE2::ANCHOR_BOTH);
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        for (std::size_t h = 0; h < t.columns[c].headers.size(); ++h) {
            if (set->Add(t.columns[c].headers[h]->pattern(), nullptr) < 0) return;
            t.header_columns.emplace_back(c, h);
        }
    }
    if (t.header_columns.empty() || !set->Compile()) return;
    t.header_set = std::move(set);
}

// The index of the column a headerless table's row pattern matches: one of its columns.
std::size_t row_column(const ProfileTable& p, const toml::node& node, const std::string& file) {
    const auto name = node.value<std::string>();
    for (std::size_t k = 0; name && p.row_pattern != nullptr && k < p.columns.size(); ++k) {
        if (p.columns[k].column == *name) return k;
    }
    throw DataFileError(where_is(node, file) +
                        ": «row_column» è una delle colonne ([[table.column]]) di una tabella "
                        "senza intestazioni («row_pattern»)");
}

ProfileTable load_table(const toml::table& table, const std::string& file) {
    check_keys(table,
               {"first_header", "row_pattern", "row_column", "end_at", "unheaded_columns", "column",
                "split", "lends"},
               file, "[table]");
    ProfileTable p;
    if ((table.get("first_header") == nullptr) == (table.get("row_pattern") == nullptr)) {
        throw DataFileError(where_is(table, file) +
                            ": [table] ha «first_header» (tabella con intestazioni) oppure "
                            "«row_pattern» (tabella senza), uno dei due");
    }
    if (table.get("first_header") != nullptr) {
        p.first_headers = strings_or_one(table, "first_header", file);
        p.first_header = p.first_headers.front();
    } else {
        p.row_pattern = checked_regex(table, "row_pattern", file);
    }
    if (table.get("end_at") != nullptr) p.end_at = require_strings(table, "end_at", file);
    if (table.get("lends") != nullptr) {
        p.lends = require_strings(table, "lends", file);
        for (const auto& c : p.lends) {
            if (!valid_column(c) || c == "target_{1}") {
                throw DataFileError(where_is(*table.get("lends"), file) + ": colonna «" + c +
                                    "» non canonica");
            }
        }
    }
    if (const toml::node* unheaded = table.get("unheaded_columns")) {
        if (!unheaded->is_boolean() || p.row_pattern != nullptr) {
            throw DataFileError(where_is(*unheaded, file) +
                                ": «unheaded_columns» è true o false, in una tabella con "
                                "intestazioni («first_header»)");
        }
        p.unheaded_columns = unheaded->value_or(false);
    }
    for (const auto& node : tables(table, "column", file)) {
        p.columns.push_back(load_column(*node.as_table(), p.row_pattern != nullptr, file));
    }
    if (const toml::node* rc = table.get("row_column")) p.row_column = row_column(p, *rc, file);
    set_headers(p);
    if (const toml::node* splits = table.get("split")) {
        if (!splits->is_array_of_tables()) {
            throw DataFileError(where_is(*splits, file) + ": [[table.split]] attesa");
        }
        for (const auto& node : *splits->as_array()) {
            const toml::table& t = *node.as_table();
            check_keys(t, {"column", "pattern"}, file, "[[table.split]]");
            p.splits.push_back({checked_column(t, file), checked_named_pattern(t, file)});
        }
    }
    return p;
}

}  // namespace

Profile load_profile(std::string_view toml_text, const std::string& file) {
    const toml::table root = parse_toml(toml_text, file);
    check_keys(root, {"profile", "detect", "field", "table", "tolerances"}, file, "il profilo");
    Profile p;
    p.file = file;
    const toml::table* head = root.get_as<toml::table>("profile");
    if (head == nullptr) throw DataFileError(file + ": manca la sezione [profile]");
    check_keys(*head, {"id", "name", "ente", "code_template"}, file, "[profile]");
    p.id = require_string(*head, "id", file);
    p.name = require_string(*head, "name", file);
    if (head->get("ente") != nullptr) p.ente = require_string(*head, "ente", file);
    if (head->get("code_template") != nullptr) {
        p.code_template = require_string(*head, "code_template", file);
        check_code_template(p.code_template, *head->get("code_template"), file);
    }

    const toml::table* detect = root.get_as<toml::table>("detect");
    if (detect == nullptr) throw DataFileError(file + ": manca la sezione [detect]");
    check_keys(*detect, {"phrases"}, file, "[detect]");
    p.detect = phrase_forms(*detect, file);
    for (const auto& forms : p.detect) {
        auto& folded = p.detect_folded.emplace_back();
        for (const auto& f : forms) folded.push_back(fold(f));
    }

    // A document that is one table (codes and missions in its columns) has no block fields.
    if (root.get("field") != nullptr) {
        for (const auto& node : tables(root, "field", file)) {
            p.fields.push_back(load_field(*node.as_table(), file));
        }
    }
    if (const toml::node* tol = root.get("tolerances")) {
        if (!tol->is_table()) throw DataFileError(where_is(*tol, file) + ": [tolerances] attesa");
        p.tolerances = load_tolerances(*tol->as_table(), file);
    }

    const toml::node* table = root.get("table");
    if (table == nullptr) throw DataFileError(file + ": manca la sezione [table]");
    if (const toml::table* one = table->as_table()) {
        p.tables.push_back(load_table(*one, file));
    } else if (table->is_array_of_tables() && !table->as_array()->empty()) {
        for (const auto& node : *table->as_array()) {
            p.tables.push_back(load_table(*node.as_table(), file));
        }
    } else {
        throw DataFileError(where_is(*table, file) + ": attesa [table] o un elenco [[table]]");
    }
    return p;
}

}  // namespace pira
