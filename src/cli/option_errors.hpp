#pragma once

#include <boost/program_options.hpp>

#include <optional>
#include <string>

#include "cli/commands.hpp"

namespace pira {

// Boost.Program_options speaks English; users read Italian. The common errors are translated,
// naming the option; anything else keeps Boost's text.
std::string italian(const boost::program_options::error& e);

// Parses a command's arguments: `visible` is what --help shows; `positional`, when given, names
// the option that takes the files (-1: any number). Returns an exit code when the command ends
// here (help printed: 0; bad options, reported in Italian with the usage: 2).
std::optional<int> parse_command_line(const Args& args, const std::string& command,
                                      const boost::program_options::options_description& visible,
                                      const char* positional, int max_positional,
                                      boost::program_options::variables_map& vm,
                                      const boost::program_options::options_description* hidden);

}  // namespace pira
