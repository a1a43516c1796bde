#include "readers/jsonl_reader.hpp"

#include <nlohmann/json.hpp>

#include "common/text.hpp"
#include "normalise/number.hpp"

namespace pira {
namespace {

std::string cell_text(const nlohmann::json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_null()) return {};
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    if (v.is_number()) return machine_form(v.get<double>(), 10);
    if (v.is_boolean()) return v.get<bool>() ? "si" : "no";
    return v.dump();
}

}  // namespace

std::optional<CanonicalTable> read_jsonl_table(std::string_view text, const std::string& file,
                                               const ReaderLimits& limits, Diagnostics& diags) {
    CanonicalTable table;
    table.file = file;
    std::vector<std::pair<std::size_t, nlohmann::ordered_json>> objects;
    std::size_t line = 0;
    for (const auto& raw : split(text, '\n')) {
        ++line;
        if (trim(raw).empty()) continue;
        if (objects.size() >= limits.max_rows) {
            diags.error(Errc::limit_exceeded, Place{file, line, 1}, {},
                        "più di " + std::to_string(limits.max_rows) +
                            " righe: " + limit_refusal(limits, "max_rows"));
            return std::nullopt;
        }
        auto obj = nlohmann::ordered_json::parse(raw, nullptr, false);
        if (obj.is_discarded() || !obj.is_object()) {
            diags.error(Errc::json_malformed, Place{file, line, 1}, std::string(raw.substr(0, 80)),
                        "ogni riga deve essere un oggetto JSON");
            return std::nullopt;
        }
        objects.emplace_back(line, std::move(obj));
    }
    if (objects.empty()) {
        diags.error(Errc::json_malformed, Place{file}, {}, "il file è vuoto");
        return std::nullopt;
    }
    // Columns: every key seen, in order of first appearance, checked like a CSV header.
    std::vector<Field> header;
    for (const auto& [l, obj] : objects) {
        for (const auto& [key, _] : obj.items()) {
            bool seen = std::any_of(header.begin(), header.end(),
                                    [&k = key](const Field& f) { return f.text == k; });
            if (!seen) header.push_back({key, l, 0});
        }
    }
    const std::vector<int> map = map_header(header, table, diags);
    for (const auto& [l, obj] : objects) {
        TableRow row;
        row.line = l;
        row.fields.assign(table.columns.size(), Field{{}, l, 0});
        for (std::size_t h = 0; h < header.size(); ++h) {
            if (map[h] < 0 || !obj.contains(header[h].text)) continue;
            row.fields[static_cast<std::size_t>(map[h])].text = cell_text(obj[header[h].text]);
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace pira
