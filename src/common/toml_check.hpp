// Strict loading of TOML data files (policies, mappings, later extraction profiles): every
// unknown key or wrong type is an error that names the file, the line and the key.
#pragma once

#include <toml++/toml.h>

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>

namespace pira {

// Thrown while loading a data file; caught at the command boundary (exit 2).
class DataFileError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Parses TOML text; a syntax error becomes a DataFileError "file:line:col: ...".
toml::table parse_toml(std::string_view text, const std::string& file);

// Rejects any key of `table` not in `allowed`.
void check_keys(const toml::table& table, std::initializer_list<std::string_view> allowed,
                const std::string& file, std::string_view where);

// "file:line" of a node, for messages.
std::string where_is(const toml::node& node, const std::string& file);

std::string require_string(const toml::table& t, std::string_view key, const std::string& file);
std::vector<std::string> require_strings(const toml::table& t, std::string_view key,
                                         const std::string& file);

}  // namespace pira
