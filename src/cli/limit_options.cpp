#include "cli/limit_options.hpp"

#include <iostream>

namespace po = boost::program_options;

namespace pira {

void add_limit_option(po::options_description& desc, std::vector<std::string>& specs) {
    desc.add_options()("limit", po::value(&specs)->composing(),
                       "NOME=VALORE: cambia un limite di lettura (K, M, G ammessi; ripetibile), "
                       "es. --limit max_cells=10M; i limiti sono elencati in docs/cli.md");
}

std::optional<ReaderLimits> limits_from(const std::vector<std::string>& specs,
                                        const std::string& command) {
    ReaderLimits limits;
    for (const auto& spec : specs) {
        if (auto error = apply_limit(limits, spec)) {
            std::cerr << "pira " << command << ": --limit: " << *error << '\n';
            return std::nullopt;
        }
    }
    return limits;
}

}  // namespace pira
