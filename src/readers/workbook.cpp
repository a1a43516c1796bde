#include "readers/workbook.hpp"

#include <algorithm>
#include <cctype>
#include <exception>
#include <filesystem>

#include "normalise/number.hpp"
#include "readers/file_bytes.hpp"
#include "readers/workbook_internal.hpp"

namespace pira {

bool is_workbook_file(const std::string& path) {
    const std::string ext = lower_extension(path);
    return ext == ".xlsx" || ext == ".ods" || ext == ".xls";
}

std::optional<Workbook> read_workbook(const std::string& path, const ReaderLimits& limits,
                                      Diagnostics& diags) {
    if (!check_file_size(path, limits, diags)) return std::nullopt;
    const std::string ext = lower_extension(path);
    try {
        std::optional<Workbook> wb = ext == ".xls"
                                         ? read_xls_workbook(path, limits, diags)
                                         : read_orcus_workbook(path, ext == ".ods", limits, diags);
        if (wb && std::all_of(wb->sheets.begin(), wb->sheets.end(),
                              [](const WorkbookSheet& s) { return s.rows == 0; })) {
            // liborcus 0.17 reads nothing from xlsx files whose parts are named with absolute
            // paths (openpyxl writes them so); an empty result must not pass for an empty file.
            diags.error(Errc::file_unreadable, Place{path}, {},
                        "nessuna cella letta: il file è vuoto o scritto in una forma che la "
                        "libreria di lettura non riconosce",
                        "aprirlo e salvarlo di nuovo con Excel o LibreOffice");
            return std::nullopt;
        }
        return wb;
    } catch (const std::exception& e) {
        // liborcus's zip errors often carry no text; say what it means for the user.
        const std::string why = *e.what() != '\0' ? std::string(": ") + e.what() : std::string();
        diags.error(Errc::file_unreadable, Place{path}, {},
                    "file danneggiato o non è una cartella di lavoro" + why);
        return std::nullopt;
    }
}

std::string cell_text(const WorkbookCell& cell) {
    switch (cell.kind) {
        case WorkbookCell::Kind::empty:
            return {};
        case WorkbookCell::Kind::text:
        case WorkbookCell::Kind::date:
            return cell.text;
        case WorkbookCell::Kind::boolean:
            return cell.number != 0 ? "si" : "no";
        case WorkbookCell::Kind::number:
            return cell.percent ? machine_form(cell.number * 100.0, 8) + "%"
                                : machine_form(cell.number, 10);
    }
    return {};
}

std::string builtin_number_format(std::size_t id) {
    switch (id) {
        case 9:
            return "0%";
        case 10:
            return "0.00%";
        case 14:
            return "mm-dd-yy";
        case 15:
            return "d-mmm-yy";
        case 16:
            return "d-mmm";
        case 17:
            return "mmm-yy";
        case 22:
            return "m/d/yy h:mm";
        default:
            return {};
    }
}

bool is_date_format(const std::string& format) {
    bool quoted = false, bracket = false;
    for (char ch : format) {
        if (ch == '"') quoted = !quoted;
        if (quoted) continue;
        if (ch == '[') bracket = true;
        if (ch == ']') bracket = false;
        if (bracket) continue;
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (c == 'd' || c == 'y' || c == 'm') return format != "General";
    }
    return false;
}

void fill_merged(WorkbookSheet& sheet,
                 const std::function<MergeRange(std::size_t, std::size_t)>& range_at) {
    for (std::size_t r = 0; r < sheet.rows; ++r) {
        for (std::size_t c = 0; c < sheet.columns; ++c) {
            const MergeRange m = range_at(r, c);
            if (m.first_row != r || m.first_column != c) continue;
            if (m.last_row == r && m.last_column == c) continue;
            const WorkbookCell top_left = sheet.at(r, c);
            for (std::size_t rr = r; rr <= m.last_row && rr < sheet.rows; ++rr) {
                for (std::size_t cc = c; cc <= m.last_column && cc < sheet.columns; ++cc) {
                    sheet.cells[rr * sheet.columns + cc] = top_left;
                }
            }
        }
    }
}

}  // namespace pira
