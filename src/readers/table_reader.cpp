#include "readers/table_reader.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "readers/csv_reader.hpp"
#include "readers/file_bytes.hpp"
#include "readers/jsonl_reader.hpp"

namespace pira {

std::optional<CanonicalTable> read_table_file(const std::string& path, const ReaderLimits& limits,
                                              Diagnostics& diags) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const bool csv = ext == ".csv" || ext == ".tsv" || ext == ".txt";
    const bool jsonl = ext == ".jsonl" || ext == ".ndjson";
    if (!csv && !jsonl) {
        diags.error(Errc::format_unsupported, Place{path}, ext,
                    "pira score legge tabelle canoniche .csv o .jsonl",
                    "per PDF e fogli di calcolo usare prima «pira extract»");
        return std::nullopt;
    }
    auto bytes = read_file_bytes(path, limits, diags);
    if (!bytes) return std::nullopt;
    const std::string text = to_utf8_text(std::move(*bytes), path, diags);
    return csv ? read_csv_table(text, path, limits, diags)
               : read_jsonl_table(text, path, limits, diags);
}

}  // namespace pira
