// The formula guard of CSV output: never on a number, always on a formula, and undone by the
// CSV reader so that every text pira writes reads back the same.
#include <gtest/gtest.h>

#include "readers/csv_reader.hpp"
#include "writers/csv_cell.hpp"

namespace pira {
namespace {

TEST(CsvCell, NumbersAreNeverGuarded) {
    for (const char* n : {"-3.36%", "-3,36 %", "-22.01", "-1.107.200,00", "-0,975", "+5", "+14.3%",
                          "-", "42", "61.19%"}) {
        EXPECT_FALSE(needs_formula_guard(n)) << n;
        EXPECT_EQ(csv_cell(n).find('\''), std::string::npos) << csv_cell(n);
    }
}

TEST(CsvCell, FormulasAreGuarded) {
    for (const char* f : {"= 100%", "=si", "@SUM(A1)", "+A1", "-A1", "-3.36 gg", "--5", "=1+1",
                          "'=già protetto", "''"}) {
        EXPECT_TRUE(needs_formula_guard(f)) << f;
        EXPECT_EQ(csv_cell(f), std::string("'") + f);
    }
    EXPECT_EQ(csv_cell("= 100%, o più"), "\"'= 100%, o più\"");
    EXPECT_EQ(csv_cell("-3,36 gg"), "\"'-3,36 gg\"");
    EXPECT_EQ(csv_cell("-3,36 %"), "\"-3,36 %\"");
}

// A spreadsheet drops a leading tab, CR or LF, or starts a new cell or row there, and runs what
// follows: guarded whatever follows, even a number.
TEST(CsvCell, LeadingTabAndLineBreaksAreGuarded) {
    for (const char* t :
         {"\t=1+1", "\tciao", "\t5", "\r=1+1", "\r", "\n@SOMMA(A1)", "\r\n-2", "'\t=x", "'\n"}) {
        EXPECT_TRUE(needs_formula_guard(t)) << t;
    }
    EXPECT_EQ(csv_cell("\t=1+1"), "'\t=1+1");
    EXPECT_EQ(csv_cell("\r=1+1"), "\"'\r=1+1\"");
    EXPECT_EQ(csv_cell("\n@x"), "\"'\n@x\"");
    EXPECT_FALSE(needs_formula_guard("a\tb"));
    EXPECT_EQ(csv_cell("a\nb"), "\"a\nb\"");
}

TEST(CsvCell, OtherTextAsWritten) {
    for (const char* t : {"", "'", "'ciao", ">= 80%", "<= 2025-04-30", "Nome \"citato\""}) {
        EXPECT_FALSE(needs_formula_guard(t)) << t;
    }
    EXPECT_EQ(csv_cell("Nome \"citato\""), "\"Nome \"\"citato\"\"\"");
}

// What csv_cell() writes, read_csv_table() reads back unchanged, whatever the text.
TEST(CsvCell, RoundTripThroughTheReader) {
    const std::vector<std::string> texts{
        "= 100%", "= si",   "-3.36%", "'-3.36%", "'= 100%", "''=",    "'",    "'ciao",
        "-",      "-A1",    "@x",     "+5",      "+A1",     ">= 80%", "a,b",  "con \"virgolette\"",
        "'@",     "''ciao", "-22 gg", "\t=1+1",  "\tciao",  "\r=1+1", "\n@x", "\r\n-A1",
        "'\t=x",  "\t",     "a\r\nb"};
    std::string csv = "objective_code,indicator_name\n";
    for (const auto& t : texts) csv += "01_01_OS02," + csv_cell(t) + "\n";
    Diagnostics d;
    auto table = read_csv_table(csv, "t.csv", ReaderLimits{}, d);
    ASSERT_TRUE(table.has_value());
    ASSERT_EQ(table->rows.size(), texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        EXPECT_EQ(table->field(table->rows[i], "indicator_name")->text, texts[i])
            << "written as " << csv_cell(texts[i]);
    }
}

}  // namespace
}  // namespace pira
