#include "extraction/fields.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>

#include "common/text.hpp"

namespace pira {

void append(std::string& to, const std::string& text) {
    if (text.empty()) return;
    // Not after a slash: "bambino/" then "Numero" had a space in the source, "Imprese/" then
    // "stakeholders" had none, and the page cannot tell them apart (docs/extraction.md).
    const bool broken_at_hyphen = to.size() >= 2 && to.back() == '-' && to[to.size() - 2] != ' ' &&
                                  std::isalnum(static_cast<unsigned char>(text.front()));
    if (!to.empty() && !broken_at_hyphen) to += ' ';
    to += text;
}

void apply_set(const FieldSet& set, std::vector<std::pair<std::string, std::string>>& values) {
    auto value_of = [&](std::string_view column) -> const std::string* {
        for (const auto& [c, v] : values) {
            if (c == column) return &v;
        }
        return nullptr;
    };
    for (const auto& [column, tmpl] : set) {
        std::string out;
        bool complete = true;
        for (std::size_t k = 0; k < tmpl.size(); ++k) {
            const auto close = tmpl.find('}', k);
            if (tmpl[k] != '{' || close == std::string::npos) {
                out += tmpl[k];
                continue;
            }
            const std::string* v = value_of(std::string_view(tmpl).substr(k + 1, close - k - 1));
            complete = complete && v != nullptr;
            if (v != nullptr) out += *v;
            k = close;
        }
        if (!complete) continue;
        std::erase_if(values, [&, &column = column](const auto& kv) {  // clang 14
            return kv.first == column;
        });
        values.emplace_back(column, std::move(out));
    }
}

namespace {

// Where the value starts when the label fills whole spans ("Obiettivo:" | "La transizione ...").
double value_start(const Line& line, std::size_t label_size) {
    std::size_t seen = 0;
    for (std::size_t k = 0; k + 1 < line.spans.size(); ++k) {
        seen += line.spans[k].text.size() + (k == 0 ? 0 : 1);
        if (seen == label_size) return line.spans[k + 1].x0;
        if (seen > label_size) break;
    }
    return -1;
}

// A label written as a key cell of its own, without its colon, capitalised or in capitals
// ("Codice" | "01_01_OS02" in a two-column grid, or "CODICE" above its value): the key is the
// line's first cell. Not a table's row of three cells or more (a key and its value are two), whose
// first cell may read like a label: a header row, bold or not ("Cod." | "Indicatore" | "Descr."
// ...). A key is written with its capital (or in capitals): a lone word in lower case is a wrapped
// cell's last ("... previsti a" over "budget"), not the key "Budget".
std::optional<FieldHit> key_cell(const Line& line, const std::string& first_folded,
                                 const ProfileField& f) {
    if (std::find(f.keys.begin(), f.keys.end(), first_folded) == f.keys.end()) return std::nullopt;
    if (line.spans.size() >= 3) return std::nullopt;
    const std::string& key = line.spans.front().text;
    if (!key.empty() && key[0] >= 'a' && key[0] <= 'z') return std::nullopt;
    std::string rest;
    for (std::size_t k = 1; k < line.spans.size(); ++k) append(rest, line.spans[k].text);
    FieldHit hit{{}, f.level, f.column};
    if (!rest.empty()) hit = FieldHit{{{f.column, rest}}, f.level, {}, line.spans[1].x0};
    hit.split = f.split.get();
    hit.set = &f.set;
    hit.for_next = f.for_next;
    return hit;
}

// `label` begins with `part` followed by a space: a label wrapped after `part`; or after a
// hyphen, where the label goes on without a space ("Ambito strategico CCIAA PT-" over "PO").
bool starts_label_part(std::string_view label, std::string_view part) {
    return label.size() > part.size() && (label[part.size()] == ' ' || part.ends_with('-')) &&
           label.starts_with(part);
}

// A label as a key cell shows it: without its colon.
std::string_view key_form(std::string_view label) {
    label = trim(label);
    return label.ends_with(':') ? label.substr(0, label.size() - 1) : label;
}

// A heading line matched by its pattern: its groups, the columns set from them, and, when its
// last cell wraps, the values that end the line (and the set columns ending with one of them).
FieldHit pattern_hit(const ProfileField& f, const Line& line, const std::string& text,
                     std::vector<std::pair<std::string, std::string>> values) {
    FieldHit hit{std::move(values), f.level, f.next_line};
    hit.figure = f.figure.get();
    apply_set(f.set, hit.values);
    if (!f.wraps || line.spans.empty()) return hit;
    // The last cell wraps: the values that end the line go on with it.
    hit.value_x0 = line.spans.back().x0;
    hit.to_row_end = true;
    for (const auto& [column, value] : hit.values) {
        if (trim(text).ends_with(value)) hit.wrap_columns.push_back(column);
    }
    for (const auto& [column, tmpl] : f.set) {
        for (const auto& wrapping : std::vector<std::string>(hit.wrap_columns)) {
            if (tmpl.ends_with("{" + wrapping + "}") && column != wrapping)
                hit.wrap_columns.push_back(column);
        }
    }
    if (hit.wrap_columns.empty()) hit.value_x0 = -1;  // no value ends the line
    return hit;
}

}  // namespace

// Whether a heading pattern reads the column a for_next code holds (see field_of).
static bool reads_held(const ProfileField& f, std::string_view held) {
    return !held.empty() && f.pattern->NamedCapturingGroups().contains(std::string(held));
}

std::optional<FieldHit> field_of(const Profile& p, const Line& line, std::string_view held) {
    const std::string text = line.text();
    std::optional<std::string> first;  // the first cell folded, once, if a key cell is sought
    for (const auto& f : p.fields) {
        if (f.pattern) {
            if (reads_held(f, held)) continue;
            auto values = named_matches(*f.pattern, text);
            if (values.empty()) continue;
            return pattern_hit(f, line, text, std::move(values));
        }
        for (const auto& label : f.labels) {
            if (text.rfind(label, 0) != 0) continue;
            std::string rest(trim(text.substr(label.size())));
            if (rest.empty()) {
                FieldHit pending{{}, f.level, f.column};
                pending.split = f.split.get();
                pending.set = &f.set;
                pending.for_next = f.for_next;
                return pending;
            }
            const double x0 = value_start(line, std::string(trim(label)).size());
            FieldHit hit{{{f.column, std::move(rest)}}, f.level, {}, x0};
            hit.wraps_to_label = x0 < 0;
            hit.split = f.split.get();
            hit.set = &f.set;
            hit.for_next = f.for_next;
            return hit;
        }
        // A key cell is short: longer first cells are not folded at all.
        if (!f.keys.empty() && !line.spans.empty() && line.spans.front().text.size() <= 80) {
            if (!first) first = fold(line.spans.front().text);
            if (auto hit = key_cell(line, *first, f)) return hit;
        }
    }
    return std::nullopt;
}

std::optional<std::pair<FieldHit, std::size_t>> wrapped_label(const Profile& p,
                                                              const std::vector<Line>& lines,
                                                              std::size_t i) {
    const Line& first = lines[i];
    if (first.record || first.spans.empty()) return std::nullopt;
    const Span& start = first.spans.front();
    const std::string_view head = trim(start.text);
    const double height = first.y1 - first.y0;
    for (const auto& f : p.fields) {
        for (const auto& label : f.labels) {
            // Most lines start no label: told without building the joined text (once per label
            // and line, it was a tenth of the extractor's instructions).
            if (!starts_label_part(label, head)) continue;
            std::string joined(head);
            std::string value;
            double value_x0 = -1;
            auto take_value = [&](const Line& l, std::size_t from) {
                for (std::size_t k = from; k < l.spans.size(); ++k) {
                    if (value_x0 < 0) value_x0 = l.spans[k].x0;
                    append(value, l.spans[k].text);
                }
            };
            take_value(first, 1);
            for (std::size_t j = i + 1; j < lines.size() && j <= i + 4; ++j) {
                const Line& l = lines[j];
                // A key cell cut by a page break goes on at the top of the next page.
                const bool page_top = l.page == lines[j - 1].page + 1;
                if (l.spans.empty() || (l.page != lines[j - 1].page && !page_top) ||
                    (!page_top && l.y0 - lines[j - 1].y0 > 1.6 * height))
                    break;
                const Span& s = l.spans.front();
                if (std::abs(s.x0 - start.x0) >= 2.0) {  // the value, between the label's parts
                    take_value(l, 0);
                    continue;
                }
                append(joined, std::string(trim(s.text)));
                take_value(l, 1);
                const bool whole = joined == trim(label) || joined == key_form(label);
                // The whole key with no value beside it: its value is below it, or missing.
                if (whole && value.empty()) {
                    FieldHit pending{{}, f.level, f.column};
                    pending.split = f.split.get();
                    pending.set = &f.set;
                    pending.for_next = f.for_next;
                    return std::make_pair(pending, j);
                }
                if (whole) {
                    FieldHit hit{{{f.column, value}}, f.level, {}, value_x0};
                    hit.split = f.split.get();
                    hit.set = &f.set;
                    hit.for_next = f.for_next;
                    return std::make_pair(hit, j);
                }
                if (!starts_label_part(label, joined)) break;
            }
        }
    }
    return std::nullopt;
}

namespace {

// The cell of `first` (its spans) that a span below starts under, or npos.
std::size_t cell_under(const Line& first, const Span& s) {
    for (std::size_t k = 0; k < first.spans.size(); ++k) {
        if (std::abs(first.spans[k].x0 - s.x0) < 2.0) return k;
    }
    return std::string::npos;
}

}  // namespace

std::optional<std::pair<FieldHit, std::size_t>> wrapped_heading_cells(
    const Profile& p, const std::vector<Line>& lines, std::size_t i, int max_lines,
    std::string_view held) {
    const Line& first = lines[i];
    if (first.record || first.spans.size() < 2) return std::nullopt;
    std::vector<std::string> cells;
    for (const Span& s : first.spans) cells.emplace_back(trim(s.text));
    const double height = first.y1 - first.y0;
    const auto end = std::min(lines.size(), i + static_cast<std::size_t>(max_lines));
    for (std::size_t j = i + 1; j < end; ++j) {
        const Line& l = lines[j];
        // The cells' next lines: on the page, a line below, each starting under a cell.
        if (l.page != first.page || l.spans.empty() || l.y0 - lines[j - 1].y0 > 1.6 * height) break;
        std::vector<std::size_t> under;
        for (const Span& s : l.spans) under.push_back(cell_under(first, s));
        if (std::count(under.begin(), under.end(), std::string::npos) > 0) break;
        for (std::size_t k = 0; k < under.size(); ++k) append(cells[under[k]], l.spans[k].text);
        std::string text;
        for (const auto& c : cells) append(text, c);
        for (const auto& f : p.fields) {
            if (!f.pattern || reads_held(f, held)) continue;
            auto values = named_matches(*f.pattern, text);
            if (!values.empty()) return std::make_pair(pattern_hit(f, first, text, values), j);
        }
    }
    return std::nullopt;
}

}  // namespace pira
