// The golden transcription of the Relazione sulla performance 2025 (seed 001) scored with the
// default policy must give every figure the Relazione publishes, to the cent.
#include <gtest/gtest.h>

#include <cstdio>

#include "model/indicator.hpp"
#include "normalise/number.hpp"
#include "readers/table_reader.hpp"
#include "scoring/scorecard.hpp"

namespace pira {
namespace {

const std::string kDir = std::string(PIRA_SOURCE_DIR) + "/tests/golden/score/";

struct Published {
    std::string level, key;
    double figure;
};

std::vector<Published> load_published() {
    std::vector<Published> out;
    FILE* f = std::fopen((kDir + "relazione2025.published.csv").c_str(), "r");
    if (f == nullptr) return out;
    char line[512];
    std::fgets(line, sizeof line, f);  // header
    while (std::fgets(line, sizeof line, f) != nullptr) {
        std::string s(line);
        auto a = s.find(';');
        auto b = s.find(';', a + 1);
        auto c = s.find(';', b + 1);
        out.push_back({s.substr(0, a), s.substr(a + 1, b - a - 1),
                       parse_number(s.substr(b + 1, c - b - 1))->value});
    }
    std::fclose(f);
    return out;
}

TEST(PublishedFigures, Relazione2025) {
    Diagnostics d;
    auto table = read_table_file(kDir + "relazione2025.csv", ReaderLimits{}, d);
    ASSERT_TRUE(table.has_value());
    auto inds = build_indicators(*table, {}, d);
    Scorecard card = score(inds, Policy::standard(), d);
    for (const auto& diag : d.items()) {
        if (diag.severity == Severity::error) ADD_FAILURE() << diag.to_string();
    }
    ASSERT_FALSE(d.has_errors());

    const auto figures = load_published();
    ASSERT_GE(figures.size(), 11u);  // ten objectives at least, and the strategic objective
    std::size_t checked = 0;
    for (const auto& p : figures) {
        std::optional<double> ours;
        if (p.level == "objective") {
            for (const auto& o : card.objectives) {
                if (o.code == p.key) ours = o.performance;
            }
        } else {
            for (const auto& s : card.strategic_objectives) {
                if (s.name == p.key) ours = s.performance;
            }
        }
        ASSERT_TRUE(ours.has_value()) << p.level << " " << p.key << " not computed";
        EXPECT_DOUBLE_EQ(*ours, p.figure) << p.level << " " << p.key;
        ++checked;
    }
    EXPECT_EQ(checked, figures.size());
}

}  // namespace
}  // namespace pira
