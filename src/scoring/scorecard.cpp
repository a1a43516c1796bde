#include "scoring/scorecard.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include "common/text.hpp"
#include "scoring/indicator_score.hpp"
#include "validation/weights.hpp"

namespace pira {
namespace {

struct Item {
    double value = 0.0;
    std::optional<double> weight;
};

// Mean or weighted mean by the rule; "auto" weighs only when every item has a weight.
std::optional<double> combine(const std::vector<Item>& items, const LevelRule& rule) {
    if (items.empty()) return std::nullopt;
    const bool all_weighted =
        std::all_of(items.begin(), items.end(), [](const Item& i) { return i.weight.has_value(); });
    const bool weighted = rule.aggregate == Aggregate::weighted ||
                          (rule.aggregate == Aggregate::automatic && all_weighted);
    double sum = 0.0, weights = 0.0;
    for (const auto& i : items) {
        const double w = weighted ? i.weight.value_or(0.0) : 1.0;
        sum += w * i.value;
        weights += w;
    }
    if (weights <= 0.0) return std::nullopt;
    return round_to(sum / weights, rule.decimals, rule.rounding);
}

std::optional<double> weight_for(const std::map<std::string, double>& weights,
                                 const std::string& name) {
    const std::string key = fold(name);
    for (const auto& [k, w] : weights) {
        if (fold(k) == key) return w;
    }
    return std::nullopt;
}

ScoredIndicator score_one(const Indicator& ind, const Policy& policy, Diagnostics& diags) {
    ScoredIndicator s;
    s.objective_code = ind.objective_code;
    s.code = ind.indicator_code;
    s.name = ind.indicator_name;
    s.source_ref = ind.source_ref;
    s.weight = ind.weight.value_or(0.0);
    s.target = ind.target ? ind.target->machine() : std::string();
    s.actual = ind.actual ? machine(*ind.actual) : std::string();
    if (!ind.actual) return s;  // unparsable: already reported
    if (std::holds_alternative<Missing>(*ind.actual)) {
        const bool empty = trim(ind.actual_cell.text).empty();
        if (empty) {
            diags.warning(Errc::actual_missing, ind.actual_cell.place, {}, {},
                          "scrivere N/D se il dato non è disponibile");
        } else {
            diags.warning(Errc::actual_not_available, ind.actual_cell.place, ind.actual_cell.text);
        }
    }
    if (!ind.target && !std::holds_alternative<Missing>(*ind.actual)) return s;
    const IndicatorScore r = score_indicator(
        ind.target ? *ind.target : Target{Op::none, Missing{}, {}}, *ind.actual, policy);
    if (r.error != Errc::ok) {
        // The actual is what does not fit the target (kind or unit), so point at it.
        diags.error(r.error, ind.actual_cell.place, ind.actual_cell.text,
                    "target «" + ind.target_cell.text + "»" +
                        (r.detail.empty() ? std::string() : "; " + r.detail));
    }
    s.performance = r.performance;
    s.excluded = r.excluded;
    return s;
}

void check_weights(const ScoredObjective& o, const std::vector<double>& weights, int decimals,
                   const Place& place, const Policy& policy, Diagnostics& diags) {
    if (policy.weights_check == Check::off) return;
    const WeightSumCheck c = check_weight_sum(weights, decimals);
    if (c.verdict == WeightSum::exact) return;
    const std::string what = o.code + ": " + describe_weights(weights, c.sum);
    if (c.verdict == WeightSum::rounding) {
        diags.warning(Errc::weights_sum_rounding, place, what,
                      "scarto entro " + italian_form(c.tolerance) + " punti");
    } else if (policy.weights_check == Check::error) {
        diags.error(Errc::weights_sum_wrong, place, what,
                    "scarto oltre l'arrotondamento (" + italian_form(c.tolerance) + " punti)",
                    "correggere i pesi degli indicatori dell'obiettivo");
    } else {
        diags.warning(Errc::weights_sum_wrong, place, what);
    }
}

// Groups objectives (or strategic objectives) by a folded key, keeping first-seen order.
template <class T, class KeyOf>
std::vector<std::vector<const T*>> group_by(const std::vector<T>& items, KeyOf key_of) {
    std::vector<std::vector<const T*>> groups;
    std::map<std::string, std::size_t> index;
    for (const auto& item : items) {
        const std::string key = fold(key_of(item));
        if (key.empty()) continue;
        auto [it, fresh] = index.emplace(key, groups.size());
        if (fresh) groups.emplace_back();
        groups[it->second].push_back(&item);
    }
    return groups;
}

// The child's figure, if it has one, with its weight, ready for combine().
template <class T>
void add_item(std::vector<Item>& items, const T& child) {
    if (child.performance) items.push_back({*child.performance, child.weight});
}

// One level above objectives: children grouped by the name `key_of` gives them (a strategic
// objective for objectives, an area for strategic objectives), each group scored by `rule` from
// its children's rounded figures; group weights come from the policy.
template <class T, class KeyOf>
std::vector<ScoredGroup> upper_level(const std::vector<T>& children, KeyOf key_of,
                                     const std::map<std::string, double>& weights,
                                     const LevelRule& rule) {
    std::vector<ScoredGroup> out;
    for (const auto& group : group_by(children, key_of)) {
        ScoredGroup g{key_of(*group.front()), group.front()->area, std::nullopt, std::nullopt,
                      group.size()};
        g.weight = weight_for(weights, g.name);
        std::vector<Item> items;
        for (const T* c : group) add_item(items, *c);
        g.performance = combine(items, rule);
        out.push_back(g);
    }
    return out;
}

// An objective from its indicators (`members` index both `sources` and `scored`): the weighted
// mean of the measured indicators' unrounded figures, and the check of its weights' sum.
void score_objective(ScoredObjective& obj, const std::vector<std::size_t>& members,
                     const std::vector<Indicator>& sources,
                     const std::vector<ScoredIndicator>& scored, const Policy& policy,
                     Diagnostics& diags) {
    std::vector<Item> items;
    std::vector<double> weights;
    int decimals = 0;
    bool all_weighted = true;
    for (std::size_t i : members) {
        weights.push_back(scored[i].weight);
        decimals = std::max(decimals, sources[i].weight_decimals);
        all_weighted = all_weighted && sources[i].weight.has_value();
        ++obj.indicators;
        if (scored[i].excluded) ++obj.excluded;
        if (scored[i].performance) items.push_back({*scored[i].performance, scored[i].weight});
    }
    obj.weights_sum =
        round_to(std::accumulate(weights.begin(), weights.end(), 0.0), 6, Rounding::half_up);
    const Indicator& first = sources[members.front()];
    if (all_weighted) {  // a missing weight is reported already; its sum would mislead
        check_weights(obj, weights, decimals, first.weight_cell.place, policy, diags);
    }
    obj.performance = combine(items, policy.objective);
    if (!obj.performance) {
        diags.warning(Errc::objective_without_weight, first.weight_cell.place, obj.code);
    }
}

}  // namespace

Scorecard score(const std::vector<Indicator>& indicators, const Policy& policy,
                Diagnostics& diags) {
    Scorecard card;
    // Indicators and objectives, in order of first appearance.
    std::map<std::string, std::size_t> objective_index;
    std::vector<std::vector<std::size_t>> members;
    for (const auto& ind : indicators) {
        card.indicators.push_back(score_one(ind, policy, diags));
        if (ind.objective_code.empty()) continue;
        auto [it, fresh] = objective_index.emplace(ind.objective_code, card.objectives.size());
        if (fresh) {
            card.objectives.push_back({ind.objective_code, ind.objective_name,
                                       ind.strategic_objective, ind.area, ind.objective_weight,
                                       std::nullopt, 0.0, 0, 0});
            members.emplace_back();
        }
        members[it->second].push_back(card.indicators.size() - 1);
    }

    for (std::size_t o = 0; o < card.objectives.size(); ++o) {
        score_objective(card.objectives[o], members[o], indicators, card.indicators, policy, diags);
    }

    card.strategic_objectives = upper_level(
        card.objectives, [](const ScoredObjective& o) { return o.strategic_objective; },
        policy.strategic_weights, policy.strategic_objective);
    card.areas = upper_level(
        card.strategic_objectives, [](const ScoredGroup& s) { return s.area; }, policy.area_weights,
        policy.area);
    std::vector<Item> items;
    for (const auto& g :
         policy.ente_from == EnteFrom::areas ? card.areas : card.strategic_objectives) {
        add_item(items, g);
    }
    card.ente = combine(items, policy.ente);
    return card;
}

}  // namespace pira
