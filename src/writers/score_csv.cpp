#include <string>

#include "normalise/number.hpp"
#include "writers/csv_cell.hpp"
#include "writers/score_writers.hpp"

namespace pira {
namespace {

std::string num(const std::optional<double>& v) {
    return v ? machine_form(*v, 6) : std::string();
}

// One row of the CSV, appended to `out`.
void append_row(std::string& out, const char* level, const std::string& code,
                const std::string& name, const std::string& parent,
                const std::optional<double>& weight, const std::optional<double>& perf,
                const Policy& policy) {
    out += level;
    out += ',';
    out += csv_cell(code);
    out += ',';
    out += csv_cell(name);
    out += ',';
    out += csv_cell(parent);
    out += ',';
    out += num(weight);
    out += ',';
    out += num(perf);
    out += ',';
    if (perf) out += status_of(*perf, policy);
    out += '\n';
}

void append_indicator(std::string& out, const ScoredIndicator& i, const Policy& policy) {
    append_row(out, "indicator", i.code, i.name, i.objective_code, i.weight, i.performance, policy);
}

constexpr std::size_t kBlock = 1u << 20;

}  // namespace

void ScoreCsvIndicators::add(const ScoredIndicator& indicator) {
    if (blocks_.empty() || blocks_.back().size() >= kBlock) {
        blocks_.emplace_back().reserve(kBlock + (4u << 10));
    }
    append_indicator(blocks_.back(), indicator, policy_);
}

void write_score_csv(std::ostream& out, const Scorecard& card, const Policy& policy,
                     const ScoreCsvIndicators* indicators) {
    std::string text = "level,code,name,parent,weight,performance,status\n";
    const auto flush = [&] {
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        text.clear();
    };
    const auto row = [&](const char* level, const std::string& code, const std::string& name,
                         const std::string& parent, const std::optional<double>& weight,
                         const std::optional<double>& perf) {
        append_row(text, level, code, name, parent, weight, perf, policy);
        if (text.size() >= kBlock) flush();
    };
    row("ente", {}, {}, {}, std::nullopt, card.ente);
    for (const auto& a : card.areas) row("area", {}, a.name, {}, a.weight, a.performance);
    for (const auto& s : card.strategic_objectives) {
        row("strategic_objective", {}, s.name, s.area, s.weight, s.performance);
    }
    for (const auto& o : card.objectives) {
        row("objective", o.code, o.name, o.strategic_objective, o.weight, o.performance);
    }
    for (const auto& i : card.indicators) {
        append_indicator(text, i, policy);
        if (text.size() >= kBlock) flush();
    }
    flush();
    if (indicators == nullptr) return;
    for (const auto& block : indicators->blocks()) {
        out.write(block.data(), static_cast<std::streamsize>(block.size()));
    }
}

}  // namespace pira
