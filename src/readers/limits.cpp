#include "readers/limits.hpp"

#include <charconv>

namespace pira {

const std::vector<LimitInfo>& limit_table() {
    using L = ReaderLimits;
    static const std::vector<LimitInfo> table{
        {"max_file_bytes", &L::max_file_bytes, "byte di un file letto"},
        {"max_rows", &L::max_rows, "righe di una tabella o di un foglio"},
        {"max_cell_bytes", &L::max_cell_bytes, "byte di testo in una cella"},
        {"max_line_bytes", &L::max_line_bytes, "byte di una riga di un CSV o JSON lines"},
        {"max_pdf_pages", &L::max_pdf_pages, "pagine di un PDF"},
        {"max_pdf_words", &L::max_pdf_words, "parole di un PDF"},
        {"max_zip_entries", &L::max_zip_entries, "parti di un archivio zip (xlsx, ods)"},
        {"max_entry_bytes", &L::max_entry_bytes, "byte di una parte, decompressa"},
        {"max_total_bytes", &L::max_total_bytes, "byte di tutte le parti lette, decompresse"},
        {"max_ratio", &L::max_ratio, "rapporto di compressione di una parte"},
        {"ratio_threshold_bytes", &L::ratio_threshold_bytes,
         "byte decompressi oltre i quali si controlla max_ratio"},
        {"max_xml_depth", &L::max_xml_depth, "livelli di elementi annidati in una parte XML"},
        {"max_sheets", &L::max_sheets, "fogli di una cartella di lavoro"},
        {"max_cells", &L::max_cells, "celle non vuote di una cartella di lavoro"},
        {"max_shared_strings", &L::max_shared_strings, "stringhe condivise di un xlsx"},
        {"max_grid_cells", &L::max_grid_cells, "righe x colonne di un foglio letto per intero"},
        {"max_xls_declared_cells", &L::max_xls_declared_cells,
         "celle dichiarate dai fogli di un .xls"},
    };
    return table;
}

std::string limit_names() {
    std::string out;
    for (const auto& l : limit_table()) {
        if (!out.empty()) out += ", ";
        out += l.name;
    }
    return out;
}

std::optional<std::uint64_t> parse_limit_value(std::string_view text) {
    std::uint64_t scale = 1;
    if (!text.empty()) {
        switch (text.back()) {
            case 'K':
            case 'k':
                scale = 1ull << 10;
                break;
            case 'M':
            case 'm':
                scale = 1ull << 20;
                break;
            case 'G':
            case 'g':
                scale = 1ull << 30;
                break;
            default:
                break;
        }
        if (scale != 1) text.remove_suffix(1);
    }
    std::uint64_t n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || n == 0)
        return std::nullopt;
    if (n > UINT64_MAX / scale) return std::nullopt;
    return n * scale;
}

namespace {

const LimitInfo* find_limit(std::string_view name) {
    for (const auto& l : limit_table()) {
        if (l.name == name) return &l;
    }
    return nullptr;
}

}  // namespace

std::optional<std::string> apply_limit(ReaderLimits& limits, std::string_view spec) {
    const auto eq = spec.find('=');
    if (eq == std::string_view::npos) {
        return "atteso NOME=VALORE (es. max_cells=10M), non «" + std::string(spec) +
               "»; limiti: " + limit_names();
    }
    const auto name = spec.substr(0, eq);
    const LimitInfo* info = find_limit(name);
    if (info == nullptr) {
        return "limite sconosciuto «" + std::string(name) + "»; limiti: " + limit_names();
    }
    const auto value = parse_limit_value(spec.substr(eq + 1));
    if (!value) {
        return "valore non valido per " + std::string(name) + ": «" +
               std::string(spec.substr(eq + 1)) +
               "» (atteso un numero intero positivo, con K, M o G facoltativi)";
    }
    limits.*(info->field) = *value;
    return std::nullopt;
}

std::uint64_t limit_value(const ReaderLimits& limits, std::string_view name) {
    const LimitInfo* info = find_limit(name);
    return info == nullptr ? 0 : limits.*(info->field);
}

std::string limit_refusal(const ReaderLimits& limits, std::string_view name) {
    const std::string n(name);
    return "supera il limite " + n + " = " + std::to_string(limit_value(limits, name)) +
           "; per alzarlo: --limit " + n + "=N";
}

}  // namespace pira
