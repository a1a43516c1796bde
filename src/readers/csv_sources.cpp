#include "readers/csv_sources.hpp"

#include <algorithm>

#include "readers/file_bytes.hpp"

namespace pira::csv {

std::size_t count_lf(std::string_view text) {
    std::size_t n = 0;
    for (const char *at = text.data(), *end = at + text.size();; ++n, ++at) {
        at = static_cast<const char*>(std::memchr(at, '\n', static_cast<std::size_t>(end - at)));
        if (at == nullptr) return n;
    }
}

std::size_t utf8_cut(std::string_view part) {
    std::size_t i = part.size();
    while (i > 0 && part.size() - i < 4 && (static_cast<unsigned char>(part[i - 1]) & 0xC0) == 0x80)
        --i;
    return i > 0 && static_cast<unsigned char>(part[i - 1]) >= 0xC0 ? i - 1 : part.size();
}

bool ByteBuffer::read_more(int fd, std::size_t bytes) {
    if (size_ + bytes > capacity_) grow(std::max(2 * capacity_, size_ + bytes));
    ssize_t n = 0;
    do {
        n = ::read(fd, data_.get() + size_, bytes);
    } while (n < 0 && errno == EINTR);
    if (n < 0) throw ReadFailed{errno};
    size_ += static_cast<std::size_t>(n);
    return n > 0;
}

void ByteBuffer::grow(std::size_t capacity) {
    auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
    if (size_ > 0) std::memcpy(bigger.get(), data_.get(), size_);
    data_ = std::move(bigger);
    capacity_ = capacity;
}

bool ChunkedSource::next_row(std::vector<CsvCell>& cells) {
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

void ChunkedSource::continue_with(std::size_t row_start) {
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

void ChunkedSource::check_utf8() {
    const std::string_view all = buffer_.view();
    const std::size_t to = eof_ ? all.size() : std::max(checked_, utf8_cut(all));
    if (!is_valid_utf8(all.substr(checked_, to - checked_))) throw NotUtf8{};
    checked_ = to;
}

}  // namespace pira::csv
