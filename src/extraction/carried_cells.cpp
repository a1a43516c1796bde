#include "extraction/carried_cells.hpp"

#include <algorithm>

namespace pira {

void CarriedCells::apply(Row& row, const ProfileTable& table) {
    for (const ProfileColumn& c : table.columns) {
        if (!c.carry) continue;
        auto& parts = row.parts[c.column];
        const bool empty =
            std::all_of(parts.begin(), parts.end(), [](const auto& p) { return p.second.empty(); });
        if (!empty) {
            last_[c.column] = parts;
        } else if (auto above = last_.find(c.column); above != last_.end()) {
            parts = above->second;
        }
    }
}

}  // namespace pira
