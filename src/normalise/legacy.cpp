#include "normalise/legacy.hpp"

#include <map>
#include <vector>

#include "common/embedded.hpp"
#include "common/text.hpp"
#include "common/toml_check.hpp"

namespace pira {
namespace {

struct Entry {
    // Pistoia: code prefix without dots ("B1"); Prato: folded programme name; Pistoia's PIRA:
    // mission and programme ("011_005")
    std::string key;
    TreePlace place;
};

struct Mapping {
    std::vector<Entry> pistoia, prato, pistoia_pira;
};

// "B.1.4" and "B1.4" and "B1" all start with "B1" once the dots are gone.
std::string undotted(std::string_view code) {
    std::string out;
    for (char c : code) {
        if (c != '.') out += c;
    }
    return out;
}

const Mapping& mapping() {
    static const Mapping m = [] {
        const std::string file = "mappings/legacy.toml";
        const toml::table root = parse_toml(embedded_file(file), file);
        check_keys(root, {"areas", "pistoia", "prato", "pistoia_pira"}, file, "legacy.toml");
        std::map<std::string, std::string> areas;
        if (const toml::table* a = root.get_as<toml::table>("areas")) {
            for (const auto& [k, v] : *a) areas[std::string(k.str())] = v.value_or(std::string());
        }
        auto place = [&](const toml::table& t, std::string rule) {
            const std::string code = require_string(t, "area", file);
            if (areas.count(code) == 0) {
                throw DataFileError(where_is(t, file) + ": area «" + code + "» non in [areas]");
            }
            return TreePlace{areas[code], require_string(t, "strategic_objective", file),
                             std::move(rule)};
        };
        Mapping out;
        for (const auto& node : *root.get_as<toml::array>("pistoia")) {
            const auto& t = *node.as_table();
            check_keys(t, {"prefix", "legacy", "area", "strategic_objective"}, file, "[[pistoia]]");
            const std::string prefix = require_string(t, "prefix", file);
            out.pistoia.push_back({undotted(prefix), place(t, "legacy.toml: Pistoia " + prefix)});
        }
        for (const auto& node : *root.get_as<toml::array>("prato")) {
            const auto& t = *node.as_table();
            check_keys(t, {"programme", "area", "strategic_objective"}, file, "[[prato]]");
            const std::string programme = require_string(t, "programme", file);
            out.prato.push_back(
                {fold(programme), place(t, "legacy.toml: Prato «" + programme + "»")});
        }
        if (const toml::array* a = root.get_as<toml::array>("pistoia_pira")) {
            for (const auto& node : *a) {
                const auto& t = *node.as_table();
                check_keys(t, {"mission", "programme", "legacy", "area", "strategic_objective"},
                           file, "[[pistoia_pira]]");
                const std::string key =
                    require_string(t, "mission", file) + "_" + require_string(t, "programme", file);
                out.pistoia_pira.push_back({key, place(t, "legacy.toml: Pistoia PIRA " + key)});
            }
        }
        return out;
    }();
    return m;
}

}  // namespace

std::optional<TreePlace> legacy_place(std::string_view family, std::string_view code,
                                      std::string_view objective_name) {
    const Mapping& m = mapping();
    if (family == "Pistoia (legacy)") {
        const std::string c = undotted(code);
        const Entry* best = nullptr;
        for (const auto& e : m.pistoia) {
            if (c.rfind(e.key, 0) == 0 && (best == nullptr || e.key.size() > best->key.size())) {
                best = &e;
            }
        }
        return best != nullptr ? best->place : TreePlace{};
    }
    if (family == "Prato (legacy)") {
        const std::string name = fold(objective_name);
        for (const auto& e : m.prato) {
            if (e.key == name) return e.place;
        }
        return TreePlace{};
    }
    if (family == "Pistoia PIRA (legacy)") {
        // "PT2020_011_005": the year does not move a programme, its mission and programme do.
        const std::string_view key = code.size() > 7 ? code.substr(7) : std::string_view();
        for (const auto& e : m.pistoia_pira) {
            if (e.key == key) return e.place;
        }
        return TreePlace{};
    }
    return std::nullopt;
}

}  // namespace pira
