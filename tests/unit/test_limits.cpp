// The reader limits as `--limit NAME=VALUE` sets them (readers/limits.hpp), and refusals that
// name the limit, its value and the option, on real files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "readers/limits.hpp"
#include "readers/table_reader.hpp"
#include "readers/workbook.hpp"

namespace pira {
namespace {

const std::string kSamples = std::string(PIRA_SOURCE_DIR) + "/samples/workbooks/";

TEST(Limits, ValuesTakeKMGSuffixesAndRefuseTheRest) {
    EXPECT_EQ(parse_limit_value("5000000"), 5'000'000u);
    EXPECT_EQ(parse_limit_value("16M"), 16ull << 20);
    EXPECT_EQ(parse_limit_value("2G"), 2ull << 30);
    EXPECT_EQ(parse_limit_value("64k"), 64ull << 10);
    for (const char* bad : {"", "0", "-1", "M", "1.5M", "12X", " 12", "12 ", "99999999999999999999",
                            "20000000000G"}) {
        EXPECT_FALSE(parse_limit_value(bad)) << bad;
    }
}

TEST(Limits, EveryFieldHasOneNameAndTheTableCoversTheStruct) {
    std::set<std::string_view> names;
    const auto& table = limit_table();
    for (std::size_t i = 0; i < table.size(); ++i) {
        EXPECT_TRUE(names.insert(table[i].name).second) << table[i].name;
        EXPECT_FALSE(table[i].bounds.empty()) << table[i].name;
        for (std::size_t j = 0; j < i; ++j) EXPECT_NE(table[i].field, table[j].field);
    }
    EXPECT_EQ(limit_table().size(), sizeof(ReaderLimits) / sizeof(std::uint64_t));
    const ReaderLimits d;
    EXPECT_EQ(limit_value(d, "max_line_bytes"), 16ull << 20);
    EXPECT_EQ(limit_value(d, "max_pdf_words"), 2'000'000u);
    EXPECT_EQ(limit_value(d, "max_sheets"), 1000u);
    EXPECT_EQ(limit_value(d, "max_xml_depth"), 256u);
}

TEST(Limits, ApplySetsOneKnownLimitOrSaysWhyNot) {
    ReaderLimits l;
    EXPECT_FALSE(apply_limit(l, "max_cells=10M"));
    EXPECT_EQ(l.max_cells, 10ull << 20);
    EXPECT_FALSE(apply_limit(l, "max_xml_depth=32"));
    EXPECT_EQ(l.max_xml_depth, 32u);

    const ReaderLimits before = l;
    const auto unknown = apply_limit(l, "max_celle=10");
    ASSERT_TRUE(unknown);
    EXPECT_NE(unknown->find("limite sconosciuto «max_celle»"), std::string::npos) << *unknown;
    EXPECT_NE(unknown->find(limit_names()), std::string::npos) << *unknown;
    const auto no_value = apply_limit(l, "max_cells");
    ASSERT_TRUE(no_value);
    EXPECT_NE(no_value->find("NOME=VALORE"), std::string::npos) << *no_value;
    const auto bad = apply_limit(l, "max_cells=tanti");
    ASSERT_TRUE(bad);
    EXPECT_NE(bad->find("«tanti»"), std::string::npos) << *bad;
    EXPECT_EQ(l.max_cells, before.max_cells);
}

TEST(Limits, RefusalNamesTheLimitItsValueAndTheOption) {
    EXPECT_EQ(limit_refusal(ReaderLimits{}, "max_cells"),
              "supera il limite max_cells = 5000000; per alzarlo: --limit max_cells=N");
}

bool refused_for(const Diagnostics& d, const std::string& limit) {
    for (const auto& i : d.items()) {
        if (i.code == Errc::limit_exceeded && i.detail.find(limit) != std::string::npos &&
            i.detail.find("--limit " + limit.substr(0, limit.find(' ')) + "=N") !=
                std::string::npos)
            return true;
    }
    return false;
}

TEST(Limits, OneLongLineOfACsvIsRefusedBeforeItIsParsed) {
    const std::string csv = "ente;year;indicator_name\nCCIAA;2025;" + std::string(300, 'x') + "\n";
    ReaderLimits l;
    Diagnostics ok;
    EXPECT_TRUE(read_table_bytes("t.csv", csv, l, ok));
    l.max_line_bytes = 200;
    Diagnostics d;
    EXPECT_FALSE(read_table_bytes("t.csv", csv, l, d));
    EXPECT_TRUE(refused_for(d, "max_line_bytes = 200")) << d.items().front().to_string();
    EXPECT_EQ(d.items().front().place.line, 2u);
}

TEST(Limits, WorkbookCellsAndSheetsBoundEveryFormat) {
    for (const char* name :
         {"relazione2025.xlsx", "relazione2025-semplice.ods", "relazione2025-semplice.xls"}) {
        const std::string file = kSamples + name;
        Diagnostics ok;
        ASSERT_TRUE(read_workbook(file, ReaderLimits{}, ok)) << name;
        ReaderLimits few_cells;
        few_cells.max_cells = 10;
        Diagnostics cells;
        EXPECT_FALSE(read_workbook(file, few_cells, cells)) << name;
        EXPECT_TRUE(refused_for(cells, "max_cells = 10")) << name;
        ReaderLimits no_sheets;
        no_sheets.max_sheets = 0;
        Diagnostics sheets;
        EXPECT_FALSE(read_workbook(file, no_sheets, sheets)) << name;
        EXPECT_TRUE(refused_for(sheets, "max_sheets = 0")) << name;
    }
}

TEST(Limits, XmlNestingIsBoundedByItsLimit) {
    ReaderLimits l;
    l.max_xml_depth = 3;  // a sheet nests worksheet > sheetData > row > c > v
    Diagnostics d;
    EXPECT_FALSE(read_workbook(kSamples + "relazione2025.xlsx", l, d));
    EXPECT_TRUE(refused_for(d, "max_xml_depth = 3"));
}

}  // namespace
}  // namespace pira
