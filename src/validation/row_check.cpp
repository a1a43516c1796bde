#include "validation/row_check.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <map>
#include <set>

#include "common/sha256.hpp"
#include "common/text.hpp"
#include "common/workers.hpp"
#include "normalise/code.hpp"
#include "normalise/legacy.hpp"
#include "normalise/programme.hpp"
#include "normalise/quantity.hpp"
#include "normalise/target.hpp"
#include "normalise/value.hpp"
#include "normalise/vocabulary.hpp"

namespace pira {
namespace {

// Columns that identify a row rather than describe it; not stored as facts.
const std::set<std::string, std::less<>> kIdentity{"ente", "year", "objective_code", "source_ref"};

void error(Diagnostics& diags, const CanonicalTable& t, const Field& f, Errc code,
           const std::string& column, std::string detail = {}) {
    diags.error(code, t.place(f), f.text,
                "colonna " + column + (detail.empty() ? std::string() : "; " + detail));
}

bool has_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

TypedCell as_text(std::string_view text) {
    return {std::string(text), {"testo", {}, {}, 0, {}}};
}

// The machine form of one cell and its typed value, or nullopt after reporting why it has none.
// `words_allowed`: the row's target for its year is words, so an actual may be too.
std::optional<TypedCell> machine_value(const CanonicalTable& t, const std::string& column,
                                       const Field& f, bool words_allowed, Diagnostics& diags) {
    const std::string_view text = trim(f.text);
    if (is_value_column(column)) {
        auto r = type_value(column, text, words_allowed);
        if (r) return std::move(r.value());
        Field at = f;
        at.column += char_count(f.text, r.error().position);
        error(diags, t, at, r.error().code, column, r.error().detail);
        return std::nullopt;
    }
    if (column == "type" || column == "unit") {  // vocabularies of mappings/
        const Vocabulary& v = Vocabulary::standard();
        std::optional<std::string> id = column == "type" ? v.type(text) : std::nullopt;
        if (column == "unit") {
            if (const Unit* u = v.unit(text)) id = u->id;
        }
        if (id) return TypedCell{*id, {}};
        diags.warning(column == "type" ? Errc::type_unknown : Errc::unit_unknown, t.place(f),
                      f.text, "colonna " + column,
                      "valore conservato com'è: aggiungerlo in mappings/" +
                          std::string(column == "type" ? "types.toml" : "units.toml"));
        return TypedCell{std::string(text), {}};
    }
    if (column == "indicator_code") {
        auto r = parse_indicator_code(text);
        return TypedCell{r ? r->canonical : std::string(text), {}};
    }
    return TypedCell{std::string(text), {}};
}

Fact* fact_of(CheckedRow& row, std::string_view field) {
    for (auto& f : row.facts) {
        if (f.field == field) return &f;
    }
    return nullptr;
}

// Mission and programme to their three-digit codes (mappings/programmes.toml), 032.004 read as
// 032.003. Codes outside the table are kept as written and reported, never dropped.
void classify_mission(const CanonicalTable& t, const TableRow& row, CheckedRow& out,
                      Diagnostics& diags) {
    Fact* mission = fact_of(out, "mission");
    Fact* programme = fact_of(out, "programme");
    if (mission == nullptr) return;
    const Field* where = t.field(row, "mission");
    auto p = classify_programme(mission->text, programme != nullptr ? programme->text : "");
    if (!p) {
        diags.warning(
            Errc::programme_unknown, t.place(*where),
            mission->text + (programme != nullptr ? " / " + programme->text : std::string()),
            p.error().detail, "valore conservato com'è: aggiornare mappings/programmes.toml");
        return;
    }
    mission->value = p->mission;
    if (programme != nullptr) programme->value = p->programme;
    if (!p->note.empty()) {
        diags.warning(Errc::programme_remapped, t.place(*where), mission->text, p->note);
    }
}

// A legacy objective goes under its Pistoia-Prato area and strategic objective: the legacy
// names stay as written, the Pistoia-Prato ones become the values, with the mapping as source.
void place_legacy(const CanonicalTable& t, const TableRow& row, const std::string& family,
                  CheckedRow& out, Diagnostics& diags) {
    const Field* name = t.field(row, "objective_name");
    auto place = legacy_place(family, out.objective_code, name != nullptr ? name->text : "");
    if (!place) return;
    if (place->area.empty()) {
        diags.warning(Errc::legacy_unmapped, t.place(*t.field(row, "objective_code")),
                      out.objective_code, family, "aggiungere una voce in mappings/legacy.toml");
        return;
    }
    for (const auto& [field, value] : {std::pair<std::string, std::string>{"area", place->area},
                                       {"strategic_objective", place->strategic_objective}}) {
        if (Fact* f = fact_of(out, field)) {
            f->value = value;
        } else {
            out.facts.push_back({field, value, value, "mappings/" + place->rule});
        }
    }
}

// "file.xlsx#Indicatori!M5": the file without its folder, as source_ref writes it.
std::string cell_source(const CanonicalTable& t, const Field& f) {
    Place p = t.place(f);
    p.file = std::filesystem::path(p.file).filename().string();
    return p.source_ref();
}

std::optional<int> year_of(std::string_view s) {
    int y = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
    if (ec != std::errc() || p != s.data() + s.size() || y < 1900 || y > 2200) return std::nullopt;
    return y;
}

std::optional<CheckedRow> check_row(const CanonicalTable& t, const TableRow& row, bool cell_sources,
                                    Diagnostics& diags) {
    CheckedRow out;
    out.line = row.line;
    bool ok = true;
    auto cell = [&](std::string_view col) {
        const Field* f = t.field(row, col);
        return f == nullptr ? Field{{}, row.line, 0, row.sheet, row.page} : *f;
    };
    const Field ente = cell("ente"), year = cell("year"), code = cell("objective_code");
    out.ente = std::string(trim(ente.text));
    if (out.ente.empty()) {
        diags.error(Errc::column_missing, t.place(ente), {}, "ente", "indicare la camera");
        ok = false;
    }
    if (auto y = year_of(trim(year.text))) {
        out.year = *y;
    } else {
        diags.error(Errc::year_missing, t.place(year), year.text, "colonna year",
                    "scrivere l'anno a quattro cifre, es. 2025");
        ok = false;
    }
    std::string family;
    if (auto c = parse_objective_code(code.text)) {
        out.objective_code = c->canonical;
        family = c->family;
    } else {
        error(diags, t, code, c.error().code, "objective_code", c.error().detail);
        ok = false;
    }
    const Field* target = t.field(row, "target");
    if ((target == nullptr || trim(target->text).empty()) && out.year != 0) {
        target = t.field(row, "target_" + std::to_string(out.year));
    }
    const bool words = target != nullptr && target_in_words(target->text);
    // A row shorter than the header (a reader's bug, never the user's) has nothing more.
    const std::size_t cells = std::min(t.columns.size(), row.fields.size());
    auto is_fact = [&](std::size_t i) {
        return kIdentity.count(t.columns[i]) == 0 && !trim(row.fields[i].text).empty();
    };
    std::size_t facts = 2;  // a legacy mapping's area and strategic objective
    for (std::size_t i = 0; i < cells; ++i) facts += is_fact(i) ? 1 : 0;
    out.facts.reserve(facts);  // a Fact is seven strings: a plan's rows hold megabytes of them
    for (std::size_t i = 0; i < cells; ++i) {
        const std::string& column = t.columns[i];
        const Field& f = row.fields[i];
        if (!is_fact(i)) continue;
        auto value = machine_value(t, column, f, words, diags);
        if (!value) {
            ok = false;
            continue;
        }
        out.facts.push_back({column, std::string(trim(f.text)), std::move(value->machine),
                             cell_sources ? cell_source(t, f) : std::string(),
                             std::move(value->typed)});
    }
    classify_mission(t, row, out, diags);
    place_legacy(t, row, family, out, diags);
    for (const auto& fact : out.facts) {
        if (fact.field == "indicator_code") out.indicator_key = fact.value;
    }
    out.coded = !out.indicator_key.empty();
    if (!out.coded) out.indicator_key = fold(cell("indicator_name").text);
    if (out.indicator_key.empty()) {
        diags.error(Errc::column_missing, t.place(row), {}, "indicator_name",
                    "serve indicator_code o indicator_name");
        ok = false;
    }
    const std::string ref(trim(cell("source_ref").text));
    out.source_ref = ref.empty() ? std::filesystem::path(t.file).filename().string() +
                                       "#line=" + std::to_string(row.line)
                                 : ref;
    if (!ok) return std::nullopt;
    return out;
}

}  // namespace

Result<TypedCell> type_value(std::string_view column, std::string_view text, bool words_allowed) {
    text = trim(text);
    if (column == "target" || is_target_year_column(column)) {
        auto r = parse_target(text);
        if (!r) return r.error();
        return TypedCell{r->machine(), typed(*r)};
    }
    if (column == "actual") {
        auto r = parse_actual(text, words_allowed);
        if (!r) return r.error();
        return TypedCell{machine(*r), typed(*r)};
    }
    if (column == "weight" || column == "objective_weight" || column == "resources_eur") {
        auto r = parse_quantity(text);
        // "risorse interne": an objective without a budget of its own says so in words.
        if (!r && column == "resources_eur" && !has_digit(text)) return as_text(text);
        if (!r) return r.error();
        return TypedCell{r->number.machine, typed(Value{*r})};
    }
    // The baseline is often descriptive; a performance the document publishes ("29%") is kept
    // beside the one pira computes. Both stay as text when they are not a value.
    auto r = parse_value(text);
    if (!r) return as_text(text);
    return TypedCell{machine(*r), typed(*r)};
}

// What identifies an indicator: ente (folded), year, objective, indicator key.
std::string identity(const CheckedRow& r) {
    return fold(r.ente) + '\x1f' + std::to_string(r.year) + '\x1f' + r.objective_code + '\x1f' +
           r.indicator_key;
}

std::optional<CheckedTable> check_rows(const CanonicalTable& table, Diagnostics& diags,
                                       bool cell_sources, unsigned jobs) {
    // Each row alone first, with its own diagnostics: on a long plan this is most of what runs
    // after the pages are read, on one thread unless shared.
    struct Checked {
        std::optional<CheckedRow> row;
        Diagnostics diags;
    };
    std::vector<Checked> each(table.rows.size());
    for_each_index(table.rows.size(), jobs, [&](unsigned /*worker*/) -> IndexTask {
        return [&](std::size_t i) {
            each[i].row = check_row(table, table.rows[i], cell_sources, each[i].diags);
        };
    });
    CheckedTable out;
    bool ok = true;
    std::map<std::string, std::string> seen;  // identity -> where it was first (source_ref)
    std::set<std::string> titles, entes;
    std::set<int> years;
    out.rows.reserve(table.rows.size());
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const TableRow& row = table.rows[i];
        diags.append(each[i].diags);
        auto& r = each[i].row;
        if (!r) {
            ok = false;
            continue;
        }
        // Two uncoded indicators may share a name (seed 004 has two "Grado di utilizzo delle
        // risorse..." under B.1.4): the second becomes "<name> (2)", in file order.
        for (int n = 2; !r->coded && seen.count(identity(*r)) != 0; ++n) {
            if (n == 2) {
                diags.warning(Errc::indicator_same_name, table.place(row), r->indicator_key,
                              "già in " + seen[identity(*r)]);
            }
            r->indicator_key =
                fold(table.field(row, "indicator_name")->text) + " (" + std::to_string(n) + ")";
        }
        auto [it, fresh] = seen.emplace(identity(*r), r->source_ref);
        if (!fresh) {
            diags.error(Errc::indicator_duplicate, table.place(row), r->indicator_key,
                        "già in " + it->second);
            ok = false;
            continue;
        }
        r->stable_id = sha256_hex(identity(*r));
        const Field* doc = table.field(row, "document");
        titles.insert(doc == nullptr ? std::string() : std::string(trim(doc->text)));
        entes.insert(r->ente);
        years.insert(r->year);
        out.rows.push_back(std::move(*r));
    }
    if (table.rows.empty()) {
        diags.error(Errc::csv_malformed, Place{table.file}, {}, "nessuna riga da caricare");
        ok = false;
    }
    if (!ok) return std::nullopt;
    out.ente = entes.size() == 1 ? *entes.begin() : std::string("(più camere)");
    out.title = titles.size() == 1 && !titles.begin()->empty()
                    ? *titles.begin()
                    : std::filesystem::path(table.file).filename().string();
    if (years.size() == 1) out.year = *years.begin();
    return out;
}

}  // namespace pira
