// Markup left by converters (normalise/markup): tags, HTML entities, LaTeX delimiters; what it
// leaves goes on to the target parser, as it does in a table.
#include "fuzz_input.hpp"
#include "normalise/markup.hpp"
#include "normalise/target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string plain = pira::strip_markup(pira::fuzz::text_of(data, size));
    (void)pira::parse_target(plain);
    return 0;
}
