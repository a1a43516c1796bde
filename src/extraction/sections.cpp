#include "extraction/sections.hpp"

#include <algorithm>
#include <span>

#include "extraction/detection.hpp"
#include "extraction/fields.hpp"

namespace pira {
namespace {

struct Page {
    std::size_t begin = 0, end = 0;
    int number = 0;
    const Profile* claimed_by = nullptr;
};

// A view, not a copy: detection reads every page's lines and every section's.
std::span<const Line> slice(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
    return std::span<const Line>(lines).subspan(begin, end - begin);
}

// The one profile with the highest share of its phrases on the page, at least `claim`; none
// when two profiles tie (the page does not tell them apart).
const Profile* claimant(std::span<const Line> page_lines, const std::vector<Profile>& available,
                        double claim) {
    const std::string text = folded_document(page_lines);
    const Profile* best = nullptr;
    double best_share = 0;
    bool tie = false;
    for (const auto& p : available) {
        const double share = detection_confidence_folded(p, text);
        if (share > best_share) {
            best = &p;
            best_share = share;
            tie = false;
        } else if (share == best_share && share > 0) {
            tie = true;
        }
    }
    return best_share >= claim && !tie ? best : nullptr;
}

std::vector<Page> pages_of(const std::vector<Line>& lines, const std::vector<Profile>& available,
                           double claim) {
    std::vector<Page> pages;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (pages.empty() || lines[i].page != pages.back().number)
            pages.push_back({i, i, lines[i].page, nullptr});
        pages.back().end = i + 1;
    }
    for (auto& p : pages) p.claimed_by = claimant(slice(lines, p.begin, p.end), available, claim);
    return pages;
}

// Runs of pages: a claimed page of another profile than the run's starts a new run.
std::vector<Section> runs_of(const std::vector<Page>& pages) {
    std::vector<Section> runs;
    for (const auto& p : pages) {
        const bool starts = runs.empty() || (p.claimed_by != nullptr && runs.back().profile &&
                                             p.claimed_by != runs.back().profile);
        if (starts) runs.push_back({p.begin, p.end, p.number, p.number, p.claimed_by, 0});
        Section& run = runs.back();
        if (run.profile == nullptr) run.profile = p.claimed_by;  // leading unclaimed pages
        run.end = p.end;
        run.last_page = p.number;
    }
    return runs;
}

// Whether the pages open a block of the profile (one of its fields begins a line): another
// family's document has its blocks, where a page that only goes on with the section before (an
// objective's description and its table) can hold as many of a family's phrases (words such as
// "Indicatori", "Stakeholder") without any of its fields. A profile without fields (one table)
// is not asked.
bool opens_block(const Profile& profile, std::span<const Line> lines) {
    if (profile.fields.empty()) return true;
    return std::any_of(lines.begin(), lines.end(),
                       [&](const Line& l) { return field_of(profile, l).has_value(); });
}

}  // namespace

std::vector<Section> split_sections(const std::vector<Line>& lines,
                                    const std::vector<Profile>& available,
                                    const SectionOptions& options) {
    const Section whole{0,
                        lines.size(),
                        lines.empty() ? 0 : lines.front().page,
                        lines.empty() ? 0 : lines.back().page,
                        nullptr,
                        0};
    std::vector<Section> kept;
    for (auto run : runs_of(pages_of(lines, available, options.page_claim))) {
        if (run.profile != nullptr)
            run.confidence = detection_confidence(*run.profile, slice(lines, run.begin, run.end));
        bool stands = run.profile != nullptr && run.confidence >= options.section_confidence &&
                      opens_block(*run.profile, slice(lines, run.begin, run.end));
        if (stands && !kept.empty() && kept.back().profile != nullptr &&
            kept.back().profile != run.profile) {
            // Told apart clearly, or it is the same document: the last page of a plan can hold
            // as many of another family's phrases as of its own.
            const double before =
                detection_confidence(*kept.back().profile, slice(lines, run.begin, run.end));
            stands = run.confidence - before >= options.margin;
        }
        if (!kept.empty() && (!stands || run.profile == kept.back().profile)) {
            kept.back().end = run.end;
            kept.back().last_page = run.last_page;
        } else {
            kept.push_back(run);
        }
    }
    // Leading pages that stand under no profile (a cover, a preface) open the first section.
    if (kept.size() >= 2 && kept[0].confidence < options.section_confidence) {
        kept[1].begin = kept[0].begin;
        kept[1].first_page = kept[0].first_page;
        kept.erase(kept.begin());
    }
    if (kept.size() < 2) return {whole};
    for (auto& s : kept)  // over what each section became
        s.confidence = detection_confidence(*s.profile, slice(lines, s.begin, s.end));
    return kept;
}

}  // namespace pira
