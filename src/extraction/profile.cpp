#include "extraction/profile.hpp"

#include <algorithm>

#include "common/text.hpp"
#include "common/toml_check.hpp"
#include "model/canonical_table.hpp"

namespace pira {
namespace {

// A column a profile may fill: a canonical name, or target_{1} to be completed by a year.
bool valid_column(const std::string& c) {
    if (c == "target_{1}") return true;
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

}  // namespace

std::string Profile::column_for(std::string_view header) const {
    const std::string h(trim(header));
    for (const auto& c : columns) {
        for (const auto& re : c.headers) {
            if (c.column != "target_{1}") {
                if (RE2::FullMatch(h, *re)) return c.column;
                continue;
            }
            std::string year;
            if (RE2::FullMatch(h, *re, &year)) return "target_" + year;
        }
    }
    return {};
}

Profile load_profile(std::string_view toml_text, const std::string& file) {
    const toml::table root = parse_toml(toml_text, file);
    check_keys(root, {"profile", "detect", "field", "table"}, file, "il profilo");
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
    }

    const toml::table* detect = root.get_as<toml::table>("detect");
    if (detect == nullptr) throw DataFileError(file + ": manca la sezione [detect]");
    check_keys(*detect, {"phrases"}, file, "[detect]");
    p.detect = require_strings(*detect, "phrases", file);

    for (const auto& node : tables(root, "field", file)) {
        const toml::table& t = *node.as_table();
        check_keys(t, {"labels", "column"}, file, "[[field]]");
        p.fields.push_back({require_strings(t, "labels", file), checked_column(t, file)});
    }

    const toml::table* table = root.get_as<toml::table>("table");
    if (table == nullptr) throw DataFileError(file + ": manca la sezione [table]");
    check_keys(*table, {"first_header", "end_at", "column"}, file, "[table]");
    p.first_header = require_string(*table, "first_header", file);
    if (table->get("end_at") != nullptr) p.end_at = require_strings(*table, "end_at", file);
    for (const auto& node : tables(*table, "column", file)) {
        const toml::table& t = *node.as_table();
        check_keys(t, {"headers", "column", "rest_to"}, file, "[[table.column]]");
        ProfileColumn c;
        c.column = checked_column(t, file);
        for (const auto& h : require_strings(t, "headers", file)) {
            auto re = std::make_shared<RE2>(h, RE2::Quiet);
            if (!re->ok()) {
                throw DataFileError(where_is(*t.get("headers"), file) + ": intestazione «" + h +
                                    "» non valida: " + re->error());
            }
            if (c.column == "target_{1}" && re->NumberOfCapturingGroups() < 1) {
                throw DataFileError(where_is(*t.get("headers"), file) + ": «" + h +
                                    "» deve catturare l'anno, es. 'Target (\\d{4})'");
            }
            c.headers.push_back(std::move(re));
        }
        if (t.get("rest_to") != nullptr) {
            c.rest_to = require_string(t, "rest_to", file);
            if (!valid_column(c.rest_to)) {
                throw DataFileError(where_is(*t.get("rest_to"), file) + ": colonna «" + c.rest_to +
                                    "» non canonica");
            }
        }
        p.columns.push_back(std::move(c));
    }
    return p;
}

}  // namespace pira
