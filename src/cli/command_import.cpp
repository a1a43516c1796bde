#include <boost/program_options.hpp>

#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/option_errors.hpp"
#include "common/sha256.hpp"
#include "readers/file_bytes.hpp"
#include "readers/table_reader.hpp"
#include "readers/workbook.hpp"
#include "store/dataset.hpp"

namespace po = boost::program_options;

namespace pira {
namespace {

enum class FileResult { loaded, refused, unreadable };

FileResult import_one(Dataset& dataset, const std::string& path) {
    Diagnostics diags;
    auto finish = [&](FileResult r) {
        diags.sort_by_place();
        print_diagnostics(diags);
        return r;
    };
    if (!is_table_file(path, diags)) return finish(FileResult::unreadable);
    auto bytes = read_file_bytes(path, ReaderLimits{}, diags);
    if (!bytes) return finish(FileResult::unreadable);
    const std::string sha = sha256_hex(*bytes);
    const std::string kind = std::filesystem::path(path).extension().string().substr(1);
    auto table = is_workbook_file(path)
                     ? read_table_file(path, ReaderLimits{}, diags)
                     : read_table_bytes(path, std::move(*bytes), ReaderLimits{}, diags);
    if (!table) return finish(FileResult::unreadable);
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
    print_load_report(std::cout, path, *report);
    return FileResult::loaded;
}

}  // namespace

void print_load_report(std::ostream& out, const std::string& path, const LoadReport& report) {
    out << path << ": ";
    switch (report.outcome) {
        case LoadReport::Outcome::unchanged:
            out << "già caricato (documento " << report.document_id << "), nessuna modifica\n";
            return;
        case LoadReport::Outcome::replaced:
            out << "nuova versione caricata (documento " << report.document_id << ")";
            break;
        case LoadReport::Outcome::loaded:
            out << "caricato (documento " << report.document_id << ")";
            break;
    }
    out << ": " << report.rows << " indicatori, " << report.values_new << " valori nuovi, "
        << report.values_changed << " modificati, " << report.values_dropped
        << " eliminati (conservati nello storico)\n";
}

int run_import(const Args& args) {
    std::vector<std::string> inputs;
    std::string db;
    po::options_description desc(
        "pira import INPUT... --db DB\n"
        "Carica tabelle canoniche (.csv, .jsonl, .xlsx, .ods, .xls) nel dataset, tutto o niente "
        "per ogni file");
    desc.add_options()("help,h", "questo aiuto")("db", po::value(&db),
                                                 "dataset SQLite (default pira.db o PIRA_DB)");
    po::options_description hidden;
    hidden.add_options()("input", po::value(&inputs));
    po::variables_map vm;
    if (auto rc = parse_command_line(args, "import", desc, "input", -1, vm, &hidden)) return *rc;
    if (inputs.empty()) {
        std::cerr << "pira import: indicare almeno un file\n\n" << desc << '\n';
        return kExitCannotRun;
    }
    Dataset dataset(dataset_path(db));
    int exit = kExitOk;
    for (const auto& path : inputs) {
        switch (import_one(dataset, path)) {
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
