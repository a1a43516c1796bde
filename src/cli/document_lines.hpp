// Documents (PDF plans, workbooks in a document's layout) as the extraction profiles see them:
// shared by pira extract and pira validate.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "extraction/extract.hpp"
#include "extraction/profile.hpp"
#include "layout/lines.hpp"
#include "readers/limits.hpp"

namespace pira {

// The profile a document is read with, and how it was chosen.
struct Chosen {
    Profile profile;
    std::string how;  // "confidenza 83%" or "indicato con --profile"
};

// The profile to use: the one asked for, or the best detected among `available` (at least half
// its phrases); nullopt after saying on stderr that none recognises the document.
std::optional<Chosen> choose_profile(const std::optional<Profile>& forced, const std::string& file,
                                     const std::vector<Line>& lines,
                                     const std::vector<Profile>& available);

// The lines of a PDF's pages (running headers and footers dropped unless `drop_running` is
// false: a document of several sections drops each section's own) or of a workbook's sheets.
// A PDF's pages are read and split into lines on `jobs` workers (0: automatic), the lines in
// page order whatever it is; on a terminal, a progress line counts the pages.
std::optional<std::vector<Line>> read_document_lines(const std::string& file,
                                                     const ReaderLimits& limits, Diagnostics& diags,
                                                     unsigned jobs = 0, bool drop_running = true);

}  // namespace pira
