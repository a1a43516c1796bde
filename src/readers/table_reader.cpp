#include "readers/table_reader.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "readers/csv_reader.hpp"
#include "readers/file_bytes.hpp"
#include "readers/jsonl_reader.hpp"
#include "readers/workbook.hpp"

namespace pira {

namespace {

bool is_jsonl(const std::string& path) {
    const std::string ext = lower_extension(path);
    return ext == ".jsonl" || ext == ".ndjson";
}

}  // namespace

bool is_table_file(const std::string& path, Diagnostics& diags) {
    const std::string ext = lower_extension(path);
    if (ext == ".csv" || ext == ".tsv" || ext == ".txt" || is_jsonl(path)) return true;
    if (is_workbook_file(path)) return true;
    diags.error(Errc::format_unsupported, Place{path}, ext,
                "si leggono tabelle canoniche .csv, .jsonl, .xlsx, .ods o .xls",
                "per PDF e fogli di calcolo usare prima «pira extract»");
    return false;
}

std::optional<CanonicalTable> read_table_bytes(const std::string& path, std::string bytes,
                                               const ReaderLimits& limits, Diagnostics& diags) {
    if (!is_jsonl(path)) return read_csv_bytes(std::move(bytes), path, limits, diags);
    if (!lines_within_limit(bytes, path, limits, diags)) return std::nullopt;
    return read_jsonl_table(to_utf8_text(std::move(bytes), path, diags), path, limits, diags);
}

std::optional<CanonicalTable> read_table_file(const std::string& path, const ReaderLimits& limits,
                                              Diagnostics& diags) {
    if (!is_table_file(path, diags)) return std::nullopt;
    if (is_workbook_file(path)) {
        auto wb = read_workbook(path, limits, diags);
        if (!wb) return std::nullopt;
        return canonical_table_from(*wb, diags);
    }
    auto bytes = read_file_bytes(path, limits, diags);
    if (!bytes) return std::nullopt;
    return read_table_bytes(path, std::move(*bytes), limits, diags);
}

}  // namespace pira
