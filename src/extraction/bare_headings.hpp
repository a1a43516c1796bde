// Headings without keys, as the published Relazione prints its blocks: the area and the
// strategic objective are bare bold lines ("Promozione e sostegno ...", then "Digitalizzazione,
// nuove tecnologie ed innovazione" and its degree "97,71 %"), before an objective's heading
// ("01_01_ulco1 - Favorire ..."). Nothing names them but their order, so the profile's `bare`
// fields take them by it: in a run of bare headings that ends at another heading, the last is
// the deepest bare field's, the one before it the next one up's, and so on; a run longer than
// the bare fields (the chamber's name, a section title above them) begins with lines that are
// no field. And a heading's published figure on the line below it is known, never a row.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "extraction/fields.hpp"
#include "extraction/profile.hpp"
#include "layout/lines.hpp"

namespace pira {

// The bare heading that begins at line i, and its last line (its wrapped lines and its figure
// included); nullopt when none does. right_edges: where each page's widest line ends (a line
// that could not have held the next one's first word wrapped there).
std::optional<std::pair<FieldHit, std::size_t>> bare_heading(
    const Profile& p, const std::vector<Line>& lines, std::size_t i,
    const std::map<int, double>& right_edges);

// A heading's figure on the line below it (ProfileField::figure): the line alone, in regular
// type, starting where the heading starts, just below it or at the top of the next page.
class HeadingFigure {
  public:
    void expect(const FieldHit& hit, const Line& heading);
    // Whether the line is the figure expected (then taken); any other line ends the wait.
    bool take(const Line& line);

  private:
    const RE2* figure_ = nullptr;
    Line heading_;
};

// Whether `line` is `figure` under `heading` (see HeadingFigure).
bool is_figure_below(const RE2& figure, const Line& heading, const Line& line);

}  // namespace pira
