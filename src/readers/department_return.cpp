#include "readers/department_return.hpp"

#include <algorithm>

#include "common/text.hpp"
#include "readers/cell_ref.hpp"

namespace pira {
namespace {

namespace dept = department;

const WorkbookSheet* sheet_named(const Workbook& wb, std::string_view name) {
    for (const auto& s : wb.sheets) {
        if (s.name == name) return &s;
    }
    return nullptr;
}

std::string text_at(const WorkbookSheet& s, std::size_t row, std::size_t col) {
    if (row >= s.rows || col >= s.columns) return {};
    return std::string(trim(returned_locked_text(s.at(row, col))));
}

std::vector<std::string> header_of(const WorkbookSheet& s) {
    std::vector<std::string> out;
    const std::size_t r = dept::kHeaderRow - 1;
    for (std::size_t c = 0; r < s.rows && c < s.columns; ++c) out.push_back(text_at(s, r, c));
    while (!out.empty() && out.back().empty()) out.pop_back();
    return out;
}

void read_metadata(const WorkbookSheet& s, ReturnedWorkbook& out) {
    out.has_metadata = true;
    std::size_t r = 0;
    for (; r < s.rows; ++r) {
        const std::string key = text_at(s, r, 0);
        if (key == dept::kSignatureKey) {
            out.signature = text_at(s, r, 1);
            out.signature_row = r + 1;
            ++r;
            break;
        }
        if (key.empty()) continue;
        out.metadata.emplace_back(key, text_at(s, r, 1));
        out.metadata_row[key] = r + 1;
    }
    for (; r < s.rows && text_at(s, r, 0) != dept::kRowTableHeader[0]; ++r) {
    }
    for (++r; r < s.rows; ++r) {
        const std::string row = text_at(s, r, 0);
        if (row.empty()) continue;
        std::size_t n = 0;
        for (char c : row) {
            if (c < '0' || c > '9') {
                n = 0;
                break;
            }
            n = n * 10 + static_cast<std::size_t>(c - '0');
        }
        out.metadata_rows.push_back({n, text_at(s, r, 1), text_at(s, r, 2)});
        out.metadata_rows_at.push_back(r + 1);
    }
}

}  // namespace

const std::string& ReturnedWorkbook::meta(std::string_view key) const {
    static const std::string kNone;
    for (const auto& [k, v] : metadata) {
        if (k == key) return v;
    }
    return kNone;
}

std::optional<std::size_t> ReturnedWorkbook::column(std::string_view header) const {
    auto it = std::find(headers.begin(), headers.end(), header);
    if (it == headers.end()) return std::nullopt;
    return static_cast<std::size_t>(it - headers.begin());
}

std::string ReturnedWorkbook::cell(std::size_t sheet_row, std::size_t column) {
    return std::string(dept::kIndicatorsSheet) + '!' + cell_ref(sheet_row - 1, column);
}

bool is_department_workbook(const Workbook& wb) {
    if (sheet_named(wb, dept::kMetadataSheet) != nullptr) return true;
    const WorkbookSheet* s = sheet_named(wb, dept::kIndicatorsSheet);
    if (s == nullptr) return false;
    const auto h = header_of(*s);
    return std::find(h.begin(), h.end(), "ID riga") != h.end() &&
           std::find(h.begin(), h.end(), "Codice obiettivo") != h.end();
}

ReturnedWorkbook read_department_return(const Workbook& wb) {
    ReturnedWorkbook out;
    out.file = wb.file;
    if (const WorkbookSheet* m = sheet_named(wb, dept::kMetadataSheet)) read_metadata(*m, out);
    const WorkbookSheet* s = sheet_named(wb, dept::kIndicatorsSheet);
    if (s == nullptr) return out;
    out.headers = header_of(*s);
    const auto id_col = out.column("ID riga");
    const auto code_col = out.column("Codice obiettivo");
    bool band = false;
    for (std::size_t r = dept::kHeaderRow; r < s->rows; ++r) {
        ReturnedRow row;
        row.sheet_row = r + 1;
        bool any = false;
        for (std::size_t c = 0; c < out.headers.size(); ++c) {
            const WorkbookCell& cell = c < s->columns ? s->at(r, c) : WorkbookCell{};
            row.cells.push_back(cell);
            any = any || !trim(returned_text(cell)).empty();
        }
        if (!any) continue;
        if (code_col && text_at(*s, r, *code_col) == dept::kNewRowsBand) {
            band = true;
            continue;
        }
        if (id_col) row.id = text_at(*s, r, *id_col);
        row.added = band && row.id.empty();
        out.rows.push_back(std::move(row));
    }
    return out;
}

CanonicalTable department_table(const ReturnedWorkbook& wb, std::optional<ExportMode>& mode,
                                std::optional<int>& year) {
    mode = parse_mode(wb.meta("modalita"));
    if (!mode) mode = wb.column("Consuntivo") ? ExportMode::consuntivo : ExportMode::proposta;
    year.reset();
    if (const std::string& y = wb.meta("anno"); y.size() == 4) year = std::stoi(y);
    const auto years = plan_years_of(wb.headers);
    CanonicalTable t;
    t.file = wb.file;
    t.sheets = {std::string(dept::kIndicatorsSheet)};
    t.columns = {"ente", "year"};
    std::vector<std::pair<std::size_t, std::size_t>> at;  // sheet column -> table column
    for (const auto& spec : department_columns(*mode, year.value_or(0), years)) {
        const std::string field = canonical_field(spec, *mode);
        auto c = wb.column(spec.header);
        if (field.empty() || !c) continue;
        at.emplace_back(*c, t.columns.size());
        t.columns.push_back(field);
    }
    for (const auto& row : wb.rows) {
        TableRow out{row.sheet_row, std::vector<Field>(t.columns.size()), 1};
        for (auto& f : out.fields) f = Field{{}, row.sheet_row, 1, 1};
        out.fields[0].text = wb.meta("ente");
        out.fields[1].text = year ? std::to_string(*year) : std::string();
        for (const auto& [sheet_col, table_col] : at) {
            out.fields[table_col] =
                Field{returned_text(row.cells[sheet_col]), row.sheet_row, sheet_col + 1, 1};
        }
        t.rows.push_back(std::move(out));
    }
    return t;
}

std::string returned_text(const WorkbookCell& cell) {
    switch (cell.kind) {
        case WorkbookCell::Kind::number: {
            // Italian form: a decimal comma, so "1,003" is one and three thousandths, never
            // a thousand and three.
            std::string t = cell_text(cell);
            std::replace(t.begin(), t.end(), '.', ',');
            return t;
        }
        case WorkbookCell::Kind::empty:
            return {};
        default:
            return cell_text(cell);
    }
}

std::string returned_locked_text(const WorkbookCell& cell) {
    if (cell.kind == WorkbookCell::Kind::number && !cell.percent) {
        return locked_text_of_number(cell.number);
    }
    return cell.kind == WorkbookCell::Kind::empty ? std::string() : cell_text(cell);
}

}  // namespace pira
