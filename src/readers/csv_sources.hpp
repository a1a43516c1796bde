// Where pira's CSV reader takes its rows from: a text held whole (ViewSource), or a file read a
// chunk at a time into one reused buffer (ChunkedSource), each with the line and column of
// every cell. Internal to src/readers/ (csv_reader.cpp, csv_file.cpp).
#pragma once

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include <unistd.h>

#include "common/text.hpp"
#include "readers/csv_reader.hpp"
#include "readers/csv_tokenizer.hpp"

namespace pira::csv {

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
    bool read_more(int fd, std::size_t bytes);
    void drop_front(std::size_t n) {
        std::memmove(data_.get(), data_.get() + n, size_ - n);
        size_ -= n;
    }

  private:
    void grow(std::size_t capacity);
    std::unique_ptr<char[]> data_;
    std::size_t size_ = 0, capacity_ = 0;
};

// The LFs in `text`, found with memchr.
std::size_t count_lf(std::string_view text);

// The last bytes of `part` that may begin a character the next part ends: from its last lead
// byte (11xxxxxx) among the last four, if there is one.
std::size_t utf8_cut(std::string_view part);

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

    bool next_row(std::vector<CsvCell>& cells);
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
    void continue_with(std::size_t row_start);
    // The buffer's bytes from checked_ on, but for a character its end may cut (all at the end
    // of the file).
    void check_utf8();

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

}  // namespace pira::csv
