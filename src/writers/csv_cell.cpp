#include "writers/csv_cell.hpp"

namespace pira {

std::string csv_cell(const std::string& s) {
    std::string v = s;
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '@' ||
                       (v[0] == '-' && v.find_first_not_of("-0123456789.") != std::string::npos))) {
        v = "'" + v;
    }
    if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
    std::string q = "\"";
    for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

}  // namespace pira
