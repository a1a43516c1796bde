#include "normalise/number.hpp"
#include "writers/csv_cell.hpp"
#include "writers/score_writers.hpp"

namespace pira {
namespace {

std::string num(const std::optional<double>& v) {
    return v ? machine_form(*v, 6) : std::string();
}

}  // namespace

void write_score_csv(std::ostream& out, const Scorecard& card, const Policy& policy) {
    auto row = [&](const char* level, const std::string& code, const std::string& name,
                   const std::string& parent, const std::optional<double>& weight,
                   const std::optional<double>& perf) {
        out << level << ',' << csv_cell(code) << ',' << csv_cell(name) << ',' << csv_cell(parent)
            << ',' << num(weight) << ',' << num(perf) << ','
            << (perf ? std::string(status_of(*perf, policy)) : std::string()) << '\n';
    };
    out << "level,code,name,parent,weight,performance,status\n";
    row("ente", {}, {}, {}, std::nullopt, card.ente);
    for (const auto& a : card.areas) row("area", {}, a.name, {}, a.weight, a.performance);
    for (const auto& s : card.strategic_objectives) {
        row("strategic_objective", {}, s.name, s.area, s.weight, s.performance);
    }
    for (const auto& o : card.objectives) {
        row("objective", o.code, o.name, o.strategic_objective, o.weight, o.performance);
    }
    for (const auto& i : card.indicators) {
        row("indicator", i.code, i.name, i.objective_code, i.weight, i.performance);
    }
}

}  // namespace pira
