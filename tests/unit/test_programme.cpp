// Missions and programmes of the D.M. 27/03/2013 with the 2015 changes.
#include <gtest/gtest.h>

#include "normalise/programme.hpp"

namespace pira {
namespace {

TEST(Programme, CodesAsDocumentsWriteThem) {
    auto p = classify_programme("11 – Competitività e sviluppo delle imprese",
                                "005 – Promozione ed attuazione di politiche di sviluppo");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->mission, "011");
    EXPECT_EQ(p->programme, "005");
    EXPECT_TRUE(p->note.empty());
    auto q = classify_programme("016", "005");
    ASSERT_TRUE(q.ok());
    EXPECT_EQ(q->mission, "016");
}

TEST(Programme, Activities032004BelongTo032003) {
    auto p = classify_programme("032", "004");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->programme, "003");
    EXPECT_EQ(p->note, "programma 032.004 ricondotto a 032.003 (regole 2015)");
}

TEST(Programme, RenamedProgrammeRecognisedByItsFormerName) {
    auto p = classify_programme(
        "011",
        "005 - Regolamentazione, incentivazione dei settori imprenditoriali, riassetto "
        "industriali, sperimentazione tecnologica, lotta alla contraffazione, tutela della "
        "proprietà intellettuale");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->programme, "005");
    EXPECT_NE(p->note.find("nome precedente al 2015"), std::string::npos);
}

TEST(Programme, UnknownCodesAreReported) {
    EXPECT_EQ(classify_programme("099", "").error().code, Errc::programme_unknown);
    auto p = classify_programme("012", "009");
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().detail, "programma 012.009 non previsto");
    EXPECT_FALSE(classify_programme("Competitività", "").ok());
}

TEST(Programme, MissionAlone) {
    auto p = classify_programme("33", "");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->mission, "033");
    EXPECT_TRUE(p->programme.empty());
}

}  // namespace
}  // namespace pira
