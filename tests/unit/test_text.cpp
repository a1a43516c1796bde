// fold() reads plain ASCII, accented Latin-1 vowels and no-break spaces without ICU; these tests
// hold that shortcut to what ICU (NFD, full case folding, marks dropped) gives for the same text.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>

#include "common/text.hpp"

namespace pira {
namespace {

// The reference: ICU's decomposition and case folding, marks dropped, blanks collapsed.
std::string icu_fold(const std::string& s) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString d = nfd->normalize(icu::UnicodeString::fromUTF8(s), status);
    d.foldCase();
    icu::UnicodeString out;
    bool pending_space = false;
    for (int32_t i = 0; i < d.length();) {
        const UChar32 c = d.char32At(i);
        i += U16_LENGTH(c);
        if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
        if (u_isUWhiteSpace(c) || c == 0x00A0) {
            pending_space = out.length() > 0;
            continue;
        }
        if (pending_space) out.append(static_cast<UChar>(' '));
        pending_space = false;
        out.append(c);
    }
    std::string r;
    return out.toUTF8String(r);
}

std::string utf8_of(UChar32 c) {
    std::string r;
    return icu::UnicodeString(c).toUTF8String(r);
}

TEST(Fold, EveryLatin1CharacterAsIcuFoldsIt) {
    for (UChar32 c = 0x20; c <= 0xFF; ++c) {
        const std::string s = "Ab" + utf8_of(c) + "Cd " + utf8_of(c);
        EXPECT_EQ(fold(s), icu_fold(s)) << "U+" << std::hex << c;
    }
}

TEST(Fold, ItalianTextAndBlanks) {
    EXPECT_EQ(fold("  Attività\xC2\xA0 di  PERCHÉ\tÈ "), "attivita di perche e");
    EXPECT_EQ(fold("Straße Ærø"), icu_fold("Straße Ærø"));  // left to ICU: ss, æ, ø
    EXPECT_EQ(fold("Città – “qualità”"), icu_fold("Città – “qualità”"));
    EXPECT_EQ(fold(""), "");
}

}  // namespace
}  // namespace pira
