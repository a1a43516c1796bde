#include "scoring/scorecard.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include "common/text.hpp"
#include "scoring/indicator_score.hpp"
#include "validation/weights.hpp"

namespace pira {
namespace {

// Mean or weighted mean by the rule; "auto" weighs only when every item has a weight.
std::optional<double> combine(const std::vector<ScoreItem>& items, const LevelRule& rule) {
    if (items.empty()) return std::nullopt;
    const bool all_weighted = std::all_of(items.begin(), items.end(),
                                          [](const ScoreItem& i) { return i.weight.has_value(); });
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

}  // namespace

void score_one_indicator(const Indicator& ind, const Policy& policy, Diagnostics& diags,
                         ScoredIndicator& s) {
    s.objective_code.assign(ind.objective_code);
    s.code.assign(ind.indicator_code);
    s.name.assign(ind.indicator_name);
    s.source_ref.assign(ind.source_ref);
    s.weight = ind.weight.value_or(0.0);
    s.target = ind.target ? ind.target->machine() : std::string();
    s.actual = ind.actual ? machine(*ind.actual) : std::string();
    s.performance.reset();
    s.excluded = false;
    if (!ind.actual) return;  // unparsable: already reported
    if (std::holds_alternative<Missing>(*ind.actual)) {
        const bool empty = trim(ind.actual_cell.text).empty();
        if (empty) {
            diags.warning(Errc::actual_missing, ind.actual_cell.place, {}, {},
                          "scrivere N/D se il dato non è disponibile");
        } else {
            diags.warning(Errc::actual_not_available, ind.actual_cell.place, ind.actual_cell.text);
        }
    }
    if (!ind.target && !std::holds_alternative<Missing>(*ind.actual)) return;
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
}

namespace {

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
    // Items of one group mostly come one after another: the last name's folding is reused.
    std::string last_name, key;
    bool folded = false;
    for (const auto& item : items) {
        const auto& name = key_of(item);
        if (!folded || name != last_name) {
            key = fold(name);
            last_name = name;
            folded = true;
        }
        if (key.empty()) continue;
        auto [it, fresh] = index.emplace(key, groups.size());
        if (fresh) groups.emplace_back();
        groups[it->second].push_back(&item);
    }
    return groups;
}

// The child's figure, if it has one, with its weight, ready for combine().
template <class T>
void add_item(std::vector<ScoreItem>& items, const T& child) {
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
        std::vector<ScoreItem> items;
        for (const T* c : group) add_item(items, *c);
        g.performance = combine(items, rule);
        out.push_back(g);
    }
    return out;
}

}  // namespace

// An objective from its indicators: the weighted mean of the measured indicators' unrounded
// figures, and the check of its weights' sum.
void ScoreBuilder::score_objective(ScoredObjective& obj, const Members& m) {
    weights_.clear();
    items_.clear();
    for (std::uint32_t e = m.first; e != kNone; e = entries_[e].next) {
        const Entry& entry = entries_[e];
        weights_.push_back(entry.weight);
        if (entry.performance) items_.push_back({*entry.performance, entry.weight});
    }
    obj.weights_sum =
        round_to(std::accumulate(weights_.begin(), weights_.end(), 0.0), 6, Rounding::half_up);
    if (m.all_weighted) {  // a missing weight is reported already; its sum would mislead
        check_weights(obj, weights_, m.decimals, m.first_weight_place, policy_, diags_);
    }
    obj.performance = combine(items_, policy_.objective);
    if (!obj.performance) {
        diags_.warning(Errc::objective_without_weight, m.first_weight_place, obj.code);
    }
}

void ScoreBuilder::reserve(std::size_t indicators) {
    if (sink_ == nullptr) card_.indicators.reserve(indicators);
    objective_index_.reserve(indicators / 4);  // Relazione objectives hold 2-6 indicators
    entries_.reserve(indicators);
}

void ScoreBuilder::add(const Indicator& ind) {
    ScoredIndicator& s = sink_ != nullptr ? current_ : card_.indicators.emplace_back();
    score_one_indicator(ind, policy_, diags_, s);
    if (sink_ != nullptr) sink_->add(s);
    count_in(ind, s);
}

void ScoreBuilder::add(const Indicator& ind, const ScoredIndicator& s) {
    if (sink_ != nullptr) {
        sink_->add(s);
    } else {
        card_.indicators.push_back(s);
    }
    count_in(ind, s);
}

// The index of the indicator's objective, added on its first indicator.
std::size_t ScoreBuilder::objective_of(const Indicator& ind) {
    if (last_objective_ < card_.objectives.size() &&
        card_.objectives[last_objective_].code == ind.objective_code) {
        return last_objective_;
    }
    auto [it, fresh] = objective_index_.try_emplace(ind.objective_code, card_.objectives.size());
    if (fresh) {
        card_.objectives.push_back({ind.objective_code, ind.objective_name, ind.strategic_objective,
                                    ind.area, ind.objective_weight, std::nullopt, 0.0, 0, 0});
        members_.push_back({kNone, kNone, 0, true, ind.weight_cell.place});
    }
    last_objective_ = it->second;
    return it->second;
}

// The indicator in its objective: what the objective's check and mean need.
void ScoreBuilder::count_in(const Indicator& ind, const ScoredIndicator& s) {
    if (ind.objective_code.empty()) return;
    const std::size_t o = objective_of(ind);
    ScoredObjective& obj = card_.objectives[o];
    Members& m = members_[o];
    const auto e = static_cast<std::uint32_t>(entries_.size());
    entries_.push_back({s.weight, s.performance, kNone});
    (m.last == kNone ? m.first : entries_[m.last].next) = e;
    m.last = e;
    m.decimals = std::max(m.decimals, ind.weight_decimals);
    m.all_weighted = m.all_weighted && ind.weight.has_value();
    ++obj.indicators;
    if (s.excluded) ++obj.excluded;
}

Scorecard ScoreBuilder::finish() {
    for (std::size_t o = 0; o < card_.objectives.size(); ++o) {
        score_objective(card_.objectives[o], members_[o]);
    }
    members_.clear();
    entries_.clear();
    card_.strategic_objectives = upper_level(
        card_.objectives, [](const ScoredObjective& o) { return o.strategic_objective; },
        policy_.strategic_weights, policy_.strategic_objective);
    card_.areas = upper_level(
        card_.strategic_objectives, [](const ScoredGroup& s) { return s.area; },
        policy_.area_weights, policy_.area);
    std::vector<ScoreItem> items;
    for (const auto& g :
         policy_.ente_from == EnteFrom::areas ? card_.areas : card_.strategic_objectives) {
        add_item(items, g);
    }
    card_.ente = combine(items, policy_.ente);
    return std::move(card_);
}

Scorecard score(const std::vector<Indicator>& indicators, const Policy& policy,
                Diagnostics& diags) {
    ScoreBuilder builder(policy, diags);
    for (const auto& ind : indicators) builder.add(ind);
    return builder.finish();
}

}  // namespace pira
