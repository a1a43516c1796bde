#include "layout/lines.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "common/text.hpp"
#include "layout/justified.hpp"
#include "layout/superscripts.hpp"

namespace pira {
namespace {

double center(const PdfWord& w) {
    return (w.y0 + w.y1) / 2;
}

// A word as a line takes it: a superscript marker with its neighbour's centre and its digits
// written as superscripts.
struct Placed {
    const PdfWord* word = nullptr;
    double centre = 0;
    std::string superscript;  // "¹" for a marker, empty otherwise (the word's own text)

    const std::string& text() const { return superscript.empty() ? word->text : superscript; }
};

// Words whose vertical centers are within a quarter of their height belong to one line. A
// tighter rule than overlapping boxes: in a table row whose first cell wraps on two lines, the
// other cells sit between them, overlapping both, and must stay a line of their own.
std::vector<std::vector<Placed>> bands(const PdfPage& page) {
    std::vector<Placed> words;
    for (const auto& w : page.words) words.push_back({&w, center(w), {}});
    for (const auto& m : superscript_markers(page.words)) {
        words[m.word].centre = center(page.words[m.anchor]);
        words[m.word].superscript = superscript_digits(page.words[m.word].text);
    }
    std::erase_if(words, [](const Placed& p) { return p.text().empty(); });
    std::sort(words.begin(), words.end(), [](const Placed& a, const Placed& b) {
        return a.centre < b.centre || (a.centre == b.centre && a.word->x0 < b.word->x0);
    });
    std::vector<std::vector<Placed>> out;
    double line_center = 0;
    for (auto& p : words) {
        const double tolerance = 0.25 * (p.word->y1 - p.word->y0);
        if (out.empty() || p.centre - line_center > tolerance) {
            out.emplace_back();
            line_center = p.centre;
        }
        out.back().push_back(std::move(p));
    }
    return out;
}

}  // namespace

std::string Line::text() const {
    std::string out;
    for (const auto& s : spans) out += (out.empty() ? "" : " ") + s.text;
    return out;
}

// The line's usual word space: its lower quartile gap (cell gaps may outnumber word spaces in a
// row of short cells), 0 when it has fewer than two words.
double word_space_of(const std::vector<Placed>& band) {
    std::vector<double> gaps;
    for (std::size_t i = 1; i < band.size(); ++i) {
        gaps.push_back(band[i].word->x0 - band[i - 1].word->x1);
    }
    if (gaps.empty()) return 0;
    const std::size_t q = gaps.size() / 4;
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(q), gaps.end());
    return gaps[q];
}

// The page's word space for type of one size: the median of its gaps narrower than a cell's
// (span_gap), over every line; 0 when the page has none.
double page_word_space(const std::vector<std::vector<Placed>>& bands, double size,
                       const LineOptions& options) {
    std::vector<double> gaps;
    for (const auto& band : bands) {
        for (std::size_t i = 1; i < band.size(); ++i) {
            const PdfWord& a = *band[i - 1].word;
            const PdfWord& b = *band[i].word;
            const double gap = b.x0 - a.x1;
            if (std::abs(a.font_size - size) < 0.1 && std::abs(b.font_size - size) < 0.1 &&
                gap > 0 && gap < options.span_gap * std::max(size, 1.0))
                gaps.push_back(gap);
        }
    }
    if (gaps.empty()) return 0;
    const auto mid = gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2);
    std::nth_element(gaps.begin(), mid, gaps.end());
    return *mid;
}

// The word space a line's gaps are judged by. A line of few gaps (fewer than four: its lower
// quartile is its narrowest gap) may have no word space at all: two cells of one word each,
// side by side in tight columns (`all'"internazionalizzazi` filling its cell, then
// `nell'anno` in the next). Its narrowest gap then says nothing; the page's word space for its
// type does, unless the line's own is tighter.
// (by_size: the page's word spaces found so far, per type size.)
double judged_word_space(const std::vector<Placed>& band,
                         const std::vector<std::vector<Placed>>& bands, const LineOptions& options,
                         std::map<double, double>& by_size) {
    const double own = word_space_of(band);
    if (band.size() >= 5 || band.size() < 2) return own;
    const double size = band.front().word->font_size;
    auto found = by_size.find(size);
    if (found == by_size.end())
        found = by_size.emplace(size, page_word_space(bands, size, options)).first;
    const double page = found->second;
    return page > 0 && (own == 0 || page < own) ? page : own;
}

std::vector<Line> build_lines(const PdfPage& page, const LineOptions& options) {
    std::vector<Line> lines;
    auto page_bands = bands(page);
    std::map<double, double> by_size;
    for (auto& band : page_bands) {
        std::sort(band.begin(), band.end(),
                  [](const Placed& a, const Placed& b) { return a.word->x0 < b.word->x0; });
    }
    for (auto& band : page_bands) {
        const double word_space = judged_word_space(band, page_bands, options, by_size);
        Line line;
        line.page = page.number;
        line.y0 = band.front().word->y0;
        line.y1 = band.front().word->y1;
        for (const Placed& p : band) {
            const PdfWord* w = p.word;
            line.y0 = std::min(line.y0, w->y0);
            line.y1 = std::max(line.y1, w->y1);
            const double em = std::max(w->font_size, 1.0);
            const double gap = line.spans.empty() ? 0 : w->x0 - line.spans.back().x1;
            const bool cell_gap = gap > options.span_gap * em ||
                                  (word_space > 0 && gap > options.gap_ratio * word_space &&
                                   gap > options.narrow_gap * em);
            if (line.spans.empty() || cell_gap) {
                line.spans.push_back({p.text(),
                                      w->x0,
                                      w->x1,
                                      w->bold,
                                      {{p.text(), w->bold, w->x0, w->x1, w->italic}}});
                continue;
            }
            Span& s = line.spans.back();
            s.text += " " + p.text();
            s.x1 = std::max(s.x1, w->x1);
            s.bold = s.bold && w->bold;
            s.words.push_back({p.text(), w->bold, w->x0, w->x1, w->italic});
        }
        lines.push_back(std::move(line));
    }
    join_justified_cells(lines);
    return lines;
}

std::vector<Line> sheet_lines(const Workbook& workbook) {
    std::vector<Line> lines;
    for (std::size_t s = 0; s < workbook.sheets.size(); ++s) {
        const WorkbookSheet& sheet = workbook.sheets[s];
        for (std::size_t r = 0; r < sheet.rows; ++r) {
            Line line;
            line.page = static_cast<int>(s) + 1;
            line.y0 = static_cast<double>(r) * 20;
            line.y1 = line.y0 + 10;
            line.record = true;
            line.ref = sheet.name + "!A" + std::to_string(r + 1);
            for (std::size_t c = 0; c < sheet.columns; ++c) {
                const WorkbookCell& cell = sheet.at(r, c);
                const std::string text = cell_text(cell);
                if (text.empty()) continue;
                Span span{text,
                          static_cast<double>(c) * 100,
                          static_cast<double>(c) * 100 + 90,
                          cell.bold,
                          {}};
                for (auto w : split(text, ' ')) {
                    if (!w.empty()) span.words.push_back({std::string(w), cell.bold});
                }
                line.spans.push_back(std::move(span));
            }
            if (!line.spans.empty()) lines.push_back(std::move(line));
        }
    }
    return lines;
}

}  // namespace pira
