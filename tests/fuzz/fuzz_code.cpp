// Objective and indicator codes (normalise/code) with their OCR repairs, and where a legacy
// objective sits in the Pistoia-Prato tree (normalise/legacy).
#include <cstdlib>
#include <string>

#include "fuzz_input.hpp"
#include "normalise/code.hpp"
#include "normalise/legacy.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = pira::fuzz::text_of(data, size);
    const auto [code, name] = pira::fuzz::two_cells(text);
    auto objective = pira::parse_objective_code(code);
    if (objective)
        (void)pira::legacy_place(objective->family, objective->canonical, name);
    else
        (void)objective.error().describe(code);
    auto indicator = pira::parse_indicator_code(text);
    if (!indicator) (void)indicator.error().describe(text);
    // The row reader's reading of the canonical form must be the parse's.
    std::string canonical;
    const bool same = pira::indicator_code_canonical(text, canonical) == indicator.ok() &&
                      (!indicator || canonical == indicator->canonical);
    if (!same) std::abort();
    return 0;
}
