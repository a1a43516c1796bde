#include "writers/department_cells.hpp"

#include "normalise/quantity.hpp"
#include "normalise/vocabulary.hpp"
#include "scoring/indicator_score.hpp"
#include "writers/department_xlsx.hpp"

namespace pira {
namespace {

// The target of the year: `target`, else `target_<year>` (as pira import and score read it).
const std::string& target_text(const StoredIndicator& ind, int year) {
    const std::string& t = ind.text("target");
    return t.empty() ? ind.text("target_" + std::to_string(year)) : t;
}

std::string unit_of(const StoredIndicator& ind, const std::optional<Target>& target) {
    if (const std::string& u = ind.value("unit"); !u.empty()) return u;
    if (!target) return {};
    if (const auto* q = std::get_if<Quantity>(&target->value)) {
        return q->unit != nullptr ? q->unit->id : std::string();
    }
    if (std::holds_alternative<Date>(target->value)) return "data";
    if (std::holds_alternative<bool>(target->value)) return "si/no";
    return {};
}

}  // namespace

RowPlan plan_row(const StoredIndicator& ind, int year) {
    RowPlan p;
    p.ind = &ind;
    if (auto t = parse_target(target_text(ind, year))) p.target = *t;
    p.unit = unit_of(ind, p.target);
    p.kind = value_kind(p.unit, p.target);
    if (const std::string& a = ind.text("actual"); !a.empty()) {
        const bool words = target_in_words(target_text(ind, year));
        if (auto v = parse_actual(a, words)) p.actual = *v;
    }
    if (auto w = parse_quantity(ind.text("weight"))) {
        p.weight = w->number.value;
        p.weight_decimals = w->number.significant_decimals();
    }
    return p;
}

std::string context_text(const RowPlan& p, const DeptColumnSpec& spec,
                         const DepartmentWorkbook& in) {
    const StoredIndicator& ind = *p.ind;
    switch (spec.kind) {
        case DeptColumn::objective_code:
            return ind.objective_code;
        case DeptColumn::objective_name:
            return ind.text("objective_name");
        case DeptColumn::strategic_objective:
            return ind.value("strategic_objective");
        case DeptColumn::indicator_code:
            return ind.value("indicator_code");
        case DeptColumn::indicator_name:
            return ind.text("indicator_name");
        case DeptColumn::formula:
            return ind.text("formula");
        case DeptColumn::unit:
            return p.unit;
        case DeptColumn::baseline:
            return ind.text("baseline");
        case DeptColumn::previous_actual: {
            auto it = in.previous.find(previous_key(ind));
            return it == in.previous.end() ? std::string() : it->second->text("actual");
        }
        case DeptColumn::target:
            if (spec.year == ind.year && !ind.text("target").empty() &&
                ind.text("target_" + std::to_string(spec.year)).empty()) {
                return ind.text("target");
            }
            return spec.editable ? ind.text("target_" + std::to_string(spec.year))
                                 : target_text(ind, spec.year);
        default:
            return {};
    }
}

std::string locked_text(const RowPlan& p, const DeptColumnSpec& spec,
                        const DepartmentWorkbook& in) {
    if (spec.kind == DeptColumn::weight) {
        return p.weight ? locked_text_of_number(*p.weight) : std::string();
    }
    return context_text(p, spec, in);
}

std::optional<double> cached_performance(const RowPlan& p, const Policy& policy) {
    if (!p.target || !p.actual) return std::nullopt;
    return score_indicator(*p.target, *p.actual, policy).performance;
}

std::optional<double> cached_objective(const std::vector<RowPlan>& rows,
                                       const std::string& objective_code, const Policy& policy) {
    double weights = 0, weighted = 0;
    for (const RowPlan& p : rows) {
        if (p.ind->objective_code != objective_code) continue;
        const auto perf = cached_performance(p, policy);
        if (!perf) continue;
        weights += p.weight.value_or(0);
        weighted += *perf * p.weight.value_or(0);
    }
    if (weights == 0) return std::nullopt;
    return round_to(weighted / weights, policy.objective.decimals, policy.objective.rounding);
}

}  // namespace pira
