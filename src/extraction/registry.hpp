#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extraction/profile.hpp"

namespace pira {

// The profiles of extractors/ compiled into pira, loaded once.
const std::vector<Profile>& builtin_profiles();

// A built-in profile by id, or a profile file (a path ending in .toml); nullopt when neither.
// A bad profile file throws DataFileError.
std::optional<Profile> find_profile(const std::string& name_or_file);

}  // namespace pira
