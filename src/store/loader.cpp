#include "store/loader.hpp"

namespace pira {
namespace {

// What history keeps of a fact: all of it.
#define PIRA_FACT_COLUMNS                                                                     \
    "indicator_id, field, text, value, document_id, source_ref, kind, op, number, decimals, " \
    "unit"

struct CurrentFact {
    std::string text, value;
    std::int64_t document_id = 0;
};

std::int64_t last_position(Database& db) {
    auto q = db.prepare("SELECT COALESCE(MAX(position), 0) FROM indicators");
    q.step();
    return q.integer(0);
}

}  // namespace

Loader::Loader(Database& db, std::int64_t new_doc, std::optional<std::int64_t> old_doc,
               const LoadOptions& options)
    : db_(db),
      new_doc_(new_doc),
      old_doc_(old_doc),
      options_(options),
      next_position_(last_position(db) + 1),
      find_(db.prepare("SELECT id FROM indicators WHERE stable_id = ?1")),
      add_(db.prepare("INSERT INTO indicators (stable_id, ente, year, objective_code, "
                      "indicator_key, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")),
      get_(db.prepare("SELECT text, value, document_id FROM facts WHERE indicator_id = ?1 AND "
                      "field = ?2")),
      keep_(db.prepare("INSERT INTO history (" PIRA_FACT_COLUMNS
                       ", replaced_by_doc) SELECT " PIRA_FACT_COLUMNS
                       ", ?3 FROM facts WHERE indicator_id = ?1 AND field = ?2")),
      insert_(db.prepare("INSERT INTO facts (text, value, document_id, source_ref, indicator_id, "
                         "field, kind, op, number, decimals, unit) VALUES (?1, ?2, ?3, ?4, ?5, "
                         "?6, ?7, ?8, ?9, ?10, ?11)")),
      update_(db.prepare("UPDATE facts SET text = ?1, value = ?2, document_id = ?3, "
                         "source_ref = ?4, kind = ?7, op = ?8, number = ?9, decimals = ?10, "
                         "unit = ?11 WHERE indicator_id = ?5 AND field = ?6")) {}

void Loader::row(const CheckedRow& r, LoadReport& report) {
    const auto existing = find_indicator(r);
    if (!existing && options_.existing_only && options_.new_lines.count(r.line) == 0) {
        throw StoreError("riga " + std::to_string(r.line) +
                         ": indicatore non ritrovato nel dataset (" + r.indicator_key + ")");
    }
    const std::int64_t id = existing ? *existing : add_indicator(r);
    for (const Fact& f : r.facts) {
        if (existing && !options_.fields.empty() && options_.fields.count(f.field) == 0) continue;
        fact(id, !existing, r, f, report);
    }
}

void Loader::drop_leftovers(LoadReport& report) {
    if (!old_doc_) return;
    auto count = db_.prepare("SELECT COUNT(*) FROM facts WHERE document_id = ?1");
    count.bind(1, *old_doc_);
    count.step();
    report.values_dropped = static_cast<std::size_t>(count.integer(0));
    auto keep = db_.prepare("INSERT INTO history (" PIRA_FACT_COLUMNS ") SELECT " PIRA_FACT_COLUMNS
                            " FROM facts WHERE document_id = ?1");
    keep.bind(1, *old_doc_).run();
    db_.prepare("DELETE FROM facts WHERE document_id = ?1").bind(1, *old_doc_).run();
    db_.prepare("UPDATE documents SET replaced_by = ?1 WHERE id = ?2")
        .bind(1, new_doc_)
        .bind(2, *old_doc_)
        .run();
}

std::optional<std::int64_t> Loader::find_indicator(const CheckedRow& r) {
    find_.bind(1, r.stable_id);
    std::optional<std::int64_t> id;
    if (find_.step()) id = find_.integer(0);
    find_.reset();
    return id;
}

std::int64_t Loader::add_indicator(const CheckedRow& r) {
    add_.bind(1, r.stable_id).bind(2, r.ente).bind(3, std::int64_t{r.year});
    add_.bind(4, r.objective_code).bind(5, r.indicator_key).bind(6, next_position_++).run();
    return db_.last_insert_id();
}

// `fresh`: the indicator was added by this load, so it has no value yet to compare with.
void Loader::fact(std::int64_t id, bool fresh, const CheckedRow& r, const Fact& f,
                  LoadReport& report) {
    const std::string& ref = f.source_ref.empty() ? r.source_ref : f.source_ref;
    std::optional<CurrentFact> current;
    if (!fresh) {
        get_.bind(1, id).bind(2, f.field);
        if (get_.step()) current = CurrentFact{get_.text(0), get_.text(1), get_.integer(2)};
        get_.reset();
    }
    if (current && current->value == f.value) {
        // The same value, perhaps written another way ("20%" in a workbook, "20,00%" in a
        // CSV): not a change. Only a replaced document hands its provenance (and its writing)
        // to its new version.
        if (old_doc_ && current->document_id == *old_doc_) set(id, f, ref, false);
        return;
    }
    if (current) {
        keep_.bind(1, id).bind(2, f.field).bind(3, new_doc_).run();
        ++report.values_changed;
    } else {
        ++report.values_new;
    }
    if (options_.changes) {
        report.changes.push_back(
            {r.stable_id, f.field, f.text, ref,
             current ? std::optional<std::string>(current->text) : std::nullopt});
    }
    set(id, f, ref, !current);
}

void Loader::set(std::int64_t id, const Fact& f, const std::string& ref, bool insert) {
    Statement& s = insert ? insert_ : update_;
    s.bind(1, f.text).bind(2, f.value).bind(3, new_doc_).bind(4, ref).bind(5, id);
    s.bind(6, f.field);
    const TypedValue& t = f.typed;
    if (t.kind.empty()) {
        for (int i = 7; i <= 11; ++i) s.bind_null(i);
    } else {
        s.bind(7, t.kind).bind(8, t.op).bind(10, std::int64_t{t.decimals}).bind(11, t.unit);
        if (t.number) {
            s.bind(9, *t.number);
        } else {
            s.bind_null(9);
        }
    }
    s.run();
}

}  // namespace pira
