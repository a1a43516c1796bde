// A value as a cell holds it: missing (N/D), a quantity, a date, a yes/no, or free text.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "common/result.hpp"
#include "normalise/date.hpp"
#include "normalise/quantity.hpp"
#include "normalise/vocabulary.hpp"

namespace pira {

struct Missing {
    bool operator==(const Missing&) const = default;
};
struct Text {
    std::string text;
};

using Value = std::variant<Missing, Quantity, Date, bool, Text>;

// Machine form (docs/value-forms.md): "61.19%", "242", "2025-04-09", "si", "" for missing.
std::string machine(const Value& v);
std::string_view kind_name(const Value& v);  // "numero", "data", "si/no", "N/D", "testo"

// An actual or a baseline: N/D, a date, si/no, a quantity, or a share done ("8 su 8" is 1).
// Anything else is an error (an actual in other words could not be scored).
Result<Value> parse_value(std::string_view text, const Vocabulary& vocab = Vocabulary::standard());

// An actual: as parse_value, or, when its target is in words too ("buono"), a judgement in
// words, scored by being the same words.
Result<Value> parse_actual(std::string_view text, bool target_in_words,
                           const Vocabulary& vocab = Vocabulary::standard());

}  // namespace pira
