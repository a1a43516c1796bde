#include "store/dataset.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "store/loader.hpp"
#include "store/migrations.hpp"
#include "validation/row_check.hpp"

namespace pira {
namespace {

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

std::optional<std::int64_t> document_with(Database& db, const std::string& sha256) {
    auto same = db.prepare("SELECT id FROM documents WHERE sha256 = ?1");
    same.bind(1, sha256);
    if (same.step()) return same.integer(0);
    return std::nullopt;
}

// Schema 4 types every value once, when it is loaded; the values of datasets loaded before
// are typed here, from their text, by the rules a load applies (validation/row_check.hpp).
void type_older_values(Database& db) {
    auto q = db.prepare(
        "SELECT f.rowid, f.field, f.text, COALESCE((SELECT t.text FROM facts t WHERE "
        "t.indicator_id = f.indicator_id AND t.field IN ('target', 'target_' || i.year) "
        "ORDER BY t.field = 'target' DESC LIMIT 1), '') "
        "FROM facts f JOIN indicators i ON i.id = f.indicator_id WHERE f.kind IS NULL");
    auto set = db.prepare(
        "UPDATE facts SET kind = ?2, op = ?3, number = ?4, decimals = ?5, unit = ?6 "
        "WHERE rowid = ?1");
    struct Untyped {
        std::int64_t rowid;
        TypedValue typed;
    };
    std::vector<Untyped> found;  // all read before any is written: no update under the scan
    while (q.step()) {
        if (!is_value_column(q.text(1))) continue;
        auto typed = type_value(q.text(1), q.text(2), target_in_words(q.text(3)));
        // Loaded once, so it parsed then; if not now, it stays untyped and is reported if read.
        if (typed) found.push_back({q.integer(0), typed->typed});
    }
    for (const auto& [rowid, t] : found) {
        set.bind(1, rowid).bind(2, t.kind).bind(3, t.op);
        if (t.number) {
            set.bind(4, *t.number);
        } else {
            set.bind_null(4);
        }
        set.bind(5, std::int64_t{t.decimals}).bind(6, t.unit).run();
    }
}

}  // namespace

BusyWait announced_wait() {
    BusyWait w;
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(w.max_wait).count();
    w.on_wait = [minutes] {
        std::cerr << "pira: dataset occupato da un'altra importazione: attendo... (fino a "
                  << minutes << " minuti)" << std::endl;
    };
    return w;
}

std::string dataset_path(const std::string& option) {
    if (!option.empty()) return option;
    if (const char* env = std::getenv("PIRA_DB"); env != nullptr && *env != '\0') return env;
    return "pira.db";
}

Dataset::Dataset(const std::string& path, BusyWait wait) : path_(path), db_(path, std::move(wait)) {
    // A file is loaded in one transaction: with SQLite's default 2 MB page cache, a table of
    // 40,000 indicators (about 70 MB of pages) spills dirty pages to the file part way, again
    // and again. The cache grows only as a load needs it.
    db_.exec("PRAGMA cache_size = -131072");  // KiB: 128 MiB
    migrate(db_, kSchemaVersion, [](Database& db, int version) {
        if (version == 4) type_older_values(db);
    });
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
    if (const auto same = document_with(db_, sha256)) {
        report.outcome = LoadReport::Outcome::unchanged;
        report.document_id = *same;
        return report;
    }
    auto checked = check_rows(table, diags, options.cell_sources);
    if (!checked) return std::nullopt;
    return load(*checked, table.file, sha256, kind, options);
}

LoadReport Dataset::load(const CheckedTable& checked, const std::string& file,
                         const std::string& sha256, const std::string& kind,
                         const LoadOptions& options) {
    LoadReport report;
    Transaction tx(db_);
    // Looked for again under the write lock: the same file imported at the same time by
    // another run may have landed while this one waited for the lock.
    if (const auto same = document_with(db_, sha256)) {
        report.outcome = LoadReport::Outcome::unchanged;
        report.document_id = *same;
        return report;
    }
    const auto old_doc = previous_version(db_, checked);
    auto add = db_.prepare(
        "INSERT INTO documents (file_name, sha256, kind, ente, title, year) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    add.bind(1, std::filesystem::path(file).filename().string()).bind(2, sha256);
    add.bind(3, kind).bind(4, checked.ente).bind(5, checked.title);
    if (checked.year) {
        add.bind(6, std::int64_t{*checked.year});
    } else {
        add.bind_null(6);
    }
    add.run();
    report.document_id = db_.last_insert_id();
    report.outcome = old_doc ? LoadReport::Outcome::replaced : LoadReport::Outcome::loaded;
    Loader loader(db_, report.document_id, old_doc, options);
    for (const auto& row : checked.rows) loader.row(row, report);
    loader.drop_leftovers(report);
    report.rows = checked.rows.size();
    if (options.within) options.within(db_, report);
    tx.commit();
    return report;
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
