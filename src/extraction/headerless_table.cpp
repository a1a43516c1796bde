#include "extraction/headerless_table.hpp"

#include <re2/re2.h>

#include "extraction/fields.hpp"

namespace pira {

std::optional<std::size_t> headerless_start(const std::vector<Line>& lines, std::size_t i,
                                            const ProfileTable& table, const Profile& profile,
                                            const HeaderModel& headers) {
    const std::size_t n = table.columns.size();
    const auto last = i + static_cast<std::size_t>(profile.tolerances.headerless_scan);
    for (std::size_t j = i; j < lines.size() && j < last; ++j) {
        const Line& l = lines[j];
        if (field_of(profile, l) || table.ends_at(l.text()) || headers.is_header(j))
            return std::nullopt;
        if ((l.spans.size() == n || l.spans.size() + 1 == n) &&
            RE2::FullMatch(l.spans.front().text, *table.row_pattern)) {
            return j;
        }
    }
    return std::nullopt;
}

std::optional<std::pair<std::size_t, const ProfileTable*>> first_headerless(
    const std::vector<Line>& lines, std::size_t i, const Profile& profile,
    const HeaderModel& headers) {
    std::optional<std::pair<std::size_t, const ProfileTable*>> first;
    for (const auto& table : profile.tables) {
        if (!table.row_pattern) continue;
        const auto j = headerless_start(lines, i, table, profile, headers);
        if (j && (!first || *j < first->first)) first = std::make_pair(*j, &table);
    }
    return first;
}

std::vector<Column> headerless_columns(const Line& line, const ProfileTable& table) {
    const auto& spans = line.spans;
    const bool without_name = spans.size() < table.columns.size();
    std::vector<Column> cols;
    std::size_t next = 0;
    for (const auto& pc : table.columns) {
        Column c{pc.column, pc.rest_to, 0, 0, {}, {}};
        if (without_name && pc.column == "indicator_name") {
            c.x0 = next == 0 ? 0 : spans[next - 1].x1 + 1;
            c.x1 = next < spans.size() ? spans[next].x0 - 1 : c.x0 + 1;
        } else {
            c.x0 = spans[next].x0;
            c.x1 = spans[next].x1;
            ++next;
        }
        cols.push_back(std::move(c));
    }
    return cols;
}

}  // namespace pira
