// The legacy objectives of Pistoia and Prato in the Pistoia-Prato tree (mappings/legacy.toml).
#include <gtest/gtest.h>

#include "normalise/code.hpp"
#include "normalise/legacy.hpp"

namespace pira {
namespace {

std::optional<TreePlace> place_of(const char* code, const char* name = "") {
    auto c = parse_objective_code(code);
    EXPECT_TRUE(c.ok()) << code;
    return legacy_place(c->family, c->canonical, name);
}

TEST(Legacy, PistoiaByLongestCodePrefix) {
    EXPECT_EQ(place_of("A.3.4")->strategic_objective,
              "Competitività delle imprese, Sostenibilità ambientale ed Infrastrutture");
    EXPECT_EQ(place_of("B.1.4")->strategic_objective,
              "Digitalizzazione, nuove tecnologie ed innovazione");
    EXPECT_EQ(place_of("B.3.2")->strategic_objective, "Imprenditorialità, lavoro e occupazione");
    EXPECT_EQ(place_of("E1")->strategic_objective, "Legalità e armonizzazione del mercato");
    EXPECT_EQ(place_of("I.2")->area,
              "Ottimizzazione della struttura, dell'organizzazione e delle risorse");
}

TEST(Legacy, PratoByProgrammeName) {
    auto p = place_of("PO2020_01", "La sede camerale: uno spazio aperto per la città");
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->strategic_objective,
              "Competitività delle imprese, Sostenibilità ambientale ed Infrastrutture");
    EXPECT_EQ(p->rule, "legacy.toml: Prato «La sede camerale: uno spazio aperto per la città»");
}

TEST(Legacy, PistoiaPiraByMissionAndProgramme) {
    auto p = place_of("PT2020_011_005");
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->strategic_objective, "Digitalizzazione, nuove tecnologie ed innovazione");
    EXPECT_EQ(p->rule, "legacy.toml: Pistoia PIRA 011_005");
    EXPECT_EQ(place_of("PT2020_012_004")->strategic_objective,
              "Legalità e armonizzazione del mercato");
    EXPECT_EQ(place_of("PT2020_032_003")->area,
              "Ottimizzazione della struttura, dell'organizzazione e delle risorse");
    // Another year of the same programme sits in the same place.
    EXPECT_EQ(place_of("PT2021_016_005")->strategic_objective,
              "Competitività delle imprese, Sostenibilità ambientale ed Infrastrutture");
}

TEST(Legacy, UnmappedLegacyObjectivesAreSaid) {
    // Pistoia's linea C (credito) has no objectives in the plan, and no place in the tree.
    auto c = place_of("C.1.1");
    ASSERT_TRUE(c.has_value());
    EXPECT_TRUE(c->area.empty());
    auto p = place_of("PO2020_09", "Un programma mai visto");
    ASSERT_TRUE(p.has_value());
    EXPECT_TRUE(p->area.empty());
    // Mission 033 (fondi da ripartire) has no objectives in the PIRA, and no place in the tree.
    auto t = place_of("PT2020_033_001");
    ASSERT_TRUE(t.has_value());
    EXPECT_TRUE(t->area.empty());
}

TEST(Legacy, CurrentCodesAreNotLegacy) {
    EXPECT_FALSE(place_of("01_01_OS02").has_value());
    EXPECT_FALSE(place_of("OS_02.03").has_value());
}

}  // namespace
}  // namespace pira
