#include <openssl/rand.h>

#include <boost/program_options.hpp>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "cli/option_errors.hpp"
#include "cli/score_run.hpp"
#include "common/text.hpp"
#include "store/exports.hpp"
#include "writers/department_xlsx.hpp"

namespace po = boost::program_options;

namespace pira {
namespace {

struct ExportOptions {
    std::string db, department, output, mode_text = "consuntivo", policy_file, deadline, contact;
    std::optional<int> year;
    bool all = false, status = false;
};

std::string count_indicators(std::size_t n) {
    return std::to_string(n) + (n == 1 ? " indicatore" : " indicatori");
}

std::string random_id() {
    unsigned char bytes[8];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        throw StoreError("generatore casuale non disponibile");
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

std::string utc_now() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

struct Area {
    std::string name;  // as first written in the dataset
    std::vector<const StoredIndicator*> rows;
};

// The indicators by area (compared without case and accents), in the dataset's order.
std::map<std::string, Area> areas_of(const std::vector<StoredIndicator>& indicators) {
    std::map<std::string, Area> out;
    for (const auto& ind : indicators) {
        std::string name(trim(ind.text("department")));
        if (name.empty()) name = std::string(kNoDepartment);
        Area& a = out[fold(name)];
        if (a.name.empty()) a.name = name;
        a.rows.push_back(&ind);
    }
    for (auto& [key, a] : out) {
        std::stable_sort(a.rows.begin(), a.rows.end(), [](const auto* x, const auto* y) {
            return x->objective_code < y->objective_code;
        });
    }
    return out;
}

// The years of the proposta's target columns: every target_<YYYY> the year's indicators have,
// else the year itself.
std::vector<int> plan_years(const std::vector<StoredIndicator>& indicators, int year) {
    std::set<int> years;
    for (const auto& ind : indicators) {
        for (const auto& [field, v] : ind.facts) {
            if (is_target_year_column(field)) years.insert(std::stoi(field.substr(7)));
        }
    }
    if (years.empty()) years.insert(year);
    return {years.begin(), years.end()};
}

int print_status(Dataset& dataset, std::optional<int> year) {
    const auto lines = export_status(dataset, year);
    if (lines.empty()) {
        std::cout << "nessuna cartella esportata"
                  << (year ? " per il " + std::to_string(*year) : "") << '\n';
        return kExitOk;
    }
    for (const auto& s : lines) {
        std::cout << s.year << ' ' << s.mode << " — " << s.department << ": inviata il "
                  << s.exported_at << " (" << count_indicators(s.rows) << ", " << s.file_name
                  << "); ";
        if (s.returned_at) {
            std::cout << "tornata il " << *s.returned_at << " (" << *s.returned_file << ": "
                      << s.values_new << " valori nuovi, " << s.values_changed << " modificati"
                      << (s.returns > 1 ? ", " + std::to_string(s.returns) + " ritorni" : "")
                      << ")\n";
        } else {
            std::cout << "in attesa\n";
        }
    }
    return kExitOk;
}

int export_areas(Dataset& dataset, const ExportOptions& o, ExportMode mode, const Policy& policy) {
    const auto years = dataset_years(dataset);
    if (years.empty()) {
        std::cerr << "pira export: il dataset " << dataset.path()
                  << " non contiene indicatori: caricarli con pira import\n";
        return kExitInvalid;
    }
    const int year = o.year.value_or(years.back());
    const auto indicators = indicators_of_year(dataset, year);
    if (indicators.empty()) {
        std::cerr << "pira export: nessun indicatore per l'anno " << year << " (anni presenti:";
        for (int y : years) std::cerr << ' ' << y;
        std::cerr << ")\n";
        return kExitInvalid;
    }
    const auto previous_year = indicators_of_year(dataset, year - 1);
    DepartmentWorkbook in;
    in.dataset_id = dataset_id(dataset);
    for (const auto& p : previous_year) in.previous[previous_key(p)] = &p;
    in.plan_years =
        mode == ExportMode::proposta ? plan_years(indicators, year) : std::vector<int>{year};
    in.deadline = o.deadline;
    in.contact = o.contact;
    auto areas = areas_of(indicators);
    if (!o.all) {
        auto it = areas.find(fold(o.department));
        if (it == areas.end()) {
            std::cerr << "pira export: area «" << o.department << "» non presente nel " << year
                      << "; aree: ";
            bool first = true;
            for (const auto& [key, a] : areas) {
                std::cerr << (first ? "" : "; ") << a.name;
                first = false;
            }
            std::cerr << '\n';
            return kExitCannotRun;
        }
        areas = {{it->first, it->second}};
    }
    std::filesystem::create_directories(o.output);
    for (const auto& [key, area] : areas) {
        if (area.name == kNoDepartment) {
            std::cerr << "pira export: avviso: " << area.rows.size()
                      << " indicatori senza area di responsabilità (colonna department): "
                         "esportati in «"
                      << kNoDepartment << "»\n";
        }
        ExportRecord record;
        record.export_id = random_id();
        record.ente = area.rows.front()->ente;
        record.year = year;
        record.mode = mode;
        record.department = area.name;
        record.file_name = department_file_name(year, mode, area.name);
        record.exported_at = utc_now();
        in.rows = area.rows;
        const std::string path = (std::filesystem::path(o.output) / record.file_name).string();
        Diagnostics diags;
        if (!write_department_workbook(path, in, policy, record, diags)) {
            print_diagnostics(diags);
            return kExitCannotRun;
        }
        record_export(dataset, record);
        std::cout << path << ": " << mode_name(mode) << ' ' << year << ", area «" << area.name
                  << "», " << count_indicators(area.rows.size()) << " (esportazione "
                  << record.export_id << ")\n";
    }
    return kExitOk;
}

}  // namespace

int run_export(const Args& args) {
    ExportOptions o;
    int year = 0;
    po::options_description desc(
        "pira export [--db DB] (--department NOME | --all) [--year ANNO] "
        "[--mode consuntivo|proposta] -o CARTELLA\n"
        "pira export [--db DB] --status [--year ANNO]\n"
        "Scrive una cartella di lavoro per ogni area di responsabilità, da compilare e "
        "restituire (pira import la riprende)");
    desc.add_options()("help,h", "questo aiuto")("db", po::value(&o.db),
                                                 "dataset SQLite (default pira.db o PIRA_DB)")(
        "department", po::value(&o.department), "l'area di responsabilità (colonna department)")(
        "all", po::bool_switch(&o.all), "una cartella per ogni area")(
        "year", po::value(&year), "l'anno degli indicatori (default: l'ultimo del dataset)")(
        "mode", po::value(&o.mode_text), "consuntivo (default) o proposta")(
        "output,o", po::value(&o.output), "la cartella dove scrivere i file")(
        "deadline", po::value(&o.deadline), "la scadenza da indicare nelle istruzioni")(
        "contact", po::value(&o.contact), "a chi restituire la cartella (nelle istruzioni)")(
        "policy", po::value(&o.policy_file), "politica di calcolo (TOML) per le formule")(
        "status", po::bool_switch(&o.status), "elenca le cartelle inviate e quelle tornate");
    po::variables_map vm;
    if (auto rc = parse_command_line(args, "export", desc, nullptr, 0, vm, nullptr)) return *rc;
    if (vm.count("year") != 0) o.year = year;
    if (o.status) {
        Dataset dataset(dataset_path(o.db));
        return print_status(dataset, o.year);
    }
    const auto mode = parse_mode(o.mode_text);
    if (!mode) {
        std::cerr << "pira export: modalità «" << o.mode_text
                  << "» non valida per «--mode»: consuntivo oppure proposta\n";
        return kExitCannotRun;
    }
    if (o.all == !o.department.empty()) {
        std::cerr << "pira export: indicare --department NOME oppure --all\n\n" << desc << '\n';
        return kExitCannotRun;
    }
    if (o.output.empty()) {
        std::cerr << "pira export: indicare la cartella dove scrivere con -o CARTELLA\n";
        return kExitCannotRun;
    }
    const auto policy = load_policy(o.policy_file);
    if (!policy) return kExitCannotRun;
    Dataset dataset(dataset_path(o.db));
    return export_areas(dataset, o, *mode, *policy);
}

}  // namespace pira
