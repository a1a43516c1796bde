// Targets (normalise/target): a comparator glued or in its own cell, values, deadlines, words.
// The input is one cell, and also two (comparator cell, newline, value cell).
#include <cstdlib>

#include "fuzz_input.hpp"
#include "normalise/target.hpp"
#include "plain_number_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = pira::fuzz::text_of(data, size);
    // The number and date fast paths, where they answer, agrees with the general scan.
    if (pira::fuzz::plain_number_disagreement(text) != std::string_view::npos) std::abort();
    if (!pira::fuzz::date_glance_agrees(text)) std::abort();
    (void)pira::target_in_words(text);
    auto one = pira::parse_target(text);
    if (one)
        (void)one->machine();
    else
        (void)one.error().describe(text);
    const auto [comparator, value] = pira::fuzz::two_cells(text);
    auto two = pira::parse_target(comparator, value);
    if (two)
        (void)two->machine();
    else
        (void)two.error().describe(value);
    return 0;
}
