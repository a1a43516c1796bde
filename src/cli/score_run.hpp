// The steps `pira score` and `pira report` share: the policy, the indicators (typed from a
// table file, or read typed from the dataset), and the scoring with its diagnostics printed in
// file order.
#pragma once

#include <optional>
#include <string>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "readers/limits.hpp"
#include "scoring/policy.hpp"
#include "scoring/scorecard.hpp"
#include "store/dataset.hpp"

namespace pira {

// The default policy, or the file's; nullopt after printing why not.
std::optional<Policy> load_policy(const std::string& file);

// The dataset at --db (else $PIRA_DB, else pira.db); nullopt after printing that it does not
// exist (reading never creates one).
std::optional<Dataset> open_dataset(const std::string& db, const std::string& command);

// Scores a table read from a file and prints the diagnostics. kExitOk with `card` filled, or
// kExitInvalid (nothing to present: the figures would be incomplete).
int score_and_report(const CanonicalTable& table, std::optional<int> year, const Policy& policy,
                     const std::string& command, Scorecard& card, Diagnostics& diags);

// The same from a table file (read_table_file's formats, with its exit 2 when it cannot be
// read); a CSV file is streamed, its rows scored as they are read and never kept. With a
// `sink`, the scored indicators go to it (in file order, the card's left empty), whatever
// the format.
int score_file(const std::string& path, const ReaderLimits& limits, std::optional<int> year,
               const Policy& policy, const std::string& command, Scorecard& card,
               Diagnostics& diags, ScoredIndicatorSink* sink = nullptr);

// The same from the dataset's typed values (Dataset::indicators); `scored`, when given, gets
// the indicators scored.
int score_dataset(Dataset& dataset, std::optional<int> year, const Policy& policy,
                  const std::string& command, Scorecard& card, Diagnostics& diags,
                  std::vector<Indicator>* scored = nullptr);

}  // namespace pira
