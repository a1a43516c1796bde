#include "readers/csv_tokenizer.hpp"

#include <algorithm>
#include <cstring>

namespace pira {

CsvTokenizer::CsvTokenizer(std::string_view text, char delimiter, std::uint64_t max_line_bytes,
                           bool crlf, bool file_start)
    : text_(text), delimiter_(delimiter), max_line_bytes_(max_line_bytes) {
    if (file_start && text_.substr(0, 3) == "\xEF\xBB\xBF") start_ = pos_ = 3;
    has_cr_ = crlf && std::memchr(text_.data(), '\r', text_.size()) != nullptr;
}

// Every physical line that holds a byte up to `offset` is measured, whole, before any cell of
// it is handed over; the BOM and a CR before the LF count, as in the file.
void CsvTokenizer::check_lines_to(std::size_t offset) {
    while (checked_to_ <= offset && checked_to_ < text_.size()) {
        const void* nl = std::memchr(text_.data() + checked_to_, '\n', text_.size() - checked_to_);
        const std::size_t end =
            nl == nullptr ? text_.size()
                          : static_cast<std::size_t>(static_cast<const char*>(nl) - text_.data());
        ++checked_lines_;
        if (end - checked_to_ > max_line_bytes_)
            throw CsvLineTooLong{checked_lines_, end - checked_to_};
        checked_to_ = end + 1;
    }
}

void CsvTokenizer::unclosed(std::size_t at) {
    check_lines_to(text_.size());  // an over-long line is the first thing to say
    throw CsvSyntaxError("virgolette aperte e mai chiuse", at);
}

// The text of a quoted cell from `from` to its closing quote `to`, doubled quotes made one and
// CRLF made LF, kept for the row.
std::string_view CsvTokenizer::unescape(std::size_t from, std::size_t to) {
    std::string& copy = unescaped_.emplace_back();
    copy.reserve(to - from);
    for (std::size_t i = from; i < to; ++i) {
        const char c = text_[i];
        if (c == '"') ++i;  // the first of a doubled pair
        if (c == '\r' && i + 1 < to && text_[i + 1] == '\n') continue;
        copy += c;
    }
    return copy;
}

// pos_ is on the opening quote. The text is a view into the input unless the cell has doubled
// quotes or CRLF.
CsvCell CsvTokenizer::quoted_cell(std::size_t cursor) {
    const std::size_t start = ++pos_;
    if (start >= text_.size()) unclosed(cursor);
    bool doubled_any = false;
    std::size_t from = start;
    while (true) {
        const void* q = std::memchr(text_.data() + from, '"', text_.size() - from);
        if (q == nullptr) unclosed(start);
        const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(q) - text_.data());
        check_lines_to(at);
        if (at + 1 < text_.size() && text_[at + 1] == '"') {
            doubled_any = true;
            from = at + 2;
            continue;
        }
        pos_ = at + 1;
        while (pos_ < text_.size() &&
               (text_[pos_] == ' ' || (text_[pos_] == '\t' && delimiter_ != '\t')))
            ++pos_;  // blanks between the closing quote and the delimiter
        const bool crlf = has_cr_ && std::memchr(text_.data() + start, '\r', at - start) != nullptr;
        if (doubled_any || crlf) return {unescape(start, at), start};
        return {text_.substr(start, at - start), start};
    }
}

// pos_ is at the cell's first byte; the cell runs to the delimiter or the line's end (its CR
// not included).
void CsvTokenizer::unquoted_cell(std::vector<CsvCell>& cells, std::size_t& cursor) {
    const char* const data = text_.data();
    check_lines_to(pos_);  // so that checked_to_ is past the end of pos_'s line
    const std::size_t line_end = std::min(checked_to_ - 1, text_.size());
    const void* d = std::memchr(data + pos_, delimiter_, line_end - pos_);
    const std::size_t end =
        d == nullptr ? line_end : static_cast<std::size_t>(static_cast<const char*>(d) - data);
    std::size_t stop = end;
    if (has_cr_ && stop > pos_ && end < text_.size() && data[end] == '\n' && data[stop - 1] == '\r')
        --stop;
    if (stop == pos_) {
        cells.push_back({{}, cursor});
    } else {
        cells.push_back({text_.substr(pos_, stop - pos_), pos_});
        cursor = stop;
    }
    pos_ = end;
}

bool CsvTokenizer::next_row(std::vector<CsvCell>& cells) {
    cells.clear();
    unescaped_.clear();
    if (pos_ >= text_.size()) return false;
    check_lines_to(pos_);
    const char* const data = text_.data();
    const std::size_t size = text_.size();
    std::size_t cursor = pos_;  // where the last non-empty cell ended
    while (true) {
        if (data[pos_] == '"') {
            cells.push_back(quoted_cell(cursor));
            cursor = cells.back().offset + cells.back().text.size();
        } else {
            unquoted_cell(cells, cursor);
        }
        if (pos_ >= size) return true;
        char c = data[pos_++];
        if (has_cr_ && c == '\r' && pos_ < size && data[pos_] == '\n')
            c = data[pos_++];  // after a quote
        if (c == '\n') return true;
        if (c != delimiter_) {
            throw CsvSyntaxError("dopo un campo tra virgolette serve il separatore",
                                 cells.back().offset);
        }
        if (pos_ >= size) return true;  // a delimiter ending the file opens no cell
    }
}

}  // namespace pira
