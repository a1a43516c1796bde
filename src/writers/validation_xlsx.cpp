// The annotated workbook of pira validate: a Validazione sheet listing every finding with a link
// to its cell, then each input's table (a workbook input copied as values, a text or PDF input
// as its canonical table) with the offending cells filled and commented.
#include <xlsxwriter.h>

#include <map>
#include <tuple>

#include "readers/cell_ref.hpp"
#include "writers/validation_report.hpp"
#include "writers/xlsx_style.hpp"

namespace pira {
namespace {

struct Mark {
    bool error = false;
    std::string comment;
};
using Marks = std::map<std::pair<std::size_t, std::size_t>, Mark>;  // (row, column), 0-based

struct Target {  // where a finding is shown in the copy
    std::string sheet;
    std::size_t row = 0, column = 0;
};

struct Formats {
    lxw_format *header, *error, *warning, *link, *wrap, *percent, *date;
};

Formats make_formats(lxw_workbook* wb) {
    Formats f{};
    f.header = add_header_format(wb);
    f.error = workbook_add_format(wb);
    format_set_bg_color(f.error, 0xFFC7CE);
    f.warning = workbook_add_format(wb);
    format_set_bg_color(f.warning, 0xFFEB9C);
    f.link = workbook_add_format(wb);
    format_set_font_color(f.link, LXW_COLOR_BLUE);
    format_set_underline(f.link, LXW_UNDERLINE_SINGLE);
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.00%");
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "dd/mm/yyyy");
    return f;
}

// Sheet names of the copies: the input's own, numbered when several inputs are copied, within
// Excel's 31 characters.
std::string copy_name(std::size_t input, std::size_t inputs, const std::string& sheet) {
    std::string name = inputs > 1 ? std::to_string(input + 1) + " " + sheet : sheet;
    if (name.size() > 31) name.resize(31);
    while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) {
        name.pop_back();  // never cut a UTF-8 sequence
    }
    if (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0xC0) name.pop_back();
    return name;
}

// The cell a finding points at in the copy, when it points at one.
std::optional<Target> target_of(const Finding& f, const ValidatedInput& in, std::size_t index,
                                std::size_t inputs) {
    if (in.workbook && !f.place.cell.empty()) {
        const auto bang = f.place.cell.rfind('!');
        if (bang == std::string::npos) return std::nullopt;
        auto ref = parse_cell_ref(std::string_view(f.place.cell).substr(bang + 1));
        if (!ref) return std::nullopt;
        return Target{copy_name(index, inputs, f.place.cell.substr(0, bang)), ref->row,
                      ref->column};
    }
    if (in.workbook || !f.row) return std::nullopt;
    auto c = in.table.column(f.column.empty() ? "objective_code" : f.column);
    if (!c) return std::nullopt;
    return Target{copy_name(index, inputs, "Indicatori"), *f.row + 1, *c};
}

void write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const WorkbookCell& cell,
                lxw_format* fill, const Formats& f) {
    switch (cell.kind) {
        case WorkbookCell::Kind::number:
            worksheet_write_number(ws, r, c, cell.number,
                                   fill != nullptr ? fill : (cell.percent ? f.percent : nullptr));
            break;
        case WorkbookCell::Kind::date: {
            lxw_datetime dt{};
            if (std::sscanf(cell.text.c_str(), "%d-%d-%d", &dt.year, &dt.month, &dt.day) == 3) {
                worksheet_write_datetime(ws, r, c, &dt, fill != nullptr ? fill : f.date);
            } else {
                worksheet_write_string(ws, r, c, cell.text.c_str(), fill);
            }
            break;
        }
        case WorkbookCell::Kind::boolean:
            worksheet_write_boolean(ws, r, c, cell.number != 0 ? 1 : 0, fill);
            break;
        case WorkbookCell::Kind::empty:
            if (fill != nullptr) worksheet_write_blank(ws, r, c, fill);
            break;
        default:
            // Text as text: a name starting with "=" is never a formula here.
            worksheet_write_string(ws, r, c, cell.text.c_str(), fill);
            break;
    }
}

lxw_format* fill_of(const Marks& marks, std::size_t r, std::size_t c, const Formats& f) {
    auto it = marks.find({r, c});
    if (it == marks.end()) return nullptr;
    return it->second.error ? f.error : f.warning;
}

void comments(lxw_worksheet* ws, const Marks& marks) {
    for (const auto& [at, m] : marks) {
        const auto r = static_cast<lxw_row_t>(at.first);
        const auto c = static_cast<lxw_col_t>(at.second);
        lxw_comment_options opt{};
        opt.width = 360;
        opt.height = 120;
        worksheet_write_comment_opt(ws, r, c, m.comment.c_str(), &opt);
    }
}

void copy_workbook(lxw_workbook* wb, const ValidatedInput& in, std::size_t index,
                   std::size_t inputs, const std::map<std::string, Marks>& marks,
                   const Formats& f) {
    for (const auto& sheet : in.workbook->sheets) {
        const std::string name = copy_name(index, inputs, sheet.name);
        lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
        static const Marks kNone;
        auto it = marks.find(name);
        const Marks& m = it == marks.end() ? kNone : it->second;
        for (std::size_t r = 0; r < sheet.rows; ++r) {
            for (std::size_t c = 0; c < sheet.columns; ++c) {
                write_cell(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), sheet.at(r, c),
                           fill_of(m, r, c, f), f);
            }
        }
        for (const auto& [at, mark] : m) {  // marked cells outside the sheet's grid
            if (at.first >= sheet.rows || at.second >= sheet.columns) {
                write_cell(ws, static_cast<lxw_row_t>(at.first), static_cast<lxw_col_t>(at.second),
                           WorkbookCell{}, fill_of(m, at.first, at.second, f), f);
            }
        }
        comments(ws, m);
    }
}

void copy_table(lxw_workbook* wb, const ValidatedInput& in, std::size_t index, std::size_t inputs,
                const std::map<std::string, Marks>& marks, const Formats& f) {
    const std::string name = copy_name(index, inputs, "Indicatori");
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    static const Marks kNone;
    auto it = marks.find(name);
    const Marks& m = it == marks.end() ? kNone : it->second;
    for (std::size_t c = 0; c < in.table.columns.size(); ++c) {
        worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), in.table.columns[c].c_str(),
                               f.header);
        worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 16, nullptr);
    }
    for (std::size_t r = 0; r < in.table.rows.size(); ++r) {
        const auto& row = in.table.rows[r];
        for (std::size_t c = 0; c < row.fields.size(); ++c) {
            WorkbookCell cell;
            if (!row.fields[c].text.empty()) {
                cell.kind = WorkbookCell::Kind::text;
                cell.text = row.fields[c].text;
            }
            write_cell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), cell,
                       fill_of(m, r + 1, c, f), f);
        }
    }
    worksheet_freeze_panes(ws, 1, 0);
    comments(ws, m);
}

}  // namespace

bool write_validation_xlsx(const std::string& path, const std::vector<ValidatedInput>& inputs,
                           Diagnostics& diags) {
    lxw_workbook* wb = workbook_new(path.c_str());
    if (wb == nullptr) {
        diags.error(Errc::file_unreadable, Place{path}, {}, "impossibile creare il file");
        return false;
    }
    const Formats f = make_formats(wb);
    lxw_worksheet* list = workbook_add_worksheet(wb, "Validazione");
    const char* headers[] = {"Codice",    "Gravità",    "Dove",      "Valore",
                             "Obiettivo", "Indicatore", "Messaggio", "Correzione"};
    const double widths[] = {22, 9, 36, 24, 14, 36, 60, 40};
    for (lxw_col_t c = 0; c < 8; ++c) {
        worksheet_write_string(list, 0, c, headers[c], f.header);
        worksheet_set_column(list, c, c, widths[c], nullptr);
    }
    std::vector<std::map<std::string, Marks>> marks(inputs.size());
    lxw_row_t r = 0;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        for (const auto& finding : inputs[i].result.findings) {
            ++r;
            const auto target = target_of(finding, inputs[i], i, inputs.size());
            const std::string where = finding.place.to_string();
            worksheet_write_string(list, r, 0, finding.code.c_str(), nullptr);
            worksheet_write_string(list, r, 1, severity_name(finding.severity).data(), nullptr);
            if (target) {
                const std::string url =
                    "internal:'" + target->sheet + "'!" + cell_ref(target->row, target->column);
                worksheet_write_url_opt(list, r, 2, url.c_str(), f.link, where.c_str(), nullptr);
                Mark& m = marks[i][target->sheet][{target->row, target->column}];
                m.error = m.error || finding.severity == RuleSeverity::error;
                m.comment += (m.comment.empty() ? "" : "\n") + finding.code + ": " +
                             finding.message + (finding.fix.empty() ? "" : " — " + finding.fix);
            } else {
                worksheet_write_string(list, r, 2, where.c_str(), nullptr);
            }
            const std::string* texts[] = {&finding.value, &finding.objective, &finding.indicator,
                                          &finding.message, &finding.fix};
            for (lxw_col_t c = 0; c < 5; ++c) {
                if (!texts[c]->empty()) {
                    worksheet_write_string(list, r, c + 3, texts[c]->c_str(), f.wrap);
                }
            }
        }
    }
    const lxw_row_t last = r;
    r += 1;
    for (const auto& line : summary_lines(inputs)) {
        ++r;
        worksheet_write_string(list, r, 0, line.c_str(), r == last + 2 ? f.header : nullptr);
    }
    worksheet_freeze_panes(list, 1, 0);
    if (last > 0) worksheet_autofilter(list, 0, 0, last, 7);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].workbook) {
            copy_workbook(wb, inputs[i], i, inputs.size(), marks[i], f);
        } else if (!inputs[i].table.columns.empty()) {  // not the policy's own findings
            copy_table(wb, inputs[i], i, inputs.size(), marks[i], f);
        }
    }
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        diags.error(Errc::file_unreadable, Place{path}, {}, lxw_strerror(rc));
        return false;
    }
    return true;
}

}  // namespace pira
