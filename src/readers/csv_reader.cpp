#include "readers/csv_reader.hpp"

#include <algorithm>
#include <cstring>
#include <limits>

#include "common/formula_guard.hpp"
#include "common/text.hpp"
#include "readers/csv_tokenizer.hpp"
#include "readers/file_bytes.hpp"

namespace pira {
namespace {

bool blank(const std::vector<CsvCell>& cells) {
    return std::all_of(cells.begin(), cells.end(),
                       [](const CsvCell& c) { return trim(c.text).empty(); });
}

// Byte offsets to line:column, for offsets that only grow (cells in file order): lines are
// counted as the offsets pass them, and the column from the previous cell on the same line
// rather than from the line start (which made wide rows quadratic).
class LineCursor {
  public:
    LineCursor(std::string_view text, std::size_t start)
        : text_(text), scanned_(start), line_start_(start), last_offset_(start) {}
    void place(std::size_t offset, std::size_t& line, std::size_t& column) {
        const bool new_line = advance(offset);
        if (new_line || offset < last_offset_) {
            last_offset_ = line_start_;
            last_column_ = 1;
        }
        last_column_ += char_count(text_.substr(last_offset_), offset - last_offset_);
        last_offset_ = offset;
        line = line_;
        column = last_column_;
    }

  private:
    // Counts the line breaks up to `offset`; true when there were any.
    bool advance(std::size_t offset) {
        bool moved = false;
        while (scanned_ < offset) {
            const void* nl = std::memchr(text_.data() + scanned_, '\n', offset - scanned_);
            if (nl == nullptr) break;
            scanned_ = static_cast<std::size_t>(static_cast<const char*>(nl) - text_.data()) + 1;
            line_start_ = scanned_;
            ++line_;
            moved = true;
        }
        scanned_ = std::max(scanned_, offset);
        return moved;
    }

    std::string_view text_;
    std::size_t scanned_, line_ = 1, line_start_;
    std::size_t last_offset_, last_column_ = 1;
};

// Every canonical column is written through csv_cell(), so in each of them a leading "'"
// before a formula character is pira's guard (common/formula_guard.hpp): taken off, the place
// moved onto the value. Columns the table does not know are not read at all.
void unguard(Field& f) {
    if (has_formula_guard(f.text)) {
        f.text.erase(0, 1);
        ++f.column;
    }
}

class CellTooLong {};

// The rows of `text` with places, blank lines dropped, into `sink`; throws CsvSyntaxError,
// CellTooLong, or stops with false at the row limit.
class RowReader {
  public:
    RowReader(std::string_view text, char delimiter, bool crlf, const std::string& file,
              const ReaderLimits& limits, Diagnostics& diags)
        : tokens_(text, delimiter, limits.max_line_bytes, crlf),
          lines_(text, tokens_.start()),
          limits_(limits),
          diags_(diags) {
        table_.file = file;
    }

    std::size_t start() const { return tokens_.start(); }

    // False when the text has more rows than the limit, or none.
    bool run(const CsvRowSink& sink) {
        std::size_t raw_rows = 0;
        bool header_seen = false;
        while (tokens_.next_row(cells_)) {
            if (++raw_rows > limits_.max_rows + 1) {
                diags_.error(Errc::limit_exceeded, Place{table_.file}, {},
                             "più di " + std::to_string(limits_.max_rows) +
                                 " righe: " + limit_refusal(limits_, "max_rows"));
                return false;
            }
            if (blank(cells_)) continue;
            if (!header_seen) {
                header_seen = true;
                read_header();
                if (sink.header) sink.header(table_);
                continue;
            }
            read_row();
            sink.row(table_, row_);
            if (sink.consumed && raw_rows % kRowsPerRelease == 0) sink.consumed(tokens_.position());
        }
        if (!header_seen) {
            diags_.error(Errc::csv_malformed, Place{table_.file}, {}, "il file è vuoto");
            return false;
        }
        return true;
    }

  private:
    static constexpr std::size_t kRowsPerRelease = 2048;  // some 800 KB of a canonical table

    void to_field(const CsvCell& c, Field& f) {
        if (c.text.size() > limits_.max_cell_bytes) throw CellTooLong{};
        f.text.assign(c.text);
        f.sheet = f.page = 0;
        lines_.place(c.offset, f.line, f.column);
    }

    void read_header() {
        std::vector<Field> header(cells_.size());
        for (std::size_t c = 0; c < cells_.size(); ++c) to_field(cells_[c], header[c]);
        map_ = map_header(header, table_, diags_);
    }

    void read_row() {
        std::size_t column = 0;
        lines_.place(cells_.front().offset, row_.line, column);
        // Cells the row does not have are empty, placed at the row.
        row_.fields.resize(table_.columns.size());
        for (Field& f : row_.fields) {
            f.text.clear();
            f.line = row_.line;
            f.column = f.sheet = f.page = 0;
        }
        for (std::size_t c = 0; c < cells_.size(); ++c) {
            if (c < map_.size()) {
                if (map_[c] >= 0) {
                    Field& f = row_.fields[static_cast<std::size_t>(map_[c])];
                    to_field(cells_[c], f);
                    unguard(f);
                }
            } else if (!trim(cells_[c].text).empty()) {
                Field extra;
                to_field(cells_[c], extra);
                diags_.error(Errc::row_too_long, table_.place(extra), extra.text);
            }
        }
    }

    CsvTokenizer tokens_;
    LineCursor lines_;
    const ReaderLimits& limits_;
    Diagnostics& diags_;
    CanonicalTable table_;
    std::vector<int> map_;
    std::vector<CsvCell> cells_;
    TableRow row_;
};

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

// The first lines only, the way DuckDB's sniffer samples a file.
std::string_view sniff_sample(std::string_view text) {
    std::size_t cut = 0;
    for (int lines = 0; cut < text.size() && lines < 50; ++cut) {
        if (text[cut] == '\n') ++lines;
    }
    return text.substr(0, cut);
}

// The rows of `text` into `sink`, its limits checked; `crlf` as CsvTokenizer's.
bool stream_text(std::string_view text, bool crlf, const std::string& file,
                 const ReaderLimits& limits, Diagnostics& diags, const CsvRowSink& sink) {
    // The reader's own findings (header, extra cells) stand only if the whole text is CSV.
    Diagnostics found;
    try {
        // The sample's lines are measured before the sniffer splits them into cells.
        CsvTokenizer(text, ',', limits.max_line_bytes).check_lines_to(sniff_sample(text).size());
        RowReader reader(text, sniff_delimiter(text), crlf, file, limits, found);
        try {
            const bool ok = reader.run(sink);
            if (ok) diags.append(found);
            if (!ok) diags.add(found.items().back());  // the limit or the empty file
            return ok;
        } catch (const CsvSyntaxError& e) {
            Field at;
            LineCursor(text, reader.start()).place(e.offset, at.line, at.column);
            diags.error(Errc::csv_malformed, Place{file, at.line, at.column}, {}, e.what(),
                        "un campo che contiene il separatore o le virgolette va scritto tra "
                        "virgolette, raddoppiando quelle interne (\"\")");
        }
    } catch (const CsvLineTooLong& e) {
        report_long_line(file, e.line, e.bytes, limits, diags);
    } catch (const CellTooLong&) {
        diags.error(Errc::limit_exceeded, Place{file}, {},
                    "una cella " + limit_refusal(limits, "max_cell_bytes"));
    }
    return false;
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

// is_valid_utf8(bytes), a few MB at a time with each part handed to `consumed` once checked
// (the check would otherwise hold the whole file before its first row is read).
bool valid_utf8_in_parts(std::string_view bytes, const std::function<void(std::size_t)>& consumed) {
    constexpr std::size_t kPart = 4u << 20;
    for (std::size_t at = 0; at < bytes.size();) {
        std::size_t end = std::min(bytes.size(), at + kPart);
        // Not inside a character: back over its continuation bytes (10xxxxxx) and its lead.
        for (int back = 0; end < bytes.size() && back < 4 &&
                           (static_cast<unsigned char>(bytes[end]) & 0xC0) == 0x80;
             ++back) {
            --end;
        }
        if (end <= at) end = std::min(bytes.size(), at + kPart);  // not UTF-8: judged whole
        if (!is_valid_utf8(bytes.substr(at, end - at))) return false;
        at = end;
        if (consumed) consumed(at);
    }
    if (consumed) consumed(0);
    return true;
}

bool stream_csv_view(std::string_view bytes, const std::string& file, const ReaderLimits& limits,
                     Diagnostics& diags, const CsvRowSink& sink) {
    if (valid_utf8_in_parts(bytes, sink.consumed)) {
        return stream_text(bytes, true, file, limits, diags, sink);
    }
    return stream_converted(std::string(bytes), file, limits, diags, sink);
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
