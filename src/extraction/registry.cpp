#include "extraction/registry.hpp"

#include <fstream>
#include <sstream>

#include "common/embedded.hpp"

namespace pira {
namespace {

// Keep in step with the list in CMakeLists.txt (pira_embed_files).
constexpr const char* kBuiltin[] = {
    "extractors/pira-pistoia-prato.toml",      "extractors/pira-prato-2020.toml",
    "extractors/pira-pistoia-2020.toml",       "extractors/relazione-pistoia-prato.toml",
    "extractors/pira-toscana-nord-ovest.toml", "extractors/piano-pistoia-2020.toml"};

}  // namespace

const std::vector<Profile>& builtin_profiles() {
    static const std::vector<Profile> profiles = [] {
        std::vector<Profile> out;
        for (const char* file : kBuiltin) out.push_back(load_profile(embedded_file(file), file));
        return out;
    }();
    return profiles;
}

std::optional<Profile> find_profile(const std::string& name_or_file) {
    for (const auto& p : builtin_profiles()) {
        if (p.id == name_or_file) return p;
    }
    if (name_or_file.size() > 5 && name_or_file.ends_with(".toml")) {
        std::ifstream in(name_or_file);
        if (!in) return std::nullopt;
        std::stringstream text;
        text << in.rdbuf();
        return load_profile(text.str(), name_or_file);
    }
    return std::nullopt;
}

}  // namespace pira
