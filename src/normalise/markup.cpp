#include "normalise/markup.hpp"

#include <re2/re2.h>

#include <array>
#include <cctype>
#include <utility>

namespace pira {
namespace {

void decode_entities(std::string& s) {
    static const std::array<std::pair<std::string_view, std::string_view>, 9> kNamed{{
        {"&gt;", ">"},
        {"&lt;", "<"},
        {"&ge;", "\xE2\x89\xA5"},
        {"&le;", "\xE2\x89\xA4"},
        {"&amp;", "&"},
        {"&nbsp;", " "},
        {"&euro;", "\xE2\x82\xAC"},
        {"&quot;", "\""},
        {"&apos;", "'"},
    }};
    for (const auto& [from, to] : kNamed) {
        for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
            s.replace(at, from.size(), to);
        }
    }
    // Numeric entities for the comparators only (&#8805; &#x2265; ...), the ones converters emit.
    static const RE2 numeric(R"(&#(?:8805|x2265|X2265);)");
    RE2::GlobalReplace(&s, numeric, "\xE2\x89\xA5");
    static const RE2 numeric_le(R"(&#(?:8804|x2264|X2264);)");
    RE2::GlobalReplace(&s, numeric_le, "\xE2\x89\xA4");
}

// Whether every replacement below would leave `s` as it is: no entity, TeX or brace, no blank
// but single spaces, and no '<' opening a tag ("<= 3" and "<3 gg" are comparisons). Such
// text, most targets with '<', is spared the regular expressions.
bool unchanged_by_markup(std::string_view s) {
    if (s.find_first_of("&$\\~{}\t\n\f\r") != std::string_view::npos) return false;
    if (s.find("  ") != std::string_view::npos) return false;
    for (std::size_t at = s.find('<'); at != std::string_view::npos; at = s.find('<', at + 1)) {
        const char next = at + 1 < s.size() ? s[at + 1] : ' ';
        if (next == '/' || std::isalpha(static_cast<unsigned char>(next))) return false;
    }
    return true;
}

}  // namespace

std::string strip_markup(std::string_view text) {
    std::string s(text);
    if (s.find_first_of("<&$\\") == std::string::npos || unchanged_by_markup(s)) return s;
    // Tags need a letter after "<" (or "</"), so "<= 3" and "<3 gg" are left alone.
    static const RE2 tag(R"(</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>)");
    RE2::GlobalReplace(&s, tag, " ");
    decode_entities(s);
    static const RE2 wrapper(R"(\\(?:text|mathrm|mbox)\{([^{}]*)\})");
    RE2::GlobalReplace(&s, wrapper, "\\1");
    static const RE2 spaces(R"(\\[,;: ]|~)");
    RE2::GlobalReplace(&s, spaces, " ");
    static const RE2 percent(R"(\\%)");
    RE2::GlobalReplace(&s, percent, "%");
    static const RE2 delimiters(R"([${}])");
    RE2::GlobalReplace(&s, delimiters, " ");
    static const RE2 runs(R"(\s+)");
    RE2::GlobalReplace(&s, runs, " ");
    return s;
}

}  // namespace pira
