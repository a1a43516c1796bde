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
            if (values.empty()) continue;
            apply_set(f.set, values);
            return std::make_pair(FieldHit{values, f.level, f.next_line}, j);
        }
    }
    return std::nullopt;
}

void BlockFields::set(const FieldHit& f) {
    if (f.for_next) {  // "Cod.: B1": the next field's
        held_ = f.values;
        pending_ = f.pending;
        pending_for_next_ = !f.pending.empty();
        return;
    }
    const bool new_block = after_table_;
    if (after_table_) {
        after_table_ = false;
        ++block_;
    }
    std::erase_if(fields_, [&](const auto& kv) {
        return kv.second.level > f.level || (new_block && kv.second.level == f.level);
    });
    for (const auto& [column, value] : f.values)
        put(column, with_held(value, f.split), f.level, f.split, f.set);
    pending_ = f.pending;
    pending_level_ = f.level;
    pending_split_ = f.split;
    pending_set_ = f.set;
    pending_for_next_ = false;
    if (pending_.empty()) give_held(f.level, f.set);
}

// A labelled value split by its field's pattern, after a code in a field of its own: read as
// written with its code first ("Cod.: I.2" then "I.2. - Garantire ..." is "I.2 I.2. - ..."),
// so that the split tells the code from the name as where the code is inline.
std::string BlockFields::with_held(const std::string& value, const RE2* split) {
    if (split == nullptr || held_.size() != 1) return value;
    std::string out = held_.front().second + " " + value;
    held_.clear();
    return out;
}

void BlockFields::give_held(int level, const FieldSet* set) {
    if (held_.empty()) return;
    for (const auto& [column, value] : held_) {
        if (fields_.count(column) == 0 || fields_[column].level < level)
            fields_[column] = {value, level};
    }
    held_.clear();
    if (set == nullptr || set->empty()) return;
    std::vector<std::pair<std::string, std::string>> now;
    for (const auto& [column, value] : fields_) now.emplace_back(column, value.text);
    apply_set(*set, now);
    for (const auto& [column, tmpl] : *set) {
        for (const auto& [c, v] : now) {
            if (c == column) fields_[c] = {v, level};
        }
    }
}

void BlockFields::put(const std::string& column, const std::string& value, int level,
                      const RE2* split, const FieldSet* set) {
    wraps_into_.erase(column);
    std::vector<std::pair<std::string, std::string>> parts;
    if (split != nullptr) parts = named_matches(*split, value);
    if (parts.empty()) {
        fields_[column] = {value, level};
        return;
    }
    const std::size_t matched = parts.size();
    const std::string_view whole = trim(value);
    if (set != nullptr) apply_set(*set, parts);
    std::vector<std::string> into;
    std::vector<std::string> ending;  // the matched values that end the value
    for (std::size_t k = 0; k < parts.size(); ++k) {
        const auto& [c, v] = parts[k];
        // A matched group the value goes on after ("Euro 39.000 (cui si aggiungono ..."): the
        // value's rest, and the lines wrapped under it, are not the group's.
        fields_[c] = {v, level, k < matched && !whole.ends_with(trim(v))};
        // A group that ends the value, or a set column ending with one, goes on with its lines.
        const bool ends = k < matched ? value.ends_with(v)
                                      : std::any_of(ending.begin(), ending.end(),
                                                    [&, &v = v](const auto& e) {  // clang 14
                                                        return v.ends_with(e);
                                                    });
        if (ends) into.push_back(c);
        if (ends && k < matched) ending.push_back(v);
    }
    // When no group ends it, the wrapped lines stay the labelled column's, as before.
    if (!into.empty()) wraps_into_[column] = std::move(into);
}

bool BlockFields::take_wrapped(const Line& line, double right_edge) {
    const auto* columns = wrap_.continued_by(line, right_edge);
    if (columns == nullptr) return false;
    for (const auto& column : *columns) {
        const auto split = wraps_into_.find(column);
        if (split != wraps_into_.end()) {
            for (const auto& c : split->second) append(fields_[c].text, line.text());
            continue;
        }
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
    if (std::exchange(pending_for_next_, false)) {
        held_ = {{column, text}};
        return true;
    }
    put(column, with_held(text, pending_split_), pending_level_, pending_split_, pending_set_);
    give_held(pending_level_, pending_set_);
    // A long value (a programme's name) wraps under itself. Alone on its line under its key,
    // it is a paragraph as wide as the page's text: a line of it that left room for the next
    // line's first word was its last ("E2 - Diffusione della cultura della legalità", then a
    // tree row without a label, "E.2.4. - Azioni ...", at the same margin).
    FieldHit hit{{{column, text}}, pending_level_, {}, line.spans.front().x0};
    hit.to_row_end = line.spans.size() == 1;
    wrap_.start(hit, line);
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
