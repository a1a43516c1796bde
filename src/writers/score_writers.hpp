// `pira score` output: text for people (Italian), JSON and CSV for programs (machine form).
#pragma once

#include <ostream>

#include "scoring/policy.hpp"
#include "scoring/scorecard.hpp"

namespace pira {

void write_score_text(std::ostream& out, const Scorecard& card, const Policy& policy);
// The JSON of docs/cli.md.
void write_score_json(std::ostream& out, const Scorecard& card, const Policy& policy);
// One row per figure: level,code,name,parent,weight,performance,status.
void write_score_csv(std::ostream& out, const Scorecard& card, const Policy& policy);

}  // namespace pira
