#include "readers/pdf_reader.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
// Poppler's core, for the words of a page (libpoppler-private-dev, the same Poppler 22.12).
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <UnicodeMap.h>
#include <goo/GooString.h>

#include <climits>
#include <memory>

#include "common/workers.hpp"
#include "readers/file_bytes.hpp"

namespace pira {
namespace {

// Poppler reports syntax problems of damaged files on stderr by default; pira says what they
// mean for the user instead, so they are kept quiet.
void quiet(const std::string& /*message*/, void* /*closure*/) {}

bool is_bold(const std::string& font) {
    return font.find("Bold") != std::string::npos || font.find("bold") != std::string::npos ||
           font.find("Black") != std::string::npos || font.find("Heavy") != std::string::npos;
}

bool is_italic(const std::string& font) {
    return font.find("Italic") != std::string::npos || font.find("Oblique") != std::string::npos ||
           font.find("italic") != std::string::npos;
}

// A worker's own document, through Poppler's core (libpoppler-private-dev): the C++ wrapper's
// page::text_list made a third of the reading's instructions on top of Poppler's own (it
// rescans each page's fonts to name them, converts every word to UTF-16 through iconv and keeps
// every glyph's box). Opened while the poppler::document of read_pdf holds Poppler's global
// parameters, and never shared between threads. It reads the file's bytes, read once for every
// document: through the file, Poppler read it 256 bytes at a time, some 10,000 pread calls per
// document on a long plan. The bytes are only read, by every worker at once.
std::unique_ptr<PDFDoc> open_core(const std::string& bytes) {
    auto doc = std::make_unique<PDFDoc>(
        new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull)));
    if (!doc->isOk()) return nullptr;
    return doc;
}

// The word as TextWord::getText() spells it in `encoding` (Poppler's text encoding, UTF-8), up
// to a NUL as the wrapper read it; getText() looked the encoding up, under Poppler's global
// lock, for every word.
std::string word_text(const TextWord& word, const UnicodeMap* encoding) {
    std::string out;
    if (encoding == nullptr) return out;
    out.reserve(static_cast<std::size_t>(word.getLength()));
    char buf[8];
    for (int i = 0; i < word.getLength(); ++i) {
        const int n = encoding->mapUnicode(*word.getChar(i), buf, sizeof(buf));
        out.append(buf, static_cast<std::size_t>(n));
    }
    if (const auto nul = out.find('\0'); nul != std::string::npos) out.resize(nul);
    return out;
}

// A page's fonts, each named once: its words share the name and what it says of the type.
class PageFonts {
  public:
    struct Font {
        const GooString* key = nullptr;
        std::shared_ptr<const std::string> name;
        bool bold = false, italic = false;
    };
    const Font& of(const TextWord& word) {
        // The first glyph's, as the wrapper gave it; Poppler keeps one per font on a page.
        const GooString* key = word.getLength() == 0 ? nullptr : word.getFontName(0);
        for (const auto& f : fonts_) {
            if (f.key == key) return f;
        }
        auto name = std::make_shared<const std::string>(key != nullptr ? key->toStr() : "");
        const bool bold = is_bold(*name), italic = is_italic(*name);
        return fonts_.emplace_back(Font{key, std::move(name), bold, italic});
    }

  private:
    std::vector<Font> fonts_;
};

// Page `index` (0-based) of `doc`, read as page::text_list(text_list_include_font) read it
// (same output device, same slice); false when Poppler cannot give it.
bool read_page(PDFDoc& doc, int index, PdfPage& p) {
    p.number = index + 1;
    const Page* page = doc.getCatalog()->getPage(index + 1);
    if (page == nullptr) return false;
    const PDFRectangle* box = page->getCropBox();
    p.width = box->x2 - box->x1;
    p.height = box->y2 - box->y1;
    TextOutputDev out(nullptr, false, 0, false, false);
    doc.displayPageSlice(&out, index + 1, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr,
                         nullptr, nullptr, nullptr, true);
    const std::unique_ptr<TextWordList> list = out.makeWordList();
    if (!list) return true;
    p.words.reserve(static_cast<std::size_t>(list->getLength()));
    const UnicodeMap* encoding = globalParams->getTextEncoding();
    PageFonts fonts;
    for (int i = 0; i < list->getLength(); ++i) {
        const TextWord& t = *list->get(i);
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        t.getBBox(&x0, &y0, &x1, &y1);
        const PageFonts::Font& font = fonts.of(t);
        p.words.push_back({word_text(t, encoding), x0, y0, x1, y1, t.getFontSize(), font.name,
                           font.bold, font.italic, t.hasSpaceAfter()});
    }
    return true;
}

// What the reading left for read_pdf's checks once the caller has had each page.
struct PageOutcome {
    std::size_t words = 0;
    bool unreadable = false;
};

// Page `at` into pages[at] on `doc` (nullptr: a worker that could not open the file, whose pages
// are unreadable as a page Poppler cannot give would be), then handed to the caller.
void read_one(PDFDoc* doc, std::size_t at, const PdfReadOptions& options,
              std::vector<PdfPage>& pages, std::vector<PageOutcome>& outcome) {
    if (doc == nullptr || !read_page(*doc, static_cast<int>(at), pages[at])) {
        pages[at].number = static_cast<int>(at + 1);
        outcome[at].unreadable = true;
    }
    outcome[at].words = pages[at].words.size();
    if (options.page_done) options.page_done(pages[at], pages.size());
    if (options.page_read) options.page_read(pages.size());
}

// Every page after the first, on `jobs` workers: worker 0 uses `first` (this thread's
// document), the others open their own, since a Poppler document is not safe to share.
void read_other_pages(const std::string& bytes, PDFDoc* first, unsigned jobs,
                      const PdfReadOptions& options, std::vector<PdfPage>& pages,
                      std::vector<PageOutcome>& outcome) {
    for_each_index(pages.size() - 1, jobs, [&](unsigned worker) -> IndexTask {
        std::shared_ptr<PDFDoc> own;
        if (worker != 0) own = open_core(bytes);
        PDFDoc* doc = worker == 0 ? first : own.get();
        return [&, doc, own](std::size_t i) { read_one(doc, i + 1, options, pages, outcome); };
    });
}

}  // namespace

std::optional<PdfDocument> read_pdf(const std::string& path, const ReaderLimits& limits,
                                    Diagnostics& diags, const PdfReadOptions& options) {
    if (!check_file_size(path, limits, diags)) return std::nullopt;
    poppler::set_debug_error_function(quiet, nullptr);
    Diagnostics unread;  // a file that cannot be read is said to be unreadable, as below
    const auto bytes = read_file_bytes(path, limits, unread);
    std::unique_ptr<poppler::document> doc;
    if (bytes && bytes->size() <= static_cast<std::size_t>(INT_MAX)) {
        doc.reset(
            poppler::document::load_from_raw_data(bytes->data(), static_cast<int>(bytes->size())));
    }
    if (!doc) {
        diags.error(Errc::file_unreadable, Place{path}, {},
                    "non è un PDF leggibile (file danneggiato, troncato o di altro tipo)");
        return std::nullopt;
    }
    if (doc->is_locked()) {
        diags.error(Errc::file_unreadable, Place{path}, {}, "PDF protetto da password",
                    "fornire una copia senza protezione");
        return std::nullopt;
    }
    const int pages = doc->pages();
    if (pages <= 0) {
        diags.error(Errc::file_unreadable, Place{path}, {}, "il PDF non ha pagine");
        return std::nullopt;
    }
    if (static_cast<std::size_t>(pages) > limits.max_pdf_pages) {
        diags.error(Errc::limit_exceeded, Place{path}, std::to_string(pages) + " pagine",
                    "il PDF " + limit_refusal(limits, "max_pdf_pages"));
        return std::nullopt;
    }
    PdfDocument out;
    out.file = path;
    out.pages.resize(static_cast<std::size_t>(pages));
    std::vector<PageOutcome> outcome(out.pages.size());
    // The wrapper's document stays open while the pages are read: it holds Poppler's global
    // parameters, which the core documents need.
    const std::unique_ptr<PDFDoc> core = open_core(*bytes);
    // Page 1 alone first: Poppler 22.12 makes its shared colour profiles (GfxState) on first
    // use without a lock, so the first page drawn must be drawn by one thread.
    read_one(core.get(), 0, options, out.pages, outcome);
    const unsigned jobs = workers_for(options.jobs, out.pages.size(), kPdfPagesPerExtraWorker);
    if (pages > 1) read_other_pages(*bytes, core.get(), jobs, options, out.pages, outcome);
    std::size_t words = 0;
    for (std::size_t i = 0; i < out.pages.size(); ++i) {
        if (outcome[i].unreadable) {
            diags.error(Errc::file_unreadable, Place{path, 0, 0, i + 1}, {},
                        "pagina non leggibile");
        }
        words += outcome[i].words;
        // Counted page by page in page order, so the refusal names the page where it is passed.
        if (words > limits.max_pdf_words) {
            diags.error(Errc::limit_exceeded, Place{path, 0, 0, i + 1},
                        std::to_string(words) + " parole",
                        "il PDF " + limit_refusal(limits, "max_pdf_words"));
            return std::nullopt;
        }
    }
    if (words == 0) {
        diags.warning(Errc::file_unreadable, Place{path}, {},
                      "nessun testo nel PDF: probabilmente una scansione",
                      "serve il PDF originale, non la scansione");
    }
    return out;
}

}  // namespace pira
