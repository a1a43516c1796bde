// A word cut by a narrow cell without a hyphen ("internazionalizzazi" / "one"): a producer that
// cannot fit a long word breaks it at the last character that fits. A reader sees it by three
// cues at once, which this stage requires before it joins the two parts without a space:
// - the line fills its cell: it is the widest line of its cell (and of its column on the page)
//   within a space's width, where a normal wrap leaves about the next word's width;
// - the cell's next line begins in lower case (or goes on in capitals after capitals);
// - the joined form is a word the document has whole elsewhere, and the fragment alone is
//   nowhere else in it (the vocabulary of all its lines, folded).
#pragma once

#include <cstddef>
#include <vector>

#include "layout/lines.hpp"

namespace pira {

// Joins the cut words of a document's lines (pages in order), in place: the tail moves to the
// head's word, and a line left without words is removed. Returns how many words were joined.
std::size_t join_cut_words(std::vector<Line>& lines);

}  // namespace pira
