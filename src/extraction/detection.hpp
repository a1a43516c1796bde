// Which profile a document is: the share of a profile's detection phrases the document holds,
// and, for a profile that matched but found nothing, which of its cues (detection phrases,
// block labels, first headers) the document has and which it lacks.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extraction/profile.hpp"
#include "layout/lines.hpp"

namespace pira {

// The lines' texts, one per line: what detection searches, built once for every profile.
std::string document_text(const std::vector<Line>& lines);

// The document's text folded for detection, line by line (a line in plain ASCII skips ICU),
// the lines joined by a space: a phrase may wrap ("Peso" over "indicatori"). Uses the lines'
// own folded text where the reader left it.
std::string folded_document(std::span<const Line> lines);

// Share (0..1) of the profile's detection phrases found in the document's text
// (document_text), folded once by the caller with fold() when several profiles are tried.
double detection_confidence_folded(const Profile& profile, std::string_view folded_document);
double detection_confidence(const Profile& profile, std::string_view document);
double detection_confidence(const Profile& profile, std::span<const Line> lines);

struct Cue {
    std::string kind;  // "frase", "etichetta", "intestazione"
    std::string text;
    bool found = false;
};

// The profile's cues in the document: detection phrases and block labels anywhere, a table's
// first header as a line's cell.
std::vector<Cue> profile_cues(const Profile& profile, const std::vector<Line>& lines);

}  // namespace pira
