// The strict checks of extraction profiles' values (profile.cpp's loaders): canonical columns,
// RE2 patterns whose named groups are columns, code templates, texts or lists of variants.
// Each failure is a DataFileError naming the file, the line and the key.
#pragma once

#include <toml++/toml.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extraction/profile.hpp"

namespace pira::profile_checks {

// A column a profile may fill: a canonical name, a target year's (target_2026), or target_{1}.
bool valid_column(const std::string& c);
std::string checked_column(const toml::table& t, const std::string& file);
// The array of tables under `key` ([[field]], [[table.column]]).
const toml::array& tables(const toml::table& t, std::string_view key, const std::string& file);
std::shared_ptr<RE2> checked_regex(const toml::table& t, std::string_view key,
                                   const std::string& file);
// A pattern whose named groups are the canonical columns it fills, at least one.
NamedPattern checked_named_pattern(const toml::table& t, const std::string& file,
                                   std::string_view key = "pattern");
// set = { strategic_objective = "{objective_code} {objective_name}" }: canonical columns, each
// template naming only groups of `pattern` (the field's pattern or split).
FieldSet checked_set(const toml::table& t, const RE2& pattern, const std::string& file);
// `for_next = true` (labels only): the value is the next field's.
bool for_next_field(const toml::table& t, const std::string& file);
// `bare = true`: a heading without key or pattern, with «column» and «level» (bare_headings.hpp).
bool bare_field(const toml::table& t, const std::string& file);
// `ignore = true`: labels without a column (kIgnoredColumn).
bool ignored_field(const toml::table& t, const std::string& file);
// "PT{year}_{mission}_{programme}": each {key} is the year, the block's number or a column.
void check_code_template(const std::string& t, const toml::node& at, const std::string& file);
// A text, or a non-empty list of texts (the same thing in other wordings).
std::vector<std::string> strings_or_one(const toml::table& t, std::string_view key,
                                        const std::string& file);
// phrases = ["Codice:", ["Area di responsabilità:", "Area:"]]: each a text or its variants.
std::vector<std::vector<std::string>> phrase_forms(const toml::table& t, const std::string& file);

}  // namespace pira::profile_checks
