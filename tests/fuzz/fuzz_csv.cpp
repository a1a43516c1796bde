// The CSV reader (readers/csv_reader): encoding repair, delimiter sniffing, pira's CSV tokenizer,
// header mapping and limits; then the table as the commands use it (fuzz_table.hpp).
#include "fuzz_table.hpp"
#include "readers/csv_reader.hpp"
#include "readers/table_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(pira::fuzz::text_of(data, size));
    (void)pira::sniff_delimiter(bytes);
    pira::Diagnostics diags;
    const auto table = pira::read_table_bytes("fuzz.csv", std::move(bytes), {}, diags);
    pira::fuzz::consume_table(table, diags);
    return 0;
}
