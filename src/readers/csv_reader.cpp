#include "readers/csv_reader.hpp"

#include <algorithm>
#include <limits>

#include "common/text.hpp"
#include "readers/csv_row_reader.hpp"
#include "readers/csv_sources.hpp"
#include "readers/csv_tokenizer.hpp"
#include "readers/file_bytes.hpp"

namespace pira {
namespace {

using namespace csv;

// A whole table from a streamed reading: the header's table, then every row.
template <class Stream>
std::optional<CanonicalTable> collect(const std::string& file, Stream stream) {
    CanonicalTable table;
    table.file = file;
    CsvRowSink sink{[&](const CanonicalTable& t) { table = t; },
                    [&](const CanonicalTable&, const TableRow& row) { table.rows.push_back(row); }};
    if (!stream(sink)) return std::nullopt;
    return table;
}

// The rows of `text` into `sink`, its limits checked; `crlf` as CsvTokenizer's.
bool stream_text(std::string_view text, bool crlf, const std::string& file,
                 const ReaderLimits& limits, Diagnostics& diags, const CsvRowSink& sink) {
    return stream_source(text, file, limits, diags, sink,
                         [&](char delimiter) { return ViewSource(text, delimiter, crlf, limits); });
}

}  // namespace

char sniff_delimiter(std::string_view text) {
    const std::string_view sample = sniff_sample(text);
    char best = ',';
    std::size_t best_columns = 1, best_consistent = 0;
    for (char d : {';', ',', '\t'}) {
        std::size_t columns = 0, consistent = 0;
        try {
            CsvTokenizer tokens(sample, d);
            std::vector<CsvCell> cells;
            while (tokens.next_row(cells)) {
                if (blank(cells)) continue;
                if (columns == 0) columns = cells.size();
                if (cells.size() == columns) ++consistent;
            }
            if (columns == 0) continue;
        } catch (const CsvSyntaxError&) {
            // Bad quoting (or a quoted cell cut by the sample): judge by the header line, so
            // the real parse reports the quoting error instead of one giant column.
            const std::string_view header = sample.substr(0, sample.find('\n'));
            columns = static_cast<std::size_t>(std::count(header.begin(), header.end(), d)) + 1;
            consistent = 1;
        }
        if (columns > 1 && (consistent > best_consistent ||
                            (consistent == best_consistent && columns > best_columns))) {
            best = d;
            best_columns = columns;
            best_consistent = consistent;
        }
    }
    return best;
}

bool stream_csv_table(std::string_view text, const std::string& file, const ReaderLimits& limits,
                      Diagnostics& diags, const CsvRowSink& sink) {
    return stream_text(text, false, file, limits, diags, sink);
}

namespace {

// Bytes that are not UTF-8, through to_utf8_text().
bool stream_converted(std::string bytes, const std::string& file, const ReaderLimits& limits,
                      Diagnostics& diags, const CsvRowSink& sink) {
    // Converted text is longer than the file's bytes: the limit is the file's, checked first.
    if (!lines_within_limit(bytes, file, limits, diags)) return false;
    const std::string text = to_utf8_text(std::move(bytes), file, diags);
    ReaderLimits converted = limits;
    converted.max_line_bytes = std::numeric_limits<std::uint64_t>::max();
    return stream_csv_table(text, file, converted, diags, sink);
}

}  // namespace

bool stream_csv_bytes(std::string bytes, const std::string& file, const ReaderLimits& limits,
                      Diagnostics& diags, const CsvRowSink& sink) {
    if (is_valid_utf8(bytes)) return stream_text(bytes, true, file, limits, diags, sink);
    return stream_converted(std::move(bytes), file, limits, diags, sink);
}

std::optional<CanonicalTable> read_csv_table(std::string_view text, const std::string& file,
                                             const ReaderLimits& limits, Diagnostics& diags) {
    return collect(file, [&](const CsvRowSink& sink) {
        return stream_csv_table(text, file, limits, diags, sink);
    });
}

std::optional<CanonicalTable> read_csv_bytes(std::string bytes, const std::string& file,
                                             const ReaderLimits& limits, Diagnostics& diags) {
    return collect(file, [&](const CsvRowSink& sink) {
        return stream_csv_bytes(std::move(bytes), file, limits, diags, sink);
    });
}

}  // namespace pira
