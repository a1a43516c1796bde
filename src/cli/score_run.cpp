#include "cli/score_run.hpp"

#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "common/toml_check.hpp"
#include "model/indicator.hpp"
#include "readers/file_bytes.hpp"
#include "store/dataset.hpp"

namespace pira {

std::optional<Policy> load_policy(const std::string& file) {
    if (file.empty()) return Policy::standard();
    Diagnostics diags;
    auto bytes = read_file_bytes(file, ReaderLimits{}, diags);
    if (!bytes) {
        print_diagnostics(diags);
        return std::nullopt;
    }
    try {
        return Policy::load(*bytes, file);
    } catch (const DataFileError& e) {
        std::cerr << e.what() << '\n';
        return std::nullopt;
    }
}

std::optional<CanonicalTable> dataset_table(const std::string& db, std::optional<int> year,
                                            const std::string& command) {
    const std::string path = dataset_path(db);
    if (!std::filesystem::exists(path)) {
        std::cerr << "pira " << command << ": dataset «" << path
                  << "» non trovato; caricare le tabelle con «pira import»\n";
        return std::nullopt;
    }
    return Dataset(path).table(year);
}

int score_and_report(const CanonicalTable& table, std::optional<int> year, bool from_dataset,
                     const Policy& policy, const std::string& command, Scorecard& card,
                     Diagnostics& diags) {
    const IndicatorSelection selection{year};
    Diagnostics columns;
    if (!check_scoring_columns(table, selection, columns)) {
        // The dataset has the columns its documents gave values to: say so rather than point
        // at a header line it does not have.
        for (Diagnostic d : columns.items()) {
            if (from_dataset) {
                d.place = Place{table.file};
                d.detail = "nessun documento caricato" +
                           (year ? " per il " + std::to_string(*year) : std::string()) +
                           " ha valori in questa colonna";
                d.hint = "caricare con «pira import» le tabelle che la contengono";
            }
            diags.add(std::move(d));
        }
        print_diagnostics(diags);
        return kExitInvalid;
    }
    const auto indicators = build_indicators(table, selection, diags);
    if (indicators.empty()) {
        const Errc why = year ? Errc::year_not_found
                              : (from_dataset ? Errc::dataset_empty : Errc::csv_malformed);
        diags.error(why, Place{table.file}, year ? std::to_string(*year) : std::string(),
                    from_dataset ? std::string() : "nessun indicatore",
                    from_dataset ? "caricare le tabelle con «pira import»" : std::string());
    }
    card = score(indicators, policy, diags);
    diags.sort_by_place();
    print_diagnostics(diags);
    if (diags.has_errors()) {
        std::cerr << "pira " << command << ": " << diags.error_count()
                  << (diags.error_count() == 1 ? " errore" : " errori")
                  << ": nessuna performance prodotta, i valori sarebbero incompleti\n";
        return kExitInvalid;
    }
    return kExitOk;
}

}  // namespace pira
