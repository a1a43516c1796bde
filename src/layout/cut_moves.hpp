// Moving a cut word's tail to its head (layout/cut_words), the lines' spans and folded text
// kept as the later stages read them.
#pragma once

#include "layout/lines.hpp"

namespace pira {

// The tail (B's first word, on line `below`) joins the head (A's last word, on `above`); a
// number wrapped at a space between its groups keeps the space (`spaced`).
void move_tail(Line& above, Span& a, Line& below, Span& b, bool spaced);

}  // namespace pira
