// --jobs N: how many threads read a PDF's pages (pira extract).
#pragma once

#include <boost/program_options.hpp>

#include <optional>
#include <string>

namespace pira {

// Adds --jobs to `desc`, stored in `jobs` (0 when not given: automatic). An int, so that
// "-1" is refused rather than wrapped around.
void add_jobs_option(boost::program_options::options_description& desc, int& jobs);

// The exit code (2) when --jobs was given outside 1..kMaxJobs, after saying so on stderr.
std::optional<int> check_jobs(const boost::program_options::variables_map& vm, int jobs,
                              const std::string& command);

inline constexpr unsigned kMaxJobs = 256;

}  // namespace pira
