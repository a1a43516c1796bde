// The whole computation: indicators -> objectives -> strategic objectives -> areas -> ente, as
// the policy says. Each level keeps what it was computed from, for the report and the JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/diagnostic.hpp"
#include "model/indicator.hpp"
#include "scoring/policy.hpp"

namespace pira {

struct ScoredIndicator {
    std::string objective_code, code, name, target, actual, source_ref;
    double weight = 0.0;
    std::optional<double> performance;  // unrounded; nullopt when excluded
    bool excluded = false;
};

struct ScoredObjective {
    std::string code, name, strategic_objective, area;
    std::optional<double> weight;       // objective_weight, when given
    std::optional<double> performance;  // rounded by the policy; nullopt: nothing measured
    double weights_sum = 0.0;
    std::size_t indicators = 0, excluded = 0;
};

struct ScoredGroup {  // a strategic objective or an area
    std::string name, area;
    std::optional<double> weight;
    std::optional<double> performance;
    std::size_t children = 0;
};

struct Scorecard {
    std::optional<double> ente;
    std::vector<ScoredGroup> areas, strategic_objectives;
    std::vector<ScoredObjective> objectives;
    std::vector<ScoredIndicator> indicators;
};

// Where scored indicators go instead of the card, one at a time as they are scored (a large
// table's JSON is written as it is read, rather than its indicators kept to the end). The
// indicator is reused for the next one: copy what must outlive the call.
class ScoredIndicatorSink {
  public:
    virtual ~ScoredIndicatorSink() = default;
    virtual void add(const ScoredIndicator& indicator) = 0;
    // Forgets every indicator added (a table read again from its start).
    virtual void clear() = 0;
};

// A figure and its weight, as a level combines them.
struct ScoreItem {
    double value = 0.0;
    std::optional<double> weight;
};

// The scoring one indicator at a time, so a large table is scored as it is read: each
// indicator is scored as it comes, its objective keeps only what its check and its mean need;
// finish() scores the objectives and the levels above them.
class ScoreBuilder {
  public:
    // With a `sink`, the indicators go to it and the card's indicators stay empty.
    ScoreBuilder(const Policy& policy, Diagnostics& diags, ScoredIndicatorSink* sink = nullptr)
        : policy_(policy), diags_(diags), sink_(sink) {}
    // Room for about `indicators` (a table's line count): growing the vectors row by row moved
    // every scored indicator several times and left the freed blocks to consolidate.
    void reserve(std::size_t indicators);
    void add(const Indicator& ind);
    // The same for an indicator scored already by score_one_indicator (on another thread).
    void add(const Indicator& ind, const ScoredIndicator& scored);
    Scorecard finish();

  private:
    // An objective's indicators are chained through one array of entries rather than kept in
    // two small vectors per objective: 40,000 objectives made 250,000 allocations and frees.
    static constexpr std::uint32_t kNone = UINT32_MAX;
    struct Entry {
        double weight = 0.0;
        std::optional<double> performance;  // the measured ones
        std::uint32_t next = kNone;         // the objective's next indicator
    };
    struct Members {
        std::uint32_t first = kNone, last = kNone;
        int decimals = 0;
        bool all_weighted = true;
        Place first_weight_place;  // where the objective's findings point
    };
    void score_objective(ScoredObjective& obj, const Members& m);
    void count_in(const Indicator& ind, const ScoredIndicator& s);
    std::size_t objective_of(const Indicator& ind);

    const Policy& policy_;
    Diagnostics& diags_;
    ScoredIndicatorSink* sink_;
    ScoredIndicator current_;  // refilled row after row when there is a sink
    Scorecard card_;
    std::unordered_map<std::string, std::size_t> objective_index_;
    std::vector<Members> members_;
    std::vector<Entry> entries_;
    std::size_t last_objective_ = SIZE_MAX;  // rows of an objective mostly follow each other
    std::vector<double> weights_;            // finish()'s, reused objective after objective
    std::vector<ScoreItem> items_;
};

// One indicator's own figure into `s` (every member set: it may be a reused one), its
// findings into `diags`; it reads only the policy, so another thread may run it.
void score_one_indicator(const Indicator& ind, const Policy& policy, Diagnostics& diags,
                         ScoredIndicator& s);

// Rows that cannot be scored become errors in `diags`; the caller must not present the
// scorecard as complete when diags has errors.
Scorecard score(const std::vector<Indicator>& indicators, const Policy& policy, Diagnostics& diags);

}  // namespace pira
