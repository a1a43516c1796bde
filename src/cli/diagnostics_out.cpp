#include <iostream>

#include "cli/commands.hpp"

namespace pira {

void print_diagnostics(const Diagnostics& diags, std::size_t limit) {
    std::size_t shown = 0;
    for (const auto& d : diags.items()) {
        if (shown++ == limit) {
            std::cerr << "pira: ... e altri " << diags.items().size() - limit << " messaggi\n";
            break;
        }
        std::cerr << d.to_string() << '\n';
    }
}

}  // namespace pira
