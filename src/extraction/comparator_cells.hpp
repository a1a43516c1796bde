// Comparators as table cells: the symbol forms of mappings/comparators.toml (">=", "≥", "=<"...),
// not a list of the extractor's own. Words ("entro", "almeno") are values' text, not cells.
#pragma once

#include <cstddef>
#include <string_view>

namespace pira {

// Whether a cell holds a comparator and nothing else (">=" in a cell of its own).
bool is_comparator_cell(std::string_view text);

// Whether a cell is a comparator, or its OCR form ("5=" for ">=") before a number: in an
// operator column of its own, the OCR form is a comparator as it is glued to its value.
bool is_comparator_cell_before(std::string_view text, std::string_view next);

// Whether a text is a comparator in any of the vocabulary's forms and nothing else ("<=",
// "entro", "Entro il"): a target whose value is still to come.
bool is_comparator_only(std::string_view text);

// The length of the comparator symbol that starts the text (">= 80" -> 2), 0 for none.
std::size_t comparator_prefix(std::string_view text);

}  // namespace pira
