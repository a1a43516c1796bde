// scan_number's fast path (scan_plain_number) says what the general scan says, on every cell of
// every sample CSV (the bench table repeats the Relazione 2025 one) and on the forms it is for.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../fuzz/plain_number_check.hpp"
#include "readers/csv_reader.hpp"

namespace pira {
namespace {

TEST(PlainNumber, AnswersTheCommonFormsAsTheGeneralScan) {
    for (std::string_view text : {"1.234,56", "80%", "80 %", ">= 5 N.", "0,5", "007", "33,30",
                                  "1.107.200,00 Euro", "31/12/2025", "12 gg"}) {
        EXPECT_EQ(fuzz::plain_number_disagreement(text), std::string_view::npos) << text;
    }
    EXPECT_TRUE(scan_plain_number("1.234,56"));
    EXPECT_EQ(scan_plain_number("1.234,56")->number.machine, "1234.56");
    EXPECT_EQ(scan_plain_number("80 %")->end, 2u);
    EXPECT_EQ(scan_plain_number(">= 5 N.", 3)->number.machine, "5");
    // Left to the general scan: ambiguous, grouped by spaces or without a comma, signed.
    for (std::string_view text : {"1,050", "10 588 411", "1.234", "-3,36", "5.", "1,5,6"}) {
        EXPECT_FALSE(scan_plain_number(text)) << text;
    }
}

TEST(DateGlance, DecidesTheCommonShapesAsThePatterns) {
    for (std::string_view text : {"31/12/2025", "1-1-2025", "80 %", "5 N.", "12 gg", "31/08",
                                  "31 dicembre 2025", "2025-12-31", "31.08.", "1/1/20255"}) {
        EXPECT_TRUE(fuzz::date_glance_agrees(text)) << text;
    }
    EXPECT_EQ(date_shape_at_a_glance("31/12/2025"), true);
    EXPECT_EQ(date_shape_at_a_glance("80 %"), false);
    EXPECT_EQ(date_shape_at_a_glance("31 dicembre 2025"), std::nullopt);
}

TEST(PlainNumber, EveryCellOfTheSamplesAgrees) {
    std::size_t cells = 0, answered = 0;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(std::string(PIRA_SOURCE_DIR) + "/samples")) {
        if (entry.path().extension() != ".csv") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        Diagnostics d;
        const auto table = read_csv_bytes(bytes.str(), entry.path().string(), ReaderLimits{}, d);
        if (!table) continue;
        for (const TableRow& row : table->rows) {
            for (const Field& f : row.fields) {
                ++cells;
                EXPECT_EQ(fuzz::plain_number_disagreement(f.text), std::string_view::npos)
                    << entry.path() << ": " << f.text;
                EXPECT_TRUE(fuzz::date_glance_agrees(f.text)) << entry.path() << ": " << f.text;
                for (std::size_t pos = 0; pos < f.text.size(); ++pos)
                    answered += scan_plain_number(f.text, pos) ? 1 : 0;
            }
        }
    }
    EXPECT_GT(cells, 1000u);
    EXPECT_GT(answered, 500u);
}

}  // namespace
}  // namespace pira
