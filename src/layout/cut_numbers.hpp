// The number side of layout/cut_words: a value wider than its narrow cell, cut by the producer
// at the last digit that fits ("2.377.95" / "7", "2.377" / ".957", "=91/280" / "08"). A number
// has no vocabulary to say it was cut; its digits, its groups of thousands and the width it
// would need say it.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "layout/lines.hpp"

namespace pira {

bool all_digits(std::string_view t);

// A number's last digits alone under it ("=91/280" / "08"), maybe closing what the number
// opened ("(194/25" / "5)"); a value after it on the next line ("=91/28008" / "0,32% - 3,2")
// is the cell's next word.
bool digits_go_on(const std::string& head, const std::string& tail);

// Digits grouped by thousands as Italian documents print them: one to three digits, then
// groups of three after a dot or a space (one kind), maybe a decimal comma ("2.377.957,50").
bool well_grouped(std::string_view number);

// The head's groups of thousands are mended by the tail: "2.377.95" / "7" (a last group of two
// digits is no number), "2.377" / ".957" (a group after its dot is no value of its own). Such a
// head cannot be a whole value, so the tail is the head's, whatever the row's other cells do.
bool mends_groups(std::string_view head, std::string_view tail);

// Groups spaced and the line broken at a space between them ("2 947" / "171"): the space stays.
bool wrapped_at_space(const std::string& head, const std::string& tail);

// The head's number as printed: its last word, or, for digits going on under digits, the
// groups of thousands spaced before it ("2 377 95" / "7" is "2 377 95"); `first` is set to the
// index of its first word in A.
std::string head_number(const Span& a, const SpanWord& tail, std::size_t& first);

// Numbers joined across the row's middle line (cells centred: "2.377.95" above it, "7" below):
// each `{line, span}` goes to the line after `line`, in its place by x, as a value that fitted
// its cell sits on the row's middle, beside the unit and the performance; the rows' stages
// read the row's values from there (its middle). A line left without spans is marked emptied.
void centre_joined_numbers(std::vector<Line>& lines,
                           const std::vector<std::pair<std::size_t, std::size_t>>& joined,
                           std::vector<bool>& emptied);

}  // namespace pira
