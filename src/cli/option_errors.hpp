#pragma once

#include <boost/program_options/errors.hpp>

#include <string>

namespace pira {

// Boost.Program_options speaks English; users read Italian. The common errors are translated,
// naming the option; anything else keeps Boost's text.
std::string italian(const boost::program_options::error& e);

}  // namespace pira
