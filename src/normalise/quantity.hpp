// A number with its unit: "258,52 N.", "-22,01gg", "4.000,00 Euro", "€ 1.107.200,00",
// "14,30%". The unit goes through the units vocabulary; an unknown unit is an error.
#pragma once

#include <string>
#include <string_view>

#include "common/result.hpp"
#include "normalise/number.hpp"
#include "normalise/vocabulary.hpp"

namespace pira {

struct Quantity {
    Number number;
    const Unit* unit = nullptr;  // nullptr: no unit written
    std::string repair;          // non-empty when OCR noise was repaired ("IN." read as 1 N.)

    bool is_percent() const { return unit != nullptr && unit->kind == UnitKind::percent; }
    // Machine form: "61.19%", "242", "1.53" (the unit, other than %, goes to the unit column).
    std::string machine() const;
};

Result<Quantity> parse_quantity(std::string_view text,
                                const Vocabulary& vocab = Vocabulary::standard());

}  // namespace pira
