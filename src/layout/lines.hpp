// Layout reconstruction, first step: the words of a page become lines (words sharing a
// vertical band), and each line becomes spans (runs of words with word-sized gaps between
// them). A span is a cell candidate: table columns are separated by gaps wider than a word
// space. Later steps (columns, tables, blocks) work on these lines.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "readers/pdf_reader.hpp"
#include "readers/workbook.hpp"

namespace pira {

struct SpanWord {
    std::string text;
    bool bold = false;
    double x0 = 0, x1 = 0;  // on a PDF page; both 0 in a spreadsheet cell
    bool italic = false;
};

struct Span {
    std::string text;
    double x0 = 0, x1 = 0;
    bool bold = false;            // every word of the span is bold
    std::vector<SpanWord> words;  // bold names and regular descriptions share a cell
};

struct Line {
    int page = 0;           // PDF page, or sheet index + 1
    double y0 = 0, y1 = 0;  // top and bottom of the band, points from the page top
    std::vector<Span> spans;
    bool record = false;  // a spreadsheet row: one table row, never a wrapped part of one
    std::string ref;      // "Sheet!A12" for spreadsheet rows, empty for PDF lines
    // fold(text()), when the reader has folded it already (read_document_lines does, on the page
    // workers): detection folds the document's lines several times, per page and whole. Whoever
    // changes the spans afterwards resets it.
    std::optional<std::string> folded;

    // The spans joined by single spaces.
    std::string text() const;
};

struct LineOptions {
    // A gap wider than this many font sizes starts a new span: word spaces are about a third
    // of the font size, the gap between table columns a padding and a border, often about
    // one but only two thirds between narrow cells of small type.
    double span_gap = 0.55;
    // Narrower gaps still part cells when they are this much wider than the line's usual word
    // space and wider than narrow_gap font sizes: tight cells of small type
    // leave about half a font size between columns, where a word space is about a third.
    double gap_ratio = 1.3;
    double narrow_gap = 0.4;
};

std::vector<Line> build_lines(const PdfPage& page, const LineOptions& options = {});

// The rows of a workbook's sheets as lines, one span per non-empty cell (columns 100 points
// apart), so that the extraction profiles read spreadsheets and PDFs alike.
std::vector<Line> sheet_lines(const Workbook& workbook);

}  // namespace pira
