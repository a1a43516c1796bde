#include <gtest/gtest.h>

#include "common/toml_check.hpp"
#include "scoring/policy.hpp"

namespace pira {
namespace {

TEST(Rounding, HalfUpOfDecimalFigures) {
    EXPECT_DOUBLE_EQ(round_to(586.23 / 6, 2, Rounding::half_up), 97.71);  // 97.705
    EXPECT_DOUBLE_EQ(round_to(95.2975, 2, Rounding::half_up), 95.30);
    EXPECT_DOUBLE_EQ(round_to(94.154, 2, Rounding::half_up), 94.15);
    EXPECT_DOUBLE_EQ(round_to(2.675, 2, Rounding::half_up), 2.68);  // 2.67499999... in binary
    EXPECT_DOUBLE_EQ(round_to(-2.5, 0, Rounding::half_up), -3.0);
}

TEST(Rounding, HalfEvenAndNone) {
    EXPECT_DOUBLE_EQ(round_to(2.5, 0, Rounding::half_even), 2.0);
    EXPECT_DOUBLE_EQ(round_to(3.5, 0, Rounding::half_even), 4.0);
    EXPECT_DOUBLE_EQ(round_to(97.705, 2, Rounding::none), 97.705);
}

TEST(Status, ThresholdsOfTheRelazione) {
    const Policy& p = Policy::standard();
    EXPECT_EQ(status_of(80.0, p), "raggiunto");
    EXPECT_EQ(status_of(79.99, p), "parzialmente raggiunto");
    EXPECT_EQ(status_of(60.0, p), "parzialmente raggiunto");
    EXPECT_EQ(status_of(59.99, p), "non raggiunto");
}

TEST(DefaultPolicy, IsTheRelazioneMethod) {
    const Policy& p = Policy::standard();
    EXPECT_EQ(p.bare_numeric, Op::ge);
    EXPECT_EQ(p.at_most, AtMost::linear);
    EXPECT_EQ(p.objective.aggregate, Aggregate::weighted);
    EXPECT_EQ(p.objective.decimals, 2);
    EXPECT_EQ(p.strategic_objective.aggregate, Aggregate::automatic);
    EXPECT_EQ(p.ente_from, EnteFrom::strategic_objectives);
    EXPECT_DOUBLE_EQ(p.raggiunto, 80.0);
    EXPECT_DOUBLE_EQ(p.parzialmente, 60.0);
    EXPECT_EQ(p.weights_check, Check::error);
}

TEST(PolicyFile, OtherChamberSettings) {
    Policy p = Policy::load(R"(
name = "Pistoia 2020"
[ente]
from = "areas"
aggregate = "weighted"
[thresholds]
raggiunto = 90
parzialmente = 70
[weights.areas]
"Imprese" = 30
"Territorio" = 30
"Ente" = 40
)",
                            "pistoia.toml");
    EXPECT_EQ(p.name, "Pistoia 2020");
    EXPECT_EQ(p.ente_from, EnteFrom::areas);
    EXPECT_EQ(p.ente.aggregate, Aggregate::weighted);
    EXPECT_DOUBLE_EQ(p.area_weights.at("Ente"), 40.0);
    EXPECT_EQ(status_of(85, p), "parzialmente raggiunto");
}

void expect_error(const char* toml, const char* needle) {
    try {
        Policy::load(toml, "mia.toml");
        FAIL() << "expected an error for: " << toml;
    } catch (const DataFileError& e) {
        EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
    }
}

TEST(PolicyFile, StrictChecks) {
    expect_error("[indicator]\nbare = \">=\"\n", "mia.toml:2");
    expect_error("[indicator]\nbare = \">=\"\n", "«bare»");
    expect_error("[objective]\naggregate = \"median\"\n", "ammessi: mean, weighted, auto");
    expect_error("colour = 1\n", "chiave sconosciuta «colour»");
    expect_error("[thresholds]\nraggiunto = \"alto\"\n", "deve essere un numero");
    expect_error("[thresholds]\nraggiunto = 50\nparzialmente = 60\n", "parzialmente");
    expect_error("[objective]\ndecimals = 42\n", "intero da 0 a 10");
    expect_error("[weights.areas]\nA = -1\n", "non negativo");
    expect_error("name = \n", "TOML non valido");
}

}  // namespace
}  // namespace pira
