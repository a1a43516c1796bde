#include <algorithm>

#include "common/text.hpp"
#include "writers/italian_format.hpp"
#include "writers/score_writers.hpp"

namespace pira {
namespace {

std::string pad(const std::string& s, std::size_t width) {
    const std::size_t n = char_count(s, s.size());
    return n >= width ? s : s + std::string(width - n, ' ');
}

std::string pad_left(const std::string& s, std::size_t width) {
    const std::size_t n = char_count(s, s.size());
    return n >= width ? s : std::string(width - n, ' ') + s;
}

// The figure and its reading; `width` pads the reading when more columns follow.
std::string figure(const std::optional<double>& p, const Policy& policy, int decimals,
                   std::size_t width = 0) {
    if (!p) return pad_left("n.d.", 10) + "  " + pad("non calcolabile", width);
    return pad_left(italian_percent(*p, decimals), 10) + "  " +
           pad(std::string(status_of(*p, policy)), width);
}

void groups(std::ostream& out, const char* title, const std::vector<ScoredGroup>& gs,
            const Policy& policy, int decimals) {
    if (gs.empty()) return;
    std::size_t width = 0;
    for (const auto& g : gs) width = std::max(width, char_count(g.name, g.name.size()));
    out << '\n' << title << '\n';
    for (const auto& g : gs) {
        out << "  " << pad(g.name, width) << "  " << figure(g.performance, policy, decimals)
            << '\n';
    }
}

}  // namespace

void write_score_text(std::ostream& out, const Scorecard& card, const Policy& policy) {
    out << "Performance calcolata (" << policy.name << ")\n";
    out << "\nEnte  " << figure(card.ente, policy, policy.ente.decimals) << '\n';
    groups(out, "Aree strategiche", card.areas, policy, policy.area.decimals);
    groups(out, "Obiettivi strategici", card.strategic_objectives, policy,
           policy.strategic_objective.decimals);
    if (!card.objectives.empty()) {
        std::size_t width = 6;
        for (const auto& o : card.objectives) width = std::max(width, o.code.size());
        out << "\nObiettivi\n  " << pad("Codice", width) << "  " << pad_left("Performance", 10)
            << "  " << pad("Esito", 22) << pad_left("Pesi", 8) << "  Obiettivo\n";
        for (const auto& o : card.objectives) {
            std::string line = "  " + pad(o.code, width) + "  " +
                               figure(o.performance, policy, policy.objective.decimals, 22) +
                               pad_left(italian_number(o.weights_sum, 2), 8) + "  " + o.name;
            if (o.excluded > 0) {
                line += o.excluded == 1
                            ? " [1 indicatore N/D escluso]"
                            : " [" + std::to_string(o.excluded) + " indicatori N/D esclusi]";
            }
            out << std::string(trim(line)).insert(0, 2, ' ') << '\n';
        }
    }
}

}  // namespace pira
