#include "readers/pdf_reader.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>

#include "readers/file_bytes.hpp"

namespace pira {
namespace {

// Poppler reports syntax problems of damaged files on stderr by default; pira says what they
// mean for the user instead, so they are kept quiet.
void quiet(const std::string& /*message*/, void* /*closure*/) {}

std::string utf8(const poppler::ustring& s) {
    const poppler::byte_array bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

bool is_bold(const std::string& font) {
    return font.find("Bold") != std::string::npos || font.find("bold") != std::string::npos ||
           font.find("Black") != std::string::npos || font.find("Heavy") != std::string::npos;
}

bool is_italic(const std::string& font) {
    return font.find("Italic") != std::string::npos || font.find("Oblique") != std::string::npos ||
           font.find("italic") != std::string::npos;
}

}  // namespace

std::optional<PdfDocument> read_pdf(const std::string& path, const ReaderLimits& limits,
                                    Diagnostics& diags) {
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
    std::size_t words = 0;
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        PdfPage p;
        p.number = i + 1;
        if (!page) {
            diags.error(Errc::file_unreadable,
                        Place{path, 0, 0, static_cast<std::size_t>(p.number)}, {},
                        "pagina non leggibile");
            out.pages.push_back(p);
            continue;
        }
        const poppler::rectf box = page->page_rect();
        p.width = box.width();
        p.height = box.height();
        for (const auto& t : page->text_list(poppler::page::text_list_include_font)) {
            const poppler::rectf b = t.bbox();
            PdfWord w{utf8(t.text()),    b.left(),          b.top(), b.right(),          b.bottom(),
                      t.get_font_size(), t.get_font_name(), false,   t.has_space_after()};
            w.bold = is_bold(w.font);
            w.italic = is_italic(w.font);
            p.words.push_back(std::move(w));
        }
        words += p.words.size();
        out.pages.push_back(std::move(p));
        // Counted page by page, so a PDF of millions of tiny words stops before it is all kept.
        if (words > limits.max_pdf_words) {
            diags.error(Errc::limit_exceeded, Place{path, 0, 0, static_cast<std::size_t>(i + 1)},
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
