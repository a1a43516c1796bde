// pira import of a returned department workbook (docs/round-trip.md): checked whole against the
// export the dataset recorded, then loaded as one document, with a diff of what it changed.
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/score_run.hpp"
#include "store/return_check.hpp"

namespace pira {
namespace {

std::string field_label(const std::string& field) {
    if (field == "actual") return "consuntivo";
    if (field == "note") return "nota";
    if (field == "weight") return "peso";
    if (field.rfind("target", 0) == 0)
        return field == "target" ? "target" : "target " + field.substr(7);
    return field;
}

// "28 consuntivi nuovi, 1 modificati, 2 vuoti, 5 note" or, for a proposta, "8 valori
// modificati (2 target, 6 pesi), 1 nuovo indicatore": the values the dirigente changed, by kind.
std::string counts_text(const ReturnPlan& plan, const LoadReport& report) {
    std::size_t actual_new = 0, actual_changed = 0, targets = 0, weights = 0, notes = 0;
    for (const auto& c : report.changes) {
        if (plan.names.count(c.stable_id) == 0) continue;  // an added indicator's values
        if (c.field == "actual") ++(c.previous ? actual_changed : actual_new);
        if (c.field == "weight") ++weights;
        if (c.field == "note") ++notes;
        if (c.field.rfind("target", 0) == 0) ++targets;
    }
    std::string out;
    if (plan.exported.mode == ExportMode::consuntivo) {
        out = std::to_string(actual_new) + " consuntivi nuovi, " + std::to_string(actual_changed) +
              " modificati, " + std::to_string(plan.empty) + " vuoti";
    } else {
        out = std::to_string(targets + weights) + " valori modificati (" + std::to_string(targets) +
              " target, " + std::to_string(weights) + " pesi), " +
              std::to_string(plan.added.size()) +
              (plan.added.size() == 1 ? " nuovo indicatore" : " nuovi indicatori");
    }
    return out + ", " + std::to_string(notes) + (notes == 1 ? " nota" : " note");
}

void print_diff(const ReturnPlan& plan, const LoadReport& report) {
    for (const auto& a : plan.added) std::cout << "  nuovo indicatore " << a << '\n';
    std::size_t shown = 0;
    for (const auto& c : report.changes) {
        // An added indicator is listed once, above, not value by value.
        if (plan.names.count(c.stable_id) == 0) continue;
        if (++shown > 200) continue;
        auto name = plan.names.find(c.stable_id);
        const std::string cell = c.source_ref.substr(c.source_ref.find('#') + 1);
        std::cout << "  " << cell << ' '
                  << (name == plan.names.end() ? std::string() : "«" + name->second + "» ")
                  << field_label(c.field) << ": " << c.text
                  << " (prima: " << (c.previous ? *c.previous : std::string("vuoto")) << ")\n";
    }
    if (shown > 200) std::cout << "  ... e altri " << shown - 200 << " valori\n";
}

}  // namespace

int import_return(Dataset& dataset, const std::string& path, const Workbook& wb,
                  const std::string& sha, const ImportExpectations& expect) {
    Diagnostics diags;
    const auto policy = load_policy(expect.policy_file);
    if (!policy) return kExitCannotRun;
    const ReturnedWorkbook returned = read_department_return(wb);
    auto plan = check_return(dataset, returned, ReturnExpectations{expect.year, expect.mode},
                             *policy, diags);
    if (!plan) {
        diags.sort_by_place();
        print_diagnostics(diags);
        std::cerr << path << ": rifiutato, nulla è stato caricato\n";
        return kExitInvalid;
    }
    LoadOptions options;
    options.fields = plan->fields;
    options.existing_only = true;
    options.new_lines = plan->added_lines;
    options.cell_sources = true;
    options.changes = true;
    const std::string file_name = std::filesystem::path(path).filename().string();
    ReturnRecord record{plan->exported.id,       0, file_name, 0, 0, plan->empty,
                        plan->added_lines.size()};
    options.within = [&](Database& db, const LoadReport& r) {
        record.document_id = r.document_id;
        record.values_new = r.values_new;
        record.values_changed = r.values_changed;
        record_return(db, record);
    };
    const std::string kind = std::filesystem::path(path).extension().string().substr(1);
    auto report = dataset.load(plan->table, sha, kind, diags, options);
    diags.sort_by_place();
    print_diagnostics(diags);
    if (!report) {
        std::cerr << path << ": rifiutato, nulla è stato caricato\n";
        return kExitInvalid;
    }
    const auto& e = plan->exported;
    std::cout << path << ": " << mode_name(e.mode) << ' ' << e.year << " dell'area «"
              << e.department << "» (esportazione " << e.export_id << "): ";
    if (report->outcome == LoadReport::Outcome::unchanged) {
        std::cout << "già caricata (documento " << report->document_id << "), nessuna modifica\n";
        return kExitOk;
    }
    std::cout << (report->outcome == LoadReport::Outcome::replaced ? "nuova versione caricata"
                                                                   : "caricata")
              << " (documento " << report->document_id << "): " << counts_text(*plan, *report);
    if (report->values_dropped != 0) {
        std::cout << ", " << report->values_dropped << " tolti (conservati nello storico)";
    }
    std::cout << '\n';
    print_diff(*plan, *report);
    return kExitOk;
}

}  // namespace pira
