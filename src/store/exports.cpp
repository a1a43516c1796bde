#include "store/exports.hpp"

#include <nlohmann/json.hpp>

#include "common/text.hpp"

namespace pira {

const std::string& StoredIndicator::text(std::string_view field) const {
    static const std::string kNone;
    auto it = facts.find(field);
    return it == facts.end() ? kNone : it->second.text;
}

const std::string& StoredIndicator::value(std::string_view field) const {
    auto it = facts.find(field);
    if (it == facts.end() || it->second.value.empty()) return text(field);
    return it->second.value;
}

std::vector<StoredIndicator> indicators_of_year(Dataset& dataset, int year) {
    auto q = dataset.database().prepare(
        "SELECT i.id, i.stable_id, i.ente, i.objective_code, i.indicator_key, f.field, f.text, "
        "f.value FROM indicators i LEFT JOIN facts f ON f.indicator_id = i.id "
        "WHERE i.year = ?1 ORDER BY i.position, f.field");
    q.bind(1, std::int64_t{year});
    std::vector<StoredIndicator> out;
    while (q.step()) {
        if (out.empty() || out.back().id != q.integer(0)) {
            out.push_back({q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4), year, {}});
        }
        if (!q.is_null(5)) out.back().facts[q.text(5)] = StoredValue{q.text(6), q.text(7)};
    }
    return out;
}

std::vector<int> dataset_years(Dataset& dataset) {
    auto q = dataset.database().prepare("SELECT DISTINCT year FROM indicators ORDER BY year");
    std::vector<int> out;
    while (q.step()) out.push_back(static_cast<int>(q.integer(0)));
    return out;
}

std::string dataset_id(Dataset& dataset) {
    auto q = dataset.database().prepare("SELECT value FROM dataset_info WHERE key = 'dataset_id'");
    return q.step() ? q.text(0) : std::string();
}

void record_export(Dataset& dataset, ExportRecord& r) {
    Database& db = dataset.database();
    Transaction tx(db);
    auto add = db.prepare(
        "INSERT INTO exports (export_id, ente, year, mode, department, department_key, "
        "file_name, exported_at, signature) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    add.bind(1, r.export_id).bind(2, r.ente).bind(3, std::int64_t{r.year});
    add.bind(4, mode_name(r.mode)).bind(5, r.department).bind(6, fold(r.department));
    add.bind(7, r.file_name).bind(8, r.exported_at).bind(9, r.signature).run();
    r.id = db.last_insert_id();
    db.prepare(
          "UPDATE exports SET superseded_by = ?1 WHERE id <> ?1 AND superseded_by IS NULL "
          "AND department_key = ?2 AND mode = ?3")
        .bind(1, r.id)
        .bind(2, fold(r.department))
        .bind(3, mode_name(r.mode))
        .run();
    auto row = db.prepare(
        "INSERT INTO export_rows (export_id, indicator_id, sheet_row, row_hash, locked) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const auto& x : r.rows) {
        nlohmann::json locked = nlohmann::json::array();
        for (const auto& [header, text] : x.locked) locked.push_back({header, text});
        row.bind(1, r.id).bind(2, x.indicator_id).bind(3, std::int64_t(x.sheet_row));
        row.bind(4, x.hash).bind(5, locked.dump()).run();
        row.reset();
    }
    tx.commit();
}

std::optional<ExportRecord> find_export(Dataset& dataset, const std::string& export_id) {
    Database& db = dataset.database();
    auto q = db.prepare(
        "SELECT id, export_id, ente, department, file_name, exported_at, signature, year, mode, "
        "superseded_by FROM exports WHERE export_id = ?1");
    q.bind(1, export_id);
    if (!q.step()) return std::nullopt;
    ExportRecord r;
    r.id = q.integer(0);
    r.export_id = q.text(1);
    r.ente = q.text(2);
    r.department = q.text(3);
    r.file_name = q.text(4);
    r.exported_at = q.text(5);
    r.signature = q.text(6);
    r.year = static_cast<int>(q.integer(7));
    r.mode = parse_mode(q.text(8)).value_or(ExportMode::consuntivo);
    if (!q.is_null(9)) r.superseded_by = q.integer(9);
    auto rows = db.prepare(
        "SELECT e.indicator_id, i.stable_id, e.sheet_row, e.row_hash, e.locked "
        "FROM export_rows e JOIN indicators i ON i.id = e.indicator_id "
        "WHERE e.export_id = ?1 ORDER BY e.sheet_row");
    rows.bind(1, r.id);
    while (rows.step()) {
        ExportRowRecord x{rows.integer(0),
                          rows.text(1),
                          static_cast<std::size_t>(rows.integer(2)),
                          rows.text(3),
                          {}};
        for (const auto& pair : nlohmann::json::parse(rows.text(4))) {
            x.locked.emplace_back(pair.at(0).get<std::string>(), pair.at(1).get<std::string>());
        }
        r.rows.push_back(std::move(x));
    }
    return r;
}

void record_return(Database& db, const ReturnRecord& r) {
    auto add = db.prepare(
        "INSERT INTO returns (export_id, document_id, file_name, values_new, values_changed, "
        "values_empty, rows_added) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    add.bind(1, r.export_row).bind(2, r.document_id).bind(3, r.file_name);
    add.bind(4, std::int64_t(r.values_new)).bind(5, std::int64_t(r.values_changed));
    add.bind(6, std::int64_t(r.values_empty)).bind(7, std::int64_t(r.rows_added)).run();
}

std::vector<ExportStatus> export_status(Dataset& dataset, std::optional<int> year) {
    // The last export of each area and mode, with the last return of that export.
    auto q = dataset.database().prepare(
        "SELECT e.department, e.mode, e.exported_at, e.file_name, e.year, "
        "(SELECT COUNT(*) FROM export_rows r WHERE r.export_id = e.id), "
        "t.returned_at, t.file_name, t.values_new, t.values_changed, "
        "(SELECT COUNT(*) FROM returns x WHERE x.export_id = e.id) "
        "FROM exports e LEFT JOIN returns t ON t.id = "
        "(SELECT MAX(id) FROM returns x WHERE x.export_id = e.id) "
        "WHERE e.superseded_by IS NULL AND (?1 IS NULL OR e.year = ?1) "
        "ORDER BY e.year, e.mode, e.department_key");
    if (year) {
        q.bind(1, std::int64_t{*year});
    } else {
        q.bind_null(1);
    }
    std::vector<ExportStatus> out;
    while (q.step()) {
        ExportStatus s{q.text(0),
                       q.text(1),
                       q.text(2),
                       q.text(3),
                       static_cast<int>(q.integer(4)),
                       static_cast<std::size_t>(q.integer(5)),
                       std::nullopt,
                       std::nullopt,
                       0,
                       0,
                       0};
        if (!q.is_null(6)) {
            s.returned_at = q.text(6);
            s.returned_file = q.text(7);
            s.values_new = static_cast<std::size_t>(q.integer(8));
            s.values_changed = static_cast<std::size_t>(q.integer(9));
        }
        s.returns = static_cast<std::size_t>(q.integer(10));
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace pira
