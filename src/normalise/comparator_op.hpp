#pragma once

#include <optional>
#include <string_view>

namespace pira {

// The comparators a target can carry; `none` is a bare value ("100,00 %").
enum class Op { none, ge, le, gt, lt, eq };

std::string_view to_string(Op op);  // ">=", "<=", ">", "<", "=", "" for none
std::optional<Op> op_from_string(std::string_view s);

}  // namespace pira
