// The workbook harnesses (xlsx, ods, xls) differ in their seeds and the file's extension; the
// reader picks the format from the first bytes. A workbook read goes on both ways pira takes
// it: as canonical tables (pira score, import) and as a document's lines through the profile
// detection picks, or the first built-in one (pira extract).
#pragma once

#include "extraction/detection.hpp"
#include "extraction/extract.hpp"
#include "extraction/registry.hpp"
#include "fuzz_table.hpp"
#include "readers/workbook.hpp"

namespace pira::fuzz {

// The profile with the highest detection confidence, or the one the input's size picks, so
// that the extraction stages run on every input and not only on recognised ones.
inline const Profile& profile_for(const std::vector<Line>& lines, std::size_t size) {
    const auto& profiles = builtin_profiles();
    const std::string folded = folded_document(lines);
    const Profile* best = &profiles[size % profiles.size()];
    double best_confidence = 0;
    for (const auto& p : profiles) {
        const double c = detection_confidence_folded(p, folded);
        if (c > best_confidence) {
            best = &p;
            best_confidence = c;
        }
    }
    return *best;
}

inline void extract_lines(const std::vector<Line>& lines, std::size_t size, Diagnostics& diags) {
    const Extraction x = extract("fuzz", lines, profile_for(lines, size), diags);
    (void)check_rows(x.table, diags);
}

inline int fuzz_workbook(const std::uint8_t* data, std::size_t size, std::string_view extension) {
    const TempFile file(data, size, extension);
    Diagnostics diags;
    const auto wb = read_workbook(file.path(), ReaderLimits{}, diags);
    if (wb) {
        consume_table(canonical_table_from(*wb, diags), diags);
        extract_lines(sheet_lines(*wb), size, diags);
    }
    (void)render(diags);
    return 0;
}

}  // namespace pira::fuzz
