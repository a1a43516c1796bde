// A canonical table read by a harness goes on as pira score, import and validate take it: typed
// for scoring and scored with the default policy, checked row by row for the dataset, and run
// through the validation rules; the messages are rendered.
#pragma once

#include <optional>

#include "fuzz_input.hpp"
#include "model/canonical_table.hpp"
#include "model/indicator.hpp"
#include "scoring/policy.hpp"
#include "scoring/scorecard.hpp"
#include "validation/row_check.hpp"
#include "validation/rules.hpp"

namespace pira::fuzz {

inline void consume_table(const std::optional<CanonicalTable>& table, Diagnostics& diags) {
    if (table) {
        const IndicatorSelection selection{};
        if (check_scoring_columns(*table, selection, diags)) {
            const auto indicators = build_indicators(*table, selection, diags);
            (void)score(indicators, Policy::standard(), diags);
        }
        (void)check_rows(*table, diags);
        ValidationInput input;
        input.table = &*table;
        input.mode = detect_mode(*table);
        (void)validate_table(input, Policy::standard().validation);
    }
    (void)render(diags);
}

}  // namespace pira::fuzz
