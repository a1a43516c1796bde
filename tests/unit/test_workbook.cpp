// Workbooks as people keep them (samples/workbooks, built by make_workbooks.py): merged
// objective cells, fractions with a percent format, date serials (1900 and 1904 systems),
// numbers typed as text, two tables on a sheet.
#include <gtest/gtest.h>

#include "readers/table_reader.hpp"
#include "readers/workbook.hpp"
#include "readers/xls_extent.hpp"

namespace pira {
namespace {

const std::string kDir = std::string(PIRA_SOURCE_DIR) + "/samples/workbooks/";

CanonicalTable table(const std::string& name, Diagnostics& diags) {
    auto t = read_table_file(kDir + name, ReaderLimits{}, diags);
    EXPECT_TRUE(t.has_value()) << name;
    return t ? *t : CanonicalTable{};
}

// The row whose indicator_name is `name`.
const TableRow* find(const CanonicalTable& t, const std::string& name) {
    for (const auto& r : t.rows) {
        if (t.field(r, "indicator_name")->text == name) return &r;
    }
    return nullptr;
}

TEST(Workbook, CellsReadAsAPersonSeesThem) {
    Diagnostics diags;
    CanonicalTable t = table("relazione2025.xlsx", diags);
    EXPECT_FALSE(diags.has_errors());
    EXPECT_EQ(t.rows.size(), 82u);  // both tables of the sheet
    const TableRow* r = find(t, "Grado di utilizzo delle risorse 2025 (Transizione Energetica FP)");
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(t.field(*r, "actual")->text, "61.19%");              // 0.6119 with a percent format
    EXPECT_EQ(t.field(*r, "objective_code")->text, "01_01_0502");  // merged over its rows
    EXPECT_EQ(t.field(*r, "year")->text, "2025");
    const TableRow* d = find(t, "Adozione bando investimenti 2025");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(t.field(*d, "actual")->text, "2025-04-09");  // a date serial
    EXPECT_EQ(t.place(*t.field(*d, "actual")).to_string(),
              kDir + "relazione2025.xlsx#Indicatori 2025!K" + std::to_string(d->line));
}

TEST(Workbook, WeightsAsFractionsOrTypedAsText) {
    Diagnostics diags;
    CanonicalTable t = table("relazione2025.xlsx", diags);
    std::size_t fractions = 0, typed = 0;
    for (const auto& r : t.rows) {
        const std::string& w = t.field(r, "weight")->text;
        if (w.find(',') != std::string::npos)
            ++typed;  // "20,00%" typed as text
        else if (!w.empty() && w.back() == '%')
            ++fractions;
    }
    EXPECT_GT(fractions, 50u);
    EXPECT_GT(typed, 10u);
    EXPECT_EQ(fractions + typed, t.rows.size());
}

TEST(Workbook, Dates1904System) {
    Diagnostics diags;
    CanonicalTable t = table("relazione2025-1904.xlsx", diags);
    const TableRow* d = find(t, "Adozione bando investimenti 2025");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(t.field(*d, "actual")->text, "2025-04-09");
}

TEST(Workbook, LegacyXlsAndPlainOds) {
    for (const char* name : {"relazione2025-semplice.xls", "relazione2025-semplice.ods"}) {
        Diagnostics diags;
        CanonicalTable t = table(name, diags);
        EXPECT_EQ(t.rows.size(), 82u) << name;
        const TableRow* r = find(t, "Desk 2025");
        ASSERT_NE(r, nullptr) << name;
        EXPECT_EQ(t.field(*r, "weight")->text, "20") << name;
        EXPECT_EQ(t.field(*r, "target")->text, ">=3 N.") << name;
    }
}

// liborcus 0.17 refused the merged-cell .ods and read nothing from the openpyxl file (absolute
// part names); the package reader reads both as the same table as the Excel-saved one.
TEST(Workbook, EveryProducersFileGivesTheSameTable) {
    Diagnostics reference_diags;
    const CanonicalTable reference = table("relazione2025.xlsx", reference_diags);
    for (const char* name :
         {"relazione2025-unite.ods", "relazione2025-openpyxl.xlsx", "relazione2025-1904.xlsx"}) {
        Diagnostics diags;
        const CanonicalTable t = table(name, diags);
        EXPECT_FALSE(diags.has_errors()) << name;
        ASSERT_EQ(t.rows.size(), reference.rows.size()) << name;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            for (const auto& column :
                 {"objective_code", "indicator_name", "weight", "target", "actual", "unit"}) {
                const auto* got = t.field(t.rows[r], column);
                const auto* want = reference.field(reference.rows[r], column);
                ASSERT_EQ(got == nullptr, want == nullptr) << name << " " << column;
                if (got != nullptr) {
                    EXPECT_EQ(got->text, want->text) << name << " row " << r << " " << column;
                }
            }
        }
    }
}

TEST(Workbook, CellText) {
    WorkbookCell percent{WorkbookCell::Kind::number, {}, 0.2, true};
    EXPECT_EQ(cell_text(percent), "20%");
    WorkbookCell plain{WorkbookCell::Kind::number, {}, 0.975, false};
    EXPECT_EQ(cell_text(plain), "0.975");
    WorkbookCell yes{WorkbookCell::Kind::boolean, {}, 1, false};
    EXPECT_EQ(cell_text(yes), "si");
}

TEST(Workbook, NotAWorkbook) {
    Diagnostics diags;
    EXPECT_FALSE(read_workbook(kDir + "make_workbooks.py", ReaderLimits{}, diags).has_value());
    Diagnostics fake;
    EXPECT_FALSE(
        read_workbook(std::string(PIRA_SOURCE_DIR) + "/README.md.xlsx", ReaderLimits{}, fake));
    EXPECT_TRUE(fake.has_errors());
}

// What an .xls declares is read from its compound file before libfreexl allocates it: the
// sample's declared extent holds what is read; the hostile fixture declares BIFF8's whole sheet
// around two rows, and is refused before libfreexl opens it.
TEST(Workbook, XlsDeclaredExtentReadFirst) {
    Diagnostics diags;
    auto wb = read_workbook(kDir + "relazione2025-semplice.xls", ReaderLimits{}, diags);
    ASSERT_TRUE(wb.has_value());
    auto sample = read_xls_extent(kDir + "relazione2025-semplice.xls");
    ASSERT_TRUE(sample.has_value());
    EXPECT_GE(sample->declared_cells, wb->sheets.at(0).rows * wb->sheets.at(0).columns);
    EXPECT_LT(sample->declared_cells, 10'000u);

    const std::string hostile =
        std::string(PIRA_SOURCE_DIR) + "/tests/workbook/hostile/huge-dimensions.xls";
    auto huge = read_xls_extent(hostile);
    ASSERT_TRUE(huge.has_value());
    EXPECT_EQ(huge->declared_cells, 65536u * 256u);
    EXPECT_EQ(huge->largest_rows, 65536u);
    EXPECT_EQ(huge->largest_columns, 256u);
    Diagnostics refused;
    EXPECT_FALSE(read_workbook(hostile, ReaderLimits{}, refused).has_value());
    ASSERT_EQ(refused.items().size(), 1u);
    EXPECT_EQ(refused.items()[0].code, Errc::limit_exceeded);

    ReaderLimits tight;
    tight.max_xls_declared_cells = 10;
    Diagnostics small;
    EXPECT_FALSE(read_workbook(kDir + "relazione2025-semplice.xls", tight, small).has_value());
    EXPECT_FALSE(read_xls_extent(kDir + "make_workbooks.py").has_value());
}

}  // namespace
}  // namespace pira
