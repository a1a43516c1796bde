// Italian and machine numbers (normalise/number): parse, scan with a unit after it, and the
// error's description, which converts a byte position into characters.
#include "fuzz_input.hpp"
#include "normalise/number.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = pira::fuzz::text_of(data, size);
    auto whole = pira::parse_number(text);
    if (whole) {
        (void)pira::machine_form(whole->value, 6);
        (void)pira::italian_form(whole->value, 4);
        (void)whole->significant_decimals();
    } else {
        (void)whole.error().describe(text);
    }
    for (std::size_t pos = 0; pos < text.size() && pos < 8; ++pos) {
        auto scan = pira::scan_number(text, pos);
        if (!scan) (void)scan.error().describe(text);
    }
    return 0;
}
