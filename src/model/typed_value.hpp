// A value in the typed form the dataset keeps beside its text (facts.kind, op, number,
// decimals, unit; the machine form in facts.value): a value typed when it was loaded is read
// back from these columns, never parsed from its text again.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "normalise/target.hpp"
#include "normalise/value.hpp"

namespace pira {

struct TypedValue {
    std::string kind;              // kind_name(): "numero", "data", "si/no", "N/D", "testo"
    std::string op;                // a target's comparator (">=", "<="...); empty otherwise
    std::optional<double> number;  // a quantity's number; a yes/no as 1 or 0
    int decimals = 0;              // decimal digits as written ("14,30" -> 2)
    std::string unit;              // a quantity's unit id ("%", "n."); empty without one
};

TypedValue typed(const Value& v);
TypedValue typed(const Target& t);

// Back from the columns; `machine` is facts.value (the ISO date, the words of a text). nullopt
// when the columns do not make a value of their kind (a dataset written by something else).
std::optional<Value> value_of(const TypedValue& t, std::string_view machine);
std::optional<Target> target_of(const TypedValue& t, std::string_view machine);

}  // namespace pira
