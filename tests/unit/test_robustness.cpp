// Every parser, fed thousands of damaged values (deterministic mutations of the seeds' forms):
// each returns a value or an error with a position inside the text, and never crashes. Run under
// AddressSanitizer and UBSan by the Debug preset.
#include <gtest/gtest.h>

#include <random>

#include "normalise/code.hpp"
#include "normalise/markup.hpp"
#include "normalise/programme.hpp"
#include "normalise/target.hpp"
#include "readers/csv_reader.hpp"

namespace pira {
namespace {

const std::vector<std::string> kSeeds{">= 80,00 %",
                                      "Entro 30-04-2025",
                                      "<math>\\geq 800 N.</math>",
                                      "$\\geq 0,97$ N",
                                      "&gt;= 30 N.",
                                      "€ 1.107.200,00",
                                      "-22,01gg",
                                      "1,050 N.",
                                      "30 novembre 2026",
                                      "01_01_0S02",
                                      "01-06_0P05_03-2025",
                                      "03_01_uico1",
                                      "n.d.",
                                      "sì",
                                      "realizzazione",
                                      "≥ 12",
                                      "5= 80,00 %",
                                      "IN.",
                                      "10.588.411",
                                      "timing (pag. 31-32 Piano Performance)",
                                      "31/02/2025",
                                      "A.3.4",
                                      "OS_02.03",
                                      "€",
                                      "\xE2\x88\x92"};

std::string mutate(std::string s, std::mt19937& rng) {
    static const std::string alphabet = "0123456789.,;%<>=-_/ NnOoSsIl€\xC3\xA0\xE2\x89\xA5$\\&#\"";
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
        const std::size_t at = s.empty() ? 0 : rng() % (s.size() + 1);
        switch (rng() % 4) {
            case 0:
                s.insert(at, 1, alphabet[rng() % alphabet.size()]);
                break;
            case 1:
                if (at < s.size()) s.erase(at, 1);
                break;
            case 2:
                if (at < s.size()) s[at] = alphabet[rng() % alphabet.size()];
                break;
            default:
                s = s.substr(0, at);
                break;  // truncation, also mid UTF-8 sequence
        }
    }
    return s;
}

TEST(Robustness, ParsersNeverCrashAndStopInsideTheText) {
    std::mt19937 rng(20251122);
    std::size_t values = 0, errors = 0;
    for (int round = 0; round < 400; ++round) {
        for (const auto& seed : kSeeds) {
            const std::string text = mutate(seed, rng);
            ++values;
            auto t = parse_target(text);
            if (!t) {
                ++errors;
                EXPECT_LE(t.error().position, strip_markup(text).size() + 1) << text;
                EXPECT_FALSE(t.error().describe(text).empty());
            } else {
                (void)t->machine();
            }
            if (auto v = parse_value(text); !v) {
                EXPECT_LE(v.error().position, text.size()) << text;
            }
            if (auto c = parse_objective_code(text); !c) {
                EXPECT_LE(c.error().position, text.size()) << text;
            }
            (void)parse_indicator_code(text);
            (void)parse_date(text);
            (void)classify_programme(text, text);
        }
    }
    EXPECT_EQ(values, 400u * kSeeds.size());
    EXPECT_GT(errors, values / 10);  // the mutations do break most values
}

TEST(Robustness, CsvReaderOnDamagedTables) {
    std::mt19937 rng(7);
    const std::string table =
        "objective_code;indicator_name;target;actual;weight\n"
        "01_01_OS02;\"Desk; \"\"nuovo\"\"\";>=3 N.;3N.;20,00%\n01_01_OS03;Bandi;1N.;1N.;100\n";
    for (int round = 0; round < 500; ++round) {
        std::string damaged = table;
        for (int e = 0; e < 3; ++e) damaged = mutate(damaged, rng);
        Diagnostics diags;
        auto t = read_csv_table(damaged, "t.csv", ReaderLimits{}, diags);
        EXPECT_TRUE(t.has_value() || diags.has_errors()) << damaged;
    }
}

}  // namespace
}  // namespace pira
