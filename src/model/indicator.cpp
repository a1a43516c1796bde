#include "model/indicator.hpp"

#include <algorithm>
#include <charconv>
#include <memory>

#include "common/text.hpp"
#include "normalise/code.hpp"
#include "normalise/number.hpp"
#include "normalise/quantity.hpp"

namespace pira {
namespace {

// A column's index in the table, nullopt when the table lacks it.
using Col = std::optional<std::size_t>;

const Field* field_at(const TableRow& row, Col col) {
    return col && *col < row.fields.size() ? &row.fields[*col] : nullptr;
}

std::string text_of(const TableRow& row, Col col) {
    const Field* f = field_at(row, col);
    return f == nullptr ? std::string() : std::string(trim(f->text));
}

// The cell of `col` with its place; rows from the dataset have no lines, only a source_ref.
SourceCell cell_of(const CanonicalTable& t, const TableRow& row, Col col,
                   const std::string& source_ref) {
    const Field* f = field_at(row, col);
    const Field field = f == nullptr ? Field{{}, row.line, 0, row.sheet, row.page} : *f;
    const bool lineless = field.line == 0 && !source_ref.empty();
    return {field.text, lineless ? Place{source_ref} : t.place(field)};
}

std::optional<int> parse_year(std::string_view s) {
    int y = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
    if (ec != std::errc() || p != s.data() + s.size() || y < 1900 || y > 2200) return std::nullopt;
    return y;
}

// The place of a parse error: the cell, moved to the character where parsing stopped.
Place at(const SourceCell& c, const ParseError& e) {
    Place p = c.place;
    if (p.line != 0 && p.column != 0) p.column += char_count(c.text, e.position);
    return p;
}

// The parse error's own code says what was wrong (ambiguous number, unknown unit...); the
// detail names the column, and the place points at the character where parsing stopped.
void report(Diagnostics& diags, std::string_view column, const SourceCell& c, const ParseError& e,
            Severity severity = Severity::error) {
    std::string detail = "colonna " + std::string(column);
    if (!e.detail.empty()) detail += "; " + e.detail;
    diags.add({severity, e.code, at(c, e), c.text, detail, {}});
}

}  // namespace

// Where each column a row is typed from is, found once per table instead of once per cell.
struct IndicatorColumns {
    explicit IndicatorColumns(const CanonicalTable& t)
        : source_ref(t.column("source_ref")),
          year(t.column("year")),
          ente(t.column("ente")),
          document(t.column("document")),
          area(t.column("area")),
          strategic_objective(t.column("strategic_objective")),
          objective_name(t.column("objective_name")),
          indicator_code(t.column("indicator_code")),
          indicator_name(t.column("indicator_name")),
          type(t.column("type")),
          unit(t.column("unit")),
          objective_code(t.column("objective_code")),
          objective_weight(t.column("objective_weight")),
          actual(t.column("actual")),
          target(t.column("target")),
          weight(t.column("weight")) {}
    Col source_ref, year, ente, document, area, strategic_objective, objective_name, indicator_code,
        indicator_name, type, unit, objective_code, objective_weight, actual, target, weight;
};

namespace {

using Cols = IndicatorColumns;

std::string target_column(const TableRow& row, const Cols& cols, const std::optional<int>& year) {
    if (!text_of(row, cols.target).empty() || !year) return "target";
    return "target_" + std::to_string(*year);
}

}  // namespace

// A weight in percent points: "20,00%" or "20". A bare 0,2 is 0,2 points, not 20 %: only
// workbook cells with a percent format (read as "20%") are fractions.
std::optional<double> checked_weight(const Quantity& q, Indicator& ind, Diagnostics& diags) {
    if (q.unit != nullptr && !q.is_percent()) {
        report(diags, "weight", ind.weight_cell, ParseError{Errc::weight_malformed, 0, {}});
        return std::nullopt;
    }
    if (q.number.value < 0) {
        diags.error(Errc::weight_negative, ind.weight_cell.place, ind.weight_cell.text);
        return std::nullopt;
    }
    ind.weight_decimals = q.number.significant_decimals();
    return q.number.value;
}

void report_missing_target(const Indicator& ind, Diagnostics& diags) {
    const bool not_available = ind.actual && std::holds_alternative<Missing>(*ind.actual);
    if (!not_available) diags.error(Errc::target_missing, ind.target_cell.place, {});
}

void report_missing_weight(const Indicator& ind, Diagnostics& diags) {
    diags.error(Errc::weight_missing, ind.weight_cell.place, {}, {},
                "scrivere il peso in punti percentuali (0 se l'indicatore non è misurato)");
}

bool check_scoring_columns(const CanonicalTable& table, const IndicatorSelection& selection,
                           Diagnostics& diags) {
    return check_scoring_columns(table.columns, table.file, selection, diags);
}

bool check_scoring_columns(const std::vector<std::string>& columns, const std::string& file,
                           const IndicatorSelection& selection, Diagnostics& diags) {
    auto has = [&](std::string_view name) {
        return std::find(columns.begin(), columns.end(), name) != columns.end();
    };
    bool ok = true;
    for (std::string_view col : {"objective_code", "indicator_name", "actual", "weight"}) {
        if (!has(col)) {
            diags.error(Errc::column_missing, Place{file, 1, 0}, std::string(col));
            ok = false;
        }
    }
    bool has_target = has("target");
    if (!has_target && selection.year)
        has_target = has("target_" + std::to_string(*selection.year));
    if (!has_target && !selection.year) {
        for (const auto& c : columns) has_target = has_target || is_target_year_column(c);
    }
    if (!has_target) {
        std::string present;
        for (const auto& c : columns) {
            if (is_target_year_column(c)) present += (present.empty() ? "" : ", ") + c;
        }
        const std::string wanted =
            selection.year ? "target_" + std::to_string(*selection.year) : "target";
        diags.error(Errc::column_missing, Place{file, 1, 0}, wanted,
                    present.empty() ? std::string() : "presenti: " + present,
                    "serve «target» oppure «target_<anno>» con --year");
        ok = false;
    }
    return ok;
}

namespace {

// The actual, target and weight of `ind` from its cells. The target is parsed once: whether
// it is in words decides how the actual is read, and the findings keep their order (actual,
// target, weight).
void type_values(Indicator& ind, const std::string& target_name, Diagnostics& diags) {
    ind.actual.reset();
    ind.target.reset();
    ind.weight.reset();
    ind.weight_decimals = 0;
    const auto target = parse_target(ind.target_cell.text);
    const bool in_words = target && std::holds_alternative<Text>(target->value);
    if (trim(ind.actual_cell.text).empty()) {
        ind.actual = Missing{};  // an empty actual is "not available": reported when scored
    } else if (auto a = parse_actual(ind.actual_cell.text, in_words)) {
        ind.actual = a.value();
    } else {
        report(diags, "actual", ind.actual_cell, a.error());
    }
    const bool not_available = ind.actual && std::holds_alternative<Missing>(*ind.actual);
    if (trim(ind.target_cell.text).empty()) {
        report_missing_target(ind, diags);
    } else if (target) {
        ind.target = target.value();
    } else if (not_available) {
        // The indicator is left out anyway; the bad target is still worth a look.
        report(diags, target_name, ind.target_cell, target.error(), Severity::warning);
    } else {
        report(diags, target_name, ind.target_cell, target.error());
    }
    if (trim(ind.weight_cell.text).empty()) {
        report_missing_weight(ind, diags);
    } else if (auto q = parse_quantity(ind.weight_cell.text)) {
        ind.weight = checked_weight(*q, ind, diags);
    } else {
        report(diags, "weight", ind.weight_cell, q.error());
    }
}

// The trimmed text of `col` into `out`, reusing its buffer ("" when the table lacks it).
void assign_text(std::string& out, const TableRow& row, Col col) {
    const Field* f = field_at(row, col);
    if (f == nullptr) {
        out.clear();
    } else {
        out.assign(trim(f->text));
    }
}

// The raw text of `col`, as cell_of() would give it, without building its place.
std::string_view text_view(const TableRow& row, Col col) {
    const Field* f = field_at(row, col);
    return f == nullptr ? std::string_view() : std::string_view(f->text);
}

// cell_of() into `out`, reusing its buffers (the file's name is copied once per cell
// otherwise).
void assign_cell(SourceCell& out, const CanonicalTable& t, const TableRow& row, Col col,
                 const std::string& source_ref) {
    const Field* f = field_at(row, col);
    const bool plain_text_place =
        f != nullptr && f->page == 0 && f->sheet == 0 && !(f->line == 0 && !source_ref.empty());
    if (!plain_text_place) {
        out = cell_of(t, row, col, source_ref);
        return;
    }
    out.text.assign(f->text);
    out.place.file.assign(t.file);
    out.place.line = f->line;
    out.place.column = f->column;
    out.place.page = 0;
    out.place.cell.clear();
}

void assign_texts(Indicator& ind, const TableRow& row, const Cols& cols) {
    assign_text(ind.ente, row, cols.ente);
    assign_text(ind.document, row, cols.document);
    assign_text(ind.area, row, cols.area);
    assign_text(ind.strategic_objective, row, cols.strategic_objective);
    assign_text(ind.objective_name, row, cols.objective_name);
    // Pistoia-Prato indicator codes are repaired like objective codes; other families'
    // codes ("OC_DTDE_02", "IS_0102_A3.1_02") are kept as written.
    assign_text(ind.indicator_code, row, cols.indicator_code);
    thread_local std::string canonical;  // reused: one code a row
    if (indicator_code_canonical(ind.indicator_code, canonical))
        ind.indicator_code.assign(canonical);
    assign_text(ind.indicator_name, row, cols.indicator_name);
    assign_text(ind.type, row, cols.type);
    assign_text(ind.unit, row, cols.unit);
}

// The objective's code and weight; their cells' places are built only for a finding.
void type_objective(Indicator& ind, const CanonicalTable& table, const TableRow& row,
                    const Cols& cols, Diagnostics& diags) {
    ind.objective_code.clear();
    const std::string_view code = text_view(row, cols.objective_code);
    if (trim(code).empty()) {
        diags.error(Errc::objective_code_missing,
                    cell_of(table, row, cols.objective_code, ind.source_ref).place, {});
    } else if (auto c = parse_objective_code(code)) {
        ind.objective_code = c->canonical;
    } else {
        report(diags, "objective_code", cell_of(table, row, cols.objective_code, ind.source_ref),
               c.error());
    }
    ind.objective_weight.reset();
    const std::string_view ow = text_view(row, cols.objective_weight);
    if (trim(ow).empty()) return;
    if (auto q = parse_quantity(ow)) {
        ind.objective_weight = q->number.value;
    } else {
        report(diags, "objective_weight",
               cell_of(table, row, cols.objective_weight, ind.source_ref), q.error());
    }
}

// Every member is set, so one Indicator can be refilled row after row (its strings keep their
// buffers: a large table is typed without allocating per row).
bool fill_row(const CanonicalTable& table, const Cols& cols, const TableRow& row,
              const IndicatorSelection& selection, Diagnostics& diags, Indicator& ind) {
    if (row.sheet == 0 && row.page == 0) {  // a text file's row: its place refilled in place
        ind.place.file.assign(table.file);
        ind.place.line = row.line;
        ind.place.column = 1;
        ind.place.page = 0;
        ind.place.cell.clear();
    } else {
        ind.place = table.place(row);
    }
    assign_text(ind.source_ref, row, cols.source_ref);
    if (ind.source_ref.empty()) ind.source_ref = ind.place.source_ref();
    ind.year = parse_year(text_of(row, cols.year));
    if (selection.year && ind.year && *ind.year != *selection.year) return false;
    const std::optional<int> year = selection.year ? selection.year : ind.year;

    assign_texts(ind, row, cols);
    type_objective(ind, table, row, cols, diags);
    assign_cell(ind.actual_cell, table, row, cols.actual, ind.source_ref);
    const std::string target_name = target_column(row, cols, year);
    const Col target = target_name == "target" ? cols.target : table.column(target_name);
    assign_cell(ind.target_cell, table, row, target, ind.source_ref);
    assign_cell(ind.weight_cell, table, row, cols.weight, ind.source_ref);
    type_values(ind, target_name, diags);
    return true;
}

}  // namespace

IndicatorReader::IndicatorReader(const CanonicalTable& table, IndicatorSelection selection)
    : table_(table), cols_(std::make_unique<IndicatorColumns>(table)), selection_(selection) {}

IndicatorReader::~IndicatorReader() = default;

bool IndicatorReader::fill(const TableRow& row, Diagnostics& diags, Indicator& ind) const {
    return fill_row(table_, *cols_, row, selection_, diags, ind);
}

std::vector<Indicator> build_indicators(const CanonicalTable& table,
                                        const IndicatorSelection& selection, Diagnostics& diags) {
    std::vector<Indicator> out;
    const IndicatorReader reader(table, selection);
    for (const auto& row : table.rows) {
        Indicator ind;
        if (reader.fill(row, diags, ind)) out.push_back(std::move(ind));
    }
    return out;
}

}  // namespace pira
