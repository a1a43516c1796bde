#include "cli/extract_report.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

namespace pira {
namespace {

std::string count(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

// Cells under an empty header cell: how many, and the first few different texts.
void print_unheaded(const std::vector<std::string>& cells) {
    constexpr std::size_t kShown = 6;
    std::vector<std::string> shown;
    for (const auto& c : cells) {
        if (std::find(shown.begin(), shown.end(), c) == shown.end()) shown.push_back(c);
    }
    std::cerr << "; celle senza intestazione ignorate: " << cells.size() << " (";
    for (std::size_t k = 0; k < shown.size() && k < kShown; ++k)
        std::cerr << (k == 0 ? "«" : ", «") << shown[k] << "»";
    std::cerr << (shown.size() > kShown ? ", ...)" : ")");
}

nlohmann::json table_json(const TableReport& t) {
    return {{"page", t.page},
            {"last_page", std::max(t.page, t.last_page)},
            {"cell", t.where},
            {"rows", t.rows},
            {"columns", t.columns},
            {"ignored_headers", t.unknown_headers},
            {"inherited_headers", t.inherited_headers},
            {"unheaded_cells", t.unheaded},
            {"notes", t.notes}};
}

nlohmann::json diagnostic_json(const Diagnostic& d) {
    return {{"severity", d.severity == Severity::error ? "error" : "warning"},
            {"code", std::string(name(d.code))},
            {"message", std::string(message(d.code))},
            {"place", d.place.to_string()},
            {"page", d.place.page},
            {"row", d.place.page != 0 ? d.place.line : 0},
            {"cell", d.place.cell},
            {"value", d.value},
            {"detail", d.detail},
            {"hint", d.hint}};
}

}  // namespace

void print_table_reports(const std::string& file, const Extraction& x) {
    for (const auto& t : x.tables) {
        std::cerr << file << "#" << (t.where.empty() ? "page=" + std::to_string(t.page) : t.where)
                  << ": tabella di " << count(t.rows, "indicatore", "indicatori");
        if (t.last_page > t.page) std::cerr << " (fino a pagina " << t.last_page << ")";
        if (!t.unknown_headers.empty()) {
            std::cerr << "; colonne ignorate:";
            for (const auto& h : t.unknown_headers) std::cerr << " «" << h << "»";
        }
        if (!t.inherited_headers.empty()) {
            std::cerr << "; intestazioni vuote prese dalla tabella precedente:";
            for (const auto& h : t.inherited_headers) std::cerr << " «" << h << "»";
        }
        if (!t.unheaded.empty()) print_unheaded(t.unheaded);
        for (const auto& n : t.notes) std::cerr << "; nota «" << n << "»";
        std::cerr << '\n';
    }
}

std::string cues_text(const std::vector<Cue>& cues) {
    std::string found, missing;
    for (const auto& c : cues) {
        std::string& to = c.found ? found : missing;
        to += (to.empty() ? "«" : ", «") + c.text + "» (" + c.kind + ")";
    }
    return "indizi del profilo trovati: " + (found.empty() ? "nessuno" : found) +
           "; mancanti: " + (missing.empty() ? "nessuno" : missing);
}

bool write_report_json(const std::string& path, const std::vector<DocumentReport>& documents,
                       std::string& error) {
    nlohmann::json out = {{"documents", nlohmann::json::array()}};
    for (const auto& d : documents) {
        nlohmann::json doc = {{"file", d.file},
                              {"profile", d.profile},
                              {"chosen", d.how},
                              {"outcome", d.outcome},
                              {"rows", d.rows},
                              {"tables", nlohmann::json::array()},
                              {"cues", nlohmann::json::array()},
                              {"diagnostics", nlohmann::json::array()}};
        if (!d.pages.empty()) doc["pages"] = d.pages;
        for (const auto& t : d.tables) doc["tables"].push_back(table_json(t));
        for (const auto& c : d.cues) {
            doc["cues"].push_back({{"kind", c.kind}, {"text", c.text}, {"found", c.found}});
        }
        for (const auto& g : d.diagnostics) doc["diagnostics"].push_back(diagnostic_json(g));
        out["documents"].push_back(std::move(doc));
    }
    std::ofstream f(path, std::ios::binary);
    if (!f) {
        error = "impossibile scrivere «" + path + "»";
        return false;
    }
    f << out.dump(2) << '\n';
    return static_cast<bool>(f);
}

}  // namespace pira
