#include <algorithm>
#include <map>
#include <ostream>

#include <nlohmann/json.hpp>

#include "writers/validation_report.hpp"

namespace pira {
namespace {

struct Counts {
    std::size_t errors = 0, warnings = 0;
};

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

std::string counts_text(const Counts& c) {
    return plural(c.errors, "errore", "errori") + ", " + plural(c.warnings, "avviso", "avvisi");
}

struct ObjectiveCounts {
    std::string file, objective;
    Counts counts;
};

// Every objective of every input, in order, with its findings counted.
std::vector<ObjectiveCounts> by_objective(const std::vector<ValidatedInput>& in) {
    std::vector<ObjectiveCounts> out;
    for (const auto& i : in) {
        const std::size_t first = out.size();
        for (const auto& o : i.result.objectives) out.push_back({i.file, o, Counts{}});
        for (const auto& f : i.result.findings) {
            auto it = std::find_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                                   [&](const auto& p) { return p.objective == f.objective; });
            if (it == out.end()) continue;
            ++(f.severity == RuleSeverity::error ? it->counts.errors : it->counts.warnings);
        }
    }
    return out;
}

nlohmann::json or_null(const std::string& s) {
    return s.empty() ? nlohmann::json() : nlohmann::json(s);
}
nlohmann::json or_null(std::size_t n) {
    return n == 0 ? nlohmann::json() : nlohmann::json(n);
}

}  // namespace

ValidationTotals totals_of(const std::vector<ValidatedInput>& inputs) {
    ValidationTotals t;
    for (const auto& i : inputs) {
        t.rows += i.result.rows;
        for (const auto& f : i.result.findings) {
            ++(f.severity == RuleSeverity::error ? t.errors : t.warnings);
        }
    }
    return t;
}

std::string finding_line(const Finding& f) {
    std::string out = f.place.to_string() + ": " + std::string(severity_name(f.severity)) + " [" +
                      f.code + "]: " + f.message;
    if (!f.value.empty()) out += ": «" + f.value + "»";
    std::string where;
    if (!f.objective.empty()) where = "obiettivo " + f.objective;
    if (!f.indicator.empty())
        where += (where.empty() ? "" : ", ") + ("indicatore «" + f.indicator + "»");
    if (!where.empty()) out += " (" + where + ")";
    if (!f.fix.empty()) out += ". Suggerimento: " + f.fix;
    return out;
}

std::vector<std::string> summary_lines(const std::vector<ValidatedInput>& inputs) {
    std::size_t objectives = 0, files = 0;
    for (const auto& i : inputs) {
        objectives += i.result.objectives.size();
        if (!i.table.columns.empty()) ++files;  // not the policy's own findings
    }
    const ValidationTotals t = totals_of(inputs);
    std::vector<std::string> out{"Riepilogo: " + plural(t.rows, "indicatore", "indicatori") + ", " +
                                 plural(objectives, "obiettivo", "obiettivi") + "; " +
                                 counts_text(Counts{t.errors, t.warnings})};
    for (const auto& o : by_objective(inputs)) {
        const Counts& c = o.counts;
        out.push_back(
            "  " + (files > 1 ? o.file + ": " : std::string()) + o.objective + ": " +
            (c.errors + c.warnings == 0 ? std::string("nessun problema") : counts_text(c)));
    }
    return out;
}

void write_validation_text(std::ostream& out, const std::vector<ValidatedInput>& inputs) {
    for (const auto& i : inputs) {
        for (const Finding& f : i.result.findings) out << finding_line(f) << '\n';
    }
    for (const auto& line : summary_lines(inputs)) out << line << '\n';
}

void write_validation_json(std::ostream& out, const std::vector<ValidatedInput>& inputs) {
    nlohmann::json doc{{"inputs", nlohmann::json::array()}, {"findings", nlohmann::json::array()}};
    for (const auto& i : inputs) {
        doc["inputs"].push_back({{"file", i.file},
                                 {"mode", validation_mode_name(i.mode)},
                                 {"year", i.year ? nlohmann::json(*i.year) : nlohmann::json()},
                                 {"rows", i.result.rows}});
        for (const Finding& finding : i.result.findings) {
            const Finding* f = &finding;
            doc["findings"].push_back({{"code", f->code},
                                       {"severity", severity_name(f->severity)},
                                       {"place", f->place.to_string()},
                                       {"file", f->place.file},
                                       {"line", or_null(f->place.line)},
                                       {"column", or_null(f->place.column)},
                                       {"cell", or_null(f->place.cell)},
                                       {"page", or_null(f->place.page)},
                                       {"value", f->value},
                                       {"objective", or_null(f->objective)},
                                       {"indicator", or_null(f->indicator)},
                                       {"message", f->message},
                                       {"fix", or_null(f->fix)}});
        }
    }
    const ValidationTotals t = totals_of(inputs);
    nlohmann::json objectives = nlohmann::json::array();
    for (const auto& o : by_objective(inputs)) {
        objectives.push_back({{"file", o.file},
                              {"objective", o.objective},
                              {"errors", o.counts.errors},
                              {"warnings", o.counts.warnings}});
    }
    doc["summary"] = {{"rows", t.rows},
                      {"errors", t.errors},
                      {"warnings", t.warnings},
                      {"objectives", objectives}};
    out << doc.dump(2) << '\n';
}

}  // namespace pira
