// The per-table report of pira extract: printed in Italian with -v, and, with --report FILE.json,
// written as JSON with every coded diagnostic (docs/extraction.md lists the keys).
#pragma once

#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "extraction/detection.hpp"
#include "extraction/extract.hpp"

namespace pira {

// One input's report: the profile chosen, its tables, what it said, and the outcome.
struct DocumentReport {
    std::string file, profile, how, outcome;
    std::string pages;  // "1-4" for a section of a document holding several families
    std::vector<TableReport> tables;
    std::size_t rows = 0;
    std::vector<Cue> cues;  // when the profile found no table: its cues, found and missing
    std::vector<Diagnostic> diagnostics;
};

// "file#page=3: tabella di 12 indicatori; colonne ignorate: «Note»..." on stderr.
void print_table_reports(const std::string& file, const Extraction& x);

// "indizi del profilo trovati: «Codice:», «Indicatori»; mancanti: «Peso indicatori»".
std::string cues_text(const std::vector<Cue>& cues);

// Writes the reports as JSON; false with `error` set when the file cannot be written.
bool write_report_json(const std::string& path, const std::vector<DocumentReport>& documents,
                       std::string& error);

}  // namespace pira
