// Missing markers, booleans, units and tipologie: the vocabularies of mappings/.
#include <gtest/gtest.h>

#include "common/toml_check.hpp"
#include "normalise/target.hpp"
#include "normalise/value.hpp"
#include "normalise/vocabulary.hpp"

namespace pira {
namespace {

const Vocabulary& vocab() {
    return Vocabulary::standard();
}

TEST(Markers, MissingForms) {
    for (const char* m : {"n.d.", "N.D.", "N/D", "nd", "ND", "-", "valore non ancora disponibile",
                          "Valore non ancora disponibile"}) {
        EXPECT_TRUE(vocab().is_missing(m)) << m;
        auto v = parse_value(m);
        ASSERT_TRUE(v.ok()) << m;
        EXPECT_TRUE(std::holds_alternative<Missing>(*v)) << m;
    }
    EXPECT_FALSE(vocab().is_missing("0"));
}

TEST(Markers, Booleans) {
    for (const char* yes : {"si", "sì", "SI", "Sì", "si'", "realizzato", "realizzazione"}) {
        ASSERT_TRUE(vocab().boolean(yes).has_value()) << yes;
        EXPECT_TRUE(*vocab().boolean(yes)) << yes;
    }
    for (const char* no : {"no", "NO", "non realizzato"}) {
        ASSERT_TRUE(vocab().boolean(no).has_value()) << no;
        EXPECT_FALSE(*vocab().boolean(no)) << no;
    }
    EXPECT_FALSE(vocab().boolean("forse").has_value());
}

TEST(Units, EveryUnitOfDomainMd) {
    struct U {
        const char* text;
        const char* id;
    };
    for (const U& u :
         {U{"%", "%"}, U{"n.", "n."}, U{"N.", "n."}, U{"N", "n."},
          U{"numero in valore assoluto", "n."}, U{"gg", "gg"}, U{"giorni", "gg"}, U{"h", "h"},
          U{"ore", "h"}, U{"fte", "fte"}, U{"FTE", "fte"}, U{"€", "€"}, U{"Euro", "€"},
          U{"si/no", "si/no"}, U{"data", "data"}, U{"Percentuale", "%"}}) {
        const Unit* found = vocab().unit(u.text);
        ASSERT_NE(found, nullptr) << u.text;
        EXPECT_EQ(found->id, u.id) << u.text;
    }
    EXPECT_EQ(vocab().unit("pezzi"), nullptr);
}

TEST(Types, CurrentAndLegacyTipologie) {
    EXPECT_EQ(vocab().type("efficacia"), "Efficacia");
    EXPECT_EQ(vocab().type("EFFICIENZA"), "Efficienza");
    EXPECT_EQ(vocab().type("Qualita"), "Qualità");
    EXPECT_EQ(vocab().type("Qualità"), "Qualità");
    EXPECT_EQ(vocab().type("Salute economica"), "Salute economica");
    EXPECT_EQ(vocab().type("Realizzazione fisica"), "Realizzazione fisica");
    EXPECT_EQ(vocab().type("Realizzazione finanziaria"), "Realizzazione finanziaria");
    EXPECT_EQ(vocab().type("Output"), "Output");
    EXPECT_FALSE(vocab().type("Fantasia").has_value());
    // A word broken by a narrow cell reads with a space inside it.
    EXPECT_EQ(vocab().type("Indicator e di qualità erogata"), "Qualità");
    ASSERT_NE(vocab().unit("Percentual e"), nullptr);
    EXPECT_EQ(vocab().unit("Percentual e")->id, "%");
}

TEST(Values, ActualsOfEveryKind) {
    EXPECT_EQ(machine(*parse_value("61,19 %")), "61.19%");
    EXPECT_EQ(machine(*parse_value("09-04-2025")), "2025-04-09");
    EXPECT_EQ(machine(*parse_value("sì")), "si");
    EXPECT_EQ(machine(*parse_value("N/D")), "");
    // A footnote marker or a note in brackets after the value is not the value.
    EXPECT_EQ(machine(*parse_value("16% ¹")), "16%");
    EXPECT_EQ(machine(*parse_value("76,07% (194/255)")), "76.07%");
    EXPECT_EQ(machine(*parse_value("0,024 (n. 1 contenzioso su n. 41 dipendenti)")), "0.024");
    EXPECT_EQ(machine(*parse_value("N.D. ²")), "");
    EXPECT_FALSE(parse_value("(194/255)").ok());
    auto text = parse_value("in corso");
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().code, Errc::value_unrecognised);
    // A share done: "8 su 8" of Prato's schede is 1, "4 su 8" is 0,5.
    EXPECT_EQ(machine(*parse_value("8 su 8")), "1");
    EXPECT_EQ(machine(*parse_value("4 su 8")), "0.5");
    EXPECT_FALSE(parse_value("4 su 0").ok());
    EXPECT_FALSE(parse_value("4 su").ok());
    // Words are an actual only when the target is words too ("buono" against "buono").
    EXPECT_FALSE(parse_value("buono").ok());
    EXPECT_FALSE(parse_actual("buono", false).ok());
    ASSERT_TRUE(parse_actual("buono", true).ok());
    EXPECT_EQ(machine(*parse_actual("buono", true)), "buono");
    EXPECT_EQ(kind_name(*parse_actual("buono", true)), "testo");
    EXPECT_FALSE(parse_actual("12 circa", true).ok());  // digits that are not a value
    EXPECT_TRUE(target_in_words("buono"));
    EXPECT_FALSE(target_in_words(">= 5 N."));
}

TEST(VocabularyFiles, UnknownKeyNamesFileLineAndKey) {
    const char* units =
        "[[unit]]\nid = \"%\"\nlabel = \"p\"\nkind = \"percent\"\nforms = []\ncolour = 1\n";
    try {
        Vocabulary::load(units, "", "", "");
        FAIL() << "expected a DataFileError";
    } catch (const DataFileError& e) {
        EXPECT_NE(std::string(e.what()).find("mappings/units.toml:6"), std::string::npos)
            << e.what();
        EXPECT_NE(std::string(e.what()).find("colour"), std::string::npos) << e.what();
    }
}

TEST(VocabularyFiles, BadKindIsRejected) {
    const char* units = "[[unit]]\nid = \"%\"\nlabel = \"p\"\nkind = \"weird\"\nforms = []\n";
    EXPECT_THROW(Vocabulary::load(units, "", "", ""), DataFileError);
}

}  // namespace
}  // namespace pira
