#include "extraction/detection.hpp"

#include <algorithm>

#include "common/text.hpp"

namespace pira {

std::string document_text(const std::vector<Line>& lines) {
    std::string all;
    for (const auto& l : lines) all += l.text() + '\n';
    return all;
}

double detection_confidence(const Profile& profile, std::string_view document) {
    if (profile.detect.empty()) return 0;
    std::size_t found = 0;
    for (const auto& phrase : profile.detect) {
        if (document.find(phrase) != std::string_view::npos) ++found;
    }
    return static_cast<double>(found) / static_cast<double>(profile.detect.size());
}

double detection_confidence(const Profile& profile, const std::vector<Line>& lines) {
    return detection_confidence(profile, document_text(lines));
}

std::vector<Cue> profile_cues(const Profile& profile, const std::vector<Line>& lines) {
    const std::string document = document_text(lines);
    std::vector<Cue> cues;
    for (const auto& phrase : profile.detect) {
        cues.push_back({"frase", phrase, document.find(phrase) != std::string::npos});
    }
    for (const auto& field : profile.fields) {
        for (const auto& label : field.labels) {
            const bool listed = std::any_of(cues.begin(), cues.end(),
                                            [&](const Cue& c) { return c.text == label; });
            if (!listed)
                cues.push_back({"etichetta", label, document.find(label) != std::string::npos});
        }
    }
    for (const auto& table : profile.tables) {
        if (table.first_header.empty()) continue;
        // As the extractor looks for it: a cell of its own (a wrapped one is read as found
        // when its first word is a cell).
        const std::string first_word = table.first_header.substr(0, table.first_header.find(' '));
        const bool found = std::any_of(lines.begin(), lines.end(), [&](const Line& l) {
            return std::any_of(l.spans.begin(), l.spans.end(), [&](const Span& s) {
                const auto t = trim(s.text);
                return t == table.first_header || t == first_word;
            });
        });
        cues.push_back({"intestazione", table.first_header, found});
    }
    return cues;
}

}  // namespace pira
