#include "common/place.hpp"

namespace pira {

std::string Place::to_string() const {
    if (!cell.empty()) return file + "#" + cell;
    if (page != 0 && line != 0)
        return file + "#page=" + std::to_string(page) + ", riga " + std::to_string(line);
    if (page != 0) return file + "#page=" + std::to_string(page);
    if (line == 0) return file;
    std::string out = file + ":" + std::to_string(line);
    if (column != 0) out += ":" + std::to_string(column);
    return out;
}

std::string Place::source_ref() const {
    if (!cell.empty()) return file + "#" + cell;
    if (page != 0) return file + "#page=" + std::to_string(page);
    if (line != 0) return file + "#line=" + std::to_string(line);
    return file;
}

}  // namespace pira
