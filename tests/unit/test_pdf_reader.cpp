// Poppler's words, boxes and fonts (tests/fixtures/pdf, built by make_fixtures.sh), and every
// kind of bad PDF with its message.
#include <gtest/gtest.h>

#include <algorithm>

#include "readers/pdf_reader.hpp"

namespace pira {
namespace {

const std::string kDir = std::string(PIRA_SOURCE_DIR) + "/tests/fixtures/pdf/";

const PdfWord* word(const PdfPage& p, const std::string& text) {
    auto it = std::find_if(p.words.begin(), p.words.end(),
                           [&](const PdfWord& w) { return w.text == text; });
    return it == p.words.end() ? nullptr : &*it;
}

TEST(PdfReader, WordsWithBoxesAndFonts) {
    Diagnostics diags;
    auto doc = read_pdf(kDir + "obiettivo.pdf", ReaderLimits{}, diags);
    ASSERT_TRUE(doc.has_value());
    EXPECT_TRUE(diags.items().empty());
    ASSERT_EQ(doc->pages.size(), 1u);
    const PdfPage& page = doc->pages[0];
    EXPECT_NEAR(page.width, 595.3, 0.1);  // A4
    const PdfWord* code = word(page, "01_01_OS02");
    ASSERT_NE(code, nullptr);
    EXPECT_FALSE(code->bold);
    const PdfWord* name = word(page, "Promozione");
    ASSERT_NE(name, nullptr);
    EXPECT_TRUE(name->bold) << *name->font;  // indicator names are bold, descriptions are not
    const PdfWord* description = word(page, "Strumenti");
    ASSERT_NE(description, nullptr);
    EXPECT_FALSE(description->bold);
    // Reading order on the page: the code's line is above the table's header.
    const PdfWord* header = word(page, "Tipologia");
    ASSERT_NE(header, nullptr);
    EXPECT_LT(code->y1, header->y0);
    EXPECT_GT(header->x0, name->x1);  // the second column is right of the first
    const PdfWord* weight = word(page, "14,3%");
    ASSERT_NE(weight, nullptr);
    EXPECT_GT(weight->font_size, 5.0);
}

struct Bad {
    const char* file;
    const char* detail;
};

class BadPdf : public ::testing::TestWithParam<Bad> {};

TEST_P(BadPdf, ClearMessageNamingTheFile) {
    Diagnostics diags;
    EXPECT_FALSE(read_pdf(kDir + GetParam().file, ReaderLimits{}, diags).has_value());
    ASSERT_EQ(diags.items().size(), 1u);
    const Diagnostic& d = diags.items()[0];
    EXPECT_EQ(d.code, Errc::file_unreadable);
    EXPECT_EQ(d.place.file, kDir + GetParam().file);
    EXPECT_NE(d.detail.find(GetParam().detail), std::string::npos) << d.detail;
}

void PrintTo(const Bad& b, std::ostream* os) {
    *os << b.file;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BadPdf,
                         ::testing::Values(Bad{"non-pdf.pdf", "non è un PDF leggibile"},
                                           Bad{"troncato.pdf", "non è un PDF leggibile"},
                                           Bad{"cifrato.pdf", "protetto da password"},
                                           Bad{"manca.pdf", "No such file"}));

TEST(PdfReader, PageLimit) {
    Diagnostics diags;
    ReaderLimits limits;
    limits.max_pdf_pages = 0;
    EXPECT_FALSE(read_pdf(kDir + "obiettivo.pdf", limits, diags).has_value());
    EXPECT_NE(diags.items()[0].detail.find("supera il limite max_pdf_pages = 0"),
              std::string::npos);
}

}  // namespace
}  // namespace pira
