// The JSON lines reader (readers/jsonl_reader): one object per line, strings or numbers; then
// the table as the commands use it (fuzz_table.hpp).
#include "fuzz_table.hpp"
#include "readers/table_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    pira::Diagnostics diags;
    const auto table = pira::read_table_bytes(
        "fuzz.jsonl", std::string(pira::fuzz::text_of(data, size)), {}, diags);
    pira::fuzz::consume_table(table, diags);
    return 0;
}
