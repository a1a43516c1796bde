#include "writers/canonical_writers.hpp"

#include <nlohmann/json.hpp>

#include <map>

#include "writers/csv_cell.hpp"

namespace pira {

std::map<std::string, std::string> canonical_values(const CheckedRow& r) {
    std::map<std::string, std::string> v;
    for (const auto& f : r.facts) v[f.field] = f.value;
    v["ente"] = r.ente;
    v["year"] = std::to_string(r.year);
    v["objective_code"] = r.objective_code;
    v["source_ref"] = r.source_ref;
    return v;
}

void write_canonical_csv(std::ostream& out, const std::vector<std::string>& columns,
                         const CheckedTable& table) {
    for (std::size_t i = 0; i < columns.size(); ++i) out << (i ? "," : "") << columns[i];
    out << '\n';
    for (const auto& row : table.rows) {
        const auto v = canonical_values(row);
        for (std::size_t i = 0; i < columns.size(); ++i) {
            auto it = v.find(columns[i]);
            out << (i ? "," : "") << csv_cell(it == v.end() ? std::string() : it->second);
        }
        out << '\n';
    }
}

void write_canonical_jsonl(std::ostream& out, const std::vector<std::string>& columns,
                           const CheckedTable& table) {
    for (const auto& row : table.rows) {
        const auto v = canonical_values(row);
        nlohmann::ordered_json j;
        for (const auto& c : columns) {
            auto it = v.find(c);
            j[c] = it == v.end() ? std::string() : it->second;
        }
        out << j.dump() << '\n';
    }
}

}  // namespace pira
