#include "common/toml_check.hpp"

#include <algorithm>
#include <sstream>

namespace pira {

toml::table parse_toml(std::string_view text, const std::string& file) {
    try {
        return toml::parse(text, file);
    } catch (const toml::parse_error& e) {
        std::ostringstream msg;
        msg << file << ":" << e.source().begin.line << ":" << e.source().begin.column
            << ": TOML non valido: " << e.description();
        throw DataFileError(msg.str());
    }
}

std::string where_is(const toml::node& node, const std::string& file) {
    const auto& src = node.source();
    if (!src.begin) return file;
    return file + ":" + std::to_string(src.begin.line);
}

void check_keys(const toml::table& table, std::initializer_list<std::string_view> allowed,
                const std::string& file, std::string_view where) {
    for (const auto& [key, node] : table) {
        if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
        std::string list;
        for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        throw DataFileError(where_is(node, file) + ": chiave sconosciuta «" +
                            std::string(key.str()) + "» in " + std::string(where) +
                            " (ammesse: " + list + ")");
    }
}

std::string require_string(const toml::table& t, std::string_view key, const std::string& file) {
    const toml::node* n = t.get(key);
    if (n == nullptr || !n->is_string()) {
        throw DataFileError(where_is(t, file) + ": manca la chiave «" + std::string(key) +
                            "» (testo)");
    }
    return std::string(*n->value<std::string>());
}

std::vector<std::string> require_strings(const toml::table& t, std::string_view key,
                                         const std::string& file) {
    const toml::array* arr = t.get_as<toml::array>(key);
    if (arr == nullptr) {
        throw DataFileError(where_is(t, file) + ": manca la chiave «" + std::string(key) +
                            "» (elenco di testi)");
    }
    std::vector<std::string> out;
    for (const auto& item : *arr) {
        if (!item.is_string()) {
            throw DataFileError(where_is(item, file) + ": «" + std::string(key) +
                                "» deve contenere solo testi");
        }
        out.emplace_back(*item.value<std::string>());
    }
    return out;
}

}  // namespace pira
