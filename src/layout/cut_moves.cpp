#include "layout/cut_moves.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "common/text.hpp"

namespace pira {
namespace {

// A tail that is its line's only word, under a line that goes on before the head ("rispetto
// alle imp" over "rese-campione"): the head goes down to it, so that the line stays and the
// rows' spacing with it (an emptied line leaves a gap that reads as a row's end).
void move_head(Span& a, Line& below, Span& b) {
    const std::string head = a.words.back().text;
    a.words.pop_back();
    a.x1 = a.words.back().x1;
    a.text = std::string(trim(std::string_view(a.text).substr(0, a.text.size() - head.size())));
    b.words.front().text = head + b.words.front().text;
    b.text = head + b.text;
    if (below.folded) below.folded = fold(below.text());
}

}  // namespace

void move_tail(Line& above, Span& a, Line& below, Span& b, bool spaced) {
    if (!spaced && b.words.size() == 1 && below.spans.size() == 1 && a.words.size() > 1) {
        move_head(a, below, b);
        if (above.folded) above.folded = fold(above.text());
        return;
    }
    const std::string tail = b.words.front().text;
    a.words.back().text += (spaced ? " " : "") + tail;
    a.text += (spaced ? " " : "") + tail;
    b.words.erase(b.words.begin());
    b.text =
        std::string(trim(std::string_view(b.text).substr(std::min(tail.size(), b.text.size()))));
    b.bold = !b.words.empty() &&
             std::all_of(b.words.begin(), b.words.end(), [](const SpanWord& w) { return w.bold; });
    for (Line* l : {&above, &below}) {
        if (l->folded) l->folded = fold(l->text());
    }
}

}  // namespace pira
