// The consolidated workbook of `pira report` (docs/cli.md: sheets Ente, Aree strategiche,
// Obiettivi strategici, Obiettivi, Indicatori, Validazione, Fonti), in Italian, written with
// libxlsxwriter. Text from documents is always written as text, never as a formula.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "scoring/policy.hpp"
#include "scoring/scorecard.hpp"
#include "store/dataset.hpp"

namespace pira {

struct ReportData {
    std::string ente;
    std::optional<int> year;
    const Scorecard* card = nullptr;
    const Policy* policy = nullptr;
    std::vector<Diagnostic> findings;     // warnings of the computation, for "Validazione"
    std::vector<DocumentInfo> documents;  // for "Fonti"
};

// Writes the workbook; false with `error` set when the file cannot be written.
bool write_report_xlsx(const std::string& path, const ReportData& data, std::string& error);

}  // namespace pira
