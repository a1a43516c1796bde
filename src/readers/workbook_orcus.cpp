// .xlsx and .ods through liborcus's spreadsheet model.
#include <ixion/address.hpp>
#include <ixion/model_context.hpp>
#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/document.hpp>
#include <orcus/spreadsheet/factory.hpp>
#include <orcus/spreadsheet/sheet.hpp>
#include <orcus/spreadsheet/styles.hpp>
#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>

#include "readers/workbook_internal.hpp"

namespace pira {
namespace {

namespace ss = orcus::spreadsheet;

bool bold_font(const ss::document& doc, const ss::sheet& sheet, int row, int col) {
    const ss::styles& styles = doc.get_styles();
    const ss::cell_format_t* cf = styles.get_cell_format(sheet.get_cell_format(row, col));
    if (cf == nullptr) return false;
    const ss::font_t* font = styles.get_font(cf->font);
    return font != nullptr && font->bold;
}

// The format string of a cell. liborcus 0.17 stores number formats in a list whose entries
// carry the file's format id, so the id is matched rather than used as an index.
std::string number_format(const ss::document& doc, const ss::sheet& sheet, int row, int col) {
    const ss::styles& styles = doc.get_styles();
    const ss::cell_format_t* cf = styles.get_cell_format(sheet.get_cell_format(row, col));
    if (cf == nullptr) return {};
    for (std::size_t i = 0; i < styles.get_number_format_count(); ++i) {
        const ss::number_format_t* nf = styles.get_number_format(i);
        if (nf != nullptr && nf->identifier == cf->number_format)
            return std::string(nf->format_string);
    }
    return builtin_number_format(cf->number_format);
}

std::string iso_from_serial(const orcus::date_time_t& origin, double serial) {
    using namespace std::chrono;
    const sys_days base = year{origin.year} / origin.month / origin.day;
    const year_month_day d{base + days{static_cast<int>(std::floor(serial))}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}

// liborcus 0.17 reads ODS merged cells (covered cells) and percentage values wrongly: the
// former shift the rest of the row, the latter come back empty. Rather than load shifted or
// missing values, such files are refused with the way out.
std::string zip_entry(const std::string& path, std::string_view entry) {
    orcus::zip_archive_stream_fd stream(path.c_str());
    orcus::zip_archive archive(&stream);
    archive.load();
    std::vector<unsigned char> xml;
    if (!archive.read_file_entry(entry, xml)) return {};
    return std::string(xml.begin(), xml.end());
}

// liborcus 0.17 ignores the 1904 date system of an xlsx (Excel for Mac): its dates would come
// out four years and a day early. The flag is read here and the origin set accordingly.
bool uses_1904_dates(const std::string& path) {
    const std::string xml = zip_entry(path, "xl/workbook.xml");
    const auto at = xml.find("date1904=\"");
    if (at == std::string::npos) return false;
    const char v = xml[at + 10];
    return v == '1' || v == 't';
}

std::optional<std::string> ods_unsupported(const std::string& path) {
    const std::string text = zip_entry(path, "content.xml");
    if (text.find("table:covered-table-cell") != std::string_view::npos) return "celle unite";
    if (text.find("office:value-type=\"percentage\"") != std::string_view::npos) {
        return "percentuali";
    }
    return std::nullopt;
}

}  // namespace

std::optional<Workbook> read_orcus_workbook(const std::string& path, bool ods,
                                            const ReaderLimits& limits, Diagnostics& diags) {
    if (ods) {
        if (auto what = ods_unsupported(path)) {
            diags.error(Errc::format_unsupported, Place{path}, ".ods",
                        "il file contiene " + *what +
                            ", che la libreria di lettura ODS non legge "
                            "correttamente",
                        "salvare il file come .xlsx");
            return std::nullopt;
        }
    }
    ss::document doc({static_cast<ss::row_t>(limits.max_rows + 1), 16384});
    ss::import_factory factory(doc);
    if (ods) {
        orcus::orcus_ods loader(&factory);
        loader.read_file(path);
    } else {
        orcus::orcus_xlsx loader(&factory);
        loader.read_file(path);
    }
    const ixion::model_context& cxt = doc.get_model_context();
    orcus::date_time_t origin = doc.get_origin_date();
    if (!ods && uses_1904_dates(path)) origin = orcus::date_time_t(1904, 1, 1);
    Workbook wb;
    wb.file = path;
    for (std::size_t s = 0; s < doc.get_sheet_count(); ++s) {
        const ss::sheet* sheet = doc.get_sheet(static_cast<ss::sheet_t>(s));
        WorkbookSheet out;
        out.name = std::string(doc.get_sheet_name(static_cast<ss::sheet_t>(s)));
        const ixion::abs_range_t range = sheet->get_data_range();
        if (range.last.row >= 0 && range.last.column >= 0) {
            out.rows = static_cast<std::size_t>(range.last.row) + 1;
            out.columns = static_cast<std::size_t>(range.last.column) + 1;
        }
        if (out.rows > limits.max_rows) {
            diags.error(Errc::format_unsupported, Place{path}, out.name,
                        "più di " + std::to_string(limits.max_rows) + " righe");
            return std::nullopt;
        }
        out.cells.resize(out.rows * out.columns);
        for (std::size_t r = 0; r < out.rows; ++r) {
            for (std::size_t c = 0; c < out.columns; ++c) {
                const ixion::abs_address_t a(static_cast<ixion::sheet_t>(s),
                                             static_cast<ixion::row_t>(r),
                                             static_cast<ixion::col_t>(c));
                WorkbookCell& cell = out.cells[r * out.columns + c];
                cell.bold = bold_font(doc, *sheet, static_cast<int>(r), static_cast<int>(c));
                switch (cxt.get_celltype(a)) {
                    case ixion::celltype_t::string:
                        cell.kind = WorkbookCell::Kind::text;
                        cell.text = std::string(cxt.get_string_value(a));
                        break;
                    case ixion::celltype_t::boolean:
                        cell.kind = WorkbookCell::Kind::boolean;
                        cell.number = cxt.get_boolean_value(a) ? 1 : 0;
                        break;
                    case ixion::celltype_t::numeric: {
                        const double v = cxt.get_numeric_value(a);
                        const std::string format =
                            number_format(doc, *sheet, static_cast<int>(r), static_cast<int>(c));
                        if (is_date_format(format)) {
                            cell.kind = WorkbookCell::Kind::date;
                            cell.text = iso_from_serial(origin, v);
                        } else {
                            cell.kind = WorkbookCell::Kind::number;
                            cell.number = v;
                            cell.percent = format.find('%') != std::string::npos;
                        }
                        break;
                    }
                    default:
                        break;
                }
            }
        }
        fill_merged(out, [&](std::size_t r, std::size_t c) {
            const auto m =
                sheet->get_merge_cell_range(static_cast<ss::row_t>(r), static_cast<ss::col_t>(c));
            return MergeRange{
                static_cast<std::size_t>(m.first.row), static_cast<std::size_t>(m.first.column),
                static_cast<std::size_t>(m.last.row), static_cast<std::size_t>(m.last.column)};
        });
        wb.sheets.push_back(std::move(out));
    }
    return wb;
}

}  // namespace pira
