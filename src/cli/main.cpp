// pira: one executable, one subcommand per job (docs/cli.md).
#include <exception>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "common/toml_check.hpp"
#include "store/sqlite.hpp"

namespace {

constexpr const char* kUsage =
    "uso: pira <comando> [opzioni]\n"
    "\n"
    "comandi:\n"
    "  extract   estrae le tabelle degli indicatori dai PDF dei piani\n"
    "  score     calcola la performance (indicatori, obiettivi, obiettivi strategici, aree, ente)\n"
    "  validate  controlla una proposta prima dell'approvazione\n"
    "  import    carica tabelle e cartelle restituite nel dataset\n"
    "  export    una cartella di lavoro per ogni dirigente\n"
    "  report    la cartella di lavoro consolidata con la performance\n"
    "\n"
    "pira <comando> --help per le opzioni. Codici di uscita: 0 riuscito, 1 dati non validi,\n"
    "2 impossibile eseguire.\n";

}  // namespace

#ifdef PIRA_SANITIZE
// libxlsxwriter 1.1.4 (Debian 12) never frees the copy of the formula of a list validation taken
// from a range (worksheet_data_validation_range with LXW_VALIDATION_TYPE_LIST_FORMULA): a few
// bytes per validation, freed at exit anyway. The library is built without frame pointers, so
// the sanitizer's stack ends at its string copy: allocations of lxw_strdup are excused, any
// other leak (pira's own) still fails the sanitized build (README, "Dependencies").
extern "C" const char* __lsan_default_suppressions() {
    // libxlsxwriter 1.1.4's list validations, and fontconfig's pattern cache, which Poppler
    // fills when a PDF does not embed its fonts (reportlab's Helvetica): neither is pira's.
    return "leak:lxw_strdup\nleak:libfontconfig.so\n";
}
#endif

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << kUsage;
        return pira::kExitCannotRun;
    }
    const std::string command = argv[1];
    const pira::Args args(argv + 2, argv + argc);
    try {
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << kUsage;
            return pira::kExitOk;
        }
        if (command == "--version") {
            std::cout << "pira " << PIRA_VERSION << '\n';
            return pira::kExitOk;
        }
        if (command == "score") return pira::run_score(args);
        if (command == "import") return pira::run_import(args);
        if (command == "report") return pira::run_report(args);
        if (command == "extract") return pira::run_extract(args);
        if (command == "export") return pira::run_export(args);
        if (command == "validate") return pira::run_validate(args);
        std::cerr << "pira: comando sconosciuto «" << command << "»\n\n" << kUsage;
        return pira::kExitCannotRun;
    } catch (const pira::StoreError& e) {
        std::cerr << "pira: " << e.what() << '\n';
        return pira::kExitCannotRun;
    } catch (const pira::DataFileError& e) {
        std::cerr << "pira: " << e.what() << '\n';
        return pira::kExitCannotRun;
    } catch (const std::exception& e) {
        // Never a crash: an unexpected failure is reported and the command could not run.
        std::cerr << "pira: errore interno: " << e.what() << '\n';
        return pira::kExitCannotRun;
    }
}
