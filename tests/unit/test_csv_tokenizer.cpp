// pira's CSV tokenizer alone: cells as views, quoting, line ends, BOM, the line limit.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "readers/csv_tokenizer.hpp"

namespace pira {
namespace {

// Every row's cell texts, copied (the views last only until the next row).
std::vector<std::vector<std::string>> rows_of(
    std::string_view text, std::uint64_t max_line = std::numeric_limits<std::uint64_t>::max()) {
    CsvTokenizer tokens(text, ';', max_line);
    std::vector<CsvCell> cells;
    std::vector<std::vector<std::string>> out;
    while (tokens.next_row(cells)) {
        auto& row = out.emplace_back();
        for (const auto& c : cells) row.emplace_back(c.text);
    }
    return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvTokenizer, PlainCellsAndTheirOffsets) {
    const std::string text = "ab;c\nd;ef\n";
    CsvTokenizer tokens(text, ';');
    std::vector<CsvCell> cells;
    ASSERT_TRUE(tokens.next_row(cells));
    ASSERT_EQ(cells.size(), 2u);
    EXPECT_EQ(cells[1].text, "c");
    EXPECT_EQ(cells[1].offset, 3u);
    // A view into the text, not a copy.
    EXPECT_EQ(cells[1].text.data(), text.data() + 3);
    ASSERT_TRUE(tokens.next_row(cells));
    EXPECT_EQ(cells[1].offset, 7u);
    EXPECT_FALSE(tokens.next_row(cells));
}

TEST(CsvTokenizer, QuotedCellsKeepDelimitersAndLineBreaks) {
    EXPECT_EQ(rows_of("\"a;b\";\"x\ny\";c\n"), (Rows{{"a;b", "x\ny", "c"}}));
    EXPECT_EQ(rows_of("\"a;b\";c\n2;3\n"), (Rows{{"a;b", "c"}, {"2", "3"}}));
}

TEST(CsvTokenizer, DoubledQuotesAreOneQuote) {
    EXPECT_EQ(rows_of("\"Nome \"\"tra virgolette\"\"\";\"\"\"\"\n"),
              (Rows{{"Nome \"tra virgolette\"", "\""}}));
    // Two such cells in one row each keep their own text.
    EXPECT_EQ(rows_of("\"a\"\"\";\"b\"\"\"\n"), (Rows{{"a\"", "b\""}}));
}

TEST(CsvTokenizer, EmptyFieldsArePlacedWhereThePreviousCellEnded) {
    EXPECT_EQ(rows_of(";;x;\n;\n"), (Rows{{"", "", "x", ""}, {"", ""}}));
    EXPECT_EQ(rows_of("\"\";a\n"), (Rows{{"", "a"}}));
    CsvTokenizer tokens("ab;;c\n", ';');
    std::vector<CsvCell> cells;
    ASSERT_TRUE(tokens.next_row(cells));
    EXPECT_EQ(cells[1].offset, 2u);
}

TEST(CsvTokenizer, CrlfLineEndsAreNotText) {
    EXPECT_EQ(rows_of("a;b\r\n1;\"2\"\r\n\"x\r\ny\";3\r\n"),
              (Rows{{"a", "b"}, {"1", "2"}, {"x\ny", "3"}}));
    // A lone CR, as old Mac files have, is text (to_utf8_text() leaves it too).
    EXPECT_EQ(rows_of("a\rb;c\r\n"), (Rows{{"a\rb", "c"}}));
    EXPECT_EQ(rows_of("a;b\r"), (Rows{{"a", "b\r"}}));
}

TEST(CsvTokenizer, BomIsSkipped) {
    const std::string text =
        "\xEF\xBB\xBF"
        "target;actual\n1;2\n";
    CsvTokenizer tokens(text, ';');
    EXPECT_EQ(tokens.start(), 3u);
    std::vector<CsvCell> cells;
    ASSERT_TRUE(tokens.next_row(cells));
    EXPECT_EQ(cells[0].text, "target");
    EXPECT_EQ(cells[0].offset, 3u);
}

TEST(CsvTokenizer, TheLastLineNeedsNoLineEnd) {
    EXPECT_EQ(rows_of("a;b\n1;2"), (Rows{{"a", "b"}, {"1", "2"}}));
    EXPECT_EQ(rows_of("a;"), (Rows{{"a"}}));  // a delimiter ending the file opens no cell
}

TEST(CsvTokenizer, UnterminatedQuoteAtTheEnd) {
    CsvTokenizer tokens("a;b\n1;\"2;3\n4;5\n", ';');
    std::vector<CsvCell> cells;
    ASSERT_TRUE(tokens.next_row(cells));
    try {
        tokens.next_row(cells);
        FAIL() << "no error";
    } catch (const CsvSyntaxError& e) {
        EXPECT_STREQ(e.what(), "virgolette aperte e mai chiuse");
        EXPECT_EQ(e.offset, 7u);  // the cell's first byte after the quote
    }
    CsvTokenizer quote_last("a;\"", ';');
    EXPECT_THROW(quote_last.next_row(cells), CsvSyntaxError);
}

TEST(CsvTokenizer, TextAfterAClosingQuoteIsAnError) {
    CsvTokenizer tokens("\"a\"b;c\n", ';');
    std::vector<CsvCell> cells;
    try {
        tokens.next_row(cells);
        FAIL() << "no error";
    } catch (const CsvSyntaxError& e) {
        EXPECT_STREQ(e.what(), "dopo un campo tra virgolette serve il separatore");
    }
    // Blanks between the closing quote and the delimiter are allowed.
    EXPECT_EQ(rows_of("\"a\"  ;b\n"), (Rows{{"a", "b"}}));
}

TEST(CsvTokenizer, ALineOverTheLimitIsRefusedBeforeItsCells) {
    // Line 2 has 9 bytes with its CR; the limit is 8.
    const std::string text = "a;b\r\n1234;678\r\nx;y\n";
    EXPECT_EQ(rows_of(text, 9).size(), 3u);
    CsvTokenizer tokens(text, ';', 8);
    std::vector<CsvCell> cells;
    ASSERT_TRUE(tokens.next_row(cells));
    try {
        tokens.next_row(cells);
        FAIL() << "no error";
    } catch (const CsvLineTooLong& e) {
        EXPECT_EQ(e.line, 2u);
        EXPECT_EQ(e.bytes, 9u);
    }
}

TEST(CsvTokenizer, LinesInsideAQuotedCellAreMeasuredToo) {
    // The row starts on a short line; its quoted cell runs onto a long one.
    const std::string text = "a\n\"x\n" + std::string(20, 'y') + "\";b\n";
    CsvTokenizer tokens(text, ';', 10);
    std::vector<CsvCell> cells;
    ASSERT_TRUE(tokens.next_row(cells));
    try {
        tokens.next_row(cells);
        FAIL() << "no error";
    } catch (const CsvLineTooLong& e) {
        EXPECT_EQ(e.line, 3u);
        EXPECT_EQ(e.bytes, 23u);
    }
    // An unclosed quote over a long line: the line is what is said first.
    const std::string unclosed = "a\n\"x\n" + std::string(20, 'y') + "\n";
    CsvTokenizer open_quote(unclosed, ';', 10);
    ASSERT_TRUE(open_quote.next_row(cells));
    EXPECT_THROW(open_quote.next_row(cells), CsvLineTooLong);
}

}  // namespace
}  // namespace pira
