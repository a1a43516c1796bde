// Objective and indicator codes in canonical form, with the OCR and typing repairs the seeds
// need: 01_01_0S02, 01_01_0s02, 01_01_0502 and 01_01_05_01 (OS), 01_01_ulco1 and 03_01_uico1
// (UIC01), 01_05_0po1 (OP01), 02_01_0P0s (OP05), 01-06_0P05_03-2025 (hyphens). Codes of other
// chambers' families (mappings/codes.toml) are kept as written.
#pragma once

#include <string>
#include <string_view>

#include "common/result.hpp"

namespace pira {

struct Code {
    std::string canonical;  // "01_01_OS02", "01_01_OS02_05_2025"
    std::string family;     // "Pistoia-Prato" or the family name in mappings/codes.toml
    std::string repair;     // non-empty when the written form differed from the canonical one
};

Result<Code> parse_objective_code(std::string_view text);
Result<Code> parse_indicator_code(std::string_view text);
// parse_indicator_code()'s canonical form into `out`, without its note and family and without
// allocating beyond `out` (one code a row of a large table: the parse copied every segment);
// false, `out` unspecified, where parse_indicator_code fails.
bool indicator_code_canonical(std::string_view text, std::string& out);

}  // namespace pira
