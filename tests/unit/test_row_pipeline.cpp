// Rows typed on a second thread (TypedRowPipeline) score as rows typed one after another:
// the same JSON byte for byte and the same findings in the same order, whatever the batch
// size; a pipeline dropped midway (a reading that failed) neither hangs nor crashes.
#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "readers/csv_reader.hpp"
#include "scoring/row_pipeline.hpp"
#include "scoring/scorecard.hpp"
#include "writers/score_writers.hpp"

namespace pira {
namespace {

// The Relazione 2025's table many times over, with rows the typing and the scoring report on
// (a target that is no target, an N/D actual, an empty weight, another year, a blank line).
std::string table_text() {
    std::ifstream in(std::string(PIRA_SOURCE_DIR) + "/samples/relazione2025/indicatori.csv");
    std::string header, line, rows;
    std::getline(in, header);
    while (std::getline(in, line)) rows += line + "\n";
    std::string text = header + "\n";
    const std::string ente = "Camera;Relazione;";
    for (int copy = 0; copy < 40; ++copy) {
        text += rows;
        text += ente + "2025;Area;Strategico;09_99_x" + std::to_string(copy) +
                ";Obiettivo;;Indicatore;più o meno;3;50,00%;r\n";
        text += ente + "2025;Area;Strategico;09_99_x" + std::to_string(copy) +
                ";Obiettivo;;Indicatore N/D;>= 2;N/D;;r\n\n";
        text += ente + "2024;Area;Strategico;09_98_y;Obiettivo;;Altro anno;>= 2;3;100;r\n";
    }
    return text;
}

struct Outcome {
    std::string json;
    std::vector<std::string> findings;
};

// The table scored with its rows typed in place (batch_rows 0) or through a pipeline.
Outcome score_text(const std::string& text, std::size_t batch_rows, std::optional<int> year) {
    const Policy policy = Policy::standard();
    const IndicatorSelection selection{year};
    Diagnostics read, scoring;
    ScoreJsonIndicators json;
    ScoreBuilder builder(policy, scoring, &json);
    CanonicalTable header;
    std::optional<IndicatorReader> reader;
    std::optional<TypedRowPipeline> pipeline;
    Indicator ind;
    const auto take = [&](const Indicator& i) { builder.add(i); };
    const CsvRowSink sink{
        [&](const CanonicalTable& t) {
            header = t;
            reader.emplace(header, selection);
            if (batch_rows == 0) return;
            pipeline.emplace(
                *reader, policy, scoring,
                [&](const Indicator& i, const ScoredIndicator& si) { builder.add(i, si); },
                batch_rows);
        },
        [&](const CanonicalTable&, TableRow& row) {
            if (pipeline) {
                pipeline->add(row);
            } else if (reader->fill(row, scoring, ind)) {
                take(ind);
            }
        }};
    EXPECT_TRUE(stream_csv_table(text, "t.csv", ReaderLimits{}, read, sink));
    if (pipeline) pipeline->finish();
    const Scorecard card = builder.finish();
    Outcome out;
    std::ostringstream s;
    write_score_json(s, card, policy, &json);
    out.json = s.str();
    for (const auto& d : scoring.items()) out.findings.push_back(d.to_string());
    return out;
}

TEST(RowPipeline, ScoresAsRowsTypedInTurn) {
    const std::string text = table_text();
    for (std::optional<int> year : {std::optional<int>(), std::optional<int>(2025)}) {
        const Outcome alone = score_text(text, 0, year);
        ASSERT_GT(alone.findings.size(), 40u);
        ASSERT_NE(alone.json.find("\"indicators\": [\n"), std::string::npos);
        for (std::size_t batch : {1u, 3u, 64u, 1024u, 100000u}) {
            const Outcome piped = score_text(text, batch, year);
            EXPECT_EQ(piped.json, alone.json) << batch;
            EXPECT_EQ(piped.findings, alone.findings) << batch;
        }
    }
}

TEST(RowPipeline, DroppedMidwayEndsCleanly) {
    const std::string text = table_text();
    const IndicatorSelection selection{};
    Diagnostics read, scoring;
    CanonicalTable header;
    std::optional<IndicatorReader> reader;
    std::optional<TypedRowPipeline> pipeline;
    std::size_t rows = 0, taken = 0;
    const CsvRowSink sink{[&](const CanonicalTable& t) {
                              header = t;
                              reader.emplace(header, selection);
                              pipeline.emplace(
                                  *reader, Policy::standard(), scoring,
                                  [&](const Indicator&, const ScoredIndicator&) { ++taken; }, 16);
                          },
                          [&](const CanonicalTable&, TableRow& row) {
                              if (++rows == 500) pipeline.reset();  // as a failed reading does
                              if (pipeline) pipeline->add(row);
                          }};
    EXPECT_TRUE(stream_csv_table(text, "t.csv", ReaderLimits{}, read, sink));
    EXPECT_LT(taken, 500u);
    EXPECT_GT(taken, 0u);
}

}  // namespace
}  // namespace pira
