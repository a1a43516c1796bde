// Field emission and tables without a header, each alone: a built row becomes a canonical row
// with its block's fields, the ente, a code from the profile's template and its source; rows
// are padded to later headers' columns and take the plan's year from the first target year; a
// headerless table's columns are where its first row's cells are.
#include <gtest/gtest.h>

#include "extraction/headerless_table.hpp"
#include "extraction/row_emission.hpp"

namespace pira {
namespace {

const char* kProfile = R"toml(
[profile]
id = "prova"
name = "Prova"
ente = "CCIAA Prova"
code_template = "PO{year}_{block}"
[detect]
phrases = ["Obiettivo"]
[[field]]
pattern = '^Obiettivo: (?P<objective_name>.+)$'
[[table]]
first_header = "Indicatore"
[[table.column]]
headers = ["Indicatore"]
column = "indicator_name"
[[table.column]]
headers = ["Target 2020"]
column = "target_2020"
)toml";

CanonicalTable empty_table(std::vector<std::string> columns) {
    CanonicalTable t;
    t.file = "piano.pdf";
    t.columns = std::move(columns);
    return t;
}

const std::string& text_of(const CanonicalTable& t, const TableRow& r, const char* col) {
    return t.field(r, col)->text;
}

TEST(RowEmission, ARowTakesItsBlockTheEnteTheTemplateCodeAndItsSource) {
    const Profile p = load_profile(kProfile, "prova.toml");
    BlockFields block;
    block.set(FieldHit{{{"objective_name", "Semplificare"}}});
    CanonicalTable out = empty_table({"ente", "objective_code", "objective_name", "indicator_name",
                                      "target_2020", "source_ref"});
    Row row;
    row.page = 7;
    row.cells = {{"indicator_name", "Pratiche evase"}, {"target_2020", ">= 80%"}};
    const std::map<std::string, std::string> sections;
    const std::vector<Column> columns;
    const std::string name_column = "indicator_name";
    Diagnostics diags;
    ASSERT_TRUE(emit_row(row, {p, "piano.pdf", block, sections, columns, name_column}, out, diags));
    ASSERT_EQ(out.rows.size(), 1u);
    const TableRow& r = out.rows[0];
    EXPECT_EQ(text_of(out, r, "ente"), "CCIAA Prova");
    EXPECT_EQ(text_of(out, r, "objective_code"), "PO2020_01");
    EXPECT_EQ(text_of(out, r, "objective_name"), "Semplificare");
    EXPECT_EQ(text_of(out, r, "target_2020"), ">= 80%");
    EXPECT_EQ(text_of(out, r, "source_ref"), "piano.pdf#page=7");
    EXPECT_EQ(r.page, 7u);
    EXPECT_EQ(r.line, 1u);  // the row in the extracted table
    EXPECT_TRUE(diags.items().empty());
}

TEST(RowEmission, ARowWithoutANameIsSaidNotKept) {
    const Profile p = load_profile(kProfile, "prova.toml");
    BlockFields block;
    CanonicalTable out = empty_table({"indicator_name", "target_2020"});
    Row row;
    row.page = 3;
    row.cells = {{"target_2020", "Nota: valori stimati"}};
    const std::map<std::string, std::string> sections;
    const std::vector<Column> columns;
    const std::string name_column = "indicator_name";
    Diagnostics diags;
    EXPECT_FALSE(
        emit_row(row, {p, "piano.pdf", block, sections, columns, name_column}, out, diags));
    EXPECT_TRUE(out.rows.empty());
    ASSERT_EQ(diags.items().size(), 1u);
    EXPECT_EQ(diags.items()[0].code, Errc::row_without_indicator);
    EXPECT_EQ(diags.items()[0].place.page, 3u);
    EXPECT_NE(diags.items()[0].value.find("valori stimati"), std::string::npos);
}

TEST(RowEmission, RowsArePaddedAndTakeThePlansFirstTargetYear) {
    CanonicalTable t = empty_table({"year", "indicator_name", "target_2022", "target_2021"});
    t.rows.push_back({1, {{""}, {"A"}}, 0, 4});
    t.rows.push_back({2, {{"2019"}, {"B"}, {"1"}, {"2"}}, 0, 5});
    pad_rows(t);
    ASSERT_EQ(t.rows[0].fields.size(), 4u);
    EXPECT_EQ(t.rows[0].fields[3].page, 4u);  // a padded cell keeps its row's place
    EXPECT_EQ(first_target_year(t), "2021");
    set_year_from_targets(t);
    EXPECT_EQ(t.rows[0].fields[0].text, "2021");
    EXPECT_EQ(t.rows[1].fields[0].text, "2019");  // a year a field gave stays
}

TEST(HeaderlessTable, ColumnsAreTheFirstRowsCellsAndAMissingNameSpansTheGap) {
    const char* toml = R"toml(
[profile]
id = "rel"
name = "Relazione"
[detect]
phrases = ["Peso"]
[[table]]
row_pattern = '^\d+,\d+%$'
[[table.column]]
column = "weight"
[[table.column]]
column = "indicator_name"
[[table.column]]
column = "target_2025"
)toml";
    const Profile p = load_profile(toml, "rel.toml");
    Line l;
    l.page = 1;
    l.spans.push_back({"25,00%", 10, 40, false, {}});
    l.spans.push_back({">= 80%", 200, 230, false, {}});
    const auto cols = headerless_columns(l, p.tables[0]);
    ASSERT_EQ(cols.size(), 3u);
    EXPECT_EQ(cols[0].name, "weight");
    EXPECT_EQ(cols[1].name, "indicator_name");
    EXPECT_DOUBLE_EQ(cols[1].x0, 41);
    EXPECT_DOUBLE_EQ(cols[1].x1, 199);
    EXPECT_DOUBLE_EQ(cols[2].x0, 200);
    const std::vector<Line> lines{l};
    HeaderModel model(lines, p, p.tolerances);
    EXPECT_EQ(headerless_start(lines, 0, p.tables[0], p, model), std::optional<std::size_t>(0));
}

}  // namespace
}  // namespace pira
