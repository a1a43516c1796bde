#include "extraction/detection.hpp"

#include <algorithm>
#include <cstring>

#include "common/text.hpp"

namespace pira {

std::string document_text(const std::vector<Line>& lines) {
    std::string all;
    for (const auto& l : lines) all += l.text() + '\n';
    return all;
}

namespace {

// A phrase as searched: folded (case, accents, runs of spaces), so that "AREA DI
// RESPONSABILITÀ:" is "Area di responsabilità:"; its punctuation stays, which keeps a label
// ("Codice:") from matching the word anywhere.
std::string searched(std::string_view phrase) {
    return fold(phrase);
}

// `forms` folded already (Profile::detect_folded). glibc's memmem (two-way search), not
// string_view::find: find stops at every occurrence of the phrase's first letter, and every
// profile's phrases are searched on every page and in the whole document.
bool has_phrase(std::string_view folded_document, const std::vector<std::string>& forms) {
    return std::any_of(forms.begin(), forms.end(), [&](const std::string& f) {
        return !f.empty() && memmem(folded_document.data(), folded_document.size(), f.data(),
                                    f.size()) != nullptr;
    });
}

}  // namespace

std::string folded_document(std::span<const Line> lines) {
    std::string out;
    for (const auto& l : lines) {
        const std::string own = l.folded ? std::string() : fold(l.text());
        const std::string& f = l.folded ? *l.folded : own;
        if (f.empty()) continue;
        if (!out.empty()) out += ' ';
        out += f;
    }
    return out;
}

double detection_confidence(const Profile& profile, std::string_view document) {
    return detection_confidence_folded(profile, fold(document));
}

double detection_confidence_folded(const Profile& profile, std::string_view folded) {
    if (profile.detect.empty()) return 0;
    std::size_t found = 0;
    for (const auto& forms : profile.detect_folded) found += has_phrase(folded, forms) ? 1 : 0;
    return static_cast<double>(found) / static_cast<double>(profile.detect.size());
}

double detection_confidence(const Profile& profile, std::span<const Line> lines) {
    return detection_confidence_folded(profile, folded_document(lines));
}

std::vector<Cue> profile_cues(const Profile& profile, const std::vector<Line>& lines) {
    const std::string document = document_text(lines);
    const std::string folded = folded_document(lines);
    std::vector<Cue> cues;
    for (std::size_t i = 0; i < profile.detect.size(); ++i) {
        std::string forms;
        for (const auto& f : profile.detect[i]) forms += (forms.empty() ? "" : " / ") + f;
        cues.push_back({"frase", forms, has_phrase(folded, profile.detect_folded[i])});
    }
    for (const auto& field : profile.fields) {
        for (const auto& label : field.labels) {
            const bool listed = std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
                return searched(c.text) == searched(label);
            });
            if (!listed)
                cues.push_back({"etichetta", label, document.find(label) != std::string::npos});
        }
    }
    for (const auto& table : profile.tables) {
        for (const auto& h : table.first_headers) {
            // As the extractor looks for it: a cell of its own (a wrapped one is read as found
            // when its first word is a cell).
            const std::string first_word = h.substr(0, h.find(' '));
            const bool found = std::any_of(lines.begin(), lines.end(), [&](const Line& l) {
                return std::any_of(l.spans.begin(), l.spans.end(), [&](const Span& s) {
                    const auto t = trim(s.text);
                    return t == h || t == first_word;
                });
            });
            cues.push_back({"intestazione", h, found});
        }
    }
    return cues;
}

}  // namespace pira
