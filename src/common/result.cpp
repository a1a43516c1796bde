#include "common/result.hpp"

#include "common/text.hpp"

namespace pira {

std::string ParseError::describe(std::string_view text) const {
    std::string out(message(code));
    if (!detail.empty()) out += " (" + detail + ")";
    out += " alla posizione " + std::to_string(char_count(text, position) + 1);
    return out;
}

}  // namespace pira
