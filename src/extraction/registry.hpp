// The profiles pira knows: the built-in ones (extractors/, compiled in) and a user's own, read
// at run time from profile folders (--profile-dir, then the PIRA_PROFILE_DIR folders): a new
// layout is a new .toml file, with no rebuild.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extraction/profile.hpp"

namespace pira {

// The profiles of extractors/ compiled into pira, loaded once.
const std::vector<Profile>& builtin_profiles();

// The folders to search: those given, then PIRA_PROFILE_DIR's (separated by ':').
std::vector<std::string> profile_dirs(const std::vector<std::string>& given);

// The built-in profiles, then every .toml of the folders (by file name). A folder that does
// not exist, a bad profile or an id used twice throws DataFileError naming the file.
std::vector<Profile> available_profiles(const std::vector<std::string>& dirs);

// A profile by id among `available`, or a profile file (a path ending in .toml); nullopt when
// neither. A bad profile file throws DataFileError.
std::optional<Profile> find_profile(const std::string& name_or_file,
                                    const std::vector<Profile>& available);

}  // namespace pira
