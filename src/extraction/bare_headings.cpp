#include "extraction/bare_headings.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "common/text.hpp"
#include "extraction/block_fields.hpp"

namespace pira {
namespace {

bool alone_bold(const Line& l) {
    return !l.record && l.spans.size() == 1 && l.spans[0].bold;
}

double height(const Line& l) {
    return l.y1 - l.y0;
}

bool same_start(const Line& a, const Line& b) {
    return !a.spans.empty() && !b.spans.empty() &&
           std::abs(a.spans.front().x0 - b.spans.front().x0) < 2.0;
}

// On the same page, about a line below `above`.
bool just_below(const Line& above, const Line& l) {
    return l.page == above.page && l.y0 > above.y0 && l.y0 - above.y0 < 1.6 * height(above);
}

double edge_of(const std::map<int, double>& edges, int page) {
    const auto e = edges.find(page);
    return e == edges.end() ? -1 : e->second;
}

// `l` goes on the paragraph of the bold line above it: just below it, where it starts, and
// the line above could not have held l's first word (it reaches the text's right edge). A
// heading below a short one is another heading.
bool wraps_after(const Line& above, const Line& l, double right_edge) {
    if (!alone_bold(above) || !alone_bold(l) || !just_below(above, l) || !same_start(above, l))
        return false;
    const auto& words = l.spans.front().words;
    if (words.empty() || words.front().x1 <= words.front().x0 || right_edge < 0) return true;
    const double word = words.front().x1 - words.front().x0;
    return above.spans.back().x1 + 0.5 * height(above) + word >= right_edge - height(above);
}

// The line goes on with the text above it: a table row's line (two cells or more) just above
// it (a bold name's last line), or a bold line it wraps under.
bool continues(const std::vector<Line>& lines, std::size_t i, double right_edge) {
    if (i == 0 || !just_below(lines[i - 1], lines[i])) return false;
    return lines[i - 1].spans.size() >= 2 || wraps_after(lines[i - 1], lines[i], right_edge);
}

// A heading of one of the profile's patterns (an objective's "code - name", the title).
bool pattern_heading(const Profile& p, const std::vector<Line>& lines, std::size_t i) {
    const std::string text = lines[i].text();
    for (const auto& f : p.fields) {
        if (f.pattern && !named_matches(*f.pattern, text).empty()) return true;
    }
    return wrapped_heading(p, lines, i, p.tolerances.heading_lines).has_value();
}

struct Run {
    const Profile& p;
    const std::vector<Line>& lines;
    const std::map<int, double>& edges;
    std::vector<const RE2*> figures;  // the bare fields' figures

    // A bare heading may begin at line j: a bold line alone, read by no other field.
    bool starts(std::size_t j, const Line& first) const {
        return alone_bold(lines[j]) && same_start(first, lines[j]) && !field_of(p, lines[j]) &&
               !pattern_heading(p, lines, j);
    }
    // The last line of the bare heading beginning at j: its wrapped lines, then its figure.
    std::size_t end(std::size_t j) const {
        while (j + 1 < lines.size() && !field_of(p, lines[j + 1]) &&
               wraps_after(lines[j], lines[j + 1], edge_of(edges, lines[j].page)))
            ++j;
        const bool figure =
            j + 1 < lines.size() && std::any_of(figures.begin(), figures.end(), [&](const RE2* f) {
                return is_figure_below(*f, lines[j], lines[j + 1]);
            });
        return figure ? j + 1 : j;
    }
};

}  // namespace

std::optional<std::pair<FieldHit, std::size_t>> bare_heading(
    const Profile& p, const std::vector<Line>& lines, std::size_t i,
    const std::map<int, double>& right_edges) {
    std::vector<const ProfileField*> bare;
    Run run{p, lines, right_edges, {}};
    for (const auto& f : p.fields) {
        if (!f.bare) continue;
        bare.push_back(&f);
        if (f.figure) run.figures.push_back(f.figure.get());
    }
    if (bare.empty()) return std::nullopt;
    const Line& first = lines[i];
    if (!run.starts(i, first) || continues(lines, i, edge_of(right_edges, first.page)))
        return std::nullopt;
    // The run from here: how many bare headings before the heading that ends it.
    const std::size_t last = run.end(i);
    std::size_t count = 1;
    std::size_t j = last + 1;
    while (j < lines.size() && count <= bare.size() && run.starts(j, first)) {
        j = run.end(j) + 1;
        ++count;
    }
    if (count > bare.size() || j >= lines.size() || !same_start(first, lines[j]) ||
        !pattern_heading(p, lines, j))
        return std::nullopt;
    std::stable_sort(bare.begin(), bare.end(), [](const ProfileField* a, const ProfileField* b) {
        return a->level < b->level;
    });
    const ProfileField& f = *bare[bare.size() - count];
    std::string text;
    for (std::size_t k = i; k <= last; ++k) {
        if (alone_bold(lines[k])) append(text, std::string(trim(lines[k].spans[0].text)));
    }
    return std::make_pair(FieldHit{{{f.column, text}}, f.level}, last);
}

bool is_figure_below(const RE2& figure, const Line& heading, const Line& line) {
    if (line.record || line.spans.size() != 1 || line.spans[0].bold) return false;
    // Just below, or cut by a page break: the first line of the next page.
    const bool below = (line.page == heading.page && line.y0 > heading.y0 &&
                        line.y0 - heading.y0 < 2.0 * height(heading)) ||
                       line.page == heading.page + 1;
    return below && same_start(heading, line) &&
           RE2::FullMatch(std::string(trim(line.spans[0].text)), figure);
}

void HeadingFigure::expect(const FieldHit& hit, const Line& heading) {
    figure_ = hit.figure;
    if (figure_ != nullptr) heading_ = heading;
}

bool HeadingFigure::take(const Line& line) {
    if (figure_ == nullptr) return false;
    // The heading's wrapped line ("imprese e utenti" under "03_01_UIC01 - Consolidare ... alle"):
    // the figure comes below it.
    if (alone_bold(line) && just_below(heading_, line) && same_start(heading_, line)) {
        heading_ = line;
        return false;
    }
    return is_figure_below(*std::exchange(figure_, nullptr), heading_, line);
}

}  // namespace pira
