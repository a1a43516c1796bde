#include "readers/pdf_reader.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>

#include "common/workers.hpp"
#include "readers/file_bytes.hpp"

namespace pira {
namespace {

// Poppler reports syntax problems of damaged files on stderr by default; pira says what they
// mean for the user instead, so they are kept quiet.
void quiet(const std::string& /*message*/, void* /*closure*/) {}

// poppler::ustring::to_utf8 opens an iconv converter for every call, once per word: a tenth of
// a long plan's instructions. Poppler's UTF-16 is host-order; a surrogate without its pair
// (which Poppler's own UTF-8 never gives) becomes U+FFFD.
void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string utf8(const poppler::ustring& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char32_t c = s[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 &&
            s[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00);
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;
        }
        append_utf8(out, c);
    }
    return out;
}

bool is_bold(const std::string& font) {
    return font.find("Bold") != std::string::npos || font.find("bold") != std::string::npos ||
           font.find("Black") != std::string::npos || font.find("Heavy") != std::string::npos;
}

bool is_italic(const std::string& font) {
    return font.find("Italic") != std::string::npos || font.find("Oblique") != std::string::npos ||
           font.find("italic") != std::string::npos;
}

// Page `index` (0-based) of `doc`; false when Poppler cannot give it.
bool read_page(poppler::document& doc, int index, PdfPage& p) {
    p.number = index + 1;
    std::unique_ptr<poppler::page> page(doc.create_page(index));
    if (!page) return false;
    const poppler::rectf box = page->page_rect();
    p.width = box.width();
    p.height = box.height();
    const auto boxes = page->text_list(poppler::page::text_list_include_font);
    p.words.reserve(boxes.size());
    for (const auto& t : boxes) {
        const poppler::rectf b = t.bbox();
        PdfWord w{utf8(t.text()),    b.left(),          b.top(), b.right(),          b.bottom(),
                  t.get_font_size(), t.get_font_name(), false,   t.has_space_after()};
        w.bold = is_bold(w.font);
        w.italic = is_italic(w.font);
        p.words.push_back(std::move(w));
    }
    return true;
}

// Every page after the first, on `jobs` workers: worker 0 uses `first` (this thread's
// document), the others open their own, since a Poppler document is not safe to share.
void read_other_pages(const std::string& path, poppler::document& first, unsigned jobs,
                      const PdfReadOptions& options, std::vector<PdfPage>& pages,
                      std::vector<char>& unreadable) {
    for_each_index(pages.size() - 1, jobs, [&](unsigned worker) -> IndexTask {
        std::shared_ptr<poppler::document> own;
        if (worker != 0) own.reset(poppler::document::load_from_file(path));
        poppler::document* doc = worker == 0 ? &first : own.get();
        return [&, doc, own](std::size_t i) {
            const std::size_t at = i + 1;
            // A worker that could not open the file again reads nothing: its pages are
            // reported unreadable, as a page Poppler cannot give would be.
            if (doc == nullptr || !read_page(*doc, static_cast<int>(at), pages[at])) {
                pages[at].number = static_cast<int>(at + 1);
                unreadable[at] = 1;
            }
            if (options.page_read) options.page_read(pages.size());
        };
    });
}

}  // namespace

std::optional<PdfDocument> read_pdf(const std::string& path, const ReaderLimits& limits,
                                    Diagnostics& diags, const PdfReadOptions& options) {
    if (!check_file_size(path, limits, diags)) return std::nullopt;
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path));
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
    std::vector<char> unreadable(out.pages.size(), 0);
    // Page 1 alone first: Poppler 22.12 makes its shared colour profiles (GfxState) on first
    // use without a lock, so the first page drawn must be drawn by one thread.
    if (!read_page(*doc, 0, out.pages[0])) {
        out.pages[0].number = 1;
        unreadable[0] = 1;
    }
    if (options.page_read) options.page_read(out.pages.size());
    const unsigned jobs = workers_for(options.jobs, out.pages.size(), kPdfPagesPerExtraWorker);
    if (pages > 1) read_other_pages(path, *doc, jobs, options, out.pages, unreadable);
    std::size_t words = 0;
    for (std::size_t i = 0; i < out.pages.size(); ++i) {
        if (unreadable[i] != 0) {
            diags.error(Errc::file_unreadable, Place{path, 0, 0, i + 1}, {},
                        "pagina non leggibile");
        }
        words += out.pages[i].words.size();
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
