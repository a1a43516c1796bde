// Legacy .xls (BIFF) through libfreexl, streamed cell by cell like the other formats: only the
// cells that hold something reach the visitor, so a sparse sheet costs what it holds, not the
// extent it declares.
#include <freexl.h>

#include "readers/workbook_internal.hpp"
#include "readers/xls_extent.hpp"

namespace pira {
namespace {

class XlsHandle {
  public:
    ~XlsHandle() {
        if (handle_ != nullptr) freexl_close(handle_);
    }
    const void** out() { return &handle_; }
    const void* get() const { return handle_; }

  private:
    const void* handle_ = nullptr;
};

void unreadable(Diagnostics& diags, const std::string& path) {
    diags.error(Errc::file_unreadable, Place{path}, {}, "file .xls non valido o cifrato");
}

// libfreexl allocates every declared cell of every sheet when it opens the file: the extent
// the file declares is bounded before it does (readers/xls_extent.hpp), and the lengths it
// trusts are checked; an encrypted file is refused before libfreexl parses its records.
bool declared_extent_ok(const std::string& path, const ReaderLimits& limits, Diagnostics& diags) {
    const auto extent = read_xls_extent(path);
    if (!extent || extent->encrypted) {
        unreadable(diags, path);
        return false;
    }
    if (!extent->damaged.empty()) {
        // libfreexl 1.0.6 would read past its buffers (readers/xls_strings.hpp).
        diags.error(Errc::file_unreadable, Place{path}, {},
                    "file .xls danneggiato, " + extent->damaged,
                    "aprire il file con Excel o LibreOffice e salvarlo di nuovo, meglio come "
                    ".xlsx");
        return false;
    }
    if (extent->declared_cells <= limits.max_xls_declared_cells) return true;
    diags.error(Errc::limit_exceeded, Place{path},
                std::to_string(extent->largest_rows) + " righe x " +
                    std::to_string(extent->largest_columns) + " colonne",
                "i fogli dichiarano " + std::to_string(extent->declared_cells) +
                    " celle: " + limit_refusal(limits, "max_xls_declared_cells"),
                "salvare il file come .xlsx (letto senza questo limite) o eliminare le celle "
                "lontane dalla tabella");
    return false;
}

// The cell at (r, c), empty when it holds nothing pira reads. `fractions`: a value between 0
// and 1 was seen.
WorkbookCell cell_at(const void* xls, unsigned r, unsigned short c, bool& fractions) {
    WorkbookCell cell;
    FreeXL_CellValue v;
    if (freexl_get_cell_value(xls, r, c, &v) != FREEXL_OK) return cell;
    switch (v.type) {
        case FREEXL_CELL_INT:
            cell.kind = WorkbookCell::Kind::number;
            cell.number = v.value.int_value;
            break;
        case FREEXL_CELL_DOUBLE:
            cell.kind = WorkbookCell::Kind::number;
            cell.number = v.value.double_value;
            fractions = fractions || (cell.number > 0 && cell.number < 1);
            break;
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
            cell.kind = WorkbookCell::Kind::text;
            cell.text = v.value.text_value;
            break;
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_DATETIME:
            cell.kind = WorkbookCell::Kind::date;
            cell.text = std::string(v.value.text_value).substr(0, 10);
            break;
        default:
            break;
    }
    return cell;
}

bool stream_sheet(const void* xls, unsigned short s, const std::string& path,
                  const ReaderLimits& limits, WorkbookVisitor& visitor, bool& fractions,
                  std::uint64_t& cells, Diagnostics& diags) {
    SheetInfo info;
    const char* name = nullptr;
    if (freexl_get_worksheet_name(xls, s, &name) == FREEXL_OK && name != nullptr) info.name = name;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(xls, s) != FREEXL_OK ||
        freexl_worksheet_dimensions(xls, &rows, &columns) != FREEXL_OK) {
        diags.error(Errc::file_unreadable, Place{path}, info.name, "foglio non leggibile");
        return false;
    }
    if (rows > limits.max_rows) {
        diags.error(Errc::limit_exceeded, Place{path}, info.name,
                    "troppe righe: " + limit_refusal(limits, "max_rows"));
        return false;
    }
    visitor.begin_sheet(info);
    for (unsigned int r = 0; r < rows; ++r) {
        for (unsigned short c = 0; c < columns; ++c) {
            const WorkbookCell cell = cell_at(xls, r, c, fractions);
            if (cell.kind == WorkbookCell::Kind::empty) continue;
            if (++cells > limits.max_cells) {
                diags.error(Errc::limit_exceeded, Place{path}, info.name,
                            "troppe celle non vuote: " + limit_refusal(limits, "max_cells"));
                return false;
            }
            visitor.cell({r, c, cell, cell.kind == WorkbookCell::Kind::date ? "date" : "", {}});
        }
    }
    visitor.end_sheet();
    return true;
}

}  // namespace

bool stream_xls(const std::string& path, const ReaderLimits& limits, WorkbookVisitor& visitor,
                Diagnostics& diags) {
    if (!declared_extent_ok(path, limits, diags)) return false;
    XlsHandle xls;
    if (freexl_open(path.c_str(), xls.out()) != FREEXL_OK) {
        unreadable(diags, path);
        return false;
    }
    unsigned int sheets = 0;
    freexl_get_info(xls.get(), FREEXL_BIFF_SHEET_COUNT, &sheets);
    if (sheets > limits.max_sheets) {
        diags.error(Errc::limit_exceeded, Place{path}, std::to_string(sheets) + " fogli",
                    "la cartella " + limit_refusal(limits, "max_sheets"));
        return false;
    }
    bool fractions = false;
    std::uint64_t cells = 0;  // non-empty, over every sheet, as .xlsx and .ods count them
    for (unsigned short s = 0; s < sheets; ++s) {
        if (!stream_sheet(xls.get(), s, path, limits, visitor, fractions, cells, diags))
            return false;
    }
    if (fractions) {
        // libfreexl gives values without their number format: 0,2 shown as 20 % reads as 0,2.
        diags.warning(Errc::format_unsupported, Place{path}, ".xls",
                      "valori tra 0 e 1: nei .xls il formato percentuale non è leggibile",
                      "se sono percentuali, salvare il file come .xlsx");
    }
    return true;
}

}  // namespace pira
