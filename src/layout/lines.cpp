#include "layout/lines.hpp"

#include <algorithm>
#include <numeric>

#include "common/text.hpp"

namespace pira {
namespace {

double center(const PdfWord& w) {
    return (w.y0 + w.y1) / 2;
}

// Words whose vertical centers are within a quarter of their height belong to one line. A
// tighter rule than overlapping boxes: in a table row whose first cell wraps on two lines, the
// other cells sit between them, overlapping both, and must stay a line of their own.
std::vector<std::vector<const PdfWord*>> bands(const PdfPage& page) {
    std::vector<const PdfWord*> words;
    for (const auto& w : page.words) {
        if (!w.text.empty()) words.push_back(&w);
    }
    std::sort(words.begin(), words.end(), [](const PdfWord* a, const PdfWord* b) {
        return center(*a) < center(*b) || (center(*a) == center(*b) && a->x0 < b->x0);
    });
    std::vector<std::vector<const PdfWord*>> out;
    double line_center = 0;
    for (const PdfWord* w : words) {
        const double tolerance = 0.25 * (w->y1 - w->y0);
        if (out.empty() || center(*w) - line_center > tolerance) {
            out.emplace_back();
            line_center = center(*w);
        }
        out.back().push_back(w);
    }
    return out;
}

}  // namespace

std::string Line::text() const {
    std::string out;
    for (const auto& s : spans) out += (out.empty() ? "" : " ") + s.text;
    return out;
}

std::vector<Line> build_lines(const PdfPage& page, const LineOptions& options) {
    std::vector<Line> lines;
    for (auto& band : bands(page)) {
        std::sort(band.begin(), band.end(),
                  [](const PdfWord* a, const PdfWord* b) { return a->x0 < b->x0; });
        Line line;
        line.page = page.number;
        line.y0 = band.front()->y0;
        line.y1 = band.front()->y1;
        for (const PdfWord* w : band) {
            line.y0 = std::min(line.y0, w->y0);
            line.y1 = std::max(line.y1, w->y1);
            const double gap_limit = options.span_gap * std::max(w->font_size, 1.0);
            if (line.spans.empty() || w->x0 - line.spans.back().x1 > gap_limit) {
                line.spans.push_back(
                    {w->text, w->x0, w->x1, w->bold, {{w->text, w->bold, w->x0, w->x1}}});
                continue;
            }
            Span& s = line.spans.back();
            s.text += " " + w->text;
            s.x1 = std::max(s.x1, w->x1);
            s.bold = s.bold && w->bold;
            s.words.push_back({w->text, w->bold, w->x0, w->x1});
        }
        lines.push_back(std::move(line));
    }
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
