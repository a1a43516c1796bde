// `pira score` output: text for people (Italian), JSON and CSV for programs (machine form).
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "scoring/policy.hpp"
#include "scoring/scorecard.hpp"

namespace pira {

void write_score_text(std::ostream& out, const Scorecard& card, const Policy& policy);
class JsonOut;

// The JSON's indicators, written as they are scored: they come last in the JSON, after the
// figures that need every row, so their text is kept (in blocks, not as scored indicators with
// six strings each) until write_score_json puts it in its place.
class ScoreJsonIndicators : public ScoredIndicatorSink {
  public:
    ScoreJsonIndicators();
    ~ScoreJsonIndicators() override;
    ScoreJsonIndicators(const ScoreJsonIndicators&) = delete;
    ScoreJsonIndicators& operator=(const ScoreJsonIndicators&) = delete;
    void add(const ScoredIndicator& indicator) override;
    void clear() override;
    // The array's items as written so far, and how many they are.
    const std::vector<std::string>& blocks();
    std::size_t count() const { return count_; }

  private:
    std::vector<std::string> blocks_;
    std::unique_ptr<JsonOut> out_;
    std::size_t count_ = 0;
};

// The JSON of docs/cli.md; with `indicators`, the indicators are theirs (the card's are not
// used).
void write_score_json(std::ostream& out, const Scorecard& card, const Policy& policy,
                      ScoreJsonIndicators* indicators = nullptr);
// The CSV's indicator rows, written as they are scored and kept as text (in blocks) until
// write_score_csv puts them after the objectives: a scored indicator kept per row took
// several times its row's text.
class ScoreCsvIndicators : public ScoredIndicatorSink {
  public:
    explicit ScoreCsvIndicators(const Policy& policy) : policy_(policy) {}
    void add(const ScoredIndicator& indicator) override;
    void clear() override { blocks_.clear(); }
    const std::vector<std::string>& blocks() const { return blocks_; }

  private:
    const Policy& policy_;
    std::vector<std::string> blocks_;
};

// The indicators of a text report, which shows none: not kept.
class DroppedIndicators : public ScoredIndicatorSink {
  public:
    void add(const ScoredIndicator&) override {}
    void clear() override {}
};

// One row per figure: level,code,name,parent,weight,performance,status. With `indicators`,
// the indicators are theirs (the card's are not used).
void write_score_csv(std::ostream& out, const Scorecard& card, const Policy& policy,
                     const ScoreCsvIndicators* indicators = nullptr);

}  // namespace pira
