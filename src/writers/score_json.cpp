#include <nlohmann/json.hpp>

#include "scoring/policy.hpp"
#include "writers/score_writers.hpp"

namespace pira {
namespace {

using nlohmann::ordered_json;

// Indicator figures are unrounded; six decimals keep them readable (76.4875, not
// 76.48749999999999) without changing any figure the policy rounds.
ordered_json number(const std::optional<double>& v, int decimals = 6) {
    if (!v) return nullptr;
    return round_to(*v, decimals, Rounding::half_up);
}

ordered_json status(const std::optional<double>& v, const Policy& p) {
    if (!v) return nullptr;
    return std::string(status_of(*v, p));
}

ordered_json groups(const std::vector<ScoredGroup>& gs, const Policy& p) {
    ordered_json arr = ordered_json::array();
    for (const auto& g : gs) {
        arr.push_back({{"name", g.name},
                       {"performance", number(g.performance)},
                       {"status", status(g.performance, p)}});
    }
    return arr;
}

}  // namespace

void write_score_json(std::ostream& out, const Scorecard& card, const Policy& policy) {
    ordered_json j;
    j["ente"] = card.ente ? ordered_json{{"performance", number(card.ente)},
                                         {"status", status(card.ente, policy)}}
                          : ordered_json(nullptr);
    j["areas"] = groups(card.areas, policy);
    j["strategic_objectives"] = groups(card.strategic_objectives, policy);
    j["objectives"] = ordered_json::array();
    for (const auto& o : card.objectives) {
        j["objectives"].push_back({{"code", o.code},
                                   {"name", o.name},
                                   {"strategic_objective", o.strategic_objective},
                                   {"performance", number(o.performance)},
                                   {"status", status(o.performance, policy)},
                                   {"weights_sum", number(o.weights_sum)}});
    }
    j["indicators"] = ordered_json::array();
    for (const auto& i : card.indicators) {
        j["indicators"].push_back({{"objective_code", i.objective_code},
                                   {"code", i.code},
                                   {"name", i.name},
                                   {"target", i.target},
                                   {"actual", i.actual},
                                   {"weight", i.weight},
                                   {"performance", number(i.performance)},
                                   {"excluded", i.excluded},
                                   {"source_ref", i.source_ref}});
    }
    out << j.dump(2) << '\n';
}

}  // namespace pira
