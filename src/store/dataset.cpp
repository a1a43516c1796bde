#include "store/dataset.hpp"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#include "store/migrations.hpp"
#include "store/row_check.hpp"

namespace pira {
namespace {

struct CurrentFact {
    std::string text, value;
    std::int64_t document_id = 0;
};

class Loader {
  public:
    Loader(Database& db, std::int64_t new_doc, std::optional<std::int64_t> old_doc,
           const LoadOptions& options)
        : db_(db), new_doc_(new_doc), old_doc_(old_doc), options_(options) {}

    void row(const CheckedRow& r, LoadReport& report) {
        const auto existing = find_indicator(r);
        if (!existing && options_.existing_only && options_.new_lines.count(r.line) == 0) {
            throw StoreError("riga " + std::to_string(r.line) +
                             ": indicatore non ritrovato nel dataset (" + r.indicator_key + ")");
        }
        const std::int64_t id = existing ? *existing : add_indicator(r);
        for (const Fact& f : r.facts) {
            if (existing && !options_.fields.empty() && options_.fields.count(f.field) == 0) {
                continue;
            }
            fact(id, r.stable_id, f, f.source_ref.empty() ? r.source_ref : f.source_ref, report);
        }
    }

    // Values of the replaced document that its new version no longer has go to history.
    void drop_leftovers(LoadReport& report) {
        if (!old_doc_) return;
        auto count = db_.prepare("SELECT COUNT(*) FROM facts WHERE document_id = ?1");
        count.bind(1, *old_doc_);
        count.step();
        report.values_dropped = static_cast<std::size_t>(count.integer(0));
        auto keep = db_.prepare(
            "INSERT INTO history (indicator_id, field, text, value, document_id, source_ref) "
            "SELECT indicator_id, field, text, value, document_id, source_ref FROM facts "
            "WHERE document_id = ?1");
        keep.bind(1, *old_doc_).run();
        db_.prepare("DELETE FROM facts WHERE document_id = ?1").bind(1, *old_doc_).run();
        db_.prepare("UPDATE documents SET replaced_by = ?1 WHERE id = ?2")
            .bind(1, new_doc_)
            .bind(2, *old_doc_)
            .run();
    }

  private:
    std::optional<std::int64_t> find_indicator(const CheckedRow& r) {
        auto find = db_.prepare("SELECT id FROM indicators WHERE stable_id = ?1");
        find.bind(1, r.stable_id);
        if (find.step()) return find.integer(0);
        return std::nullopt;
    }

    std::int64_t add_indicator(const CheckedRow& r) {
        auto add = db_.prepare(
            "INSERT INTO indicators (stable_id, ente, year, objective_code, indicator_key, "
            "position) VALUES (?1, ?2, ?3, ?4, ?5, "
            "(SELECT COALESCE(MAX(position), 0) + 1 FROM indicators))");
        add.bind(1, r.stable_id).bind(2, r.ente).bind(3, std::int64_t{r.year});
        add.bind(4, r.objective_code).bind(5, r.indicator_key).run();
        return db_.last_insert_id();
    }

    void fact(std::int64_t id, const std::string& stable_id, const Fact& f, const std::string& ref,
              LoadReport& report) {
        auto get = db_.prepare(
            "SELECT text, value, document_id FROM facts WHERE indicator_id = ?1 AND field = ?2");
        get.bind(1, id).bind(2, f.field);
        std::optional<CurrentFact> current;
        if (get.step()) current = CurrentFact{get.text(0), get.text(1), get.integer(2)};
        if (current && current->value == f.value) {
            // The same value, perhaps written another way ("20%" in a workbook, "20,00%" in
            // a CSV): not a change. Only a replaced document hands its provenance (and its
            // writing) to its new version.
            if (old_doc_ && current->document_id == *old_doc_) set(id, f, ref, "UPDATE");
            return;
        }
        if (current) {
            auto keep = db_.prepare(
                "INSERT INTO history (indicator_id, field, text, value, document_id, source_ref, "
                "replaced_by_doc) SELECT indicator_id, field, text, value, document_id, "
                "source_ref, ?3 FROM facts WHERE indicator_id = ?1 AND field = ?2");
            keep.bind(1, id).bind(2, f.field).bind(3, new_doc_).run();
            ++report.values_changed;
        } else {
            ++report.values_new;
        }
        if (options_.changes) {
            report.changes.push_back(
                {stable_id, f.field, f.text, ref,
                 current ? std::optional<std::string>(current->text) : std::nullopt});
        }
        set(id, f, ref, current ? "UPDATE" : "INSERT");
    }

    void set(std::int64_t id, const Fact& f, const std::string& ref, std::string_view how) {
        auto s = db_.prepare(how == "INSERT"
                                 ? "INSERT INTO facts (text, value, document_id, source_ref, "
                                   "indicator_id, field) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                                 : "UPDATE facts SET text = ?1, value = ?2, document_id = ?3, "
                                   "source_ref = ?4 WHERE indicator_id = ?5 AND field = ?6");
        s.bind(1, f.text).bind(2, f.value).bind(3, new_doc_).bind(4, ref).bind(5, id);
        s.bind(6, f.field).run();
    }

    Database& db_;
    std::int64_t new_doc_;
    std::optional<std::int64_t> old_doc_;
    const LoadOptions& options_;
};

std::optional<std::int64_t> previous_version(Database& db, const CheckedTable& t) {
    auto q = db.prepare(
        "SELECT id FROM documents WHERE ente = ?1 AND title = ?2 AND year IS ?3 "
        "AND replaced_by IS NULL ORDER BY id DESC LIMIT 1");
    q.bind(1, t.ente).bind(2, t.title);
    if (t.year) {
        q.bind(3, std::int64_t{*t.year});
    } else {
        q.bind_null(3);
    }
    if (q.step()) return q.integer(0);
    return std::nullopt;
}

// The dataset's table has the columns its documents gave values to, as the files loaded had: a
// plan without `actual` or a table without `weight` is scored from the dataset as from its file
// (the column is missing), not as if every row had left it empty. Identity columns stay, and
// with no rows every column stays (the year is reported as missing, not its columns).
void drop_empty_columns(CanonicalTable& t) {
    if (t.rows.empty()) return;
    static const std::set<std::string, std::less<>> kIdentity{"ente", "year", "objective_code",
                                                              "source_ref"};
    std::vector<bool> keep(t.columns.size(), false);
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        keep[c] = kIdentity.count(t.columns[c]) != 0;
        for (std::size_t r = 0; r < t.rows.size() && !keep[c]; ++r) {
            keep[c] = !t.rows[r].fields[c].text.empty();
        }
    }
    std::vector<std::string> columns;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        if (keep[c]) columns.push_back(std::move(t.columns[c]));
    }
    for (auto& row : t.rows) {
        std::vector<Field> fields;
        for (std::size_t c = 0; c < keep.size(); ++c) {
            if (keep[c]) fields.push_back(std::move(row.fields[c]));
        }
        row.fields = std::move(fields);
    }
    t.columns = std::move(columns);
}

}  // namespace

std::string dataset_path(const std::string& option) {
    if (!option.empty()) return option;
    if (const char* env = std::getenv("PIRA_DB"); env != nullptr && *env != '\0') return env;
    return "pira.db";
}

Dataset::Dataset(const std::string& path) : path_(path), db_(path) {
    migrate(db_, kSchemaVersion);
}

int Dataset::schema_version() {
    auto s = db_.prepare("PRAGMA user_version");
    s.step();
    return static_cast<int>(s.integer(0));
}

std::optional<LoadReport> Dataset::load(const CanonicalTable& table, const std::string& sha256,
                                        const std::string& kind, Diagnostics& diags,
                                        const LoadOptions& options) {
    LoadReport report;
    {
        auto same = db_.prepare("SELECT id FROM documents WHERE sha256 = ?1");
        same.bind(1, sha256);
        if (same.step()) {
            report.outcome = LoadReport::Outcome::unchanged;
            report.document_id = same.integer(0);
            return report;
        }
    }
    auto checked = check_rows(table, diags, options.cell_sources);
    if (!checked) return std::nullopt;

    Transaction tx(db_);
    const auto old_doc = previous_version(db_, *checked);
    auto add = db_.prepare(
        "INSERT INTO documents (file_name, sha256, kind, ente, title, year) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    add.bind(1, std::filesystem::path(table.file).filename().string()).bind(2, sha256);
    add.bind(3, kind).bind(4, checked->ente).bind(5, checked->title);
    if (checked->year) {
        add.bind(6, std::int64_t{*checked->year});
    } else {
        add.bind_null(6);
    }
    add.run();
    report.document_id = db_.last_insert_id();
    report.outcome = old_doc ? LoadReport::Outcome::replaced : LoadReport::Outcome::loaded;
    Loader loader(db_, report.document_id, old_doc, options);
    for (const auto& row : checked->rows) loader.row(row, report);
    loader.drop_leftovers(report);
    report.rows = checked->rows.size();
    if (options.within) options.within(db_, report);
    tx.commit();
    return report;
}

CanonicalTable Dataset::table(std::optional<int> year) {
    CanonicalTable t;
    t.file = path_;
    for (auto c : canonical_columns()) t.columns.emplace_back(c);
    auto years = db_.prepare(
        "SELECT DISTINCT field FROM facts WHERE field LIKE 'target\\_____' ESCAPE '\\' "
        "ORDER BY field");
    while (years.step()) t.columns.push_back(years.text(0));

    // Where the tree and the vocabularies give a value its normalised form (a legacy area under
    // its Pistoia-Prato name, a unit under its id), the table shows that; values that scoring
    // parses again (targets, actual, weights) are shown as written.
    static const std::set<std::string, std::less<>> kNormalised{
        "area", "strategic_objective", "mission", "programme", "type", "unit", "indicator_code"};
    auto q = db_.prepare(
        "SELECT i.id, i.ente, i.year, i.objective_code, f.field, f.text, f.source_ref, f.value "
        "FROM indicators i JOIN facts f ON f.indicator_id = i.id "
        "WHERE ?1 IS NULL OR i.year = ?1 ORDER BY i.position, f.field");
    if (year) {
        q.bind(1, std::int64_t{*year});
    } else {
        q.bind_null(1);
    }
    std::int64_t current = -1;
    auto set = [&](std::string_view column, const std::string& text) {
        if (auto i = t.column(column)) t.rows.back().fields[*i].text = text;
    };
    while (q.step()) {
        if (q.integer(0) != current) {
            current = q.integer(0);
            t.rows.push_back(TableRow{0, std::vector<Field>(t.columns.size())});
            set("ente", q.text(1));
            set("year", std::to_string(q.integer(2)));
            set("objective_code", q.text(3));
        }
        const std::string field = q.text(4);
        set(field, kNormalised.count(field) != 0 ? q.text(7) : q.text(5));
        // The row's reference: where its actual came from, else its first value's.
        if (q.text(4) == "actual" || t.rows.back().fields[*t.column("source_ref")].text.empty()) {
            set("source_ref", q.text(6));
        }
    }
    drop_empty_columns(t);
    return t;
}

std::vector<DocumentInfo> Dataset::documents() {
    std::vector<DocumentInfo> out;
    auto q = db_.prepare(
        "SELECT id, file_name, sha256, kind, ente, title, year, loaded_at, replaced_by "
        "FROM documents ORDER BY id");
    while (q.step()) {
        DocumentInfo d{q.integer(0), q.text(1), q.text(2),    q.text(3),   q.text(4),
                       q.text(5),    q.text(7), std::nullopt, std::nullopt};
        if (!q.is_null(6)) d.year = static_cast<int>(q.integer(6));
        if (!q.is_null(8)) d.replaced_by = q.integer(8);
        out.push_back(d);
    }
    return out;
}

}  // namespace pira
