#include "writers/canonical_writers.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <string_view>
#include <unordered_map>
#include <vector>

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

// The CSV's rows as canonical_values() gives them (a later fact of a field over an earlier one,
// the identity over both), without a map per row: each value found by its column's index.
void write_canonical_csv(std::ostream& out, const std::vector<std::string>& columns,
                         const CheckedTable& table) {
    std::unordered_map<std::string_view, std::size_t> index;  // a column named twice: its first
    std::vector<std::size_t> slot;
    for (std::size_t i = 0; i < columns.size(); ++i)
        slot.push_back(index.emplace(columns[i], i).first->second);
    std::string line;
    for (std::size_t i = 0; i < columns.size(); ++i) line += (i ? "," : "") + columns[i];
    out << line << '\n';
    const std::string empty;
    std::vector<const std::string*> cells;
    for (const auto& row : table.rows) {
        cells.assign(columns.size(), &empty);
        auto put = [&](std::string_view field, const std::string& value) {
            if (auto it = index.find(field); it != index.end()) cells[it->second] = &value;
        };
        for (const auto& f : row.facts) put(f.field, f.value);
        const std::string year = std::to_string(row.year);
        put("ente", row.ente);
        put("year", year);
        put("objective_code", row.objective_code);
        put("source_ref", row.source_ref);
        line.clear();
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i != 0) line += ',';
            line += csv_cell(*cells[slot[i]]);
        }
        line += '\n';
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
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
