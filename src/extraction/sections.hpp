// A document that holds several families: seed 003 is one PDF with the Camera di Pistoia's PIRA
// 2020 and then the Camera di Prato's, each in its own layout. Detection over the whole text
// picks one profile and the other chamber's schede would be lost without a word, so pages are
// recognised one by one and consecutive pages of one family form a section.
#pragma once

#include <cstddef>
#include <vector>

#include "extraction/profile.hpp"
#include "layout/lines.hpp"

namespace pira {

struct Section {
    std::size_t begin = 0, end = 0;  // the section's lines: [begin, end) of the document's
    int first_page = 0, last_page = 0;
    const Profile* profile = nullptr;
    double confidence = 0;  // detection over the section's own text
};

struct SectionOptions {
    // A page is claimed by a profile when this share of its detection phrases is on the page
    // (a page shows only some of a family's phrases: the block labels of the schede on it).
    double page_claim = 0.4;
    // A section stands on its own when its whole text reaches the confidence a document needs.
    double section_confidence = 0.5;
    // ... and holds this much larger a share of its profile's phrases than of the profile of
    // the section before it (seed 003's Prato pages: 83 % of Prato's phrases, 20 % of
    // Pistoia's; the last page of the PIRA 2026: 50 % of Prato's, 40 % of its own).
    double margin = 0.3;
};

// The document's sections in page order, or a single section covering every line when no two
// families are told apart (then the whole-document detection decides, as before). Pages no
// profile claims (a cover, a table that goes on) belong to the section before them, or to the
// first one. A section that does not reach section_confidence under its own profile, or does not
// stand `margin` above the profile of the section before it, or where no field of its profile
// opens a block, joins that section.
std::vector<Section> split_sections(const std::vector<Line>& lines,
                                    const std::vector<Profile>& available,
                                    const SectionOptions& options = {});

}  // namespace pira
