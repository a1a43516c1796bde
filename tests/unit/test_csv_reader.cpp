// Reading the canonical table: delimiter sniffing, quoting, encodings, header checks, places.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "readers/csv_reader.hpp"
#include "readers/file_bytes.hpp"
#include "readers/jsonl_reader.hpp"

namespace pira {
namespace {

const char* kHeader = "objective_code;indicator_name;target;actual;weight";

std::optional<CanonicalTable> read(const std::string& text, Diagnostics& d) {
    return read_csv_table(text, "t.csv", ReaderLimits{}, d);
}

TEST(Sniffer, PicksTheConsistentDelimiter) {
    EXPECT_EQ(sniff_delimiter("a;b;c\n1;2,5;3\n"), ';');
    EXPECT_EQ(sniff_delimiter("a,b,c\n1,\"2,5\",3\n"), ',');
    EXPECT_EQ(sniff_delimiter("a\tb\tc\n1\t2,5\t3\n"), '\t');
    // Italian decimals with ';' must not be taken for ',' columns.
    EXPECT_EQ(sniff_delimiter("a;b\n80,00 %;61,19 %\n20,00%;1,5\n"), ';');
}

TEST(CsvTable, FieldsAndPlaces) {
    Diagnostics d;
    auto t = read(std::string(kHeader) + "\n01_01_OS02;Desk 2025;>=3 N.;3N.;20,00%\n", d);
    ASSERT_TRUE(t.has_value());
    EXPECT_TRUE(d.items().empty());
    ASSERT_EQ(t->rows.size(), 1u);
    const Field* target = t->field(t->rows[0], "target");
    ASSERT_NE(target, nullptr);
    EXPECT_EQ(target->text, ">=3 N.");
    EXPECT_EQ(target->line, 2u);
    EXPECT_EQ(target->column, 22u);
    EXPECT_EQ(t->place(*target).to_string(), "t.csv:2:22");
}

TEST(CsvTable, QuotedCellsWithDelimitersQuotesAndNewlines) {
    Diagnostics d;
    auto t = read(std::string(kHeader) +
                      "\n01_01_OS02;\"Nome; con \"\"virgolette\"\"\n e a capo\";>=1;1;100\n"
                      "01_01_OS03;Secondo;>=1;1;100\n",
                  d);
    ASSERT_TRUE(t.has_value());
    ASSERT_EQ(t->rows.size(), 2u);
    EXPECT_EQ(t->field(t->rows[0], "indicator_name")->text, "Nome; con \"virgolette\"\n e a capo");
    EXPECT_EQ(t->rows[1].line, 4u);
}

TEST(CsvTable, CrlfBomAndBlankLines) {
    Diagnostics d;
    std::string text = "\xEF\xBB\xBF" + std::string(kHeader) + "\r\n\r\n01_01_OS02;A;>=1;1;100\r\n";
    auto t = read(to_utf8_text(text, "t.csv", d), d);
    ASSERT_TRUE(t.has_value());
    ASSERT_EQ(t->rows.size(), 1u);
    EXPECT_EQ(t->columns.front(), "objective_code");
    EXPECT_EQ(t->field(t->rows[0], "weight")->text, "100");
    EXPECT_EQ(t->rows[0].line, 3u);
}

TEST(CsvTable, WindowsLatin1IsConvertedWithAWarning) {
    Diagnostics d;
    std::string text = std::string(kHeader) + "\n01_01_OS02;Qualit\xE0;>=1;1;100\n";
    auto t = read(to_utf8_text(text, "t.csv", d), d);
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(t->field(t->rows[0], "indicator_name")->text, "Qualità");
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(d.items()[0].code, Errc::encoding_not_utf8);
}

TEST(CsvTable, UnknownColumnIsWarnedWithAHint) {
    Diagnostics d;
    auto t = read("objetive_code;Target;colore\nx;y;z\n", d);
    ASSERT_TRUE(t.has_value());
    ASSERT_EQ(d.items().size(), 3u);
    EXPECT_EQ(d.items()[0].code, Errc::column_unknown);
    EXPECT_EQ(d.items()[0].hint, "forse «objective_code»");
    EXPECT_EQ(d.items()[1].hint, "forse «target»");
    EXPECT_EQ(d.items()[0].severity, Severity::warning);
    EXPECT_TRUE(t->columns.empty());
}

TEST(CsvTable, DuplicateColumnIsAnError) {
    Diagnostics d;
    read("target;target\n1;2\n", d);
    EXPECT_TRUE(d.has_errors());
    EXPECT_EQ(d.items()[0].code, Errc::column_duplicate);
}

TEST(CsvTable, ExtraCellsAreNotDroppedSilently) {
    Diagnostics d;
    auto t = read("target;actual\n1;2;3\n", d);
    ASSERT_TRUE(t.has_value());
    ASSERT_TRUE(d.has_errors());
    EXPECT_EQ(d.items()[0].code, Errc::row_too_long);
    EXPECT_EQ(d.items()[0].value, "3");
    EXPECT_EQ(d.items()[0].place.to_string(), "t.csv:2:5");
}

TEST(CsvTable, UnclosedQuoteIsMalformed) {
    Diagnostics d;
    auto t = read("target;actual\n\"1;2\n", d);
    EXPECT_FALSE(t.has_value());
    ASSERT_FALSE(d.items().empty());
    EXPECT_EQ(d.items()[0].code, Errc::csv_malformed);
    EXPECT_NE(d.items()[0].detail.find("virgolette"), std::string::npos);
}

TEST(CsvTable, RowLimit) {
    Diagnostics d;
    ReaderLimits limits;
    limits.max_rows = 2;
    auto t = read_csv_table("target\n1\n2\n3\n", "t.csv", limits, d);
    EXPECT_FALSE(t.has_value());
    EXPECT_NE(d.items()[0].detail.find("più di 2 righe"), std::string::npos);
}

TEST(CsvTable, EmptyFile) {
    Diagnostics d;
    EXPECT_FALSE(read("", d).has_value());
    EXPECT_FALSE(read("\n\n", d).has_value());
}

// pira writes "'" before CSV text a spreadsheet would run as a formula ("= 100%"); reading the
// file back takes it off, in every canonical column, and places the value after it.
TEST(CsvTable, FormulaGuardIsTakenOff) {
    Diagnostics d;
    auto t = read(std::string(kHeader) + "\n'01_01_OS02;'@nome;'= 100%;'-3.36%;'+5\n", d);
    ASSERT_TRUE(t.has_value());
    EXPECT_TRUE(d.items().empty());
    const TableRow& row = t->rows[0];
    EXPECT_EQ(t->field(row, "objective_code")->text, "'01_01_OS02");  // not a guard
    EXPECT_EQ(t->field(row, "indicator_name")->text, "@nome");
    EXPECT_EQ(t->field(row, "target")->text, "= 100%");
    EXPECT_EQ(t->field(row, "target")->column, 21u);     // the "=", not the "'"
    EXPECT_EQ(t->field(row, "actual")->text, "-3.36%");  // as earlier pira wrote it
    EXPECT_EQ(t->field(row, "weight")->text, "+5");
}

TEST(CsvTable, FormulaGuardOnlyOnce) {
    Diagnostics d;
    // "''=x" is how pira writes a text that really starts with "'=": one apostrophe comes off.
    // A quoted cell is unguarded like any other; a lone "'" and "'text" stay as written.
    auto t = read(std::string(kHeader) + "\n01_01_OS02;''=x;\"'=a; b\";';'ok\n", d);
    ASSERT_TRUE(t.has_value());
    const TableRow& row = t->rows[0];
    EXPECT_EQ(t->field(row, "indicator_name")->text, "'=x");
    EXPECT_EQ(t->field(row, "target")->text, "=a; b");
    EXPECT_EQ(t->field(row, "actual")->text, "'");
    EXPECT_EQ(t->field(row, "weight")->text, "'ok");
}

TEST(JsonLines, ObjectsPerLine) {
    Diagnostics d;
    auto t = read_jsonl_table(
        "{\"objective_code\":\"01_01_OS02\",\"target\":\">= 80%\",\"weight\":20}\n\n"
        "{\"objective_code\":\"01_01_OS03\",\"target\":\">= "
        "1\",\"weight\":33.3,\"actual\":\"1\"}\n",
        "t.jsonl", ReaderLimits{}, d);
    ASSERT_TRUE(t.has_value());
    ASSERT_EQ(t->rows.size(), 2u);
    EXPECT_EQ(t->field(t->rows[0], "weight")->text, "20");
    EXPECT_EQ(t->field(t->rows[1], "weight")->text, "33.3");
    EXPECT_EQ(t->field(t->rows[0], "actual")->text, "");
    EXPECT_EQ(t->rows[1].line, 3u);
}

TEST(JsonLines, BadLineNamesItsLine) {
    Diagnostics d;
    auto t = read_jsonl_table("{\"target\":1}\n[1,2]\n", "t.jsonl", ReaderLimits{}, d);
    EXPECT_FALSE(t.has_value());
    EXPECT_EQ(d.items()[0].place.to_string(), "t.jsonl:2:1");
}

}  // namespace
}  // namespace pira
