// The distances the extractor judges layout by, named, with the defaults that hold on every
// rendering tested (docs/extraction.md). A profile may override any of them in [tolerances]
// for a layout that needs it (extractors/README.md). Heights are in line heights, distances in
// points, counts in lines.
#pragma once

#include <toml++/toml.h>

#include <string>

namespace pira {

struct Tolerances {
    // Header lines centred in cells of different heights ("Target" over its years, beside
    // "Indicatore" spanning two header rows) sit up to this many line heights apart.
    double header_band_gap = 1.5;
    // A header's second row of cells (sub-headers "Codice", "Nome", "2026" under "Obiettivo",
    // "Indicatore", "Target"), bold, with two cells or more, in a row of its own up to this
    // many line heights below (cell padding puts it further than a wrapped line).
    double subheader_gap = 4;
    // The parts of a first header wrapped in a narrow cell ("VALENZA" over "INDICATORE").
    double wrapped_header_gap = 1.6;
    // Lines below a header line searched for the rest of a wrapped or repeated header.
    int header_lookahead = 3;
    // Bold lines joined to match a wrapped heading ("OS_02.03 - ..." then "(Peso: 16,70%)").
    int heading_lines = 4;
    // A vertical gap wider than this share of a line's height closes a table row.
    double row_gap = 0.5;
    // Or wider by this share of a line's height than the gap between a cell's wrapped lines on
    // the page (rows padded by less than half a line, their cells' lines set tight).
    double row_gap_over_cell = 0.25;
    // Or, where a table's wrapped lines are set closer (wrapped_pitch.hpp), a pitch wider than
    // theirs by more than this share of a line's height.
    double row_pitch_gap = 0.2;
    // Two lines whose boxes overlap by more than this share of a line's height are of one row
    // (row_restarts.cpp): a row's own lines are set one under the other, rows never
    // overlap; only cells centred differently in one row interleave their lines.
    double interleaved_overlap = 0.25;
    // A cell starting within this many points of where a column's cells start is that
    // column's (tables whose header leaves cells empty).
    double cell_start = 1.5;
    // Starts closer than this are one start.
    double cell_start_same = 0.5;
    // A footnote's wrapped lines start within this many points of its marker or first word.
    double footnote_margin = 2;
    // Lines searched for the first row of a table without headers.
    int headerless_scan = 60;
    // Lines searched below cells at the top of a page for the name that says whose they are.
    int next_page_lookahead = 4;
    // Lines searched below a name's regular line for the italic description that says the
    // name goes on (a regular name wrapped above its italic description).
    int name_font_lookahead = 4;
    // A row centred vertically that reached its extent and ends more than this many line
    // heights above the foot of the page (the lowest text of the document's pages) was not cut
    // by the page break: a producer fills a page before cutting a row, so the next page's first
    // row is a row of its own (row_gaps.cpp, ended_whole).
    double page_foot_room = 2.5;
};

// [tolerances] of a profile: the defaults, with what the table sets; strict keys and ranges.
Tolerances load_tolerances(const toml::table& t, const std::string& file);

}  // namespace pira
