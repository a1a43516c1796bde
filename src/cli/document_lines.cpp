// What pira extract and pira validate share for documents: their lines, and the profile that
// reads them.
#include "cli/document_lines.hpp"

#include <iostream>
#include <iterator>
#include <mutex>

#include "common/progress.hpp"
#include "common/text.hpp"
#include "extraction/registry.hpp"
#include "layout/cut_comparators.hpp"
#include "layout/cut_words.hpp"
#include "layout/running_lines.hpp"
#include "readers/file_bytes.hpp"
#include "readers/pdf_reader.hpp"
#include "readers/workbook.hpp"

namespace pira {

// The profile to use: the one asked for, or the best detected (at least half its phrases).
std::optional<Chosen> choose_profile(const std::optional<Profile>& forced, const std::string& file,
                                     const std::vector<Line>& lines,
                                     const std::vector<Profile>& available) {
    if (forced) return Chosen{*forced, "indicato con --profile"};
    const Profile* best = nullptr;
    double best_confidence = 0;
    const std::string document = folded_document(lines);  // once, for every profile
    for (const auto& p : available) {
        const double c = detection_confidence_folded(p, document);
        if (c > best_confidence) {
            best = &p;
            best_confidence = c;
        }
    }
    if (best == nullptr || best_confidence < 0.5) {
        std::cerr
            << file << ": errore: nessun profilo riconosce il documento"
            << (best != nullptr ? " (il più vicino: " + best->id + ", " +
                                      std::to_string(static_cast<int>(best_confidence * 100)) + "%)"
                                : std::string())
            << ". Suggerimento: indicare --profile FILE.toml, o la cartella dei propri profili con "
               "--profile-dir (extractors/README.md)\n";
        return std::nullopt;
    }
    return Chosen{*best,
                  "confidenza " + std::to_string(static_cast<int>(best_confidence * 100)) + "%"};
}

// The lines of a PDF's pages or of a workbook's sheets: one pipeline, two readers.
std::optional<std::vector<Line>> read_document_lines(const std::string& file,
                                                     const ReaderLimits& limits, Diagnostics& diags,
                                                     unsigned jobs, bool drop_running) {
    if (is_workbook_file(file)) {
        auto wb = read_workbook(file, limits, diags);
        if (!wb) return std::nullopt;
        auto lines = sheet_lines(*wb);  // a sheet has no running lines
        for (auto& l : lines) l.folded = fold(l.text());
        return lines;
    }
    if (lower_extension(file) != ".pdf") {
        diags.error(Errc::format_unsupported, Place{file}, lower_extension(file),
                    "pira extract legge PDF e cartelle di lavoro (.xlsx, .ods, .xls)",
                    "le tabelle canoniche in CSV o JSON lines si caricano con «pira import»");
        return std::nullopt;
    }
    Progress progress(file, "pagine", 0);
    PdfReadOptions options;
    options.jobs = jobs;
    options.page_read = [&progress](std::size_t pages) {
        progress.set_total(pages);
        progress.advance();
    };
    // Each page's lines on the worker that read its words, right after (the words still in
    // cache, then freed), folded there for detection; joined in page order.
    std::vector<std::vector<Line>> by_page;
    std::mutex by_page_mutex;  // sized by the first page done: the count is known only then
    options.page_done = [&](PdfPage& page, std::size_t pages) {
        std::vector<Line> page_lines = build_lines(page);
        for (auto& l : page_lines) l.folded = fold(l.text());
        page.words = {};
        const std::lock_guard lock(by_page_mutex);
        by_page.resize(pages);
        by_page.at(static_cast<std::size_t>(page.number - 1)) = std::move(page_lines);
    };
    auto doc = read_pdf(file, limits, diags, options);
    progress.clear();
    if (!doc) return std::nullopt;
    std::vector<Line> lines;
    for (auto& page : by_page) std::move(page.begin(), page.end(), std::back_inserter(lines));
    join_cut_words(lines);  // needs the whole document's words
    join_cut_comparators(lines);
    if (drop_running) drop_running_lines(lines);
    return lines;
}

}  // namespace pira
