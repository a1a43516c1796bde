#include "common/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace pira {

std::string_view trim(std::string_view s) {
    // ASCII blanks plus NBSP (C2 A0), which spreadsheets and PDF converters leave behind.
    auto blank_at_front = [&](std::size_t i) {
        if (ascii_space(static_cast<unsigned char>(s[i]))) return std::size_t{1};
        if (s.size() - i >= 2 && s[i] == '\xC2' && s[i + 1] == '\xA0') return std::size_t{2};
        return std::size_t{0};
    };
    std::size_t b = 0;
    while (b < s.size()) {
        std::size_t n = blank_at_front(b);
        if (n == 0) break;
        b += n;
    }
    std::size_t e = s.size();
    while (e > b) {
        if (ascii_space(static_cast<unsigned char>(s[e - 1]))) {
            --e;
        } else if (e - b >= 2 && s[e - 2] == '\xC2' && s[e - 1] == '\xA0') {
            e -= 2;
        } else {
            break;
        }
    }
    return s.substr(b, e - b);
}

namespace {

// The base letter of a Latin-1 letter with one accent (the UTF-8 byte after C3), as NFD, case
// folding and dropping the marks give it; 0 for the others (Æ, ß, Ø, ×...), left to ICU.
char latin1_base(unsigned char second) {
    static constexpr std::array<char, 64> base = {
        'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',  // C0-CF
        0,   'n', 'o', 'o', 'o', 'o', 'o', 0,   0,   'u', 'u', 'u', 'u', 'y', 0,   0,    // D0-DF
        'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',  // E0-EF
        0,   'n', 'o', 'o', 'o', 'o', 'o', 0,   0,   'u', 'u', 'u', 'u', 'y', 0,   'y',  // F0-FF
    };
    return second >= 0x80 && second <= 0xBF ? base[second - 0x80] : '\0';
}

// Most cells are plain ASCII, and Italian text adds little more than accented vowels and
// no-break spaces: folding them needs no ICU round trip (ICU was a fifth of folding a long
// plan). Anything else returns false, for ICU.
bool fold_latin(std::string_view s, std::string& out) {
    out.clear();
    out.reserve(s.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        char folded = 0;
        if (c < 0x80) {
            if (ascii_space(c)) {
                pending_space = !out.empty();
                continue;
            }
            folded = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
        } else if (i + 1 < s.size() && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
            ++i;
            pending_space = !out.empty();
            continue;
        } else if (i + 1 < s.size() && c == 0xC3 &&
                   (folded = latin1_base(static_cast<unsigned char>(s[i + 1]))) != 0) {
            ++i;
        } else {
            return false;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += folded;
    }
    return true;
}

// ICU's NFD instance, looked up once behind a C++ static: the page workers fold lines, and
// ICU's own once-only initialisation is invisible to ThreadSanitizer (ICU is not instrumented),
// which then reports the instance's first use in another thread as a race.
const icu::Normalizer2* nfd_instance() {
    static const icu::Normalizer2* const nfd = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return nfd;
}

}  // namespace

std::string fold(std::string_view s) {
    if (std::string latin; fold_latin(s, latin)) return latin;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = nfd_instance();
    icu::UnicodeString in =
        icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    icu::UnicodeString decomposed = nfd != nullptr ? nfd->normalize(in, status) : in;
    if (U_FAILURE(status)) decomposed = in;
    decomposed.foldCase();
    icu::UnicodeString out;
    bool pending_space = false;
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
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
    std::string result;
    out.toUTF8String(result);
    return result;
}

std::size_t char_count(std::string_view s, std::size_t bytes) {
    std::size_t n = 0, i = 0;
    const std::size_t end = std::min(bytes, s.size());
    // Eight bytes at a time: each is a character but a UTF-8 continuation byte (10xxxxxx).
    constexpr std::uint64_t kHighs = 0x8080808080808080ull;
    for (std::uint64_t word = 0; i + 8 <= end; i += 8) {
        std::memcpy(&word, s.data() + i, 8);
        if ((word & kHighs) == 0) {
            n += 8;
            continue;
        }
        const std::uint64_t continuation = word & ~(word << 1) & kHighs;
        n += 8 - static_cast<std::size_t>(std::popcount(continuation));
    }
    for (; i < end; ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
    }
    return n;
}

bool starts_with_icase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (ascii_lower(s[i]) != ascii_lower(prefix[i])) return false;
    }
    return true;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

namespace {

constexpr std::array<std::string_view, 10> kSuperscripts{"⁰", "¹", "²", "³", "⁴",
                                                         "⁵", "⁶", "⁷", "⁸", "⁹"};

}  // namespace

std::string superscript_digits(std::string_view digits) {
    std::string out;
    for (char c : digits) {
        if (c >= '0' && c <= '9') {
            out += kSuperscripts[static_cast<std::size_t>(c - '0')];
        } else {
            out += c;
        }
    }
    return out;
}

std::size_t superscript_prefix(std::string_view s) {
    for (auto d : kSuperscripts) {
        if (s.substr(0, d.size()) == d) return d.size();
    }
    return 0;
}

std::size_t superscript_suffix(std::string_view s) {
    for (auto d : kSuperscripts) {
        if (s.size() >= d.size() && s.substr(s.size() - d.size()) == d) return d.size();
    }
    return 0;
}

}  // namespace pira
