#include "writers/department_xlsx.hpp"

#include <xlsxwriter.h>

#include <array>
#include <cmath>

#include "normalise/quantity.hpp"
#include "normalise/value.hpp"
#include "normalise/vocabulary.hpp"
#include "readers/cell_ref.hpp"
#include "scoring/indicator_score.hpp"
#include "validation/weights.hpp"
#include "writers/department_cells.hpp"
#include "writers/performance_formula.hpp"
#include "writers/xlsx_style.hpp"

namespace pira {
namespace {

namespace dept = department;

struct Formats {
    lxw_format *title, *legend, *header, *locked, *locked_points, *editable, *editable_points,
        *editable_percent, *editable_date, *editable_whole, *percent, *band, *red, *wrap;
};

Formats make_formats(lxw_workbook* wb) {
    auto add = [&](bool unlocked, lxw_color_t fill, const char* num_format) {
        lxw_format* f = workbook_add_format(wb);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        format_set_text_wrap(f);
        if (unlocked) format_set_unlocked(f);
        if (fill != 0) format_set_bg_color(f, fill);
        if (num_format != nullptr) format_set_num_format(f, num_format);
        return f;
    };
    constexpr lxw_color_t kYellow = 0xFFF2CC;
    Formats f{};
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 13);
    f.legend = workbook_add_format(wb);
    format_set_italic(f.legend);
    f.header = add_header_format(wb);
    f.locked = add(false, 0, nullptr);
    f.locked_points = add(false, 0, "#,##0.00");
    f.percent = add(false, 0, "0.00%");
    f.wrap = add(false, 0, nullptr);
    f.editable = add(true, kYellow, nullptr);
    f.editable_points = add(true, kYellow, "#,##0.00");
    f.editable_percent = add(true, kYellow, "0.00%");
    f.editable_date = add(true, kYellow, "dd/mm/yyyy");
    f.editable_whole = add(true, kYellow, "#,##0");
    f.band = workbook_add_format(wb);
    format_set_bold(f.band);
    format_set_bg_color(f.band, 0xE2EFDA);
    f.red = workbook_add_format(wb);
    format_set_bg_color(f.red, 0xFFC7CE);
    format_set_font_color(f.red, 0x9C0006);
    return f;
}

lxw_row_t sheet_row(std::size_t one_based) {
    return static_cast<lxw_row_t>(one_based - 1);
}
lxw_col_t sheet_col(std::size_t index) {
    return static_cast<lxw_col_t>(index);
}

// An Italian prompt and error for the value cells of each kind of unit.
struct Prompt {
    const char* title;
    const char* input;
    const char* error;
};

Prompt prompt_for(ValueKind kind) {
    switch (kind) {
        case ValueKind::percent:
            return {"Percentuale", "Scrivere la percentuale, es. 61,19 %. N/D se non disponibile.",
                    "Serve una percentuale (es. 61,19 %) oppure N/D."};
        case ValueKind::whole:
            return {"Numero intero", "Scrivere il numero, es. 1.003. N/D se non disponibile.",
                    "Il target è un numero intero: confermare un valore con decimali?"};
        case ValueKind::date:
            return {"Data", "Scrivere la data, es. 30/04/2025. N/D se non disponibile.",
                    "Serve una data gg/mm/aaaa oppure N/D."};
        case ValueKind::boolean:
            return {"Sì/no", "Scegliere si, no oppure N/D.", "Valori ammessi: si, no, N/D."};
        case ValueKind::number:
            return {"Numero", "Scrivere il numero, es. 7,20. N/D se non disponibile.",
                    "Serve un numero (es. 7,20) oppure N/D."};
        case ValueKind::none:
            break;
    }
    return {"Testo", "Scrivere il valore raggiunto.", "Valore non ammesso."};
}

class Writer {
  public:
    Writer(const DepartmentWorkbook& in, const Policy& policy, ExportRecord& record)
        : in_(in),
          policy_(policy),
          record_(record),
          columns_(department_columns(record.mode, record.year, in.plan_years)) {
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            // The first of a kind: the consuntivo's single target, the proposta's first year.
            index_.try_emplace(columns_[c].kind, c);
        }
        for (const StoredIndicator* ind : in_.rows) plans_.push_back(plan_row(*ind, record.year));
    }

    bool write(const std::string& path, Diagnostics& diags) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        options.use_zip64 = LXW_FALSE;
        wb_ = workbook_new_opt(path.c_str(), &options);
        if (wb_ == nullptr) {
            diags.error(Errc::file_unreadable, Place{path}, {}, "impossibile creare il file");
            return false;
        }
        f_ = make_formats(wb_);
        instructions();
        indicators();
        lists();
        metadata();
        const lxw_error rc = workbook_close(wb_);
        if (rc != LXW_NO_ERROR) {
            diags.error(Errc::file_unreadable, Place{path}, {}, lxw_strerror(rc));
            return false;
        }
        return true;
    }

  private:
    bool proposta() const { return record_.mode == ExportMode::proposta; }
    std::size_t col(DeptColumn k) const { return index_.at(k); }
    bool has(DeptColumn k) const { return index_.count(k) != 0; }
    std::string ref(std::size_t row1, DeptColumn k, bool absolute_column = false) const {
        return (absolute_column ? "$" : "") + column_letters(col(k)) + std::to_string(row1);
    }
    std::string range(DeptColumn k) const {
        const std::string c = "$" + column_letters(col(k)) + "$";
        return c + std::to_string(dept::kFirstRow) + ":" + c + std::to_string(last_row_);
    }

    void instructions() {
        lxw_worksheet* ws = workbook_add_worksheet(wb_, dept::kInstructionsSheet.data());
        worksheet_set_column(ws, 0, 0, 110, f_.wrap);
        const std::string what =
            proposta() ? "i target degli anni di piano e i pesi degli indicatori"
                       : "il valore raggiunto (colonna Consuntivo) di ogni indicatore";
        const std::vector<std::string> lines{
            record_.ente,
            std::string(proposta() ? "Proposta " : "Consuntivo ") + std::to_string(record_.year) +
                " — Area di responsabilità: " + record_.department,
            "",
            "Cosa compilare: " + what +
                ", nel foglio «Indicatori». Le celle gialle sono modificabili; le altre sono "
                "protette e non vanno cambiate.",
            proposta() ? "Nuovi indicatori: in fondo al foglio, nella fascia «Nuovi indicatori», "
                         "indicare codice obiettivo, nome, formula, unità di misura, target e "
                         "peso. La somma dei pesi di ogni obiettivo deve restare 100 (la colonna "
                         "«Somma pesi obiettivo» diventa rossa quando non lo è)."
                       : "Le colonne «Performance» si aggiornano mentre si scrive, con il metodo "
                         "della Relazione sulla performance; N/D esclude l'indicatore dal calcolo.",
            "Forme ammesse: numeri (1.003 oppure 7,20), percentuali (61,19 %), date (30/04/2025), "
            "si/no, N/D se il dato non è disponibile. Nella colonna Note si può spiegare un "
            "valore.",
            "Non aggiungere, eliminare, copiare o riordinare righe del foglio «Indicatori» e non "
            "modificare i fogli nascosti: la cartella verrebbe rifiutata al ritorno.",
            "Scadenza: " + (in_.deadline.empty() ? std::string("come indicato nella richiesta")
                                                 : in_.deadline),
            "Restituire la cartella compilata a: " +
                (in_.contact.empty() ? std::string("l'ufficio pianificazione e controllo")
                                     : in_.contact),
            "La cartella si può salvare con Excel o LibreOffice (.xlsx oppure .ods).",
        };
        for (std::size_t i = 0; i < lines.size(); ++i) {
            worksheet_write_string(ws, static_cast<lxw_row_t>(i), 0, lines[i].c_str(),
                                   i == 0 ? f_.title : f_.wrap);
        }
        worksheet_protect(ws, nullptr, nullptr);
        worksheet_activate(ws);
    }

    void lists() {
        lxw_worksheet* ws = workbook_add_worksheet(wb_, dept::kListsSheet.data());
        const std::array<const char*, 3> headers{"si/no", "obiettivi", "UdM"};
        for (std::size_t c = 0; c < headers.size(); ++c) {
            worksheet_write_string(ws, 0, sheet_col(c), headers[c], nullptr);
        }
        const std::array<const char*, 3> answers{"si", "no", "N/D"};
        for (std::size_t r = 0; r < answers.size(); ++r) {
            worksheet_write_string(ws, static_cast<lxw_row_t>(r + 1), 0, answers[r], nullptr);
        }
        for (std::size_t r = 0; r < objectives_.size(); ++r) {
            worksheet_write_string(ws, static_cast<lxw_row_t>(r + 1), 1, objectives_[r].c_str(),
                                   nullptr);
        }
        const auto& units = Vocabulary::standard().units();
        for (std::size_t r = 0; r < units.size(); ++r) {
            worksheet_write_string(ws, static_cast<lxw_row_t>(r + 1), 2, units[r].id.c_str(),
                                   nullptr);
        }
        worksheet_protect(ws, nullptr, nullptr);
        worksheet_hide(ws);
    }

    void indicators() {
        ws_ = workbook_add_worksheet(wb_, dept::kIndicatorsSheet.data());
        const std::string title = record_.ente + " — " +
                                  (proposta() ? "Proposta " : "Consuntivo ") +
                                  std::to_string(record_.year) + " — " + record_.department;
        worksheet_write_string(ws_, 0, 0, title.c_str(), f_.title);
        worksheet_write_string(ws_, 1, 0,
                               "Celle gialle: da compilare. Istruzioni nel foglio «Istruzioni».",
                               f_.legend);
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            lxw_row_col_options opt{};
            opt.hidden = columns_[c].hidden ? LXW_TRUE : LXW_FALSE;
            worksheet_set_column_opt(ws_, sheet_col(c), sheet_col(c), columns_[c].width, nullptr,
                                     &opt);
            worksheet_write_string(ws_, sheet_row(dept::kHeaderRow), sheet_col(c),
                                   columns_[c].header.c_str(), f_.header);
        }
        last_row_ = dept::kFirstRow + plans_.size() - 1;
        if (proposta()) last_row_ += 1 + dept::kNewRows;  // the band's title, then its rows
        for (const RowPlan& p : plans_) {
            if (objectives_.empty() || objectives_.back() != p.ind->objective_code) {
                objectives_.push_back(p.ind->objective_code);
            }
        }
        std::size_t row1 = dept::kFirstRow;
        for (std::size_t i = 0; i < plans_.size(); ++i, ++row1) indicator_row(i, row1);
        if (proposta()) new_rows_band(row1);
        if (plans_.empty()) last_row_ = dept::kFirstRow;

        worksheet_freeze_panes(ws_, sheet_row(dept::kFirstRow),
                               sheet_col(col(DeptColumn::indicator_name) + 1));
        worksheet_set_landscape(ws_);
        worksheet_set_paper(ws_, 9);  // A4
        worksheet_fit_to_pages(ws_, 1, 0);
        worksheet_repeat_rows(ws_, sheet_row(dept::kHeaderRow), sheet_row(dept::kHeaderRow));
        lxw_protection protection{};
        protection.format_columns = LXW_TRUE;
        protection.format_rows = LXW_TRUE;
        worksheet_protect(ws_, nullptr, &protection);
    }

    // One indicator: context, the cells to fill, formulas; its locked fields go to the record.
    void indicator_row(std::size_t i, std::size_t row1) {
        const RowPlan& p = plans_[i];
        const lxw_row_t r = sheet_row(row1);
        ExportRowRecord rec{p.ind->id, p.ind->stable_id, row1, {}, {}};
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            const DeptColumnSpec& spec = columns_[c];
            const lxw_col_t cc = sheet_col(c);
            switch (spec.kind) {
                case DeptColumn::id:
                    worksheet_write_string(ws_, r, cc, p.ind->stable_id.c_str(), f_.locked);
                    break;
                case DeptColumn::weight:
                    weight_cell(p, r, cc, spec.editable);
                    break;
                case DeptColumn::target:
                    text_cell(r, cc, context_text(p, spec, in_), spec.editable);
                    if (spec.editable) target_prompt(r, cc);
                    break;
                case DeptColumn::actual:
                    actual_cell(p, r, cc);
                    break;
                case DeptColumn::note:
                    text_cell(r, cc, p.ind->text("note"), true);
                    break;
                case DeptColumn::performance:
                case DeptColumn::objective_performance:
                case DeptColumn::weight_sum:
                case DeptColumn::weighted_helper:
                case DeptColumn::measured_helper:
                    formula_cell(i, row1, spec.kind);
                    break;
                default:
                    text_cell(r, cc, context_text(p, spec, in_), false);
                    break;
            }
            if (spec.locked_field) rec.locked.emplace_back(spec.header, locked_text(p, spec, in_));
        }
        rec.hash = row_hash(rec.locked);
        record_.rows.push_back(std::move(rec));
    }

    void text_cell(lxw_row_t r, lxw_col_t c, const std::string& text, bool editable) {
        lxw_format* f = editable ? f_.editable : f_.locked;
        if (text.empty()) {
            worksheet_write_blank(ws_, r, c, f);
        } else {
            // A string cell, never a formula: text starting with "=" stays text.
            worksheet_write_string(ws_, r, c, text.c_str(), f);
        }
    }

    void weight_cell(const RowPlan& p, lxw_row_t r, lxw_col_t c, bool editable) {
        lxw_format* f = editable ? f_.editable_points : f_.locked_points;
        if (p.weight) {
            worksheet_write_number(ws_, r, c, *p.weight, f);
        } else {
            worksheet_write_blank(ws_, r, c, f);
        }
        if (editable) weight_validation(r, c);
    }

    void weight_validation(lxw_row_t r, lxw_col_t c) {
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_DECIMAL;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_number = 0;
        v.maximum_number = 100;
        v.input_title = const_cast<char*>("Peso");
        v.input_message = const_cast<char*>(
            "Peso dell'indicatore nell'obiettivo, in punti percentuali (es. 33,30). La somma "
            "dell'obiettivo deve essere 100.");
        v.error_title = const_cast<char*>("Peso non valido");
        v.error_message = const_cast<char*>("Serve un numero fra 0 e 100 (es. 33,30).");
        worksheet_data_validation_cell(ws_, r, c, &v);
    }

    void target_prompt(lxw_row_t r, lxw_col_t c) {
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_ANY;
        v.input_title = const_cast<char*>("Target");
        v.input_message = const_cast<char*>(
            "Comparatore e valore (>= 80 %, <= 1,50), un valore, una scadenza (entro il "
            "30/04/2026), si/no, oppure n.d.");
        worksheet_data_validation_cell(ws_, r, c, &v);
    }

    void actual_cell(const RowPlan& p, lxw_row_t r, lxw_col_t c) {
        lxw_format* f = f_.editable;
        if (p.kind == ValueKind::percent) f = f_.editable_percent;
        if (p.kind == ValueKind::number) f = f_.editable_points;
        if (p.kind == ValueKind::whole) f = f_.editable_whole;
        if (p.kind == ValueKind::date) f = f_.editable_date;
        write_value(r, c, p.actual, p.kind, f);
        actual_validation(p.kind, r, c);
    }

    void write_value(lxw_row_t r, lxw_col_t c, const std::optional<Value>& v, ValueKind kind,
                     lxw_format* f) {
        if (!v) {
            worksheet_write_blank(ws_, r, c, f);
        } else if (const auto* q = std::get_if<Quantity>(&*v)) {
            const bool fraction = kind == ValueKind::percent;
            worksheet_write_number(ws_, r, c, fraction ? q->number.value / 100 : q->number.value,
                                   f);
        } else if (const auto* d = std::get_if<Date>(&*v)) {
            lxw_datetime dt{d->year, d->month, d->day, 0, 0, 0};
            worksheet_write_datetime(ws_, r, c, &dt, f);
        } else if (const auto* b = std::get_if<bool>(&*v)) {
            worksheet_write_string(ws_, r, c, *b ? "si" : "no", f);
        } else if (std::holds_alternative<Missing>(*v)) {
            worksheet_write_string(ws_, r, c, "N/D", f);
        } else {
            worksheet_write_string(ws_, r, c, std::get<Text>(*v).text.c_str(), f);
        }
    }

    void actual_validation(ValueKind kind, lxw_row_t r, lxw_col_t c) {
        const Prompt pr = prompt_for(kind);
        const std::string a = cell_ref(r, c);
        std::string formula;
        lxw_data_validation v{};
        const char* list[] = {"si", "no", "N/D", nullptr};
        switch (kind) {
            case ValueKind::boolean:
                v.validate = LXW_VALIDATION_TYPE_LIST;
                v.value_list = const_cast<char**>(list);
                break;
            case ValueKind::whole:
                formula = "=OR(AND(ISNUMBER(" + a + ")," + a + "=INT(" + a + ")),UPPER(TRIM(" + a +
                          "))=\"N/D\")";
                v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
                break;
            case ValueKind::none:
                v.validate = LXW_VALIDATION_TYPE_ANY;
                break;
            default:
                formula = "=OR(ISNUMBER(" + a + "),UPPER(TRIM(" + a + "))=\"N/D\")";
                break;
        }
        if (!formula.empty()) {
            v.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
            v.value_formula = formula.data();
        }
        v.input_title = const_cast<char*>(pr.title);
        v.input_message = const_cast<char*>(pr.input);
        v.error_title = const_cast<char*>(pr.title);
        v.error_message = const_cast<char*>(pr.error);
        worksheet_data_validation_cell(ws_, r, c, &v);
    }

    void formula_cell(std::size_t i, std::size_t row1, DeptColumn kind) {
        const RowPlan& p = plans_[i];
        const lxw_row_t r = sheet_row(row1);
        const lxw_col_t c = sheet_col(col(kind));
        const std::optional<double> perf = cached_performance(p, policy_);
        auto write = [&](const std::string& formula, std::optional<double> cached, lxw_format* f) {
            const std::string full = "=" + formula;
            if (cached) {
                worksheet_write_formula_num(ws_, r, c, full.c_str(), f, *cached);
            } else {
                worksheet_write_formula_str(ws_, r, c, full.c_str(), f, "");
            }
        };
        switch (kind) {
            case DeptColumn::performance: {
                const auto formula = p.target ? performance_formula(*p.target, policy_,
                                                                    ref(row1, DeptColumn::actual),
                                                                    p.kind == ValueKind::percent)
                                              : std::nullopt;
                if (formula) {
                    write(*formula, perf ? std::optional<double>(*perf / 100) : std::nullopt,
                          f_.percent);
                } else {
                    worksheet_write_blank(ws_, r, c, f_.percent);
                }
                break;
            }
            case DeptColumn::weighted_helper: {
                const std::string pc = ref(row1, DeptColumn::performance);
                const std::optional<double> w = p.weight.value_or(0);
                write("IF(ISNUMBER(" + pc + ")," + pc + "*N(" + ref(row1, DeptColumn::weight) +
                          "),\"\")",
                      perf ? std::optional<double>(*perf / 100 * *w) : std::nullopt, f_.locked);
                break;
            }
            case DeptColumn::measured_helper:
                write("IF(ISNUMBER(" + ref(row1, DeptColumn::performance) + "),N(" +
                          ref(row1, DeptColumn::weight) + "),\"\")",
                      perf ? std::optional<double>(p.weight.value_or(0)) : std::nullopt, f_.locked);
                break;
            case DeptColumn::objective_performance:
                objective_formula(i, row1, r, c);
                break;
            case DeptColumn::weight_sum:
                weight_sum_formula(i, row1, r, c);
                break;
            default:
                break;
        }
    }

    // The weighted mean of the objective's measured indicators, rounded as the policy rounds.
    void objective_formula(std::size_t i, std::size_t row1, lxw_row_t r, lxw_col_t c) {
        const std::string code = ref(row1, DeptColumn::objective_code, true);
        const std::string objective = range(DeptColumn::objective_code);
        const std::string weights =
            "SUMIF(" + objective + "," + code + "," + range(DeptColumn::measured_helper) + ")";
        const std::string weighted =
            "SUMIF(" + objective + "," + code + "," + range(DeptColumn::weighted_helper) + ")";
        std::string mean = weighted + "/" + weights;
        if (policy_.objective.rounding != Rounding::none) {
            mean = "ROUND(" + mean + "," + std::to_string(policy_.objective.decimals + 2) + ")";
        }
        const std::string formula = "=IF(" + weights + "=0,\"\"," + mean + ")";
        const auto cached = cached_objective(plans_, plans_[i].ind->objective_code, policy_);
        if (cached) {
            worksheet_write_formula_num(ws_, r, c, formula.c_str(), f_.percent, *cached / 100);
        } else {
            worksheet_write_formula_str(ws_, r, c, formula.c_str(), f_.percent, "");
        }
    }

    // Proposta: the objective's weights, new rows included; red beyond the rounding of its
    // published weights (validation/weights.hpp).
    void weight_sum_formula(std::size_t i, std::size_t row1, lxw_row_t r, lxw_col_t c) {
        const std::string& objective = plans_[i].ind->objective_code;
        std::vector<double> weights;
        int decimals = 0;
        for (const RowPlan& p : plans_) {
            if (p.ind->objective_code != objective || !p.weight) continue;
            weights.push_back(*p.weight);
            decimals = std::max(decimals, p.weight_decimals);
        }
        const WeightSumCheck check = check_weight_sum(weights, decimals);
        const std::string formula = "=SUMIF(" + range(DeptColumn::objective_code) + "," +
                                    ref(row1, DeptColumn::objective_code, true) + "," +
                                    range(DeptColumn::weight) + ")";
        worksheet_write_formula_num(ws_, r, c, formula.c_str(), f_.locked_points, check.sum);
        const std::string red =
            "=ABS(" + cell_ref(r, c) + "-100)>" + formula_number(check.tolerance + 1e-9);
        lxw_conditional_format cf{};
        cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
        cf.value_string = const_cast<char*>(red.c_str());
        cf.format = f_.red;
        worksheet_conditional_format_cell(ws_, r, c, &cf);
    }

    // Proposta: a titled band of blank unlocked rows for new indicators.
    void new_rows_band(std::size_t row1) {
        worksheet_write_string(ws_, sheet_row(row1), sheet_col(col(DeptColumn::objective_code)),
                               dept::kNewRowsBand.data(), f_.band);
        worksheet_write_string(ws_, sheet_row(row1), sheet_col(col(DeptColumn::indicator_name)),
                               "facoltativo: un indicatore per riga, con il suo obiettivo",
                               f_.band);
        const std::string objectives =
            "=" + std::string(dept::kListsSheet) + "!$B$2:$B$" +
            std::to_string(std::max<std::size_t>(objectives_.size() + 1, 2));
        const std::string units = "=" + std::string(dept::kListsSheet) + "!$C$2:$C$" +
                                  std::to_string(units_end_estimate());
        const lxw_row_t first = sheet_row(row1 + 1), last = sheet_row(row1 + dept::kNewRows);
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            const DeptColumnSpec& spec = columns_[c];
            if (!spec.new_rows) continue;
            const lxw_col_t cc = sheet_col(c);
            for (lxw_row_t r = first; r <= last; ++r) {
                worksheet_write_blank(
                    ws_, r, cc, spec.kind == DeptColumn::weight ? f_.editable_points : f_.editable);
                if (spec.kind == DeptColumn::weight) weight_validation(r, cc);
                if (spec.kind == DeptColumn::target) target_prompt(r, cc);
            }
            // One validation over the band's rows, not one per cell.
            if (spec.kind == DeptColumn::objective_code)
                list_validation(first, last, cc, objectives);
            if (spec.kind == DeptColumn::unit) list_validation(first, last, cc, units);
        }
    }

    void list_validation(lxw_row_t first, lxw_row_t last, lxw_col_t c, const std::string& source) {
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        v.value_formula = const_cast<char*>(source.c_str());
        v.error_title = const_cast<char*>("Valore non in elenco");
        v.error_message = const_cast<char*>("Scegliere un valore dall'elenco.");
        worksheet_data_validation_range(ws_, first, c, last, c, &v);
    }

    static std::size_t units_end_estimate() { return Vocabulary::standard().units().size() + 1; }

    void metadata() {
        lxw_worksheet* ws = workbook_add_worksheet(wb_, dept::kMetadataSheet.data());
        const std::vector<std::pair<std::string, std::string>> values{
            {"formato", std::string(dept::kFormat)},
            {"export_id", record_.export_id},
            {"dataset_id", in_.dataset_id},
            {"ente", record_.ente},
            {"anno", std::to_string(record_.year)},
            {"modalita", std::string(mode_name(record_.mode))},
            {"area", record_.department},
            {"esportato_il", record_.exported_at},
            {"righe", std::to_string(record_.rows.size())}};
        std::vector<MetadataRow> rows;
        for (const auto& x : record_.rows) rows.push_back({x.sheet_row, x.stable_id, x.hash});
        record_.signature = metadata_signature(values, rows);
        lxw_row_t r = 0;
        for (const auto& [key, value] : values) {
            worksheet_write_string(ws, r, 0, key.c_str(), nullptr);
            worksheet_write_string(ws, r++, 1, value.c_str(), nullptr);
        }
        worksheet_write_string(ws, r, 0, dept::kSignatureKey.data(), nullptr);
        worksheet_write_string(ws, r++, 1, record_.signature.c_str(), nullptr);
        ++r;
        for (std::size_t c = 0; c < 3; ++c) {
            worksheet_write_string(ws, r, sheet_col(c), dept::kRowTableHeader[c].data(), nullptr);
        }
        for (const auto& x : rows) {
            ++r;
            worksheet_write_number(ws, r, 0, static_cast<double>(x.sheet_row), nullptr);
            worksheet_write_string(ws, r, 1, x.id.c_str(), nullptr);
            worksheet_write_string(ws, r, 2, x.hash.c_str(), nullptr);
        }
        worksheet_set_column(ws, 0, 0, 14, nullptr);
        worksheet_set_column(ws, 1, 2, 68, nullptr);
        worksheet_protect(ws, nullptr, nullptr);
        worksheet_hide(ws);
    }

    const DepartmentWorkbook& in_;
    const Policy& policy_;
    ExportRecord& record_;
    std::vector<DeptColumnSpec> columns_;
    std::map<DeptColumn, std::size_t> index_;
    std::vector<RowPlan> plans_;
    std::vector<std::string> objectives_;
    lxw_workbook* wb_ = nullptr;
    lxw_worksheet* ws_ = nullptr;
    Formats f_{};
    std::size_t last_row_ = 0;
};

}  // namespace

std::string previous_key(const StoredIndicator& i) {
    return i.objective_code + '\x1f' + i.indicator_key;
}

bool write_department_workbook(const std::string& path, const DepartmentWorkbook& input,
                               const Policy& policy, ExportRecord& record, Diagnostics& diags) {
    record.rows.clear();
    return Writer(input, policy, record).write(path, diags);
}

}  // namespace pira
