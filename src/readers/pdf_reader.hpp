// PDF pages as words with their boxes and fonts, through Poppler: the C++ API opens and checks
// the file, Poppler's core (TextOutputDev's word list, as page::text_list with font information
// reads it) gives the words. Layout reconstruction (lines, columns, tables) works on these words.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "readers/limits.hpp"

namespace pira {

struct PdfWord {
    std::string text;       // UTF-8
    double x0 = 0, y0 = 0;  // top-left, in points, origin at the page's top-left
    double x1 = 0, y1 = 0;  // bottom-right
    double font_size = 0;
    // e.g. "LiberationSans-Bold"; one string per font of the page, shared by its words (a
    // name longer than a short string was a heap copy per word).
    std::shared_ptr<const std::string> font;
    bool bold = false;    // from the font name: bold indicator names, regular descriptions
    bool italic = false;  // from the font name: an italic description after a regular name
    bool space_after = false;
};

struct PdfPage {
    int number = 0;  // 1-based
    double width = 0, height = 0;
    std::vector<PdfWord> words;
};

struct PdfDocument {
    std::string file;
    std::vector<PdfPage> pages;
};

struct PdfReadOptions {
    // Worker threads reading pages, each through its own Poppler document; 0: automatic (the
    // hardware threads, one for a short document). The pages come out in order whatever it is.
    unsigned jobs = 1;
    // Called once per page read, with the document's page count, from whichever worker read
    // it (e.g. a Progress).
    std::function<void(std::size_t pages)> page_read;
    // Called once per page (unreadable ones too, without words), with the document's page
    // count, in the worker that read it, right after: a caller that builds its own structure
    // from the words (the lines) does it here, in parallel and while the words are in cache,
    // and may then empty page.words. The words are counted against max_pdf_words before.
    std::function<void(PdfPage& page, std::size_t pages)> page_done;
};

// nullopt, with a diagnostic naming the file, for what is not a readable PDF (not a PDF,
// encrypted, truncated beyond repair, over the limits). A PDF without any text is read (its
// pages are empty) and reported with a warning: it is probably a scan.
std::optional<PdfDocument> read_pdf(const std::string& path, const ReaderLimits& limits,
                                    Diagnostics& diags, const PdfReadOptions& options = {});

// The pages a document must have before `jobs = 0` reads it on more than one thread.
inline constexpr std::size_t kPdfPagesPerExtraWorker = 8;

}  // namespace pira
