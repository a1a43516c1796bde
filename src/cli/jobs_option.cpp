#include "cli/jobs_option.hpp"

#include <iostream>

#include "cli/commands.hpp"

namespace po = boost::program_options;

namespace pira {

void add_jobs_option(po::options_description& desc, int& jobs) {
    desc.add_options()("jobs,j", po::value(&jobs),
                       "thread che leggono le pagine dei PDF (default: i thread del processore, "
                       "uno per i documenti brevi; 1: in sequenza); l'uscita non cambia");
}

std::optional<int> check_jobs(const po::variables_map& vm, int jobs, const std::string& command) {
    if (vm.count("jobs") == 0 || (jobs >= 1 && jobs <= static_cast<int>(kMaxJobs)))
        return std::nullopt;
    std::cerr << "pira " << command << ": valore «" << jobs << "» non valido per «--jobs»: "
              << "indicare un numero di thread da 1 a " << kMaxJobs << '\n';
    return kExitCannotRun;
}

}  // namespace pira
