// Quantities and values (normalise/quantity, normalise/value): a number with its unit through
// the units vocabulary, N/D, si/no, shares done ("8 su 8"), actuals in words.
#include <cstdlib>

#include "fuzz_input.hpp"
#include "normalise/quantity.hpp"
#include "normalise/value.hpp"
#include "plain_number_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = pira::fuzz::text_of(data, size);
    // The number and date fast paths, where they answer, agrees with the general scan.
    if (pira::fuzz::plain_number_disagreement(text) != std::string_view::npos) std::abort();
    if (!pira::fuzz::date_glance_agrees(text)) std::abort();
    auto q = pira::parse_quantity(text);
    if (q)
        (void)q->machine();
    else
        (void)q.error().describe(text);
    auto v = pira::parse_value(text);
    if (v) {
        (void)pira::machine(*v);
        (void)pira::kind_name(*v);
    } else {
        (void)v.error().describe(text);
    }
    for (bool words : {false, true}) {
        auto a = pira::parse_actual(text, words);
        if (a) (void)pira::machine(*a);
    }
    return 0;
}
