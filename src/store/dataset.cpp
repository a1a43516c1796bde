#include "store/dataset.hpp"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#include "store/loader.hpp"
#include "store/migrations.hpp"
#include "store/row_check.hpp"

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
    // A file is loaded in one transaction: with SQLite's default 2 MB page cache, a table of
    // 40,000 indicators (about 70 MB of pages) spills dirty pages to the file part way, again
    // and again. The cache grows only as a load needs it.
    db_.exec("PRAGMA cache_size = -131072");  // KiB: 128 MiB
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
