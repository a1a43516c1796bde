// Missions and programmes of the D.M. 27/03/2013 (normalise/programme): the mission cell, a
// newline, the programme cell.
#include "fuzz_input.hpp"
#include "normalise/programme.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto [mission, programme] = pira::fuzz::two_cells(pira::fuzz::text_of(data, size));
    auto p = pira::classify_programme(mission, programme);
    if (!p) (void)p.error().describe(programme);
    return 0;
}
