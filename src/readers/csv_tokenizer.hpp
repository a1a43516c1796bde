// RFC 4180 cells, one row at a time, as views into the text: cells may be quoted with '"'
// (a doubled quote inside is one quote, delimiters and line breaks inside are text). Lines end
// with LF or CRLF (a lone CR is text); a UTF-8 BOM is skipped. Written for pira because a table
// of 200,000 rows is read in the time of one pass over its bytes, without copying the file to
// strip BOM and CRs; liborcus's parser tested every byte against a list of delimiters and
// copied every cell.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pira {

struct CsvCell {
    std::string_view text;
    // Byte offset of the cell in the text. An empty cell is placed where the previous cell of
    // its row ended (the row's start for the first), as pira has always placed it.
    std::size_t offset = 0;
};

// Bad quoting: the Italian reason and the offset of the cell it was found in.
class CsvSyntaxError : public std::runtime_error {
  public:
    CsvSyntaxError(const std::string& what, std::size_t at)
        : std::runtime_error(what), offset(at) {}
    std::size_t offset;
};

// A physical line (LF to LF, its CR and the BOM counted) longer than the limit: thrown before
// any of its cells is handed over.
struct CsvLineTooLong {
    std::size_t line = 0;   // 1-based
    std::size_t bytes = 0;  // without its LF
};

class CsvTokenizer {
  public:
    // `crlf`: a file's bytes, where CRLF ends a line as LF does (and is LF inside a quoted
    // cell); otherwise text already through to_utf8_text(), where every CR is text.
    // `file_start`: the text starts the file (a BOM there is skipped), not a later chunk of it.
    CsvTokenizer(std::string_view text, char delimiter,
                 std::uint64_t max_line_bytes = std::numeric_limits<std::uint64_t>::max(),
                 bool crlf = true, bool file_start = true);

    // The next row's cells (views valid until the next call); false at the end of the text.
    // Throws CsvSyntaxError and CsvLineTooLong.
    bool next_row(std::vector<CsvCell>& cells);

    // Where the first row starts (after a BOM), and where the next one does.
    std::size_t start() const { return start_; }
    std::size_t position() const { return pos_; }

    // Measures every line holding a byte up to `offset` (next_row() does so as it goes).
    void check_lines_to(std::size_t offset);

  private:
    CsvCell quoted_cell(std::size_t cursor);
    void unquoted_cell(std::vector<CsvCell>& cells, std::size_t& cursor);
    std::string_view unescape(std::size_t from, std::size_t to);
    [[noreturn]] void unclosed(std::size_t at);

    std::string_view text_;
    char delimiter_;
    std::uint64_t max_line_bytes_;
    bool has_cr_ = false;  // CRs to look for: CRLF is LF, as to_utf8_text() makes it
    std::size_t start_ = 0, pos_ = 0;
    std::size_t checked_to_ = 0, checked_lines_ = 0;  // lines verified against the limit
    std::deque<std::string> unescaped_;  // cells with doubled quotes, for the current row
};

}  // namespace pira
