// pira score's reading of a CSV file a chunk at a time (readers/csv_file: one pass, each chunk's
// UTF-8 checked before its rows, a row cut by a chunk's end carried over, a file that is not
// UTF-8 read again whole) against the reading of the same bytes held whole (read_csv_bytes): the
// same table, cell by cell with its places, and the same messages, or the harness aborts. The
// first byte chooses the chunk size (1 to 64 bytes), so that every cut falls somewhere.
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "fuzz_input.hpp"
#include "readers/csv_reader.hpp"

namespace {

std::vector<std::string> rendered(pira::Diagnostics& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags.items()) out.push_back(d.to_string());
    return out;
}

bool same_table(const pira::CanonicalTable& a, const pira::CanonicalTable& b) {
    if (a.columns != b.columns || a.rows.size() != b.rows.size()) return false;
    for (std::size_t r = 0; r < a.rows.size(); ++r) {
        const auto& x = a.rows[r].fields;
        const auto& y = b.rows[r].fields;
        if (a.rows[r].line != b.rows[r].line || x.size() != y.size()) return false;
        for (std::size_t c = 0; c < x.size(); ++c) {
            if (x[c].text != y[c].text || x[c].line != y[c].line || x[c].column != y[c].column)
                return false;
        }
    }
    return true;
}

[[noreturn]] void differ(const char* what, std::size_t chunk) {
    std::fprintf(stderr, "fuzz_csv_chunks: chunks of %zu bytes: %s\n", chunk, what);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::size_t chunk = 1 + data[0] % 64;
    const pira::fuzz::TempFile file(data + 1, size - 1, ".csv");
    pira::Diagnostics streamed_diags;
    std::optional<pira::CanonicalTable> streamed;
    const pira::CsvRowSink sink{
        [&](const pira::CanonicalTable& t) { streamed = t; },
        [&](const pira::CanonicalTable&, pira::TableRow& row) { streamed->rows.push_back(row); },
        [&] { streamed.reset(); }};
    const bool ok = pira::stream_csv_file(file.path(), {}, streamed_diags, sink, chunk);
    pira::Diagnostics whole_diags;
    const auto whole = pira::read_csv_bytes(std::string(pira::fuzz::text_of(data + 1, size - 1)),
                                            file.path(), {}, whole_diags);
    if (ok != whole.has_value()) differ("one reading failed, the other did not", chunk);
    if (ok && !same_table(*streamed, *whole)) differ("the tables differ", chunk);
    if (rendered(streamed_diags) != rendered(whole_diags)) differ("the messages differ", chunk);
    return 0;
}
