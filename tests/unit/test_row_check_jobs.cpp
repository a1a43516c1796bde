// check_rows on several threads gives what it gives on one: the checked rows and every
// diagnostic, in the same order, on the samples' canonical tables as they are and with their
// rows repeated (duplicates, renamed namesakes) or spoiled (a year missing, a bad target).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "readers/csv_reader.hpp"
#include "validation/row_check.hpp"
#include "writers/canonical_writers.hpp"

using namespace pira;

namespace {

std::vector<CanonicalTable> sample_tables() {
    std::vector<CanonicalTable> out;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(std::string(PIRA_SOURCE_DIR) + "/samples")) {
        if (entry.path().extension() != ".csv") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        Diagnostics d;
        auto table = read_csv_bytes(bytes.str(), entry.path().string(), ReaderLimits{}, d);
        if (table && !table->rows.empty()) out.push_back(std::move(*table));
    }
    return out;
}

// What a check says: every diagnostic, then the rows as the canonical CSV writes them (with
// their stable ids), or "rifiutata".
std::string outcome(const CanonicalTable& t, unsigned jobs) {
    Diagnostics d;
    const auto checked = check_rows(t, d, false, jobs);
    std::ostringstream out;
    for (const auto& item : d.items()) out << item.to_string() << '\n';
    if (!checked) return out.str() + "rifiutata\n";
    std::vector<std::string> columns{"ente", "year", "objective_code", "source_ref"};
    for (const auto& c : t.columns) columns.push_back(c);
    write_canonical_csv(out, columns, *checked);
    for (const auto& r : checked->rows) out << r.stable_id << ' ' << r.indicator_key << '\n';
    return out.str();
}

void expect_same_for_any_jobs(const CanonicalTable& t) {
    const std::string one = outcome(t, 1);
    for (unsigned jobs : {2u, 3u, 8u}) EXPECT_EQ(outcome(t, jobs), one) << t.file << ", " << jobs;
}

}  // namespace

TEST(CheckRowsJobs, SamplesAsTheyAre) {
    const auto tables = sample_tables();
    ASSERT_GE(tables.size(), 3u);
    for (const auto& t : tables) expect_same_for_any_jobs(t);
}

TEST(CheckRowsJobs, RepeatedAndSpoiledRows) {
    for (auto t : sample_tables()) {
        const auto rows = t.rows;
        t.rows.insert(t.rows.end(), rows.begin(), rows.end());  // each indicator twice
        expect_same_for_any_jobs(t);
        const auto year = t.column("year");
        const auto target = t.column("target");
        for (std::size_t i = 0; i < t.rows.size(); i += 7) {
            if (year) t.rows[i].fields[*year].text = "duemila";
            if (target && i % 3 == 0) t.rows[i].fields[*target].text = ">= ?";
        }
        expect_same_for_any_jobs(t);
    }
}
