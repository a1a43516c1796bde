// Footnote markers printed as superscripts ("63%²", "¹ Lo scostamento è dovuto ...") are
// smaller digits raised above the word beside them. Read alone, they would make a line of their
// own between table rows; they belong to their neighbour's line, and are written as Unicode
// superscript digits so that the cell keeps its note reference apart from its value.
#pragma once

#include <cstddef>
#include <vector>

#include "readers/pdf_reader.hpp"

namespace pira {

struct SuperscriptMarker {
    std::size_t word = 0;    // the marker's index in the page's words
    std::size_t anchor = 0;  // the full-size word beside it, whose line it joins
};

std::vector<SuperscriptMarker> superscript_markers(const std::vector<PdfWord>& words);

}  // namespace pira
