#include "extraction/block_fields.hpp"

#include <algorithm>
#include <string_view>

#include "common/text.hpp"

#include "extraction/header_model.hpp"

namespace pira {

std::optional<std::pair<FieldHit, std::size_t>> wrapped_heading(const Profile& p,
                                                                const std::vector<Line>& lines,
                                                                std::size_t i, int max_lines) {
    if (!all_bold(lines[i]) || field_of(p, lines[i])) return std::nullopt;
    std::string text = lines[i].text();
    const auto last = i + static_cast<std::size_t>(max_lines);
    for (std::size_t j = i + 1; j < lines.size() && j < last; ++j) {
        if (!all_bold(lines[j]) || lines[j].page != lines[i].page) break;
        append(text, lines[j].text());
        for (const auto& f : p.fields) {
            if (!f.pattern) continue;
            auto values = named_matches(*f.pattern, text);
            if (!values.empty()) return std::make_pair(FieldHit{values, f.level, f.next_line}, j);
        }
    }
    return std::nullopt;
}

void BlockFields::set(const FieldHit& f) {
    const bool new_block = after_table_;
    if (after_table_) {
        after_table_ = false;
        ++block_;
    }
    std::erase_if(fields_, [&](const auto& kv) {
        return kv.second.level > f.level || (new_block && kv.second.level == f.level);
    });
    for (const auto& [column, value] : f.values) put(column, value, f.level, f.split);
    pending_ = f.pending;
    pending_level_ = f.level;
    pending_split_ = f.split;
}

void BlockFields::put(const std::string& column, const std::string& value, int level,
                      const RE2* split) {
    std::vector<std::pair<std::string, std::string>> parts;
    if (split != nullptr) parts = named_matches(*split, value);
    if (parts.empty()) {
        fields_[column] = {value, level};
        return;
    }
    const std::string_view whole = trim(value);
    for (const auto& [c, v] : parts) fields_[c] = {v, level, !whole.ends_with(trim(v))};
}

bool BlockFields::take_wrapped(const Line& line) {
    const auto* columns = wrap_.continued_by(line);
    if (columns == nullptr) return false;
    for (const auto& column : *columns) {
        Value& v = fields_[column];
        if (!v.rest_dropped) append(v.text, line.text());
    }
    return true;
}

bool BlockFields::take_pending(const Line& line) {
    if (pending_.empty()) return false;
    const std::string column = std::exchange(pending_, {});
    const std::string text = line.text();
    // Another label ("Unità organizzative coinvolte:") says the value is missing.
    if (text.empty() || text.back() == ':') return false;
    put(column, text, pending_level_, pending_split_);
    // A long value (a programme's name) wraps under itself.
    wrap_.start(FieldHit{{{column, text}}, pending_level_, {}, line.spans.front().x0}, line);
    return true;
}

std::map<std::string, std::string> BlockFields::values() const {
    std::map<std::string, std::string> out;
    for (const auto& [column, value] : fields_) {
        if (column != kIgnoredColumn) out[column] = value.text;
    }
    return out;
}

}  // namespace pira
