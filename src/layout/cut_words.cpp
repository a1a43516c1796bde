#include "layout/cut_words.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/text.hpp"
#include "layout/cut_moves.hpp"
#include "layout/cut_numbers.hpp"

namespace pira {
namespace {

constexpr double kSameEdge = 1.5;  // points: the lines of one cell start (or centre) alike
constexpr double kWrapGap = 0.5;   // line heights: a cell's lines touch, a row gap is wider

struct Cut {
    std::size_t line, a, b;  // the head's line and span, the tail's span on line `below`
    std::size_t below;
    std::string head, joined;  // folded; both empty for a number ("=91/280" / "08")
    bool spaced = false;       // a number wrapped at a space between its groups ("2 947" / "171")
};

bool same_cell(const Span& a, const Span& b) {
    return std::abs(a.x0 - b.x0) <= kSameEdge || std::abs(a.x1 - b.x1) <= kSameEdge ||
           std::abs((a.x0 + a.x1) - (b.x0 + b.x1)) <= 2 * kSameEdge;
}

bool touching(const Line& above, const Line& below) {
    return above.page == below.page && below.y0 - above.y1 < kWrapGap * (below.y1 - below.y0);
}

const Span* cell_span(const Line& l, const Span& a) {
    for (const Span& s : l.spans) {
        if (same_cell(a, s)) return &s;
    }
    return nullptr;
}

// A letter of a folded word: ASCII, or a two-byte UTF-8 letter; "’", "–", "≥", "«" (E2 and C2
// sequences) part words as an apostrophe does.
bool letter_at(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return std::isalpha(c) != 0;
    const auto lead = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    std::size_t k = i;
    while (k > 0 && (lead(k) & 0xC0) == 0x80) --k;
    return lead(k) != 0xE2 && lead(k) != 0xC2;
}

template <class F>
void for_each_token(std::string_view s, F f) {
    for (std::size_t i = 0; i < s.size();) {
        if (!letter_at(s, i)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && letter_at(s, j)) ++j;
        f(s.substr(i, j - i));
        i = j;
    }
}

// The place of the cell A is in, from its widest lines: the cell's touching lines above and
// below, and (in a table line, two cells or more) the column's cells in the table rows of the
// page, which share its width.
std::pair<double, double> cell_bounds(const std::vector<Line>& lines, std::size_t i,
                                      const Span& a) {
    double left = a.x0, right = a.x1;
    const auto widen = [&](const Span* s) {
        if (s == nullptr) return false;
        left = std::min(left, s->x0);
        right = std::max(right, s->x1);
        return true;
    };
    for (std::size_t k = i; k > 0 && touching(lines[k - 1], lines[k]); --k) {
        if (!widen(cell_span(lines[k - 1], a))) break;
    }
    for (std::size_t k = i; k + 1 < lines.size() && touching(lines[k], lines[k + 1]); ++k) {
        if (!widen(cell_span(lines[k + 1], a))) break;
    }
    if (lines[i].spans.size() < 2) return {left, right};
    // A span over A's neighbours is not a cell of A's table: a block's line between two tables
    // ("Descrizione: ..."), a title, a table above on the page with its columns elsewhere. The
    // tables of one page may have columns of other widths (a word processor fits each table to
    // its text), so the column is read only up to such a line, above and below.
    const auto beside = [&](const Span* s) {
        return s != nullptr &&
               std::any_of(lines[i].spans.begin(), lines[i].spans.end(),
                           [&](const Span& n) { return &n != &a && n.x0 < s->x1 && s->x0 < n.x1; });
    };
    // Table rows: three cells or more (a key and its value are two). Lines are in page order.
    const auto row = [&](std::size_t k) {
        const Span* s = cell_span(lines[k], a);
        if (beside(s)) return false;
        if (lines[k].spans.size() >= 3) widen(s);
        return true;
    };
    for (std::size_t k = i; k > 0 && lines[k - 1].page == lines[i].page && row(k - 1); --k) {
    }
    for (std::size_t k = i + 1; k < lines.size() && lines[k].page == lines[i].page && row(k); ++k) {
    }
    return {left, right};
}

// The room a cut may leave at the cell's end: less than the tail's first character (the
// producer cut where the next one did not fit), or than a space (the narrowest gap between A's
// words, or a quarter of the line's height), whichever is wider.
double room(const Line& l, const Span& a, const SpanWord& tail) {
    double space = 0.25 * (l.y1 - l.y0);
    for (std::size_t k = 1; k < a.words.size(); ++k) {
        const double gap = a.words[k].x0 - a.words[k - 1].x1;
        if (gap > 0) space = std::min(space, gap);
    }
    const std::size_t chars = char_count(tail.text, tail.text.size());
    // Half as wide again as the tail's average character: an "o" is wider than an "r".
    const double first = chars > 0 ? 1.5 * (tail.x1 - tail.x0) / static_cast<double>(chars) : 0;
    return std::max(space, first);
}

// A producer cuts a word only where it is wider than its cell, and where it does, the line
// fills the cell; a normal wrap before a short word ("social" / "e network") leaves as little
// room, but the two words would have fitted on a line of their own.
bool fills_cell(const std::vector<Line>& lines, std::size_t i, const Span& a,
                const SpanWord& tail) {
    const auto [left, right] = cell_bounds(lines, i, a);
    const double space = room(lines[i], a, tail);
    if (a.x1 - a.x0 + space < right - left) return false;  // aligned left, centred or right
    std::size_t first = 0;
    head_number(a, tail, first);
    const double word = (a.words.back().x1 - a.words[first].x0) + (tail.x1 - tail.x0);
    return word > right - left;
}

bool ascii_lower_at(const std::string& t, std::size_t i) {
    return i < t.size() && t[i] >= 'a' && t[i] <= 'z';
}
bool ascii_upper_at(const std::string& t, std::size_t i) {
    return i < t.size() && t[i] >= 'A' && t[i] <= 'Z';
}

// The tail goes on the head's word: lower case, capitals after a word in capitals ("FORMA" /
// "ZIONE-LAVORO"), or digits after digits (a number: "=91/280" / "08").
bool goes_on(const std::string& head, const std::string& tail) {
    if (ascii_lower_at(tail, 0) || digits_go_on(head, tail)) return true;
    return head.size() >= 2 && ascii_upper_at(head, head.size() - 1) &&
           ascii_upper_at(head, head.size() - 2) && ascii_upper_at(tail, 0) &&
           ascii_upper_at(tail, 1);
}

// The folded fragment ending the head and the one beginning the tail, joined: empty when the
// head does not end in a letter or the tail does not begin with one.
std::pair<std::string, std::string> joined_tokens(const std::string& head,
                                                  const std::string& tail) {
    const std::string h = fold(head), t = fold(tail);
    if (h.empty() || t.empty() || !letter_at(h, h.size() - 1) || !letter_at(t, 0)) return {};
    std::size_t from = h.size();
    while (from > 0 && letter_at(h, from - 1)) --from;
    std::size_t to = 0;
    while (to < t.size() && letter_at(t, to)) ++to;
    const std::string fragment = h.substr(from);
    if (fragment.size() < 2) return {};
    return {fragment, fragment + t.substr(0, to)};
}

// The line's other cells all go on (in lower case, in capitals under capitals, digits under
// digits): the row of the line above wraps, where a value column has no width to say a cut
// (its widest value may not fill it) and the next row's value may touch it ("31/12/2027" over
// "1" beside "Benessere organizzativo 2"; "(194/25" over "5)" beside "O FUNZIONI" over
// "PUBBLICHE"). Digits alone under a cell ending in digits are the same cut in the next value
// column ("2.377.95" / "7" beside "2.947.17" / "1"): a row's values all wider than their cells.
bool row_goes_on(const Line& above, const Line& l, const Span& b) {
    return std::all_of(l.spans.begin(), l.spans.end(), [&](const Span& s) {
        if (&s == &b || ascii_lower_at(s.text, 0)) return true;
        const Span* up = cell_span(above, s);
        if (up == nullptr || up->words.empty() || s.words.empty()) return false;
        const std::string& head = up->words.back().text;
        return goes_on(head, s.words.front().text) || mends_groups(head, s.text);
    });
}

// The line the cell of A goes on in: the next, or past a line of the row's other cells that
// has none in A's column (a row's cells centred: "2.377.95" above, the name in the middle,
// "7" below), when it still touches A's line.
std::size_t next_in_cell(const std::vector<Line>& lines, std::size_t i, const Span& a) {
    if (cell_span(lines[i + 1], a) != nullptr || i + 2 >= lines.size()) return i + 1;
    return touching(lines[i], lines[i + 2]) ? i + 2 : i + 1;
}

// The cuts the layout shows: a line filling its cell, the cell's next line going on.
std::vector<Cut> layout_cuts(const std::vector<Line>& lines) {
    std::vector<Cut> cuts;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (!touching(lines[i], lines[i + 1])) continue;
        for (std::size_t a = 0; a < lines[i].spans.size(); ++a) {
            const Span& sa = lines[i].spans[a];
            if (sa.words.empty() || sa.x1 <= sa.x0) continue;  // a spreadsheet cell: no places
            const std::size_t below = next_in_cell(lines, i, sa);
            const Span* sb = cell_span(lines[below], sa);
            if (sb == nullptr || sb->words.empty()) continue;
            const std::string& head = sa.words.back().text;
            const std::string& tail = sb->words.front().text;
            // A number whose groups of thousands only the tail completes ("2.377.95" / "7")
            // was cut, whatever the row's other cells do ("N° accessi" beginning the
            // formula's paragraph beside the tails). A header's digits are bold.
            std::size_t first = 0;
            const bool mended = !sa.words.back().bold &&
                                mends_groups(head_number(sa, sb->words.front(), first), tail);
            if (!mended && !goes_on(head, tail)) continue;
            // (Groups the tail completes need no width: the head alone is no number, and the
            // column may hold wider cells of another table: "15 50" / "0".)
            if (!mended && !fills_cell(lines, i, sa, sb->words.front())) continue;
            auto [fragment, joined] = joined_tokens(head, tail);
            // A header's digits cut ("30/09/202" / "0", bold) are the header model's (its band).
            const bool number =
                joined.empty() && (mended || (digits_go_on(head, tail) && !sa.words.back().bold &&
                                              row_goes_on(lines[i], lines[below], *sb)));
            if (joined.empty() && !number) continue;
            // A word goes on only on the very next line; a number may skip the row's middle.
            if (below != i + 1 && !number) continue;
            const auto b = static_cast<std::size_t>(sb - lines[below].spans.data());
            const bool spaced =
                number && wrapped_at_space(head_number(sa, sb->words.front(), first), tail);
            cuts.push_back({i, a, b, below, fragment, joined, spaced});
        }
    }
    return cuts;
}

}  // namespace

std::size_t join_cut_words(std::vector<Line>& lines) {
    std::vector<Cut> cuts = layout_cuts(lines);
    if (cuts.empty()) return 0;
    // The vocabulary, only when the layout shows a cut: every folded word of the document.
    std::unordered_map<std::string, std::size_t> words, as_head;
    for (const Line& l : lines) {
        const std::string folded = l.folded ? *l.folded : fold(l.text());
        for_each_token(folded, [&](std::string_view t) { ++words[std::string(t)]; });
    }
    for (const Cut& c : cuts) ++as_head[c.head];
    std::size_t joined = 0;
    std::vector<bool> emptied(lines.size(), false);
    std::vector<std::pair<std::size_t, std::size_t>> centred;  // numbers past the middle line
    // From the bottom up: a tail that is a line's only word ("ZIONE-LAVORO/Ris") has its own
    // tail ("orse") before it moves up ("FORMA").
    for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
        const Cut& c = *it;
        // The fragment is nowhere but at such line ends; the joined word is elsewhere whole.
        // A number has no vocabulary: the width it would need says it alone.
        const bool word = !c.joined.empty();
        if (word && (words[c.head] > as_head[c.head] || words[c.joined] == 0)) continue;
        Span& a = lines[c.line].spans[c.a];
        Span& b = lines[c.below].spans[c.b];
        if (a.words.empty() || b.words.empty()) continue;  // a one-word line already moved
        move_tail(lines[c.line], a, lines[c.below], b, c.spaced);
        ++joined;
        emptied[c.below] = emptied[c.below] || b.words.empty();
        if (!word && c.below == c.line + 2) centred.emplace_back(c.line, c.a);
    }
    centre_joined_numbers(lines, centred, emptied);
    // The spans, then the lines, left without words go.
    std::vector<Line> kept;
    kept.reserve(lines.size());
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (emptied[k]) {
            std::erase_if(lines[k].spans, [](const Span& s) { return s.words.empty(); });
            if (lines[k].spans.empty()) continue;
        }
        kept.push_back(std::move(lines[k]));
    }
    lines = std::move(kept);
    return joined;
}

}  // namespace pira
