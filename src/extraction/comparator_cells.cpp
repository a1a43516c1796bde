#include "extraction/comparator_cells.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "common/text.hpp"
#include "normalise/vocabulary.hpp"

namespace pira {
namespace {

// The vocabulary's comparator forms written with symbols only, longest first (as it keeps them).
const std::vector<std::string>& symbol_forms() {
    static const std::vector<std::string> forms = [] {
        std::vector<std::string> out;
        for (const auto& c : Vocabulary::standard().comparators()) {
            const bool symbols = std::none_of(c.form.begin(), c.form.end(), [](char ch) {
                const auto u = static_cast<unsigned char>(ch);
                return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || ch == '\\' ||
                       ch == ' ' || (u >= '0' && u <= '9');
            });
            if (!c.ocr && symbols && !c.form.empty()) out.push_back(c.form);
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const auto& a, const auto& b) { return a.size() > b.size(); });
        return out;
    }();
    return forms;
}

}  // namespace

bool is_comparator_cell(std::string_view text) {
    const std::string_view t = trim(text);
    const auto& forms = symbol_forms();
    return std::find(forms.begin(), forms.end(), t) != forms.end();
}

bool is_comparator_cell_before(std::string_view text, std::string_view next) {
    if (is_comparator_cell(text)) return true;
    static const std::vector<std::string> ocr = [] {
        std::vector<std::string> out;
        for (const auto& c : Vocabulary::standard().comparators()) {
            if (c.ocr) out.push_back(c.form);
        }
        return out;
    }();
    const std::string_view n = trim(next);
    const bool number = !n.empty() && n.front() >= '0' && n.front() <= '9';
    return number && std::find(ocr.begin(), ocr.end(), trim(text)) != ocr.end();
}

bool is_comparator_only(std::string_view text) {
    static const std::vector<std::string> folded = [] {
        std::vector<std::string> out;
        for (const auto& c : Vocabulary::standard().comparators()) {
            if (!c.ocr) out.push_back(fold(c.form));
        }
        return out;
    }();
    return std::find(folded.begin(), folded.end(), fold(text)) != folded.end();
}

std::size_t comparator_prefix(std::string_view text) {
    for (const auto& f : symbol_forms()) {
        if (text.starts_with(f)) return f.size();
    }
    return 0;
}

}  // namespace pira
