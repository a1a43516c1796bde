// A document holding several families (seed 003: Pistoia's PIRA 2020 then Prato's): pages
// recognised one by one, consecutive pages of one family made one section.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extraction/profile.hpp"
#include "extraction/sections.hpp"

namespace pira {
namespace {

// A minimal profile of the family `id`, recognised by its five phrases.
Profile family(const std::string& id, const std::vector<std::string>& phrases) {
    std::string list;
    for (const auto& p : phrases) list += (list.empty() ? "\"" : ", \"") + p + "\"";
    const std::string text = "[profile]\nid = \"" + id + "\"\nname = \"" + id +
                             "\"\n[detect]\nphrases = [" + list +
                             "]\n[table]\nfirst_header = \"Indicatore\"\n[[table.column]]\n"
                             "headers = [\"Indicatore\"]\ncolumn = \"indicator_name\"\n";
    return load_profile(text, id + ".toml");
}

const std::vector<std::string> kA = {"Missione", "Programma", "Benefici attesi", "Budget",
                                     "Algoritmo di calcolo"};
const std::vector<std::string> kB = {"Area strategica", "Stakeholder", "UDM", "Realizzazione",
                                     "Stato di salute"};

// One line per text, each on the given page.
void add_page(std::vector<Line>& lines, int page, const std::vector<std::string>& texts) {
    double y = 40;
    for (const auto& t : texts) {
        Line l;
        l.page = page;
        l.y0 = y;
        l.y1 = y + 8;
        l.spans.push_back(Span{t, 10, 200, false, {{t, false, 10, 200}}});
        lines.push_back(std::move(l));
        y += 12;
    }
}

struct Pages {
    int first, last;
    std::string profile;
    bool operator==(const Pages&) const = default;
};

std::vector<Pages> pages_of(const std::vector<Section>& sections) {
    std::vector<Pages> out;
    for (const auto& s : sections)
        out.push_back({s.first_page, s.last_page, s.profile ? s.profile->id : ""});
    return out;
}

class Sections : public ::testing::Test {
  protected:
    std::vector<Profile> profiles{family("a", kA), family("b", kB)};
};

TEST_F(Sections, TwoFamiliesOnTheirOwnPagesAreTwoSections) {
    std::vector<Line> lines;
    add_page(lines, 1, {"Missione 011", "Programma 005", "Benefici attesi", "Budget 1.000"});
    add_page(lines, 2, {"Algoritmo di calcolo", "Missione 012", "Programma 004"});
    add_page(lines, 3, {"Area strategica 1", "Stakeholder imprese", "UDM", "Realizzazione"});
    add_page(lines, 4, {"Area strategica 2", "Stato di salute", "UDM"});
    const auto sections = split_sections(lines, profiles);
    EXPECT_EQ(pages_of(sections), (std::vector<Pages>{{1, 2, "a"}, {3, 4, "b"}}));
    EXPECT_EQ(sections[0].begin, 0u);
    EXPECT_EQ(sections[0].end, 7u);
    EXPECT_EQ(sections[1].end, lines.size());
    EXPECT_DOUBLE_EQ(sections[0].confidence, 1.0);
}

TEST_F(Sections, UnclaimedPagesGoWithTheSectionBeforeAndACoverWithTheFirst) {
    std::vector<Line> lines;
    add_page(lines, 1, {"Piano degli indicatori 2020"});  // a cover: no family's phrases
    add_page(lines, 2, {"Missione 011", "Programma 005", "Benefici attesi", "Budget"});
    add_page(lines, 3, {"una tabella che continua"});
    add_page(lines, 4, {"Area strategica 1", "Stakeholder", "UDM", "Stato di salute"});
    add_page(lines, 5, {"la tabella continua"});
    EXPECT_EQ(pages_of(split_sections(lines, profiles)),
              (std::vector<Pages>{{1, 3, "a"}, {4, 5, "b"}}));
}

TEST_F(Sections, APageNotToldApartStaysInItsDocument) {
    // The last page of a plan of family a holds three of b's phrases and two of a's: b claims
    // the page, but not by the margin a section needs.
    std::vector<Line> lines;
    add_page(lines, 1, {"Missione 011", "Programma 005", "Benefici attesi", "Budget"});
    add_page(lines, 2, {"Algoritmo di calcolo", "Missione 012", "Programma 004"});
    add_page(lines, 3, {"Missione", "Budget", "Area strategica", "Stakeholder", "UDM"});
    const auto sections = split_sections(lines, profiles);
    EXPECT_EQ(pages_of(sections), (std::vector<Pages>{{1, 3, ""}}));  // the whole: as before
    EXPECT_EQ(sections[0].end, lines.size());
}

TEST_F(Sections, OneFamilyAndNoFamilyAreOneSection) {
    std::vector<Line> lines;
    add_page(lines, 1, {"Missione 011", "Programma 005", "Benefici attesi", "Budget"});
    add_page(lines, 2, {"Algoritmo di calcolo"});
    EXPECT_EQ(split_sections(lines, profiles).size(), 1u);
    EXPECT_EQ(split_sections({}, profiles).size(), 1u);
    std::vector<Line> prose;
    add_page(prose, 1, {"Premessa"});
    add_page(prose, 2, {"Conclusioni"});
    EXPECT_EQ(pages_of(split_sections(prose, profiles)), (std::vector<Pages>{{1, 2, ""}}));
}

TEST_F(Sections, ASectionBackToTheFirstFamilyIsASectionOfItsOwn) {
    // a, then b, then a again (two plans bound after a third): three documents.
    std::vector<Line> lines;
    add_page(lines, 1, {"Missione 011", "Programma 005", "Benefici attesi", "Budget"});
    add_page(lines, 2, {"Area strategica 1", "Stakeholder", "UDM", "Stato di salute"});
    add_page(lines, 3, {"Missione 032", "Programma 003", "Algoritmo di calcolo"});
    EXPECT_EQ(pages_of(split_sections(lines, profiles)),
              (std::vector<Pages>{{1, 1, "a"}, {2, 2, "b"}, {3, 3, "a"}}));
}

TEST(SectionsWithBlocks, APageWithoutABlockOfItsFamilyGoesOnWithTheSectionBefore) {
    // b's documents are made of blocks opened by "Area strategica:": a page of a's plan that
    // holds only b's words (an objective's description, a table) does not open one of them.
    Profile with_field = load_profile(
        "[profile]\nid = \"b\"\nname = \"b\"\n[detect]\nphrases = [\"Area strategica\", "
        "\"Stakeholder\", \"UDM\", \"Realizzazione\", \"Stato di salute\"]\n[[field]]\n"
        "labels = [\"Area strategica:\"]\ncolumn = \"strategic_objective\"\n[table]\n"
        "first_header = \"Indicatore\"\n[[table.column]]\nheaders = [\"Indicatore\"]\n"
        "column = \"indicator_name\"\n",
        "b.toml");
    const std::vector<Profile> profiles{family("a", kA), with_field};
    std::vector<Line> lines;
    add_page(lines, 1, {"Missione 011", "Programma 005", "Benefici attesi", "Budget"});
    add_page(lines, 2, {"Algoritmo di calcolo", "Missione 012", "Programma 004"});
    add_page(lines, 3,
             {"le imprese e gli stakeholder della strategica area", "UDM", "Realizzazione"});
    EXPECT_EQ(pages_of(split_sections(lines, profiles)), (std::vector<Pages>{{1, 3, ""}}));
    add_page(lines, 4, {"Missione 013", "Programma 002", "Budget"});
    add_page(lines, 5, {"Area strategica: 2", "Stakeholder", "UDM", "Stato di salute"});
    EXPECT_EQ(pages_of(split_sections(lines, profiles)),
              (std::vector<Pages>{{1, 4, "a"}, {5, 5, "b"}}));
}

}  // namespace
}  // namespace pira
