// PDFs through Poppler (readers/pdf_reader, from a temporary file as pira reads them), their
// lines (layout), running headers dropped, and the extraction with the detected profile or
// the one the input's size picks (fuzz_workbook.hpp), as pira extract does.
#include "fuzz_workbook.hpp"
#include "layout/running_lines.hpp"
#include "readers/pdf_reader.hpp"

// Poppler leaves 288 bytes of fontconfig's pattern cache when it looks up a substitute for a
// font a PDF does not embed (README, "Dependencies"; regressions/pdf/fontconfig-substitute):
// excused as pira's main excuses it, so that any leak of pira's own is still a finding. Only
// LeakSanitizer calls it.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\n";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const pira::fuzz::TempFile file(data, size, ".pdf");
    pira::Diagnostics diags;
    const auto doc = pira::read_pdf(file.path(), pira::ReaderLimits{}, diags);
    if (doc) {
        std::vector<pira::Line> lines;
        for (const auto& page : doc->pages) {
            auto l = pira::build_lines(page);
            lines.insert(lines.end(), l.begin(), l.end());
        }
        pira::drop_running_lines(lines);
        pira::fuzz::extract_lines(lines, size, diags);
    }
    (void)pira::fuzz::render(diags);
    return 0;
}
