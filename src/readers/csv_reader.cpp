#include "readers/csv_reader.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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
    // `first_line`: the line `start` is on (a file read in chunks starts a buffer on a later one).
    LineCursor(std::string_view text, std::size_t start, std::size_t first_line = 1)
        : text_(text),
          scanned_(start),
          line_(first_line),
          line_start_(start),
          last_offset_(start) {}
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
    std::size_t scanned_, line_, line_start_;
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

// The rows of a text held whole, and where its cells are.
class ViewSource {
  public:
    ViewSource(std::string_view text, char delimiter, bool crlf, const ReaderLimits& limits)
        : text_(text),
          tokens_(text, delimiter, limits.max_line_bytes, crlf),
          lines_(text, tokens_.start()) {}
    bool next_row(std::vector<CsvCell>& cells) { return tokens_.next_row(cells); }
    std::size_t position() const { return tokens_.position(); }
    std::size_t start() const { return tokens_.start(); }
    void place(std::size_t offset, std::size_t& line, std::size_t& column) {
        lines_.place(offset, line, column);
    }
    // Where an error found at `offset` is (not in file order: a cursor of its own).
    void place_error(std::size_t offset, std::size_t& line, std::size_t& column) const {
        LineCursor(text_, tokens_.start()).place(offset, line, column);
    }

  private:
    std::string_view text_;
    CsvTokenizer tokens_;
    LineCursor lines_;
};

class ReadFailed {
  public:
    int error = 0;
};

// Bytes read from a file, grown without zero-filling (a std::string's resize wrote each chunk
// once before read() did).
class ByteBuffer {
  public:
    std::string_view view() const { return {data_.get(), size_}; }
    std::size_t size() const { return size_; }
    // At most `bytes` more from `fd`; false at its end. A file truncated meanwhile simply ends
    // sooner (a mapping of it killed pira with SIGBUS).
    bool read_more(int fd, std::size_t bytes) {
        if (size_ + bytes > capacity_) grow(std::max(2 * capacity_, size_ + bytes));
        ssize_t n = 0;
        do {
            n = ::read(fd, data_.get() + size_, bytes);
        } while (n < 0 && errno == EINTR);
        if (n < 0) throw ReadFailed{errno};
        size_ += static_cast<std::size_t>(n);
        return n > 0;
    }
    void drop_front(std::size_t n) {
        std::memmove(data_.get(), data_.get() + n, size_ - n);
        size_ -= n;
    }

  private:
    void grow(std::size_t capacity) {
        auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
        if (size_ > 0) std::memcpy(bigger.get(), data_.get(), size_);
        data_ = std::move(bigger);
        capacity_ = capacity;
    }
    std::unique_ptr<char[]> data_;
    std::size_t size_ = 0, capacity_ = 0;
};

// The LFs in `text`, found with memchr.
std::size_t count_lf(std::string_view text) {
    std::size_t n = 0;
    for (const char *at = text.data(), *end = at + text.size();; ++n, ++at) {
        at = static_cast<const char*>(std::memchr(at, '\n', static_cast<std::size_t>(end - at)));
        if (at == nullptr) return n;
    }
}

// The last bytes of `part` that may begin a character the next part ends: from its last lead
// byte (11xxxxxx) among the last four, if there is one.
std::size_t utf8_cut(std::string_view part) {
    std::size_t i = part.size();
    while (i > 0 && part.size() - i < 4 && (static_cast<unsigned char>(part[i - 1]) & 0xC0) == 0x80)
        --i;
    return i > 0 && static_cast<unsigned char>(part[i - 1]) >= 0xC0 ? i - 1 : part.size();
}

// A byte that is not UTF-8 in a chunk: the file is to be read again, converted whole.
class NotUtf8 {};

// The rows of a file read a chunk at a time into one reused buffer: a row is handed over only
// once a byte after it is in the buffer (or the file has ended), so that it reads as it would
// in the whole text; the row under way is carried to the front of the next chunk. Each chunk's
// UTF-8 is checked as it is read, before any of its rows is tokenized (throws NotUtf8), so the
// file is read once; a character cut by a chunk's end is checked with the next.
class ChunkedSource {
  public:
    // `first`: the file's first chunks, checked up to `checked`.
    ChunkedSource(int fd, ByteBuffer first, std::size_t checked, bool eof, char delimiter,
                  const ReaderLimits& limits, std::size_t chunk)
        : fd_(fd),
          chunk_(chunk),
          delimiter_(delimiter),
          max_line_(limits.max_line_bytes),
          eof_(eof),
          buffer_(std::move(first)),
          checked_(checked) {
        check_utf8();
        tokens_.emplace(buffer_.view(), delimiter_, max_line_, true, true);
        lines_.emplace(buffer_.view(), tokens_->start());
    }
    ChunkedSource(const ChunkedSource&) = delete;
    ChunkedSource& operator=(const ChunkedSource&) = delete;

    bool next_row(std::vector<CsvCell>& cells) {
        while (true) {
            const std::size_t row_start = tokens_->position();
            try {
                const bool got = tokens_->next_row(cells);
                if (eof_ || (got && tokens_->position() < buffer_.size())) return got;
            } catch (const CsvSyntaxError&) {
                if (eof_) throw;  // else perhaps only the chunk's end: read on
            } catch (CsvLineTooLong& e) {
                if (eof_) {
                    e.line += first_line_ - 1;
                    throw;
                }
            }
            continue_with(row_start);
        }
    }
    std::size_t position() const { return base_ + tokens_->position(); }
    void place(std::size_t offset, std::size_t& line, std::size_t& column) {
        lines_->place(offset, line, column);
    }
    void place_error(std::size_t offset, std::size_t& line, std::size_t& column) const {
        LineCursor(buffer_.view(), base_ == 0 ? tokens_->start() : 0, first_line_)
            .place(offset, line, column);
    }

  private:
    // The bytes before `row_start` are done with: the rest moves to the front, a chunk follows.
    void continue_with(std::size_t row_start) {
        first_line_ += count_lf(buffer_.view().substr(0, row_start));
        base_ += row_start;
        buffer_.drop_front(row_start);
        checked_ -= row_start;  // a row starts after a LF: never in the unchecked tail
        // The buffer is kept at a chunk (it doubled, untouched half and all, when a chunk was
        // read after the row under way); a row longer than half a chunk doubles it, so that a
        // very long row is tokenized again a logarithmic number of times, not once a chunk.
        const std::size_t carried = buffer_.size();
        eof_ = !buffer_.read_more(fd_, std::max(chunk_ - std::min(carried, chunk_), carried));
        check_utf8();
        tokens_.emplace(buffer_.view(), delimiter_, max_line_, true, false);
        lines_.emplace(buffer_.view(), 0, first_line_);
    }

    // The buffer's bytes from checked_ on, but for a character its end may cut (all at the end
    // of the file).
    void check_utf8() {
        const std::string_view all = buffer_.view();
        const std::size_t to = eof_ ? all.size() : std::max(checked_, utf8_cut(all));
        if (!is_valid_utf8(all.substr(checked_, to - checked_))) throw NotUtf8{};
        checked_ = to;
    }

    int fd_;
    std::size_t chunk_;
    char delimiter_;
    std::uint64_t max_line_;
    bool eof_;
    ByteBuffer buffer_;
    std::size_t checked_;                    // the buffer's bytes before it are UTF-8
    std::size_t base_ = 0, first_line_ = 1;  // the buffer's offset in the file, and its line
    std::optional<CsvTokenizer> tokens_;
    std::optional<LineCursor> lines_;
};

// The rows of `Source` with places, blank lines dropped, into `sink`; throws CsvSyntaxError,
// CellTooLong, or stops with false at the row limit.
template <class Source>
class RowReader {
  public:
    RowReader(Source& source, const std::string& file, const ReaderLimits& limits,
              Diagnostics& diags)
        : tokens_(source), limits_(limits), diags_(diags) {
        table_.file = file;
    }

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
        }
        if (!header_seen) {
            diags_.error(Errc::csv_malformed, Place{table_.file}, {}, "il file è vuoto");
            return false;
        }
        return true;
    }

  private:
    void to_field(const CsvCell& c, Field& f) {
        if (c.text.size() > limits_.max_cell_bytes) throw CellTooLong{};
        f.text.assign(c.text);
        f.sheet = f.page = 0;
        tokens_.place(c.offset, f.line, f.column);
    }

    void read_header() {
        std::vector<Field> header(cells_.size());
        for (std::size_t c = 0; c < cells_.size(); ++c) to_field(cells_[c], header[c]);
        map_ = map_header(header, table_, diags_);
    }

    void read_row() {
        std::size_t column = 0;
        tokens_.place(cells_.front().offset, row_.line, column);
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

    Source& tokens_;
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

// The rows of the source `make(delimiter)` builds into `sink`, its limits checked: `head` is
// the text's first lines, measured and sniffed for the delimiter first.
template <class Make>
bool stream_source(std::string_view head, const std::string& file, const ReaderLimits& limits,
                   Diagnostics& diags, const CsvRowSink& sink, Make make) {
    // The reader's own findings (header, extra cells) stand only if the whole text is CSV.
    Diagnostics found;
    try {
        // The sample's lines are measured before the sniffer splits them into cells.
        CsvTokenizer(head, ',', limits.max_line_bytes).check_lines_to(sniff_sample(head).size());
        auto source = make(sniff_delimiter(head));
        RowReader reader(source, file, limits, found);
        try {
            const bool ok = reader.run(sink);
            if (ok) diags.append(found);
            if (!ok) diags.add(found.items().back());  // the limit or the empty file
            return ok;
        } catch (const CsvSyntaxError& e) {
            Field at;
            source.place_error(e.offset, at.line, at.column);
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

namespace {

// is_valid_utf8 over the file from where `fd` is, `chunk` bytes at a time, a character cut by
// a chunk's end carried to the next.
bool file_is_utf8(int fd, std::size_t chunk) {
    ByteBuffer buffer;
    while (buffer.read_more(fd, chunk)) {
        const std::size_t cut = utf8_cut(buffer.view());
        if (!is_valid_utf8(buffer.view().substr(0, cut))) return false;
        buffer.drop_front(cut);
    }
    return is_valid_utf8(buffer.view());
}

// The file's first chunks, until they hold the sniffer's lines and the one after (measured
// with them) or the file ends; false at its end.
bool read_head(int fd, ByteBuffer& head, std::size_t chunk) {
    while (head.read_more(fd, chunk)) {
        if (count_lf(head.view()) >= 51) return true;
    }
    return false;
}

// The size of the open file `fd` (0 when it cannot be had).
off_t file_size_of(int fd) {
    struct stat st {};
    return ::fstat(fd, &st) == 0 ? st.st_size : 0;
}

// The file read whole and converted, as a file that is not UTF-8 always was; the rows handed
// over so far are dropped first.
bool stream_whole(const std::string& file, const ReaderLimits& limits, Diagnostics& diags,
                  const CsvRowSink& sink, bool restart) {
    if (restart && sink.restart) sink.restart();
    auto bytes = read_file_bytes(file, limits, diags);
    return bytes && stream_csv_bytes(std::move(*bytes), file, limits, diags, sink);
}

bool stream_file(int fd, const std::string& file, const ReaderLimits& limits, Diagnostics& diags,
                 const CsvRowSink& sink, std::size_t chunk) {
    ByteBuffer head;
    const bool eof = !read_head(fd, head, chunk);
    const std::size_t checked = eof ? head.size() : utf8_cut(head.view());
    if (!is_valid_utf8(head.view().substr(0, checked))) {
        return stream_whole(file, limits, diags, sink, false);
    }
    const std::string_view first = head.view();
    // The findings stand only if the whole file is UTF-8: a reading that stops at an error
    // before the file's end has the rest checked, and if it is not, the file is read converted
    // (with its warning) as it was before the check and the reading were one pass.
    Diagnostics found;
    bool ok = false;
    try {
        ok = stream_source(first, file, limits, found, sink, [&](char delimiter) {
            return ChunkedSource(fd, std::move(head), checked, eof, delimiter, limits, chunk);
        });
    } catch (const NotUtf8&) {
        return stream_whole(file, limits, diags, sink, true);
    }
    if (!ok && (::lseek(fd, 0, SEEK_SET) != 0 || !file_is_utf8(fd, chunk))) {
        return stream_whole(file, limits, diags, sink, true);
    }
    diags.append(found);
    return ok;
}

}  // namespace

bool stream_csv_file(const std::string& file, const ReaderLimits& limits, Diagnostics& diags,
                     const CsvRowSink& sink, std::size_t chunk_bytes) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        diags.error(Errc::file_unreadable, Place{file}, {}, std::strerror(errno));
        return false;
    }
    const off_t size_before = file_size_of(fd);
    bool ok = false;
    try {
        ok = stream_file(fd, file, limits, diags, sink, std::max<std::size_t>(chunk_bytes, 1));
    } catch (const ReadFailed& e) {
        diags.error(Errc::file_unreadable, Place{file}, {}, std::strerror(e.error));
    }
    // A file cut by another process while it was read was read as far as it went: its rows
    // are incomplete, so the reading fails rather than score part of the table.
    const off_t size_after = file_size_of(fd);
    if (ok && size_after < size_before) {
        diags.error(
            Errc::file_unreadable, Place{file}, {},
            "il file è stato accorciato durante la lettura: " + std::to_string(size_before) +
                " byte all'apertura, " + std::to_string(size_after) + " alla fine");
        ok = false;
    }
    ::close(fd);
    return ok;
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
