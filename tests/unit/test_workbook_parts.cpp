// The small pieces of the workbook reader: A1 references, OPC part names, date serials and
// number formats. Whole files from other programs are checked against openpyxl in
// tests/workbook/readers/.
#include <gtest/gtest.h>

#include "readers/cell_ref.hpp"
#include "readers/opc_parts.hpp"
#include "readers/workbook_stream.hpp"

namespace pira {
namespace {

TEST(CellRef, ParsesAndPrints) {
    const auto a1 = parse_cell_ref("A1");
    ASSERT_TRUE(a1);
    EXPECT_EQ(a1->row, 0u);
    EXPECT_EQ(a1->column, 0u);
    const auto ab12 = parse_cell_ref("$AB$12");
    ASSERT_TRUE(ab12);
    EXPECT_EQ(ab12->row, 11u);
    EXPECT_EQ(ab12->column, 27u);
    const auto last = parse_cell_ref("XFD1048576");
    ASSERT_TRUE(last);
    EXPECT_EQ(cell_ref(last->row, last->column), "XFD1048576");
    EXPECT_EQ(column_letters(25), "Z");
    EXPECT_EQ(column_letters(26), "AA");
    EXPECT_EQ(column_letters(701), "ZZ");
    EXPECT_EQ(column_letters(702), "AAA");
}

TEST(CellRef, RefusesWhatIsNotAReference) {
    for (const char* bad : {"", "A", "12", "A0", "a1", "XFE1", "A1048577", "A1B", "A 1"})
        EXPECT_FALSE(parse_cell_ref(bad)) << bad;
}

TEST(OpcParts, TargetsRelativeAndAbsolute) {
    EXPECT_EQ(resolve_target("xl/workbook.xml", "worksheets/sheet1.xml"),
              "xl/worksheets/sheet1.xml");
    EXPECT_EQ(resolve_target("xl/workbook.xml", "/xl/worksheets/sheet1.xml"),
              "xl/worksheets/sheet1.xml");  // as openpyxl writes them
    EXPECT_EQ(resolve_target("", "xl/workbook.xml"), "xl/workbook.xml");
    EXPECT_EQ(resolve_target("xl/worksheets/sheet1.xml", "../drawings/d1.xml"),
              "xl/drawings/d1.xml");
    EXPECT_EQ(resolve_target("xl/workbook.xml", "./sheets/foglio%201.xml"),
              "xl/sheets/foglio 1.xml");
    EXPECT_EQ(resolve_target("xl/workbook.xml", "../../../etc/passwd"), "etc/passwd");
    EXPECT_EQ(relationships_part_of("xl/workbook.xml"), "xl/_rels/workbook.xml.rels");
    EXPECT_EQ(relationships_part_of(""), "_rels/.rels");
}

TEST(DateSerial, NineteenHundredAndNineteenOFour) {
    EXPECT_EQ(iso_from_serial(45756, false), "2025-04-09");
    EXPECT_EQ(iso_from_serial(45756 - 1462, true), "2025-04-09");
    EXPECT_EQ(iso_from_serial(45756.4375, false), "2025-04-09T10:30:00");
    EXPECT_EQ(iso_from_serial(1, false), "1900-01-01");   // before the phantom 29/02/1900
    EXPECT_EQ(iso_from_serial(61, false), "1900-03-01");  // after it
    EXPECT_EQ(iso_from_serial(0, true), "1904-01-01");
    EXPECT_EQ(iso_from_serial(45756.99999999, false), "2025-04-10");  // rounds to midnight
    EXPECT_EQ(iso_from_serial(-1, false), "");
    EXPECT_EQ(iso_from_serial(1e12, false), "");
}

TEST(NumberFormats, DatesPercentagesAndNumbers) {
    for (const char* date :
         {"dd/mm/yyyy", "d-mmm-yy", "yyyy\\-mm\\-dd", "[$-410]d mmmm yyyy", "h:mm", "mm-dd-yy"})
        EXPECT_TRUE(is_date_format(date)) << date;
    for (const char* plain : {"General", "0.00", "#,##0", "0%", "\"giorni\" 0", "[Red]0.00",
                              "0;[Red]-0", "@", "[h]:mm:ss", "0_);(0)", "0.00E+00"})
        EXPECT_FALSE(is_date_format(plain)) << plain;
    EXPECT_TRUE(is_percent_format("0.00%"));
    EXPECT_FALSE(is_percent_format("0 \"%\""));
    EXPECT_EQ(builtin_number_format(10), "0.00%");
    EXPECT_EQ(builtin_number_format(14), "mm-dd-yy");
    EXPECT_EQ(builtin_number_format(49), "@");
    EXPECT_EQ(builtin_number_format(30), "General");  // locale-dependent ids
    EXPECT_EQ(builtin_number_format(1000), "General");
}

}  // namespace
}  // namespace pira
