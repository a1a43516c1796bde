#include "normalise/markup.hpp"

#include <re2/re2.h>

#include <array>
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

}  // namespace

std::string strip_markup(std::string_view text) {
    std::string s(text);
    if (s.find_first_of("<&$\\") == std::string::npos) return s;
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
