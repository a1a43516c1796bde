// The extraction profile loader (extraction/profile, extractors/*.toml): strict TOML, RE2
// patterns, canonical columns. A bad profile is a DataFileError (exit 2 in pira); anything else
// thrown is a bug. A profile that loads reads the first sample page's lines.
#include "common/toml_check.hpp"
#include "extraction/detection.hpp"
#include "extraction/extract.hpp"
#include "fuzz_input.hpp"

namespace {

// A few lines in the shape of a plan's block and table, for a loaded profile to read.
std::vector<pira::Line> sample_lines() {
    std::vector<pira::Line> lines;
    const char* rows[][3] = {{"Obiettivo:", "01_01_OS02 Favorire la doppia transizione", ""},
                             {"Indicatori", "Target 2026", "Peso"},
                             {"Imprese assistite", ">= 150 N.", "40,00%"},
                             {"Tempo medio", "<= 30 gg", "60,00%"}};
    double y = 100;
    for (const auto& row : rows) {
        pira::Line line;
        line.page = 1;
        line.y0 = y;
        line.y1 = y + 10;
        double x = 50;
        for (const char* cell : row) {
            if (*cell != '\0')
                line.spans.push_back({cell, x, x + 90, false, {{cell, false, x, x + 90}}});
            x += 150;
        }
        lines.push_back(line);
        y += 14;
    }
    return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<pira::Line> lines = sample_lines();
    try {
        const pira::Profile profile =
            pira::load_profile(pira::fuzz::text_of(data, size), "fuzz.toml");
        (void)pira::detection_confidence(profile, lines);
        (void)pira::profile_cues(profile, lines);
        pira::Diagnostics diags;
        (void)pira::extract("fuzz", lines, profile, diags);
        (void)pira::fuzz::render(diags);
    } catch (const pira::DataFileError&) {
        // The profile is refused with its file, line and key: what pira does with it.
    }
    return 0;
}
