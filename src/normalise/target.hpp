// A target: comparator + value, the comparator in its own cell or glued (">= 80%", ">=1N.",
// "&gt;=", "$\geq 0,97$ N", "<math>\geq 800 N.</math>"), a bare value ("100,00 %"), a deadline
// ("Entro 30-04-2025", "<= 31/12/2026", "30.11.2026", "entro il 31/12/2020"), si/no, or text
// ("timing (pag. 31-32 Piano Performance)").
#pragma once

#include <string>
#include <string_view>

#include "common/result.hpp"
#include "normalise/comparator_op.hpp"
#include "normalise/value.hpp"

namespace pira {

struct Target {
    Op op = Op::none;  // none: a bare value; its reading is the scoring policy's
    Value value;
    std::string repair;  // non-empty when OCR noise was repaired ("5=" read as ">=")

    bool is_deadline() const { return std::holds_alternative<Date>(value); }
    // "<op> <value>" in machine form: ">= 80%", "<= 2025-04-30", "= si"; a bare value alone.
    std::string machine() const;
};

Result<Target> parse_target(std::string_view text,
                            const Vocabulary& vocab = Vocabulary::standard());

// The comparator in its own cell, the value in the next one.
Result<Target> parse_target(std::string_view comparator_cell, std::string_view value_cell,
                            const Vocabulary& vocab = Vocabulary::standard());

// Whether a target cell holds a target in words ("buono", "realizzazione del report").
bool target_in_words(std::string_view text);

}  // namespace pira
