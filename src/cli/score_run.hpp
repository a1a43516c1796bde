// The steps `pira score` and `pira report` share: the policy, the table (from a file or the
// dataset), and the scoring with its diagnostics printed in file order.
#pragma once

#include <optional>
#include <string>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "scoring/policy.hpp"
#include "scoring/scorecard.hpp"

namespace pira {

// The default policy, or the file's; nullopt after printing why not.
std::optional<Policy> load_policy(const std::string& file);

// The dataset's table for `year` (all years when empty); nullopt after printing that the
// dataset does not exist (reading never creates one).
std::optional<CanonicalTable> dataset_table(const std::string& db, std::optional<int> year,
                                            const std::string& command);

// Scores the table and prints the diagnostics. kExitOk with `card` filled, or kExitInvalid
// (nothing to present: the figures would be incomplete).
int score_and_report(const CanonicalTable& table, std::optional<int> year, bool from_dataset,
                     const Policy& policy, const std::string& command, Scorecard& card,
                     Diagnostics& diags);

}  // namespace pira
