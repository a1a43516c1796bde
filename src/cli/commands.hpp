#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "model/department_layout.hpp"
#include "readers/workbook.hpp"
#include "store/dataset.hpp"

namespace pira {

// Exit codes of docs/cli.md.
enum ExitCode : int {
    kExitOk = 0,        // success, warnings allowed
    kExitInvalid = 1,   // input read but invalid or refused
    kExitCannotRun = 2  // usage error, unreadable or unsupported file, limits exceeded
};

using Args = std::vector<std::string>;

int run_score(const Args& args);
int run_import(const Args& args);
int run_report(const Args& args);
int run_extract(const Args& args);
int run_export(const Args& args);
int run_validate(const Args& args);

// What `pira import --year/--mode/--policy` expects of a returned department workbook.
struct ImportExpectations {
    std::optional<int> year;
    std::optional<ExportMode> mode;
    std::string policy_file;
};

// pira import of a department workbook (docs/round-trip.md); `sha` identifies its bytes.
// Returns the exit code: 0 loaded, 1 refused, 2 cannot run.
int import_return(Dataset& dataset, const std::string& path, const Workbook& wb,
                  const std::string& sha, const ImportExpectations& expect);

// "caricato (documento 3): 82 indicatori, 120 valori nuovi, ..." for a load into the dataset;
// the indicators are left out where the line has counted them already (pira extract).
std::string load_text(const LoadReport& report, bool with_indicators);

// `pira extract --lines` on a workbook: one line per sheet and per non-empty cell (reference,
// type, value, number format, formula, bold) and per merged range, as the reader saw them.
bool print_workbook_cells(const std::string& file, const ReaderLimits& limits, Diagnostics& diags);

// Prints diagnostics to stderr, at most `limit` of them, then a count of the rest.
void print_diagnostics(const Diagnostics& diags, std::size_t limit = 200);

}  // namespace pira
