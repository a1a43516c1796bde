#include <boost/program_options.hpp>

#include <iostream>
#include <set>

#include "cli/commands.hpp"
#include "cli/option_errors.hpp"
#include "cli/score_run.hpp"
#include "store/dataset.hpp"
#include "writers/report_xlsx.hpp"

namespace po = boost::program_options;

namespace pira {
namespace {

// "Camera di Commercio di Pistoia-Prato", or the names joined when the dataset holds several.
std::string ente_of(const std::vector<Indicator>& indicators) {
    std::set<std::string> names;
    for (const auto& ind : indicators) {
        if (!ind.ente.empty()) names.insert(ind.ente);
    }
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : "; ") + n;
    return out;
}

}  // namespace

int run_report(const Args& args) {
    std::string db, output, policy_file;
    int year_value = 0;
    po::options_description desc(
        "pira report --db DB [--year Y] [--policy FILE] -o FILE.xlsx\n"
        "Scrive la cartella di lavoro consolidata con la performance calcolata");
    desc.add_options()("help,h", "questo aiuto")("db", po::value(&db),
                                                 "dataset SQLite (default pira.db o PIRA_DB)")(
        "year", po::value(&year_value), "anno di riferimento")("policy", po::value(&policy_file),
                                                               "politica di calcolo (TOML)")(
        "output,o", po::value(&output), "file .xlsx da scrivere");
    po::variables_map vm;
    if (auto rc = parse_command_line(args, "report", desc, nullptr, 0, vm, nullptr)) return *rc;
    if (output.empty()) {
        std::cerr << "pira report: indicare il file da scrivere con -o FILE.xlsx\n";
        return kExitCannotRun;
    }
    const std::optional<int> year =
        vm.count("year") ? std::optional<int>(year_value) : std::nullopt;
    const auto policy = load_policy(policy_file);
    if (!policy) return kExitCannotRun;
    auto dataset = open_dataset(db, "report");
    if (!dataset) return kExitCannotRun;

    Scorecard card;
    Diagnostics diags;
    std::vector<Indicator> indicators;
    const int rc = score_dataset(*dataset, year, *policy, "report", card, diags, &indicators);
    if (rc != kExitOk) return rc;

    ReportData data;
    data.ente = ente_of(indicators);
    data.year = year;
    data.card = &card;
    data.policy = &*policy;
    data.findings = diags.items();
    data.documents = dataset->documents();
    std::string error;
    if (!write_report_xlsx(output, data, error)) {
        std::cerr << "pira report: impossibile scrivere «" << output << "»: " << error << '\n';
        return kExitCannotRun;
    }
    std::cout << output << ": scritto (" << card.objectives.size() << " obiettivi, "
              << card.indicators.size() << " indicatori, " << data.findings.size()
              << " segnalazioni)\n";
    return kExitOk;
}

}  // namespace pira
