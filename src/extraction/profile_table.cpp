// What a loaded profile answers while a document is read: the canonical column a header names,
// a later year's planned value, a table's end, its sections and carried columns; and the named
// groups a pattern matches.
#include "extraction/profile.hpp"

#include <algorithm>

#include "common/text.hpp"

namespace pira {

std::vector<std::pair<std::string, std::string>> named_matches(const RE2& pattern,
                                                               std::string_view text,
                                                               std::string_view* whole) {
    const int n = pattern.NumberOfCapturingGroups();
    std::vector<re2::StringPiece> groups(static_cast<std::size_t>(n) + 1);
    std::vector<std::pair<std::string, std::string>> out;
    if (!pattern.Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(), n + 1)) return out;
    if (whole != nullptr) *whole = std::string_view(groups[0].data(), groups[0].size());
    for (const auto& [name, index] : pattern.NamedCapturingGroups()) {
        const auto& g = groups[static_cast<std::size_t>(index)];
        if (!g.empty())
            out.emplace_back(name, std::string(trim(std::string_view(g.data(), g.size()))));
    }
    return out;
}

std::string ProfileTable::column_for(std::string_view header) const {
    const std::string h(trim(header));
    std::vector<int> matched;
    RE2::Set::ErrorInfo error{};
    if (header_set != nullptr && (header_set->Match(h, &matched, &error) || matched.empty()) &&
        error.kind == RE2::Set::kNoError) {
        if (matched.empty()) return {};
        // The first pattern that matches, as the loop below finds it.
        const auto& [column, pattern] = header_columns[static_cast<std::size_t>(
            *std::min_element(matched.begin(), matched.end()))];
        const ProfileColumn& c = columns[column];
        if (c.column != "target_{1}") return c.column;
        std::string year;
        if (RE2::FullMatch(h, *c.headers[pattern], &year)) return "target_" + year;
        return {};
    }
    for (const auto& c : columns) {
        for (const auto& re : c.headers) {
            if (c.column != "target_{1}") {
                if (RE2::FullMatch(h, *re)) return c.column;
                continue;
            }
            std::string year;
            if (RE2::FullMatch(h, *re, &year)) return "target_" + year;
        }
    }
    return {};
}

bool ProfileTable::ends_at(const std::string& text) const {
    return std::any_of(end_at.begin(), end_at.end(),
                       [&](const std::string& end) { return text.rfind(end, 0) == 0; });
}

bool ProfileTable::carries(std::string_view column) const {
    return std::any_of(columns.begin(), columns.end(),
                       [&](const ProfileColumn& c) { return c.carry && c.column == column; });
}

std::string ProfileTable::later_column_for(std::string_view header,
                                           std::string_view first_target_year) const {
    const std::string h(trim(header));
    for (const auto& c : columns) {
        for (const auto& re : c.headers) {
            std::string year;
            if (!RE2::FullMatch(h, *re, &year)) continue;
            if (c.later_to.empty() || first_target_year.empty() || year <= first_target_year) {
                return {};
            }
            return "target_" + year;
        }
    }
    return {};
}

bool ProfileTable::is_section(std::string_view header) const {
    const std::string h(trim(header));
    return std::any_of(columns.begin(), columns.end(), [&](const ProfileColumn& c) {
        return c.section && std::any_of(c.headers.begin(), c.headers.end(),
                                        [&](const auto& re) { return RE2::FullMatch(h, *re); });
    });
}

}  // namespace pira
