#include "extraction/registry.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/embedded.hpp"
#include "common/toml_check.hpp"

namespace pira {
namespace {

// Keep in step with the list in CMakeLists.txt (pira_embed_files).
constexpr const char* kBuiltin[] = {
    "extractors/pira-pistoia-prato.toml",      "extractors/pira-prato-2020.toml",
    "extractors/pira-pistoia-2020.toml",       "extractors/relazione-pistoia-prato.toml",
    "extractors/pira-toscana-nord-ovest.toml", "extractors/piano-pistoia-2020.toml"};

std::optional<Profile> profile_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    return load_profile(text.str(), path);
}

}  // namespace

const std::vector<Profile>& builtin_profiles() {
    static const std::vector<Profile> profiles = [] {
        std::vector<Profile> out;
        for (const char* file : kBuiltin) out.push_back(load_profile(embedded_file(file), file));
        return out;
    }();
    return profiles;
}

std::vector<std::string> profile_dirs(const std::vector<std::string>& given) {
    std::vector<std::string> dirs = given;
    if (const char* env = std::getenv("PIRA_PROFILE_DIR")) {
        std::stringstream list(env);
        for (std::string dir; std::getline(list, dir, ':');) {
            if (!dir.empty()) dirs.push_back(dir);
        }
    }
    return dirs;
}

std::vector<Profile> available_profiles(const std::vector<std::string>& dirs) {
    std::vector<Profile> out = builtin_profiles();
    for (const auto& dir : dirs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(dir, ec)) {
            throw DataFileError(dir +
                                ": cartella dei profili non trovata (--profile-dir o "
                                "PIRA_PROFILE_DIR)");
        }
        std::vector<std::string> files;
        for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
            if (entry.path().extension() == ".toml") files.push_back(entry.path().string());
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            auto p = profile_file(file);
            if (!p) throw DataFileError(file + ": profilo illeggibile");
            auto same = std::find_if(out.begin(), out.end(),
                                     [&](const Profile& q) { return q.id == p->id; });
            if (same != out.end()) {
                throw DataFileError(file + ": l'id «" + p->id + "» è già quello di " + same->file +
                                    "; ogni profilo ha un id suo");
            }
            out.push_back(std::move(*p));
        }
    }
    return out;
}

std::optional<Profile> find_profile(const std::string& name_or_file,
                                    const std::vector<Profile>& available) {
    for (const auto& p : available) {
        if (p.id == name_or_file) return p;
    }
    if (name_or_file.size() > 5 && name_or_file.ends_with(".toml"))
        return profile_file(name_or_file);
    return std::nullopt;
}

}  // namespace pira
