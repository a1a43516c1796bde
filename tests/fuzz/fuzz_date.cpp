// Dates as documents write them (normalise/date): numeric forms and ICU's Italian month names.
#include "fuzz_input.hpp"
#include "normalise/date.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = pira::fuzz::text_of(data, size);
    (void)pira::looks_like_date(text);
    auto date = pira::parse_date(text);
    if (date)
        (void)date->iso();
    else
        (void)date.error().describe(text);
    return 0;
}
