// The case a row's texts begin with, which tells a cell going on from one beginning (a name
// begins with a capital, a wrapped text goes on in lower case), and a code alone on its line:
// shared by row building's files.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>

#include "layout/lines.hpp"

namespace pira {

inline bool lower(const std::string& t) {
    return !t.empty() && std::islower(static_cast<unsigned char>(t[0])) != 0;
}

// A text going on in lower case: its first word in lower case and not a code ("oc_DTDE_02 -
// Azioni ..." begins a name, as a capital does).
inline bool goes_on_lower(const std::string& t) {
    if (!lower(t)) return false;
    const std::string first = t.substr(0, t.find(' '));
    return std::none_of(first.begin(), first.end(), [](char c) {
        return c == '_' || std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
}

// A code, one word with digits or "_", maybe with a number or a dash after it
// ("IS_0106_DFP 4.3", "IS_0102_A3.1_02 –"): nothing else on its line.
inline bool code_line(const Span& s) {
    auto letters = [](const SpanWord& w) {
        return std::any_of(w.text.begin(), w.text.end(),
                           [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
    };
    auto coded = [](const SpanWord& w) {
        return std::any_of(w.text.begin(), w.text.end(), [](char c) {
            return c == '_' || std::isdigit(static_cast<unsigned char>(c)) != 0;
        });
    };
    return !s.words.empty() && coded(s.words.front()) &&
           std::none_of(s.words.begin() + 1, s.words.end(), letters);
}

}  // namespace pira
