#include "store/return_check.hpp"

#include <cmath>
#include <filesystem>
#include <map>

#include "common/text.hpp"
#include "normalise/quantity.hpp"
#include "normalise/value.hpp"
#include "normalise/vocabulary.hpp"
#include "scoring/indicator_score.hpp"
#include "validation/weights.hpp"

namespace pira {
namespace {

namespace dept = department;

// The target of the year, as the dataset holds it: `target`, else `target_<year>`.
const std::string& year_target(const StoredIndicator& ind, int year) {
    const std::string& t = ind.text("target");
    return t.empty() ? ind.text("target_" + std::to_string(year)) : t;
}

// The field a proposta's "Target AAAA" column writes: `target` where the indicator keeps its
// year's target there, else `target_AAAA`.
std::string target_field(const StoredIndicator* ind, int column_year, int year) {
    const std::string year_field = "target_" + std::to_string(column_year);
    if (ind != nullptr && column_year == year && !ind->text("target").empty() &&
        ind->text(year_field).empty()) {
        return "target";
    }
    return year_field;
}

// Fields copied from an objective's other indicators to an indicator added in a proposta.
constexpr std::string_view kObjectiveFields[] = {
    "mission",        "programme",        "area",   "strategic_objective",
    "objective_name", "objective_weight", "office", "resources_eur"};

class Checker {
  public:
    Checker(Dataset& dataset, const ReturnedWorkbook& wb, const ReturnExpectations& expect,
            const Policy& policy, Diagnostics& diags)
        : dataset_(dataset), wb_(wb), expect_(expect), policy_(policy), diags_(diags) {}

    std::optional<ReturnPlan> run() {
        if (!check_export()) return std::nullopt;
        for (const auto& ind : indicators_) by_id_[ind.stable_id] = &ind;
        start_table();
        match_rows();
        if (proposta()) check_weights();
        if (diags_.has_errors()) return std::nullopt;
        return std::move(plan_);
    }

  private:
    bool proposta() const { return plan_.exported.mode == ExportMode::proposta; }

    Place meta_place(std::string_view key) const {
        auto it = wb_.metadata_row.find(key);
        const std::size_t row = it == wb_.metadata_row.end() ? 1 : it->second;
        return Place{wb_.file, 0, 0, 0,
                     std::string(dept::kMetadataSheet) + "!B" + std::to_string(row)};
    }
    Place cell_place(std::size_t sheet_row, std::size_t column) const {
        return Place{wb_.file, 0, 0, 0, ReturnedWorkbook::cell(sheet_row, column)};
    }
    Place id_place(std::size_t sheet_row) const {
        return cell_place(sheet_row, wb_.column("ID riga").value_or(0));
    }

    // Is this the export the dataset sent, untouched, and still expected back?
    bool check_export() {
        if (!wb_.has_metadata) {
            diags_.error(Errc::return_metadata_missing, Place{wb_.file}, {}, {},
                         "restituire la cartella com'era stata esportata, senza eliminare fogli");
            return false;
        }
        const auto altered = [&](std::string_view key, const std::string& detail) {
            diags_.error(Errc::return_metadata_altered, meta_place(key),
                         wb_.meta(key).empty() ? std::string() : wb_.meta(key), detail,
                         "esportare di nuovo la cartella con pira export");
            return false;
        };
        if (wb_.meta("formato") != dept::kFormat) {
            return altered("formato", "formato atteso " + std::string(dept::kFormat));
        }
        if (wb_.meta("dataset_id") != dataset_id(dataset_)) {
            diags_.error(Errc::return_other_dataset, meta_place("dataset_id"),
                         wb_.meta("dataset_id"), "questo dataset è " + dataset_.path(),
                         "importare la cartella nel dataset da cui è stata esportata");
            return false;
        }
        auto record = find_export(dataset_, wb_.meta("export_id"));
        if (!record) return altered("export_id", "esportazione sconosciuta al dataset");
        // Compared with the dataset's record first, so the message names the cell changed;
        // the signature then catches whatever else was touched.
        const std::pair<std::string_view, std::string> expected[] = {
            {"ente", record->ente},
            {"anno", std::to_string(record->year)},
            {"modalita", std::string(mode_name(record->mode))},
            {"area", record->department},
            {"esportato_il", record->exported_at},
            {"righe", std::to_string(record->rows.size())}};
        for (const auto& [key, value] : expected) {
            if (wb_.meta(key) != value) return altered(key, "esportata con «" + value + "»");
        }
        if (!same_rows(*record)) return false;
        if (record->signature != wb_.signature ||
            metadata_signature(wb_.metadata, wb_.metadata_rows) != wb_.signature) {
            diags_.error(Errc::return_metadata_altered, signature_place(), wb_.signature,
                         "la firma non corrisponde al contenuto",
                         "esportare di nuovo la cartella con pira export");
            return false;
        }
        if (record->superseded_by) {
            diags_.error(
                Errc::return_superseded, meta_place("export_id"), record->export_id,
                "esportata il " + record->exported_at + " per l'area «" + record->department + "»",
                "compilare la cartella dell'ultima esportazione (pira export --status)");
            return false;
        }
        if ((expect_.year && *expect_.year != record->year) ||
            (expect_.mode && *expect_.mode != record->mode)) {
            const bool year = expect_.year && *expect_.year != record->year;
            diags_.error(Errc::return_other_campaign, meta_place(year ? "anno" : "modalita"),
                         std::string(mode_name(record->mode)) + " " + std::to_string(record->year),
                         "attesa: " + std::string(mode_name(expect_.mode.value_or(record->mode))) +
                             " " + std::to_string(expect_.year.value_or(record->year)));
            return false;
        }
        plan_.exported = std::move(*record);
        indicators_ = indicators_of_year(dataset_, plan_.exported.year);
        return true;
    }

    Place signature_place() const {
        return Place{wb_.file, 0, 0, 0,
                     std::string(dept::kMetadataSheet) + "!B" +
                         std::to_string(std::max<std::size_t>(wb_.signature_row, 1))};
    }

    // The row table of _pira against the record: a difference names its cell.
    bool same_rows(const ExportRecord& r) {
        const std::size_t n = std::min(r.rows.size(), wb_.metadata_rows.size());
        for (std::size_t i = 0; i <= n; ++i) {
            if (i == n && r.rows.size() == wb_.metadata_rows.size()) break;
            const std::size_t at = i < wb_.metadata_rows_at.size() ? wb_.metadata_rows_at[i]
                                   : wb_.metadata_rows_at.empty()  ? 1
                                                                  : wb_.metadata_rows_at.back() + 1;
            std::string column = "A", now, was;
            if (i == n) {
                now = std::to_string(wb_.metadata_rows.size()) + " righe";
                was = std::to_string(r.rows.size()) + " righe";
            } else if (r.rows[i].sheet_row != wb_.metadata_rows[i].sheet_row) {
                now = std::to_string(wb_.metadata_rows[i].sheet_row);
                was = std::to_string(r.rows[i].sheet_row);
            } else if (r.rows[i].stable_id != wb_.metadata_rows[i].id) {
                column = "B";
                now = wb_.metadata_rows[i].id;
                was = r.rows[i].stable_id;
            } else if (r.rows[i].hash != wb_.metadata_rows[i].hash) {
                column = "C";
                now = wb_.metadata_rows[i].hash;
                was = r.rows[i].hash;
            } else {
                continue;
            }
            diags_.error(
                Errc::return_metadata_altered,
                Place{wb_.file, 0, 0, 0,
                      std::string(dept::kMetadataSheet) + "!" + column + std::to_string(at)},
                now, "le righe non sono quelle esportate: era «" + was + "»",
                "esportare di nuovo la cartella con pira export");
            return false;
        }
        return true;
    }

    void start_table() {
        CanonicalTable& t = plan_.table;
        t.file = wb_.file;
        t.sheets = {std::string(dept::kIndicatorsSheet)};
        t.columns = {"ente",           "document",   "year",    "objective_code", "indicator_code",
                     "indicator_name", "department", "formula", "unit",           "target",
                     "weight",         "actual",     "note"};
        for (std::string_view f : kObjectiveFields) t.columns.emplace_back(f);
        for (int y : dept_years()) t.columns.push_back("target_" + std::to_string(y));
        title_ = std::string(proposta() ? "Proposta " : "Consuntivo ") +
                 std::to_string(plan_.exported.year) + " – " + plan_.exported.department;
        plan_.fields = {"note"};
        if (!proposta()) plan_.fields.insert("actual");
        if (proposta()) {
            plan_.fields.insert("weight");
            plan_.fields.insert("target");
            for (int y : dept_years()) plan_.fields.insert("target_" + std::to_string(y));
        }
    }

    std::vector<int> dept_years() const { return plan_years_of(wb_.headers); }

    TableRow& new_row(std::size_t sheet_row) {
        plan_.table.rows.push_back(
            TableRow{sheet_row, std::vector<Field>(plan_.table.columns.size()), 1});
        for (auto& f : plan_.table.rows.back().fields) {
            f.line = sheet_row;
            f.sheet = 1;
        }
        return plan_.table.rows.back();
    }
    void set(TableRow& row, std::string_view column, std::string text, std::size_t sheet_col = 0) {
        auto i = plan_.table.column(column);
        row.fields[*i].text = std::move(text);
        row.fields[*i].column = sheet_col + 1;
    }

    // Rows by id: each exported row once, nothing else.
    void match_rows() {
        std::map<std::string, std::size_t> seen;  // id -> sheet row
        std::map<std::string, const ExportRowRecord*> sent;
        for (const auto& r : plan_.exported.rows) sent[r.stable_id] = &r;
        for (const ReturnedRow& row : wb_.rows) {
            if (row.added) {
                added_row(row);
                continue;
            }
            if (row.id.empty()) {
                diags_.error(Errc::return_row_unknown, id_place(row.sheet_row), {},
                             "riga senza ID riga fuori dalla fascia «Nuovi indicatori»",
                             "non aggiungere righe al foglio Indicatori");
                continue;
            }
            auto [at, fresh] = seen.emplace(row.id, row.sheet_row);
            if (!fresh) {
                diags_.error(Errc::return_row_duplicated, id_place(row.sheet_row), name_of(row.id),
                             "la stessa riga è già alla riga " + std::to_string(at->second),
                             "eliminare la copia");
                continue;
            }
            auto it = sent.find(row.id);
            if (it == sent.end()) {
                foreign_row(row);
                continue;
            }
            matched_row(row, *it->second);
        }
        for (const auto& r : plan_.exported.rows) {
            if (seen.count(r.stable_id) != 0) continue;
            diags_.error(Errc::return_row_deleted, id_place(r.sheet_row), name_of(r.stable_id),
                         "era alla riga " + std::to_string(r.sheet_row),
                         "ripristinare la riga (o restituire la cartella originale)");
        }
    }

    std::string name_of(const std::string& id) const {
        auto it = by_id_.find(id);
        return it == by_id_.end() ? id : it->second->text("indicator_name");
    }

    // An id this export did not send: another area's row, another year's, or no one's.
    void foreign_row(const ReturnedRow& row) {
        auto q = dataset_.database().prepare(
            "SELECT i.year, COALESCE(f.text, '') FROM indicators i LEFT JOIN facts f ON "
            "f.indicator_id = i.id AND f.field = 'department' WHERE i.stable_id = ?1");
        q.bind(1, row.id);
        if (q.step()) {
            const std::string area = q.text(1).empty() ? std::string(kNoDepartment) : q.text(1);
            diags_.error(
                Errc::return_row_other_area, id_place(row.sheet_row), name_of(row.id),
                "appartiene all'area «" + area + "» (" + std::to_string(q.integer(0)) + ")",
                "togliere la riga: ogni area restituisce la propria cartella");
        } else {
            diags_.error(Errc::return_row_unknown, id_place(row.sheet_row), row.id,
                         "nessun indicatore del dataset ha questo ID riga",
                         "non modificare la colonna ID riga");
        }
    }

    void matched_row(const ReturnedRow& row, const ExportRowRecord& sent) {
        for (const auto& [header, text] : sent.locked) {
            auto c = wb_.column(header);
            const std::string now =
                c ? std::string(trim(returned_locked_text(row.cells[*c]))) : std::string();
            if (now == trim(text)) continue;
            diags_.error(Errc::return_locked_changed, cell_place(row.sheet_row, c.value_or(0)), now,
                         "colonna " + header + "; era «" + text + "»",
                         "ripristinare il valore esportato: si possono cambiare solo le celle "
                         "gialle");
        }
        const StoredIndicator* ind = by_id_.at(row.id);
        plan_.names[row.id] = ind->text("indicator_name");
        TableRow& out = new_row(row.sheet_row);
        identity(out, *ind);
        if (proposta()) {
            proposal_values(row, out, ind);
        } else {
            // Read (not stored: not one of the fields) so that an actual in words is taken
            // where the target is in words, as pira import takes it from a table.
            set(out, "target", year_target(*ind, plan_.exported.year));
            actual_value(row, out, *ind);
        }
        note_value(row, out);
    }

    void identity(TableRow& out, const StoredIndicator& ind) {
        set(out, "ente", ind.ente);
        set(out, "document", title_);
        set(out, "year", std::to_string(ind.year));
        set(out, "objective_code", ind.objective_code);
        // The key is the indicator's code when it has one (canonical, or as written when it
        // is not canonical), else its folded name: given back the same way, it finds the row.
        if (!ind.indicator_key.empty() && ind.value("indicator_code") == ind.indicator_key) {
            set(out, "indicator_code", ind.indicator_key);
        } else {
            set(out, "indicator_name", ind.indicator_key);
        }
    }

    void actual_value(const ReturnedRow& row, TableRow& out, const StoredIndicator& ind) {
        auto c = wb_.column("Consuntivo");
        if (!c) return;
        const WorkbookCell& cell = row.cells[*c];
        const std::string text(trim(returned_text(cell)));
        if (text.empty()) {
            ++plan_.empty;
            return;
        }
        const std::string& target_text = year_target(ind, ind.year);
        std::optional<Target> target;
        if (auto t = parse_target(target_text)) target = *t;
        const ValueKind kind = value_kind(ind.value("unit"), target);
        auto v = cell.kind == WorkbookCell::Kind::error
                     ? Result<Value>(ParseError{Errc::value_unrecognised, 0, "errore di calcolo"})
                     : parse_actual(text, target_in_words(target_text));
        std::string why;
        if (!v) {
            why = v.error().describe(text);
        } else {
            why = unfit(*v, kind, target);
        }
        if (!why.empty()) {
            diags_.error(Errc::return_value_unfit, cell_place(row.sheet_row, *c), text,
                         "UdM «" + unit_shown(ind, target) + "»: " + why, hint_for(kind));
            return;
        }
        set(out, "actual", text, *c);
    }

    static std::string unit_shown(const StoredIndicator& ind, const std::optional<Target>& t) {
        if (!ind.value("unit").empty()) return ind.value("unit");
        switch (value_kind("", t)) {
            case ValueKind::percent:
                return "%";
            case ValueKind::date:
                return "data";
            case ValueKind::boolean:
                return "si/no";
            case ValueKind::none:
                return "testo";
            default:
                return "numero";
        }
    }

    static std::string hint_for(ValueKind kind) {
        switch (kind) {
            case ValueKind::percent:
                return "scrivere una percentuale (61,19 %) oppure N/D";
            case ValueKind::date:
                return "scrivere una data (30/04/2025) oppure N/D";
            case ValueKind::boolean:
                return "scrivere si, no oppure N/D";
            default:
                return "scrivere un numero (7,20) oppure N/D";
        }
    }

    // Why a value does not fit the row's kind ("" when it does).
    std::string unfit(const Value& v, ValueKind kind, const std::optional<Target>& target) const {
        if (std::holds_alternative<Missing>(v)) return {};
        const bool quantity = std::holds_alternative<Quantity>(v);
        switch (kind) {
            case ValueKind::date:
                if (!std::holds_alternative<Date>(v)) return "serve una data";
                break;
            case ValueKind::boolean:
                if (!std::holds_alternative<bool>(v)) return "serve si o no";
                break;
            case ValueKind::percent:
            case ValueKind::number:
            case ValueKind::whole:
                if (!quantity) return "serve un numero";
                break;
            case ValueKind::none:
                return {};
        }
        if (target) {
            const IndicatorScore s = score_indicator(*target, v, policy_);
            if (s.error == Errc::kind_mismatch || s.error == Errc::unit_mismatch) {
                return std::string(message(s.error)) +
                       (s.detail.empty() ? std::string() : " (" + s.detail + ")");
            }
        }
        return {};
    }

    void note_value(const ReturnedRow& row, TableRow& out) {
        if (auto c = wb_.column("Note")) {
            set(out, "note", std::string(trim(returned_text(row.cells[*c]))), *c);
        }
    }

    // A proposta's targets and weight: each must be a target (or a weight) of the row's kind.
    void proposal_values(const ReturnedRow& row, TableRow& out, const StoredIndicator* ind) {
        const std::string unit = ind != nullptr ? ind->value("unit") : unit_of_added(row);
        // The row's kind: its unit, else what the plan's target is (a deadline, a count...).
        std::optional<Target> planned;
        if (ind != nullptr) {
            if (auto t = parse_target(year_target(*ind, plan_.exported.year))) planned = *t;
        }
        const ValueKind kind = value_kind(unit, planned);
        for (int y : dept_years()) {
            auto c = wb_.column("Target " + std::to_string(y));
            const std::string text(trim(returned_text(row.cells[*c])));
            if (text.empty()) continue;
            const std::string field = target_field(ind, y, plan_.exported.year);
            // Unchanged: the dataset's own value, judged when it was loaded, not here.
            if (ind != nullptr && text == trim(ind->text(field))) continue;
            auto t = parse_target(text);
            std::string why = t ? std::string() : t.error().describe(text);
            if (t && std::holds_alternative<Text>(t->value) && kind != ValueKind::none) {
                why = "un target in parole non si può misurare con questa unità";
            } else if (t && !std::holds_alternative<Missing>(t->value)) {
                why = unfit(t->value, kind, std::nullopt);
            }
            if (!why.empty()) {
                diags_.error(Errc::return_value_unfit, cell_place(row.sheet_row, *c), text,
                             "target " + std::to_string(y) + ", UdM «" +
                                 (ind != nullptr ? unit_shown(*ind, planned) : unit) + "»: " + why,
                             "comparatore e valore (>= 80 %), una scadenza, si/no, oppure n.d.");
                continue;
            }
            set(out, field, text, *c);
        }
        auto c = wb_.column("Peso");
        if (!c) return;
        const WorkbookCell& cell = row.cells[*c];
        const std::string text(trim(returned_text(cell)));
        if (text.empty()) {
            // Left empty: the weight stays as it was, and counts as such in the sum.
            auto kept = parse_quantity(ind != nullptr ? ind->text("weight") : std::string());
            if (kept) {
                weights_[objective_of(row, ind)].push_back(
                    {kept->number.value, kept->number.significant_decimals(), row.sheet_row, *c});
            }
            return;
        }
        auto w = parse_quantity(text);
        if (!w || w->number.value < 0) {
            diags_.error(Errc::weight_malformed, cell_place(row.sheet_row, *c), text,
                         "colonna Peso", "scrivere il peso in punti percentuali, es. 33,30");
            return;
        }
        set(out, "weight", text, *c);
        const auto before = parse_quantity(ind != nullptr ? ind->text("weight") : std::string());
        if (!before || std::abs(before->number.value - w->number.value) > 1e-9) {
            touched_.insert(objective_of(row, ind));
        }
        weights_[objective_of(row, ind)].push_back(
            {w->number.value, w->number.significant_decimals(), row.sheet_row, *c});
    }

    std::string unit_of_added(const ReturnedRow& row) const {
        auto c = wb_.column("UdM");
        if (!c) return {};
        const std::string text(trim(returned_text(row.cells[*c])));
        const Unit* u = Vocabulary::standard().unit(text);
        return u != nullptr ? u->id : text;
    }

    std::string objective_of(const ReturnedRow& row, const StoredIndicator* ind) const {
        if (ind != nullptr) return ind->objective_code;
        auto c = wb_.column("Codice obiettivo");
        return c ? std::string(trim(returned_text(row.cells[*c]))) : std::string();
    }

    // A new indicator in a proposta's band: of one of the area's objectives, with a name that
    // objective does not have yet.
    void added_row(const ReturnedRow& row) {
        const std::string code = objective_of(row, nullptr);
        const auto code_col = wb_.column("Codice obiettivo").value_or(0);
        const StoredIndicator* sibling = nullptr;
        for (const auto& r : plan_.exported.rows) {
            const StoredIndicator* ind = by_id_.at(r.stable_id);
            if (ind->objective_code == code) sibling = ind;
        }
        if (sibling == nullptr) {
            diags_.error(Errc::code_malformed, cell_place(row.sheet_row, code_col), code,
                         "nuovo indicatore: codice obiettivo non tra quelli dell'area",
                         "scegliere il codice dall'elenco");
            return;
        }
        const auto name_col = wb_.column("Indicatore").value_or(0);
        const std::string name(trim(returned_text(row.cells[name_col])));
        if (name.empty()) {
            diags_.error(Errc::column_missing, cell_place(row.sheet_row, name_col), {},
                         "nuovo indicatore senza nome", "scrivere il nome dell'indicatore");
            return;
        }
        for (const auto& ind : indicators_) {
            if (ind.objective_code == code && ind.indicator_key == fold(name)) {
                diags_.error(Errc::return_row_duplicated, cell_place(row.sheet_row, name_col), name,
                             "l'obiettivo " + code + " ha già questo indicatore",
                             "cambiare il nome o modificare la riga esistente");
                return;
            }
        }
        TableRow& out = new_row(row.sheet_row);
        plan_.added_lines.insert(row.sheet_row);
        set(out, "ente", sibling->ente);
        set(out, "document", title_);
        set(out, "year", std::to_string(sibling->year));
        set(out, "objective_code", code, code_col);
        set(out, "indicator_name", name, name_col);
        set(out, "department", plan_.exported.department);
        for (std::string_view f : kObjectiveFields) set(out, f, sibling->text(f));
        for (const char* header : {"Formula", "UdM"}) {
            if (auto c = wb_.column(header)) {
                set(out, header[0] == 'F' ? "formula" : "unit",
                    std::string(trim(returned_text(row.cells[*c]))), *c);
            }
        }
        proposal_values(row, out, nullptr);
        note_value(row, out);
        plan_.added.push_back(ReturnedWorkbook::cell(row.sheet_row, name_col) + " «" + name +
                              "» (obiettivo " + code + ")");
    }

    struct WeightCell {
        double value;
        int decimals;
        std::size_t sheet_row, column;
    };

    // The weights of every objective the workbook holds, with the objective's indicators of
    // other areas as the dataset has them, sum to 100 within the rounding of their precision.
    void check_weights() {
        if (policy_.weights_check == Check::off) return;
        std::set<std::string> returned;
        for (const auto& r : plan_.exported.rows) returned.insert(r.stable_id);
        for (auto& [objective, cells] : weights_) {
            // Objectives whose weights the dirigente left as sent were checked when the plan
            // was loaded; only the ones changed here are judged again.
            if (touched_.count(objective) == 0) continue;
            std::vector<double> weights;
            int decimals = 0;
            for (const auto& w : cells) {
                weights.push_back(w.value);
                decimals = std::max(decimals, w.decimals);
            }
            for (const auto& ind : indicators_) {
                if (ind.objective_code != objective || returned.count(ind.stable_id) != 0) continue;
                if (auto w = parse_quantity(ind.text("weight"))) {
                    weights.push_back(w->number.value);
                    decimals = std::max(decimals, w->number.significant_decimals());
                }
            }
            const WeightSumCheck check = check_weight_sum(weights, decimals);
            if (check.verdict == WeightSum::exact) continue;
            const Place at = cell_place(cells.front().sheet_row, cells.front().column);
            const std::string detail = "obiettivo " + objective;
            if (check.verdict == WeightSum::wrong && policy_.weights_check == Check::error) {
                diags_.error(Errc::weights_sum_wrong, at, describe_weights(weights, check.sum),
                             detail, "correggere i pesi perché la somma sia 100");
            } else {
                diags_.warning(check.verdict == WeightSum::wrong ? Errc::weights_sum_wrong
                                                                 : Errc::weights_sum_rounding,
                               at, describe_weights(weights, check.sum), detail);
            }
        }
    }

    Dataset& dataset_;
    const ReturnedWorkbook& wb_;
    const ReturnExpectations& expect_;
    const Policy& policy_;
    Diagnostics& diags_;
    ReturnPlan plan_;
    std::string title_;
    std::vector<StoredIndicator> indicators_;
    std::map<std::string, const StoredIndicator*> by_id_;
    std::map<std::string, std::vector<WeightCell>> weights_;
    std::set<std::string> touched_;  // objectives with a weight changed or a row added
};

}  // namespace

std::optional<ReturnPlan> check_return(Dataset& dataset, const ReturnedWorkbook& wb,
                                       const ReturnExpectations& expect, const Policy& policy,
                                       Diagnostics& diags) {
    return Checker(dataset, wb, expect, policy, diags).run();
}

}  // namespace pira
