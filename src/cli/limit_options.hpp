// `--limit NAME=VALUE` (repeatable) on the commands that read files: raises or lowers one of the
// reader limits of readers/limits.hpp for this run.
#pragma once

#include <boost/program_options.hpp>

#include <optional>
#include <string>
#include <vector>

#include "readers/limits.hpp"

namespace pira {

// Adds --limit to a command's options; the specs are collected into `specs`.
void add_limit_option(boost::program_options::options_description& desc,
                      std::vector<std::string>& specs);

// The default limits with the specs applied; nullopt after saying on stderr what is wrong with
// one (an unknown name lists the known ones): the command then exits 2.
std::optional<ReaderLimits> limits_from(const std::vector<std::string>& specs,
                                        const std::string& command);

}  // namespace pira
