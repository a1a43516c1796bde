// Legacy .xls (BIFF) through libfreexl.
#include <freexl.h>

#include "readers/workbook_internal.hpp"

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

}  // namespace

std::optional<Workbook> read_xls_workbook(const std::string& path, const ReaderLimits& limits,
                                          Diagnostics& diags) {
    XlsHandle xls;
    if (freexl_open(path.c_str(), xls.out()) != FREEXL_OK) {
        diags.error(Errc::file_unreadable, Place{path}, {}, "file .xls non valido o cifrato");
        return std::nullopt;
    }
    unsigned int sheets = 0;
    freexl_get_info(xls.get(), FREEXL_BIFF_SHEET_COUNT, &sheets);
    Workbook wb;
    wb.file = path;
    bool fractions = false;
    for (unsigned short s = 0; s < sheets; ++s) {
        WorkbookSheet out;
        const char* name = nullptr;
        if (freexl_get_worksheet_name(xls.get(), s, &name) == FREEXL_OK && name != nullptr)
            out.name = name;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_select_active_worksheet(xls.get(), s) != FREEXL_OK ||
            freexl_worksheet_dimensions(xls.get(), &rows, &columns) != FREEXL_OK) {
            diags.error(Errc::file_unreadable, Place{path}, out.name, "foglio non leggibile");
            return std::nullopt;
        }
        if (rows > limits.max_rows) {
            diags.error(Errc::format_unsupported, Place{path}, out.name,
                        "più di " + std::to_string(limits.max_rows) + " righe");
            return std::nullopt;
        }
        out.rows = rows;
        out.columns = columns;
        out.cells.resize(out.rows * out.columns);
        for (unsigned int r = 0; r < rows; ++r) {
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue v;
                if (freexl_get_cell_value(xls.get(), r, c, &v) != FREEXL_OK) continue;
                WorkbookCell& cell = out.cells[r * out.columns + c];
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
            }
        }
        wb.sheets.push_back(std::move(out));
    }
    if (fractions) {
        // libfreexl gives values without their number format: 0,2 shown as 20 % reads as 0,2.
        diags.warning(Errc::format_unsupported, Place{path}, ".xls",
                      "valori tra 0 e 1: nei .xls il formato percentuale non è leggibile",
                      "se sono percentuali, salvare il file come .xlsx");
    }
    return wb;
}

}  // namespace pira
