// Department workbooks (docs/round-trip.md): the layout both sides share, the live formulas, and
// a workbook written by the exporter and read back by pira's own reader, whose locked fields,
// hashes and signature must be those the export recorded.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/sha256.hpp"
#include "readers/department_return.hpp"
#include "readers/limits.hpp"
#include "readers/table_reader.hpp"
#include "store/exports.hpp"
#include "store/return_check.hpp"
#include "test_temp_dir.hpp"
#include "writers/department_xlsx.hpp"
#include "writers/performance_formula.hpp"

namespace pira {
namespace {

namespace fs = std::filesystem;

TEST(DepartmentLayout, FileNamesAreFoldedSlugs) {
    EXPECT_EQ(department_file_name(2025, ExportMode::consuntivo, "Promozione e Sviluppo Economico"),
              "2025-consuntivo-promozione-e-sviluppo-economico.xlsx");
    EXPECT_EQ(department_file_name(2026, ExportMode::proposta, "Attività  —  Qualità!"),
              "2026-proposta-attivita-qualita.xlsx");
    EXPECT_EQ(department_file_name(2026, ExportMode::proposta, "???"), "2026-proposta-area.xlsx");
}

TEST(DepartmentLayout, ModesAndPlanYears) {
    EXPECT_EQ(parse_mode(" Proposta "), ExportMode::proposta);
    EXPECT_EQ(parse_mode("CONSUNTIVO"), ExportMode::consuntivo);
    EXPECT_FALSE(parse_mode("bozza"));
    EXPECT_EQ(plan_years_of({"Peso", "Target 2026", "Target 2027", "Target", "Target 20x8"}),
              (std::vector<int>{2026, 2027}));
}

TEST(DepartmentLayout, ConsuntivoLocksEverythingButActualAndNote) {
    for (const auto& c : department_columns(ExportMode::consuntivo, 2025, {2025})) {
        const bool editable = c.kind == DeptColumn::actual || c.kind == DeptColumn::note;
        EXPECT_EQ(c.editable, editable) << c.header;
        if (c.kind == DeptColumn::target || c.kind == DeptColumn::weight) {
            EXPECT_TRUE(c.locked_field) << c.header;
        }
    }
    std::size_t targets = 0;
    for (const auto& c : department_columns(ExportMode::proposta, 2026, {2026, 2027, 2028})) {
        if (c.kind == DeptColumn::target) {
            EXPECT_EQ(c.header, "Target " + std::to_string(2026 + targets));
            EXPECT_TRUE(c.editable);
            ++targets;
        }
        if (c.kind == DeptColumn::actual) ADD_FAILURE() << "a proposta has no Consuntivo column";
    }
    EXPECT_EQ(targets, 3u);
}

TEST(DepartmentLayout, HashesChangeWithAnyLockedField) {
    const std::vector<std::pair<std::string, std::string>> a{{"Indicatore", "Desk"},
                                                             {"Target", ">=3 N."}};
    auto b = a;
    b[1].second = ">=4 N.";
    EXPECT_EQ(row_hash(a), row_hash(a));
    EXPECT_NE(row_hash(a), row_hash(b));
    const std::vector<MetadataRow> rows{{4, "id1", row_hash(a)}};
    auto moved = rows;
    moved[0].sheet_row = 5;
    EXPECT_NE(metadata_signature({{"anno", "2025"}}, rows),
              metadata_signature({{"anno", "2025"}}, moved));
    EXPECT_NE(metadata_signature({{"anno", "2025"}}, rows),
              metadata_signature({{"anno", "2024"}}, rows));
}

TEST(DepartmentLayout, ValueKindsFromUnitThenTarget) {
    EXPECT_EQ(value_kind("%", std::nullopt), ValueKind::percent);
    EXPECT_EQ(value_kind("data", std::nullopt), ValueKind::date);
    EXPECT_EQ(value_kind("si/no", std::nullopt), ValueKind::boolean);
    EXPECT_EQ(value_kind("n.", *parse_target(">=4 N.")), ValueKind::whole);
    EXPECT_EQ(value_kind("n.", *parse_target(">=7,30 N.")), ValueKind::number);
    EXPECT_EQ(value_kind("", *parse_target("Entro 30-04-2025")), ValueKind::date);
    EXPECT_EQ(value_kind("", *parse_target(">=54,50 %")), ValueKind::percent);
    EXPECT_EQ(value_kind("", *parse_target("timing (pag. 31-32)")), ValueKind::none);
}

TEST(ReturnedCells, NumbersInItalianFormAndLockedNumbersShortest) {
    WorkbookCell n{WorkbookCell::Kind::number, {}, 1.003, false, false};
    EXPECT_EQ(returned_text(n), "1,003");
    WorkbookCell p{WorkbookCell::Kind::number, {}, 0.6119, true, false};
    EXPECT_EQ(returned_text(p), "61,19%");
    WorkbookCell w{WorkbookCell::Kind::number, {}, 33.3, false, false};
    EXPECT_EQ(returned_locked_text(w), locked_text_of_number(33.3));
    EXPECT_EQ(returned_locked_text(WorkbookCell{}), "");
}

TEST(PerformanceFormula, FollowsThePolicy) {
    const Policy& p = Policy::standard();
    EXPECT_EQ(*performance_formula(*parse_target(">=4 N."), p, "M5", false),
              "IF(ISNUMBER(M5),MIN(1,MAX(0,M5/4)),IF(UPPER(TRIM(M5))=\"N/D\",\"\",\"\"))");
    // A percentage row holds fractions: 80 % is 0.8.
    EXPECT_NE(performance_formula(*parse_target(">= 80,00 %"), p, "M5", true)->find("M5/0.8"),
              std::string::npos);
    // "<=": linear when missed.
    EXPECT_NE(
        performance_formula(*parse_target("<=1,50 fte"), p, "M5", false)->find("1-(M5-1.5)/1.5"),
        std::string::npos);
    EXPECT_NE(performance_formula(*parse_target("Entro 30-04-2025"), p, "M5", false)
                  ->find("M5<=DATE(2025,4,30)"),
              std::string::npos);
    EXPECT_NE(performance_formula(*parse_target("si"), p, "M5", false)->find("=\"no\",0,1"),
              std::string::npos);
    EXPECT_FALSE(performance_formula(*parse_target("timing (pag. 31-32)"), p, "M5", false));
    Policy zero = p;
    zero.not_available = NotAvailable::zero;
    EXPECT_NE(performance_formula(*parse_target(">=4 N."), zero, "M5", false)
                  ->find("=\"N/D\",MIN(1,MAX(0,0))"),
              std::string::npos);
}

class DepartmentWorkbookTest : public ::testing::Test {
  protected:
    void SetUp() override { dir_ = test::fresh_temp_dir("dept"); }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
};

// Written by the exporter, read back by pira's reader: the same locked texts, hashes and
// signature, and the check against the dataset passes with no diagnostic.
TEST_F(DepartmentWorkbookTest, ExportReadsBackAsRecorded) {
    const std::string csv =
        "ente;document;year;objective_code;indicator_code;indicator_name;target;weight;"
        "department\n"
        "CCIAA;PIRA 2025;2025;01_01_OS02;01_01_OS02_02_2025;Desk;>=3 N.;33,30%;Promozione\n"
        "CCIAA;PIRA 2025;2025;01_01_OS02;;Sportello;>= 80,00 %;33,30;Promozione\n"
        "CCIAA;PIRA 2025;2025;01_01_OS02;;Bando;Entro 30-04-2025;33,4;Promozione\n";
    const std::string path = (dir_ / "plan.csv").string();
    std::ofstream(path) << csv;
    Diagnostics diags;
    Dataset dataset((dir_ / "pira.db").string());
    auto table = read_table_file(path, ReaderLimits{}, diags);
    ASSERT_TRUE(table);
    ASSERT_TRUE(dataset.load(*table, sha256_hex(csv), "csv", diags));

    const auto indicators = indicators_of_year(dataset, 2025);
    ASSERT_EQ(indicators.size(), 3u);
    DepartmentWorkbook in;
    in.dataset_id = dataset_id(dataset);
    for (const auto& i : indicators) in.rows.push_back(&i);
    in.plan_years = {2025};
    ExportRecord record;
    record.export_id = "0123456789abcdef";
    record.ente = "CCIAA";
    record.year = 2025;
    record.department = "Promozione";
    record.file_name = "x.xlsx";
    record.exported_at = "2026-12-02T00:00:00Z";
    const std::string out = (dir_ / record.file_name).string();
    ASSERT_TRUE(write_department_workbook(out, in, Policy::standard(), record, diags));
    record_export(dataset, record);
    ASSERT_EQ(record.rows.size(), 3u);

    auto wb = read_workbook(out, ReaderLimits{}, diags);
    ASSERT_TRUE(wb);
    ASSERT_TRUE(is_department_workbook(*wb));
    const ReturnedWorkbook back = read_department_return(*wb);
    EXPECT_EQ(back.signature, record.signature);
    EXPECT_EQ(back.meta("export_id"), record.export_id);
    ASSERT_EQ(back.rows.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(back.rows[i].id, record.rows[i].stable_id);
        std::vector<std::pair<std::string, std::string>> locked;
        for (const auto& [header, text] : record.rows[i].locked) {
            locked.emplace_back(header,
                                returned_locked_text(back.rows[i].cells[*back.column(header)]));
        }
        EXPECT_EQ(row_hash(locked), record.rows[i].hash) << "row " << i;
    }
    auto plan = check_return(dataset, back, {}, Policy::standard(), diags);
    ASSERT_TRUE(plan) << diags.items().size();
    EXPECT_FALSE(diags.has_errors());
    EXPECT_EQ(plan->empty, 3u);  // no actual typed yet

    // Exported again: the first export is superseded and its workbook refused.
    ExportRecord again = record;
    again.export_id = "fedcba9876543210";
    ASSERT_TRUE(write_department_workbook((dir_ / "y.xlsx").string(), in, Policy::standard(), again,
                                          diags));
    record_export(dataset, again);
    Diagnostics second;
    EXPECT_FALSE(check_return(dataset, back, {}, Policy::standard(), second));
    ASSERT_EQ(second.items().size(), 1u);
    EXPECT_EQ(second.items().front().code, Errc::return_superseded);
}

}  // namespace
}  // namespace pira
