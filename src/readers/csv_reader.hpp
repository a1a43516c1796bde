// The canonical table from CSV: delimiter sniffed among ';', ',' and tab, header names exact.
// Cells come from pira's own tokenizer (csv_tokenizer.hpp); this adds the sniffing, places and
// checks. A table can be read whole, or streamed row by row so that a large one is never held.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "readers/limits.hpp"

namespace pira {

// Phase 1 of reading: which delimiter makes the first lines a consistent table.
char sniff_delimiter(std::string_view text);

// nullopt (with a diagnostic) when the text is not CSV at all or exceeds the limits.
std::optional<CanonicalTable> read_csv_table(std::string_view text, const std::string& file,
                                             const ReaderLimits& limits, Diagnostics& diags);

// What a streamed table is handed: `header` once, with the table's file and columns (and no
// rows), then `row` for each row in file order; the row is reused between calls (the sink may
// take it, swapping in a spent row of the same table, whose buffers are reused). `restart`
// (stream_csv_file only): the header and rows handed over so far are to be dropped, because
// the file turned out not to be UTF-8 and is read again from its start, converted.
struct CsvRowSink {
    std::function<void(const CanonicalTable&)> header;
    std::function<void(const CanonicalTable&, TableRow&)> row;
    std::function<void()> restart;
};

// The same reading as read_csv_table, row by row. False (with a diagnostic) when the text is
// not CSV or exceeds the limits (max_rows, max_cell_bytes, max_line_bytes: exit 2); rows
// already handed over must then be dropped. A BOM and CRLF line ends are read as they are.
bool stream_csv_table(std::string_view text, const std::string& file, const ReaderLimits& limits,
                      Diagnostics& diags, const CsvRowSink& sink);

// The same from a file's bytes: UTF-8 is read in place; other bytes are converted first
// (to_utf8_text, with its warning), their lines measured before.
bool stream_csv_bytes(std::string bytes, const std::string& file, const ReaderLimits& limits,
                      Diagnostics& diags, const CsvRowSink& sink);
// The same from the file `file`, read once, `chunk_bytes` at a time into a reused buffer, each
// chunk's UTF-8 checked before its rows are read; a file that is not UTF-8 is then read again
// whole and converted (sink.restart first). A file truncated or changed meanwhile is read as
// far as it goes: never a crash.
bool stream_csv_file(const std::string& file, const ReaderLimits& limits, Diagnostics& diags,
                     const CsvRowSink& sink, std::size_t chunk_bytes = 4u << 20);
std::optional<CanonicalTable> read_csv_bytes(std::string bytes, const std::string& file,
                                             const ReaderLimits& limits, Diagnostics& diags);

}  // namespace pira
