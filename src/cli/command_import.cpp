#include <boost/program_options.hpp>

#include <filesystem>
#include <iostream>
#include <optional>

#include "cli/commands.hpp"
#include "cli/limit_options.hpp"
#include "cli/option_errors.hpp"
#include "common/progress.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "readers/department_return.hpp"
#include "readers/file_bytes.hpp"
#include "readers/table_reader.hpp"
#include "readers/workbook.hpp"
#include "store/dataset.hpp"

namespace po = boost::program_options;

namespace pira {
namespace {

enum class FileResult { loaded, refused, unreadable };

// --ente, --year, --document: values for tables that lack those columns.
struct Defaults {
    std::string ente, document;
    std::optional<int> year;
};

// Gives the options' values to the rows that have none: a column the table lacks is added, an
// empty cell is filled; a value in the table wins. A table without `ente` or `year` and without
// the option is refused here, once, naming the option (not once per row). Returns what the
// options filled, for the document's identity ("" when nothing).
std::optional<std::string> apply_defaults(CanonicalTable& table, const Defaults& d,
                                          Diagnostics& diags) {
    struct Column {
        const char* name;
        std::string value;
        const char* option;
        bool required;
    };
    const Column columns[] = {
        {"ente", d.ente, "--ente NOME", true},
        {"year", d.year ? std::to_string(*d.year) : std::string(), "--year ANNO", true},
        {"document", d.document, "--document NOME", false}};
    std::string filled;
    bool ok = true;
    for (const auto& c : columns) {
        auto at = table.column(c.name);
        if (c.value.empty()) {
            if (!at && c.required) {
                diags.error(Errc::column_missing, Place{table.file}, c.name, {},
                            std::string("aggiungere la colonna ") + c.name +
                                " alla tabella o indicare " + c.option);
                ok = false;
            }
            continue;
        }
        if (!at) {
            table.columns.emplace_back(c.name);
            for (auto& row : table.rows) {
                row.fields.push_back(Field{{}, row.line, 0, row.sheet});
            }
            at = table.columns.size() - 1;
        }
        std::size_t n = 0;
        for (auto& row : table.rows) {
            Field& f = row.fields[*at];
            if (!trim(f.text).empty()) continue;
            f.text = c.value;
            ++n;
        }
        if (n != 0) filled += std::string("\n--") + c.name + '=' + c.value;
    }
    if (!ok) return std::nullopt;
    return filled;
}

// `rows`: the indicators of a table loaded, for the progress line.
FileResult import_one(Dataset& dataset, const std::string& path, const Defaults& defaults,
                      const ImportExpectations& expect, const ReaderLimits& limits,
                      std::size_t& rows) {
    Diagnostics diags;
    auto finish = [&](FileResult r) {
        diags.sort_by_place();
        print_diagnostics(diags);
        return r;
    };
    if (!is_table_file(path, diags)) return finish(FileResult::unreadable);
    auto bytes = read_file_bytes(path, limits, diags);
    if (!bytes) return finish(FileResult::unreadable);
    std::string sha = sha256_hex(*bytes);
    const std::string kind = std::filesystem::path(path).extension().string().substr(1);
    std::optional<CanonicalTable> table;
    if (is_workbook_file(path)) {
        auto wb = read_workbook(path, limits, diags);
        if (!wb) return finish(FileResult::unreadable);
        // A department workbook coming back (docs/round-trip.md), not a canonical table.
        if (is_department_workbook(*wb)) {
            finish(FileResult::loaded);
            switch (import_return(dataset, path, *wb, sha, expect)) {
                case kExitOk:
                    return FileResult::loaded;
                case kExitInvalid:
                    return FileResult::refused;
                default:
                    return FileResult::unreadable;
            }
        }
        table = canonical_table_from(*wb, diags);
    } else {
        table = read_table_bytes(path, std::move(*bytes), limits, diags);
    }
    if (!table) return finish(FileResult::unreadable);
    const auto filled = apply_defaults(*table, defaults, diags);
    // The same bytes completed by other options are another document, not "già caricato".
    if (filled && !filled->empty()) sha = sha256_hex(sha + *filled);
    if (diags.has_errors()) {
        std::cerr << path << ": rifiutato, nulla è stato caricato\n";
        return finish(FileResult::refused);
    }
    auto report = dataset.load(*table, sha, kind, diags);
    if (!report) {
        finish(FileResult::refused);
        std::cerr << path << ": rifiutato, nulla è stato caricato\n";
        return FileResult::refused;
    }
    finish(FileResult::loaded);
    rows = report->rows;
    std::cout << path << ": " << load_text(*report, true) << '\n';
    return FileResult::loaded;
}

}  // namespace

std::string load_text(const LoadReport& report, bool with_indicators) {
    const std::string doc = " (documento " + std::to_string(report.document_id) + ")";
    std::string out;
    switch (report.outcome) {
        case LoadReport::Outcome::unchanged:
            return "già caricato" + doc + ", nessuna modifica";
        case LoadReport::Outcome::replaced:
            out = "nuova versione caricata" + doc + ": ";
            break;
        case LoadReport::Outcome::loaded:
            out = "caricato" + doc + ": ";
            break;
    }
    if (with_indicators) out += std::to_string(report.rows) + " indicatori, ";
    return out + std::to_string(report.values_new) + " valori nuovi, " +
           std::to_string(report.values_changed) + " modificati, " +
           std::to_string(report.values_dropped) + " eliminati (conservati nello storico)";
}

int run_import(const Args& args) {
    std::vector<std::string> inputs;
    std::string db;
    Defaults defaults;
    ImportExpectations expect;
    std::string mode;
    int year = 0;
    po::options_description desc(
        "pira import INPUT... [--db DB] [--ente NOME] [--year ANNO] [--document NOME] "
        "[--mode MODO]\n"
        "Carica tabelle canoniche (.csv, .jsonl, .xlsx, .xlsm, .ods, .xls) e cartelle restituite "
        "dai dirigenti (pira export) nel dataset, tutto o niente per ogni file");
    desc.add_options()("help,h", "questo aiuto")("db", po::value(&db),
                                                 "dataset SQLite (default pira.db o PIRA_DB)")(
        "ente", po::value(&defaults.ente), "la camera, per le righe senza colonna ente")(
        "year", po::value(&year),
        "l'anno, per le righe senza colonna year; per le cartelle restituite, l'anno atteso")(
        "mode", po::value(&mode),
        "per le cartelle restituite, la modalità attesa: consuntivo o proposta")(
        "policy", po::value(&expect.policy_file),
        "politica di calcolo (TOML) per il controllo dei pesi delle proposte")(
        "document", po::value(&defaults.document),
        "il documento (es. «PIRA 2026»), per le righe senza colonna document; default: il "
        "nome del file");
    std::vector<std::string> limit_specs;
    add_limit_option(desc, limit_specs);
    po::options_description hidden;
    hidden.add_options()("input", po::value(&inputs));
    po::variables_map vm;
    if (auto rc = parse_command_line(args, "import", desc, "input", -1, vm, &hidden)) return *rc;
    const auto limits = limits_from(limit_specs, "import");
    if (!limits) return kExitCannotRun;
    if (inputs.empty()) {
        std::cerr << "pira import: indicare almeno un file\n\n" << desc << '\n';
        return kExitCannotRun;
    }
    if (vm.count("year") != 0) {
        if (year < 1900 || year > 2200) {
            std::cerr << "pira import: anno «" << year
                      << "» non valido per «--year»: scrivere l'anno a quattro cifre, es. 2025\n";
            return kExitCannotRun;
        }
        defaults.year = year;
        expect.year = year;
    }
    if (!mode.empty()) {
        expect.mode = parse_mode(mode);
        if (!expect.mode) {
            std::cerr << "pira import: modalità «" << mode
                      << "» non valida per «--mode»: consuntivo oppure proposta\n";
            return kExitCannotRun;
        }
    }
    defaults.ente = std::string(trim(defaults.ente));
    defaults.document = std::string(trim(defaults.document));
    Dataset dataset(dataset_path(db));
    int exit = kExitOk;
    // On a terminal: files done of the total and rows loaded, shown while the next file loads
    // and wiped before each file's own messages.
    Progress progress("pira import", "file", inputs.size());
    for (const auto& path : inputs) {
        progress.clear();
        std::size_t rows = 0;
        const FileResult result = import_one(dataset, path, defaults, expect, *limits, rows);
        progress.add_detail(rows, "righe");
        progress.advance();
        switch (result) {
            case FileResult::loaded:
                break;
            case FileResult::refused:
                exit = std::max(exit, int{kExitInvalid});
                break;
            case FileResult::unreadable:
                exit = kExitCannotRun;
                break;
        }
    }
    return exit;
}

}  // namespace pira
