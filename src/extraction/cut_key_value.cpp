// A grid's key row cut by a page break the other way round: its value at the foot of one page,
// its key, alone, at the top of the next (cut_key_value, fields.hpp).
#include <cmath>

#include "common/text.hpp"
#include "extraction/fields.hpp"

namespace pira {
namespace {

// Starts within this of one another: one cell's place (as wrapped_label reads a key's parts).
constexpr double kSameStart = 2.0;
// A key's wrapped lines are at most this many line heights apart, as wrapped_label reads them.
constexpr double kKeyPitch = 1.6;
// A key wraps in its narrow cell over at most this many lines.
constexpr std::size_t kKeyLines = 4;

bool one_cell(const Line& l) {
    return l.spans.size() == 1;
}

}  // namespace

std::optional<std::pair<FieldHit, std::size_t>> cut_key_value(const Profile& p,
                                                              const std::vector<Line>& lines,
                                                              std::size_t i) {
    // The value: the last line of its page, one cell, regular type.
    if (i + 2 >= lines.size() || lines[i].record || !one_cell(lines[i]) ||
        lines[i].spans.front().bold || lines[i + 1].page != lines[i].page + 1)
        return std::nullopt;
    const Span& value = lines[i].spans.front();
    // The key: the next page's first lines, one cell each, left of the value, wrapped.
    const Span& start = lines[i + 1].spans.empty() ? value : lines[i + 1].spans.front();
    if (!one_cell(lines[i + 1]) || start.x0 >= value.x0 - kSameStart) return std::nullopt;
    std::string key(trim(start.text));
    const double height = lines[i + 1].y1 - lines[i + 1].y0;
    std::size_t last = i + 1;
    for (std::size_t j = i + 2; j < lines.size() && j <= i + kKeyLines; ++j) {
        const Line& l = lines[j];
        if (l.page != lines[i + 1].page || l.y0 - lines[j - 1].y0 > kKeyPitch * height ||
            !one_cell(l) || std::abs(l.spans.front().x0 - start.x0) >= kSameStart)
            break;
        append(key, std::string(trim(l.spans.front().text)));
        last = j;
    }
    // Whose value it is: the next key's value starts where it starts (the grid's value column).
    if (last + 1 >= lines.size()) return std::nullopt;
    const Line& next = lines[last + 1];
    if (next.page != lines[last].page || next.spans.size() < 2 ||
        std::abs(next.spans[1].x0 - value.x0) >= kSameStart ||
        (!field_of(p, next) && !wrapped_label(p, lines, last + 1)))
        return std::nullopt;
    // The key and its value as one row of the grid would have been.
    Line row = lines[last];
    row.spans = {start, value};
    row.spans.front().text = key;
    row.spans.front().x1 = std::max(start.x1, row.spans.front().x1);
    row.folded.reset();
    auto hit = field_of(p, row);
    if (!hit || hit->values.empty() || hit->value_x0 < 0) return std::nullopt;
    return std::make_pair(*hit, last);
}

}  // namespace pira
