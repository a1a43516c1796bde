// The dataset's current values as typed indicators, for `pira score --db` and `pira report`:
// each value comes back from the typed columns it was given when loaded (model/typed_value.hpp),
// its text kept for messages; nothing is parsed again.
#include <map>

#include "model/typed_value.hpp"
#include "store/dataset.hpp"

namespace pira {
namespace {

struct StoredFact {
    std::string text, value, source_ref;
    TypedValue typed;
    bool typed_null = true;  // loaded by a pira without typed columns, or written by hand
};

struct StoredRow {
    std::string ente, objective_code, source_ref;
    int year = 0;
    std::map<std::string, StoredFact, std::less<>> facts;

    const StoredFact* fact(std::string_view field) const {
        auto it = facts.find(field);
        return it == facts.end() ? nullptr : &it->second;
    }
    std::string text(std::string_view field) const {
        const StoredFact* f = fact(field);
        return f == nullptr ? std::string() : f->text;
    }
    // The form the tree and the vocabularies give (a legacy area under its Pistoia-Prato
    // name, a unit under its id, a code repaired).
    std::string value(std::string_view field) const {
        const StoredFact* f = fact(field);
        return f == nullptr ? std::string() : f->value;
    }
};

void untyped(const SourceCell& cell, std::string_view field, Diagnostics& diags) {
    diags.error(Errc::dataset_value_untyped, cell.place, cell.text, "campo " + std::string(field),
                "ricaricare il documento con «pira import»");
}

std::optional<Value> value_from(const StoredFact& f) {
    if (f.typed_null) return std::nullopt;
    return value_of(f.typed, f.value);
}

Indicator indicator_of(const StoredRow& row, const std::string& file,
                       const IndicatorSelection& selection, Diagnostics& diags) {
    Indicator ind;
    ind.place = Place{file, 0, 1};
    ind.source_ref = row.source_ref;
    ind.year = row.year;
    ind.ente = row.ente;
    ind.document = row.text("document");
    ind.area = row.value("area");
    ind.strategic_objective = row.value("strategic_objective");
    ind.objective_code = row.objective_code;
    ind.objective_name = row.text("objective_name");
    ind.indicator_code = row.value("indicator_code");
    ind.indicator_name = row.text("indicator_name");
    ind.type = row.value("type");
    ind.unit = row.value("unit");
    const Place place{row.source_ref};
    if (const StoredFact* ow = row.fact("objective_weight")) {
        auto v = value_from(*ow);
        const auto* q = v ? std::get_if<Quantity>(&*v) : nullptr;
        if (q != nullptr) {
            ind.objective_weight = q->number.value;
        } else {
            untyped({ow->text, place}, "objective_weight", diags);
        }
    }
    const int year = selection.year ? *selection.year : row.year;
    const std::string target_name =
        row.text("target").empty() ? "target_" + std::to_string(year) : "target";
    const StoredFact* actual = row.fact("actual");
    const StoredFact* target = row.fact(target_name);
    const StoredFact* weight = row.fact("weight");
    ind.actual_cell = {actual != nullptr ? actual->text : std::string(), place};
    ind.target_cell = {target != nullptr ? target->text : std::string(), place};
    ind.weight_cell = {weight != nullptr ? weight->text : std::string(), place};
    if (actual == nullptr) {
        ind.actual = Missing{};  // not available: reported when scored
    } else if (auto v = value_from(*actual)) {
        ind.actual = std::move(*v);
    } else {
        untyped(ind.actual_cell, "actual", diags);
    }
    if (target == nullptr) {
        report_missing_target(ind, diags);
    } else if (auto t =
                   target->typed_null ? std::nullopt : target_of(target->typed, target->value)) {
        ind.target = std::move(*t);
    } else {
        untyped(ind.target_cell, target_name, diags);
    }
    if (weight == nullptr) {
        report_missing_weight(ind, diags);
    } else {
        auto v = value_from(*weight);
        if (const auto* q = v ? std::get_if<Quantity>(&*v) : nullptr) {
            ind.weight = checked_weight(*q, ind, diags);
        } else {
            untyped(ind.weight_cell, "weight", diags);
        }
    }
    return ind;
}

void bind_year(Statement& q, std::optional<int> year) {
    if (year) {
        q.bind(1, std::int64_t{*year});
    } else {
        q.bind_null(1);
    }
}

}  // namespace

std::vector<std::string> Dataset::fields(std::optional<int> year) {
    std::vector<std::string> out{"ente", "year", "objective_code", "source_ref"};
    auto q = db_.prepare(
        "SELECT DISTINCT f.field FROM facts f JOIN indicators i ON i.id = f.indicator_id "
        "WHERE ?1 IS NULL OR i.year = ?1 ORDER BY f.field");
    bind_year(q, year);
    while (q.step()) out.push_back(q.text(0));
    if (out.size() == 4) {  // no values: every column, so that what is reported is the year
        out.clear();
        for (auto c : canonical_columns()) out.emplace_back(c);
    }
    return out;
}

std::vector<Indicator> Dataset::indicators(const IndicatorSelection& selection,
                                           Diagnostics& diags) {
    auto q = db_.prepare(
        "SELECT i.id, i.ente, i.year, i.objective_code, f.field, f.text, f.source_ref, f.value, "
        "f.kind, f.op, f.number, f.decimals, f.unit "
        "FROM indicators i JOIN facts f ON f.indicator_id = i.id "
        "WHERE ?1 IS NULL OR i.year = ?1 ORDER BY i.position, f.field");
    bind_year(q, selection.year);
    std::vector<Indicator> out;
    StoredRow row;
    std::int64_t current = -1;
    auto flush = [&] {
        if (current != -1) out.push_back(indicator_of(row, path_, selection, diags));
    };
    while (q.step()) {
        if (q.integer(0) != current) {
            flush();
            current = q.integer(0);
            row = StoredRow{q.text(1), q.text(3), {}, static_cast<int>(q.integer(2)), {}};
        }
        StoredFact f;
        f.text = q.text(5);
        f.value = q.text(7);
        f.source_ref = q.text(6);
        f.typed_null = q.is_null(8);
        if (!f.typed_null) {
            f.typed.kind = q.text(8);
            f.typed.op = q.text(9);
            if (!q.is_null(10)) f.typed.number = q.real(10);
            f.typed.decimals = static_cast<int>(q.integer(11));
            f.typed.unit = q.text(12);
        }
        // The row's reference: where its actual came from, else its first value's.
        const std::string field = q.text(4);
        if (field == "actual" || row.source_ref.empty()) row.source_ref = f.source_ref;
        row.facts.emplace(field, std::move(f));
    }
    flush();
    return out;
}

}  // namespace pira
