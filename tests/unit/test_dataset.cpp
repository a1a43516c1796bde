// The SQLite dataset: all-or-nothing loads, idempotence, new versions with history, values of
// two documents meeting on one indicator, migrations.
#include <gtest/gtest.h>

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <map>

#include "common/sha256.hpp"
#include "readers/limits.hpp"
#include "readers/table_reader.hpp"
#include "store/dataset.hpp"
#include "test_temp_dir.hpp"

namespace pira {
namespace {

namespace fs = std::filesystem;

class DatasetTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = test::fresh_temp_dir("test");
        db_ = (dir_ / "pira.db").string();
    }
    void TearDown() override { fs::remove_all(dir_); }

    // Loads `csv` as the file `name`; nullopt when refused.
    std::optional<LoadReport> load(Dataset& d, const std::string& name, const std::string& csv,
                                   Diagnostics& diags) {
        const std::string path = (dir_ / name).string();
        std::ofstream(path) << csv;
        auto table = read_table_file(path, ReaderLimits{}, diags);
        if (!table) return std::nullopt;
        return d.load(*table, sha256_hex(csv), "csv", diags);
    }

    int count(const std::string& sql) {
        Database db(db_);
        auto s = db.prepare(sql);
        s.step();
        return static_cast<int>(s.integer(0));
    }

    fs::path dir_;
    std::string db_;
};

const std::string kHeader =
    "ente;document;year;objective_code;indicator_code;indicator_name;target;actual;weight\n";
const std::string kPlan =
    kHeader +
    "CCIAA;Relazione 2025;2025;01_01_0502;01_01_0502_02_2025;Desk;>=3 N.;3N.;50\n"
    "CCIAA;Relazione 2025;2025;01_01_0502;;Sportello;>=9 N.;24 N.;50\n";

TEST_F(DatasetTest, LoadsRowsWithCanonicalIdentity) {
    Dataset d(db_);
    EXPECT_EQ(d.schema_version(), Dataset::kSchemaVersion);
    Diagnostics diags;
    auto r = load(d, "rel.csv", kPlan, diags);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->outcome, LoadReport::Outcome::loaded);
    EXPECT_EQ(r->rows, 2u);
    EXPECT_EQ(r->values_new, 11u);  // document, code, name, target, actual, weight x2, less 1 code
    auto t = d.indicators({2025}, diags);
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[0].objective_code, "01_01_OS02");
    EXPECT_EQ(t[0].target_cell.text, ">=3 N.");  // the original text, typed when loaded
    ASSERT_TRUE(t[0].target.has_value());
    EXPECT_EQ(t[0].target->machine(), ">= 3");
    EXPECT_EQ(t[1].indicator_name, "Sportello");
    EXPECT_EQ(t[0].source_ref, "rel.csv#line=2");
    EXPECT_TRUE(d.indicators({2026}, diags).empty());
    Database db(db_);
    auto v = db.prepare("SELECT value FROM facts WHERE field = 'target' ORDER BY indicator_id");
    ASSERT_TRUE(v.step());
    EXPECT_EQ(v.text(0), ">= 3");  // and the machine form beside it
}

TEST_F(DatasetTest, SameFileTwiceChangesNothing) {
    Dataset d(db_);
    Diagnostics diags;
    ASSERT_TRUE(load(d, "rel.csv", kPlan, diags).has_value());
    const int facts = count("SELECT COUNT(*) FROM facts");
    auto again = load(d, "copia.csv", kPlan, diags);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->outcome, LoadReport::Outcome::unchanged);
    EXPECT_EQ(count("SELECT COUNT(*) FROM documents"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts"), facts);
    EXPECT_EQ(count("SELECT COUNT(*) FROM history"), 0);
}

TEST_F(DatasetTest, ABadRowRefusesTheWholeFile) {
    Dataset d(db_);
    Diagnostics diags;
    ASSERT_TRUE(load(d, "rel.csv", kPlan, diags).has_value());
    const auto before = fs::file_size(db_);
    const int facts = count("SELECT COUNT(*) FROM facts");
    const std::string bad = kHeader +
                            "CCIAA;Altro;2025;01_01_OS03;;Buono;>=1;1;100\n"
                            "CCIAA;Altro;2025;01_01_OS03;;Rotto;>= molti;1;100\n";
    Diagnostics refused;
    EXPECT_FALSE(load(d, "bad.csv", bad, refused).has_value());
    ASSERT_TRUE(refused.has_errors());
    EXPECT_EQ(refused.items()[0].code, Errc::target_malformed);
    EXPECT_EQ(refused.items()[0].place.line, 3u);
    EXPECT_EQ(count("SELECT COUNT(*) FROM documents"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts"), facts);
    EXPECT_EQ(count("SELECT COUNT(*) FROM indicators"), 2);
    EXPECT_EQ(fs::file_size(db_), before);
}

TEST_F(DatasetTest, AFailureMidwayRollsBack) {
    Dataset d(db_);
    {
        Database db(db_);  // make the third value written fail inside the transaction
        db.exec(
            "CREATE TRIGGER fail AFTER INSERT ON facts WHEN NEW.field = 'weight' "
            "BEGIN SELECT RAISE(ABORT, 'guasto simulato'); END");
    }
    Diagnostics diags;
    EXPECT_THROW(load(d, "rel.csv", kPlan, diags), StoreError);
    EXPECT_EQ(count("SELECT COUNT(*) FROM documents"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM indicators"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts"), 0);
}

TEST_F(DatasetTest, NewVersionReplacesAndKeepsHistory) {
    Dataset d(db_);
    Diagnostics diags;
    ASSERT_TRUE(load(d, "rel.csv", kPlan, diags).has_value());
    // Version 2: the first actual corrected, the second indicator gone.
    const std::string v2 =
        kHeader + "CCIAA;Relazione 2025;2025;01_01_OS02;01_01_OS02_02_2025;Desk;>=3 N.;4 N.;100\n";
    auto r = load(d, "rel-v2.csv", v2, diags);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->outcome, LoadReport::Outcome::replaced);
    EXPECT_EQ(r->values_changed, 2u);  // the actual and the weight (the code only written anew)
    EXPECT_EQ(r->values_dropped, 5u);  // "Sportello": document, name, target, actual, weight
    EXPECT_EQ(count("SELECT COUNT(*) FROM documents WHERE replaced_by = 2"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM history WHERE field = 'actual' AND text = '3N.'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE document_id = 1"), 0);
    auto t = d.indicators({2025}, diags);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].actual_cell.text, "4 N.");
    ASSERT_TRUE(t[0].actual.has_value());
    EXPECT_EQ(machine(*t[0].actual), "4");
}

TEST_F(DatasetTest, SameValueWrittenAnotherWayIsNoChange) {
    Dataset d(db_);
    Diagnostics diags;
    ASSERT_TRUE(load(d, "rel.csv", kPlan, diags).has_value());
    std::string other = kPlan;  // the same document, values written the machine way
    other.replace(other.find(">=3 N."), 6, ">= 3").replace(other.find(";50\n"), 4, ";50.00\n");
    auto r = load(d, "rel.csv", other, diags);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->outcome, LoadReport::Outcome::replaced);
    EXPECT_EQ(r->values_changed, 0u);
    EXPECT_EQ(count("SELECT COUNT(*) FROM history"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE field = 'target' AND text = '>= 3'"), 1);
}

// The dataset's fields are the columns its documents gave values to, as their files had: a plan
// without actuals is scored from the dataset as from its file (the column is missing).
TEST_F(DatasetTest, FieldsAreTheColumnsTheDocumentsFilled) {
    Dataset d(db_);
    Diagnostics diags;
    const std::string plan =
        "ente;document;year;objective_code;indicator_name;target;weight\n"
        "CCIAA;PIRA 2025;2025;01_01_OS02;Desk;>= 3 N.;50\n";
    ASSERT_TRUE(load(d, "pira.csv", plan, diags).has_value());
    auto has = [](const std::vector<std::string>& fields, std::string_view name) {
        return std::find(fields.begin(), fields.end(), name) != fields.end();
    };
    const auto fields = d.fields(2025);
    EXPECT_FALSE(has(fields, "actual"));
    EXPECT_FALSE(has(fields, "formula"));
    EXPECT_TRUE(has(fields, "target"));
    EXPECT_TRUE(has(fields, "source_ref"));
    auto t = d.indicators({2025}, diags);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].weight_cell.text, "50");
    EXPECT_EQ(t[0].weight, 50.0);
    // No rows for the year: every column stays, so the year is what is reported missing.
    EXPECT_TRUE(has(d.fields(2030), "actual"));
}

TEST_F(DatasetTest, PlanAndReportMeetOnOneIndicator) {
    Dataset d(db_);
    Diagnostics diags;
    const std::string pira =
        "ente;document;year;objective_code;indicator_name;target_2025;target_2026;weight\n"
        "CCIAA;PIRA 2025;2025;01_01_OS02;Desk;>= 3 N.;>= 4 N.;50\n";
    const std::string relazione =
        "ente;document;year;objective_code;indicator_name;actual\n"
        "CCIAA;Relazione 2025;2025;01_01_0502;desk;3N.\n";
    ASSERT_TRUE(load(d, "pira.csv", pira, diags).has_value());
    ASSERT_TRUE(load(d, "rel.csv", relazione, diags).has_value());
    auto t = d.indicators({2025}, diags);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].target_cell.text, ">= 3 N.");  // target_2025, the year's
    EXPECT_EQ(t[0].actual_cell.text, "3N.");
    auto next = d.indicators({2026}, diags);  // the indicator is 2025's: not another year's row
    EXPECT_TRUE(next.empty());
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE field = 'target_2026' AND text = '>= 4 N.' "
                    "AND kind = 'numero' AND op = '>=' AND number = 4"),
              1);
    EXPECT_EQ(count("SELECT COUNT(DISTINCT document_id) FROM facts"), 2);
}

// Positions are counted by the load, not looked up per row: indicators keep the order they were
// first seen in, across files, and one met again keeps its place.
TEST_F(DatasetTest, IndicatorsKeepTheOrderFirstSeenAcrossFiles) {
    Dataset d(db_);
    Diagnostics diags;
    const std::string first =
        "ente;document;year;objective_code;indicator_name;target\n"
        "CCIAA;PIRA 2025;2025;01_01_OS02;Zeta;>= 1 N.\n"
        "CCIAA;PIRA 2025;2025;01_01_OS02;Alfa;>= 2 N.\n";
    const std::string second =
        "ente;document;year;objective_code;indicator_name;actual\n"
        "CCIAA;Relazione 2025;2025;01_01_OS01;Beta;3 N.\n"
        "CCIAA;Relazione 2025;2025;01_01_OS02;Zeta;4 N.\n"
        "CCIAA;Relazione 2025;2025;01_01_OS01;Gamma;5 N.\n";
    ASSERT_TRUE(load(d, "pira.csv", first, diags).has_value());
    ASSERT_TRUE(load(d, "rel.csv", second, diags).has_value());
    std::vector<std::string> names;
    for (const auto& ind : d.indicators({2025}, diags)) names.push_back(ind.indicator_name);
    EXPECT_EQ(names, (std::vector<std::string>{"Zeta", "Alfa", "Beta", "Gamma"}));
    EXPECT_EQ(count("SELECT COUNT(DISTINCT position) FROM indicators"), 4);
    EXPECT_EQ(count("SELECT MAX(position) FROM indicators"), 4);
}

TEST_F(DatasetTest, MissionsAndProgrammesMapped) {
    Dataset d(db_);
    Diagnostics diags;
    const std::string plan =
        "ente;year;mission;programme;objective_code;indicator_name;weight\n"
        "CCIAA;2020;32 – Servizi istituzionali;004;03_01_OS01;Formazione;100\n"
        "CCIAA;2020;099;001;03_01_OS02;Ignoto;100\n";
    ASSERT_TRUE(load(d, "plan.csv", plan, diags).has_value());
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE field = 'programme' AND value = '003'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE field = 'mission' AND value = '032'"), 1);
    // Unknown codes are kept as written and reported, never dropped.
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE field = 'mission' AND value = '099'"), 1);
    ASSERT_EQ(diags.items().size(), 2u);
    EXPECT_EQ(diags.items()[0].code, Errc::programme_remapped);
    EXPECT_EQ(diags.items()[1].code, Errc::programme_unknown);
}

TEST_F(DatasetTest, TipologieAndUnitsNormalised) {
    Dataset d(db_);
    Diagnostics diags;
    const std::string prato =
        "ente;year;objective_code;indicator_name;type;unit\n"
        "Prato;2020;B.1.4;Pratiche;Realizzazione fisica;numero in valore assoluto\n"
        "Prato;2020;B.1.4;Tempi;Efficacia;giorni\n"
        "Prato;2020;B.1.4;Altro;Fantasia;pezzi\n";
    ASSERT_TRUE(load(d, "prato.csv", prato, diags).has_value());
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE field = 'unit' AND value = 'n.'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE field = 'unit' AND value = 'gg'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE field = 'type' AND "
                    "value = 'Realizzazione fisica'"),
              1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE value IN ('Fantasia', 'pezzi')"), 2);
    ASSERT_EQ(diags.items().size(), 2u);  // the unknown tipologia and unit, reported
    EXPECT_EQ(diags.items()[0].code, Errc::type_unknown);
    EXPECT_EQ(diags.items()[1].code, Errc::unit_unknown);
}

// "risorse interne": an objective without a budget of its own; kept in words, not refused. An
// amount that is not a number still is.
TEST_F(DatasetTest, ResourcesInWordsAreKept) {
    Dataset d(db_);
    Diagnostics diags;
    const std::string plan =
        "ente;year;objective_code;indicator_name;resources_eur\n"
        "CCIAA;2026;03_01_OS01;Reclutamento;risorse interne\n"
        "CCIAA;2026;01_01_OS02;Eventi;45.500,00 €\n";
    ASSERT_TRUE(load(d, "plan.csv", plan, diags).has_value());
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE field = 'resources_eur' AND "
                    "value = 'risorse interne'"),
              1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE field = 'resources_eur' AND "
                    "value = '45500'"),
              1);
    Diagnostics bad;
    EXPECT_FALSE(load(d, "bad.csv",
                      "ente;year;objective_code;indicator_name;resources_eur\n"
                      "CCIAA;2026;03_01_OS01;Reclutamento;45.50x €\n",
                      bad)
                     .has_value());
}

TEST_F(DatasetTest, DuplicateCodedIndicatorInOneFileIsRefused) {
    Dataset d(db_);
    Diagnostics diags;
    const std::string dup = kHeader +
                            "CCIAA;R;2025;01_01_OS02;01_01_OS02_01_2025;Desk;>=3;3;50\n"
                            "CCIAA;R;2025;01_01_OS02;01_01_0502_01_2025;Desk 2;>=3;3;50\n";
    EXPECT_FALSE(load(d, "dup.csv", dup, diags).has_value());
    EXPECT_EQ(diags.items().back().code, Errc::indicator_duplicate);
}

TEST_F(DatasetTest, UncodedIndicatorsWithTheSameNameAreKeptApart) {
    Dataset d(db_);
    Diagnostics diags;
    const std::string two = kHeader +
                            "CCIAA;R;2025;01_01_OS02;;Desk;>=3;3;50\n"
                            "CCIAA;R;2025;01_01_OS02;;DESK;>=4;4;50\n";
    ASSERT_TRUE(load(d, "two.csv", two, diags).has_value());
    EXPECT_EQ(count("SELECT COUNT(*) FROM indicators"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM indicators WHERE indicator_key = 'desk (2)'"), 1);
    ASSERT_EQ(diags.items().size(), 1u);
    EXPECT_EQ(diags.items()[0].code, Errc::indicator_same_name);
}

TEST_F(DatasetTest, LegacyAndCurrentUnderTheSameStrategicObjectives) {
    Dataset d(db_);
    const std::string samples = std::string(PIRA_SOURCE_DIR) + "/samples/";
    for (const char* f :
         {"legacy/pistoia-2020.csv", "legacy/prato-2020.csv", "relazione2025/indicatori.csv"}) {
        Diagnostics diags;
        auto table = read_table_file(samples + f, ReaderLimits{}, diags);
        ASSERT_TRUE(table.has_value()) << f;
        ASSERT_TRUE(d.load(*table, sha256_hex(f), "csv", diags).has_value()) << f;
    }
    // The query a planning office runs: which chambers and years feed each strategic objective.
    Database db(db_);
    auto q = db.prepare(
        "SELECT f.value, COUNT(DISTINCT i.ente || i.year) FROM facts f "
        "JOIN indicators i ON i.id = f.indicator_id WHERE f.field = 'strategic_objective' "
        "GROUP BY f.value");
    std::map<std::string, int> sources;
    while (q.step()) sources[q.text(0)] = static_cast<int>(q.integer(1));
    // Pistoia 2020 (A.3.4), Prato 2020 (la sede camerale) and Pistoia-Prato 2025 (01_04_OS02).
    EXPECT_EQ(sources["Competitività delle imprese, Sostenibilità ambientale ed Infrastrutture"],
              3);
    // Pistoia 2020 (B.1.4) and Pistoia-Prato 2025 (01_01_*).
    EXPECT_EQ(sources["Digitalizzazione, nuove tecnologie ed innovazione"], 2);
    EXPECT_EQ(sources["L'ottimizzazione organizzativa e gestionale"], 2);
    // The legacy names stay as written beside the mapped ones, with the mapping as source.
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE field = 'area' AND "
                    "text = 'A - Valorizzazione economica del territorio' AND value LIKE "
                    "'Promozione e sostegno%'"),
              3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE field = 'strategic_objective' AND "
                    "source_ref LIKE 'mappings/legacy.toml: Prato%'"),
              6);
    Diagnostics scored;
    auto t = d.indicators({2020}, scored);
    EXPECT_EQ(t.size(), 15u);
    EXPECT_EQ(t[0].strategic_objective,
              "Competitività delle imprese, Sostenibilità ambientale ed Infrastrutture");
}

TEST_F(DatasetTest, MissingIdentityIsRefused) {
    Dataset d(db_);
    Diagnostics diags;
    const std::string bad = "objective_code;indicator_name;actual\n01_01_OS02;Desk;3\n";
    EXPECT_FALSE(load(d, "bad.csv", bad, diags).has_value());
    EXPECT_GE(diags.error_count(), 2u);  // no ente, no year
}

TEST_F(DatasetTest, NewerSchemaIsRefused) {
    {
        Database db(db_);
        db.exec("PRAGMA user_version = 99");
    }
    EXPECT_THROW(Dataset d(db_), StoreError);
}

}  // namespace
}  // namespace pira
