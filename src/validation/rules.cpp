#include "validation/rules.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <set>

#include "common/text.hpp"
#include "normalise/code.hpp"
#include "normalise/programme.hpp"
#include "normalise/quantity.hpp"
#include "normalise/target.hpp"
#include "normalise/value.hpp"
#include "normalise/vocabulary.hpp"
#include "validation/weights.hpp"

namespace pira {
namespace {

std::optional<int> four_digits(std::string_view s) {
    int y = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
    if (ec != std::errc() || p != s.data() + s.size() || y < 1900 || y > 2200) return std::nullopt;
    return y;
}

// A row's objective and indicator, as findings name them.
struct RowNames {
    std::string objective, indicator;
};

// "±0,8 punti": a tolerance in Italian form.
std::string points(double tolerance) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", tolerance);
    std::string t = buf;
    while (t.back() == '0') t.pop_back();
    if (t.back() == '.') t.pop_back();
    std::replace(t.begin(), t.end(), '.', ',');
    return "±" + t + (t == "1" ? " punto" : " punti");
}

struct WeightCell {
    double value = 0;
    int decimals = 0;
    std::size_t row = 0;
};

class Validator {
  public:
    Validator(const ValidationInput& in, const ValidationPolicy& policy)
        : in_(in), t_(*in.table), policy_(policy) {
        for (const auto& c : t_.columns) {
            if (is_target_year_column(c)) years_.push_back(std::stoi(c.substr(7)));
        }
        std::sort(years_.begin(), years_.end());
    }

    ValidationResult run() {
        out_.rows = t_.rows.size();
        for (std::size_t r = 0; r < t_.rows.size(); ++r) row(r);
        weights();
        objective_weights();
        // File order: by row, then by column; whole-objective findings sit on their first row.
        auto key = [&](const Finding& f) {
            const auto c = t_.column(f.column);
            return std::make_pair(f.row.value_or(0), c.value_or(0));
        };
        std::stable_sort(out_.findings.begin(), out_.findings.end(),
                         [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
        return std::move(out_);
    }

  private:
    const Field* field(std::size_t r, std::string_view column) const {
        return t_.field(t_.rows[r], column);
    }
    std::string text(std::size_t r, std::string_view column) const {
        const Field* f = field(r, column);
        return f == nullptr ? std::string() : std::string(trim(f->text));
    }

    Place place(std::size_t r, std::string_view column) const {
        if (in_.places_from_source) {
            const std::string ref = text(r, "source_ref");
            Place p{t_.file};
            if (auto at = ref.find("#page="); at != std::string::npos) {
                p.page = static_cast<std::size_t>(std::atoi(ref.c_str() + at + 6));
            } else if (auto hash = ref.find('#'); hash != std::string::npos) {
                p.cell = ref.substr(hash + 1);  // a workbook in a document's layout
            }
            return p;
        }
        const Field* f = field(r, column);
        return f != nullptr ? t_.place(*f) : t_.place(t_.rows[r]);
    }

    void add(std::string_view code, std::size_t r, std::string_view column, std::string value,
             std::string message, std::string fix = {}) {
        const RuleSeverity s = policy_.severity_of(code);
        if (s == RuleSeverity::off) return;
        const RowNames n = names_[r];
        out_.findings.push_back({std::string(code), s, place(r, column), std::move(value),
                                 n.objective, n.indicator, std::move(message), std::move(fix), r,
                                 std::string(column)});
    }

    // The years whose targets the row must have: target_AAAA columns, else `target` of its year.
    std::vector<std::pair<int, std::string>> target_columns(std::size_t r) const {
        std::vector<std::pair<int, std::string>> out;
        for (int y : years_) out.emplace_back(y, "target_" + std::to_string(y));
        if (out.empty() && t_.column("target")) {
            out.emplace_back(in_.year.value_or(four_digits(text(r, "year")).value_or(0)), "target");
        }
        return out;
    }

    void row(std::size_t r) {
        RowNames n{text(r, "objective_code"), text(r, "indicator_name")};
        if (n.indicator.empty()) n.indicator = text(r, "indicator_code");
        names_.push_back(n);
        codes(r);
        mission(r);
        const Unit* unit = Vocabulary::standard().unit(text(r, "unit"));
        std::optional<Target> first;
        bool first_year = true;
        for (const auto& [year, column] : target_columns(r)) {
            auto t = target(r, year, column, first_year, unit);
            if (first_year) first = t;
            first_year = false;
        }
        if (in_.mode == ValidationMode::consuntivo) actual(r, year_target(r).value_or(first));
        if (in_.mode != ValidationMode::consuntivo && first) history(r, *first);
        if (t_.column("weight")) collect_weight(r);
    }

    // A consuntivo's actual answers the target of the row's year: `target` where the table
    // has it beside the plan years' columns, else the first plan year's (nullopt: use that).
    std::optional<std::optional<Target>> year_target(std::size_t r) const {
        if (years_.empty()) return std::nullopt;
        const std::string written = text(r, "target");
        if (written.empty()) return std::nullopt;
        auto t = parse_target(written);
        return t ? std::optional<Target>(*t) : std::optional<Target>();
    }

    void codes(std::size_t r) {
        const std::string code = text(r, "objective_code");
        auto c = parse_objective_code(code);
        if (c) names_[r].objective = c->canonical;
        if (!c) {
            add("CODICE_OBIETTIVO", r, "objective_code", code,
                code.empty() ? "codice obiettivo mancante" : "codice obiettivo non leggibile",
                "scrivere il codice nella forma 01_01_OS02");
        } else if (!c->repair.empty() && repaired_.insert(code).second) {
            // Once per code as written, not on every indicator of the objective.
            add("CODICE_NON_CANONICO", r, "objective_code", code,
                "codice obiettivo scritto in una variante", "scrivere " + c->canonical);
        }
        if (c) {
            objective_key_.push_back(c->canonical);
            if (std::find(out_.objectives.begin(), out_.objectives.end(), c->canonical) ==
                out_.objectives.end()) {
                out_.objectives.push_back(c->canonical);
            }
        } else {
            objective_key_.push_back(code);
        }
        const std::string icode = text(r, "indicator_code");
        if (!icode.empty()) {
            auto ic = parse_indicator_code(icode);
            if (ic && !ic->repair.empty()) {
                add("CODICE_NON_CANONICO", r, "indicator_code", icode,
                    "codice indicatore scritto in una variante", "scrivere " + ic->canonical);
            }
            const std::string key = ic ? ic->canonical : icode;
            auto [at, fresh] = indicator_codes_.emplace(key, r);
            if (!fresh) {
                add("CODICE_DUPLICATO", r, "indicator_code", icode,
                    "codice indicatore già usato da «" + names_[at->second].indicator + "»",
                    "dare a ogni indicatore un codice suo");
            }
        }
        const std::string name = text(r, "indicator_name");
        if (!name.empty()) {
            auto [at, fresh] =
                names_in_objective_.emplace(objective_key_.back() + '\x1f' + fold(name), r);
            if (!fresh) {
                add("NOME_RIPETUTO", r, "indicator_name", name,
                    "lo stesso nome è già un indicatore dell'obiettivo",
                    "distinguere i due indicatori nel nome, o eliminare il doppione");
            }
        }
    }

    void mission(std::size_t r) {
        const std::string m = text(r, "mission");
        if (m.empty()) return;
        const std::string p = text(r, "programme");
        auto c = classify_programme(m, p);
        const std::string value = p.empty() ? m : m + " / " + p;
        if (!missions_.insert(value).second) return;  // once per pair, not on every row
        if (!c) {
            add("MISSIONE_PROGRAMMA", r, "mission", value,
                "missione e programma non nella tabella del D.M. 27/03/2013: " + c.error().detail,
                "controllare i codici (mappings/programmes.toml)");
        } else if (!c->note.empty()) {
            add("MISSIONE_PROGRAMMA", r, "mission", value, "classificazione aggiornata: " + c->note,
                "scrivere " + c->mission + (c->programme.empty() ? "" : "." + c->programme));
        }
    }

    std::optional<Target> target(std::size_t r, int year, const std::string& column,
                                 bool first_year, const Unit* unit) {
        const std::string written = text(r, column);
        const std::string label = "target " + std::to_string(year);
        // An indicator of weight 0 is not measured that year: a missing target is no error.
        const bool weightless = zero_weight(r);
        if (written.empty()) {
            if (weightless) return std::nullopt;
            add("TARGET_MANCANTE", r, column, {}, label + " mancante",
                "indicare comparatore e valore, una scadenza o si/no");
            return std::nullopt;
        }
        auto t = parse_target(written);
        if (!t) {
            add("TARGET_MALFORMATO", r, column, written, label + ": " + t.error().describe(written),
                "scrivere il target come in docs/value-forms.md (>= 80 %, entro il 30/04/2026)");
            return std::nullopt;
        }
        if (std::holds_alternative<Missing>(t->value)) {
            if (first_year && !weightless) {
                add("TARGET_ND_PRIMO_ANNO", r, column, written,
                    label + " non disponibile nel primo anno del piano",
                    "indicare il target del primo anno");
            } else {
                add("TARGET_ND", r, column, written, label + " non ancora definito");
            }
            return std::nullopt;
        }
        if (const auto* d = std::get_if<Date>(&t->value)) deadline(r, column, written, *d, year);
        unit_agreement(r, column, written, *t, unit);
        return *t;
    }

    bool zero_weight(std::size_t r) const {
        auto w = parse_quantity(text(r, "weight"));
        return w && w->number.value == 0;
    }

    void deadline(std::size_t r, const std::string& column, const std::string& written,
                  const Date& d, int year) {
        const int first = years_.empty() ? year : years_.front();
        const int last = years_.empty() ? year : years_.back();
        const int m = policy_.deadline_margin_years;
        if (d.year >= first - m && d.year <= last + m) return;
        add("SCADENZA_FUORI_PERIODO", r, column, written,
            "scadenza " + d.iso() + " fuori dagli anni del piano (" + std::to_string(first) +
                (first == last ? "" : "-" + std::to_string(last)) + ")",
            "controllare l'anno della scadenza");
    }

    void unit_agreement(std::size_t r, const std::string& column, const std::string& written,
                        const Target& t, const Unit* unit) {
        if (unit == nullptr) return;
        const bool date = std::holds_alternative<Date>(t.value);
        const bool yes_no = std::holds_alternative<bool>(t.value);
        const std::string u = "UdM «" + unit->id + "»";
        if (date && unit->kind != UnitKind::date) {
            add("UDM_SCADENZA", r, column, written, "una scadenza come target, ma " + u,
                "indicare l'unità «data» o un target numerico");
        }
        if (yes_no != (unit->kind == UnitKind::boolean) && !date &&
            !std::holds_alternative<Text>(t.value)) {
            add("UDM_SINO", r, column, written,
                yes_no ? "un target si/no, ma " + u : "un'unità si/no, ma il target non è si o no",
                "usare l'unità «si/no» con i target si/no");
        }
        if (const auto* q = std::get_if<Quantity>(&t.value); q != nullptr && q->unit != nullptr) {
            const bool percent = q->is_percent();
            if ((percent && unit->id == "n.") || (!percent && unit->kind == UnitKind::percent)) {
                add("UDM_PERCENTUALE", r, column, written,
                    percent ? "un target in percentuale per un conteggio (" + u + ")"
                            : "un target in " + q->unit->id + " per una percentuale",
                    "allineare l'unità e il target");
            }
        }
    }

    // Consuntivo: an actual for every row, of its target's kind.
    void actual(std::size_t r, const std::optional<Target>& target) {
        const std::string written = text(r, "actual");
        if (written.empty()) {
            add("CONSUNTIVO_MANCANTE", r, "actual", {}, "consuntivo mancante",
                "scrivere il valore raggiunto, oppure N/D se non è disponibile");
            return;
        }
        auto v = parse_actual(written, target && std::holds_alternative<Text>(target->value));
        if (!v) {
            add("CONSUNTIVO_TIPO", r, "actual", written, v.error().describe(written),
                "scrivere un numero, una percentuale, una data, si/no oppure N/D");
            return;
        }
        if (!target || std::holds_alternative<Missing>(*v) ||
            std::holds_alternative<Text>(target->value)) {
            return;
        }
        if (v->index() != target->value.index()) {
            add("CONSUNTIVO_TIPO", r, "actual", written,
                "consuntivo di tipo " + std::string(kind_name(*v)) + ", target di tipo " +
                    std::string(kind_name(target->value)),
                "scrivere un valore dello stesso tipo del target");
            return;
        }
        const auto* a = std::get_if<Quantity>(&*v);
        const auto* q = std::get_if<Quantity>(&target->value);
        if (a != nullptr && q != nullptr && a->unit != nullptr && q->unit != nullptr &&
            a->unit != q->unit) {
            add("CONSUNTIVO_TIPO", r, "actual", written,
                "consuntivo in «" + a->unit->id + "», target in «" + q->unit->id + "»",
                "scrivere il consuntivo nell'unità del target");
        }
    }

    // A proposta's (or plan's) first target against what was already achieved.
    void history(std::size_t r, const Target& t) {
        const auto* q = std::get_if<Quantity>(&t.value);
        const Op op = t.op == Op::none ? policy_.bare_numeric : t.op;  // "7" reads as ">= 7"
        if (q == nullptr || op == Op::eq || op == Op::none) return;
        for (const char* column : {"previous_actual", "baseline"}) {
            const std::string written = text(r, column);
            if (written.empty()) continue;
            auto v = parse_value(written);
            const Quantity* b = v ? std::get_if<Quantity>(&*v) : nullptr;
            if (b == nullptr) continue;
            if (b->unit != nullptr && q->unit != nullptr && b->unit != q->unit) return;
            const bool at_least = op == Op::ge || op == Op::gt;
            const double tv = q->number.value, bv = b->number.value;
            if ((at_least && tv < bv) || (!at_least && tv > bv)) {
                const std::string what =
                    column == std::string("baseline") ? "la baseline" : "il consuntivo precedente";
                add("TARGET_CONTRO_STORICO", r, target_columns(r).front().second,
                    text(r, target_columns(r).front().second),
                    std::string(at_least ? "target sotto " : "target sopra ") + what + " (" +
                        written + ")",
                    "confermare il target o allinearlo a quanto già raggiunto");
            }
            return;
        }
    }

    void collect_weight(std::size_t r) {
        const std::string written = text(r, "weight");
        const std::string& objective = objective_key_.back();
        if (written.empty()) {
            missing_weight_[objective].push_back(r);
            return;
        }
        auto w = parse_quantity(written);
        if (!w) return;  // pira import and score report an unreadable weight
        if (w->number.value == 0) {
            add("PESO_ZERO", r, "weight", written,
                "peso 0: l'indicatore non conta nella performance dell'obiettivo");
        }
        weights_[objective].push_back({w->number.value, w->number.significant_decimals(), r});
    }

    void weights() {
        for (const auto& [objective, missing] : missing_weight_) {
            if (weights_.count(objective) == 0) continue;
            for (std::size_t r : missing) {
                add("PESO_MANCANTE", r, "weight", {}, "indicatore senza peso",
                    "indicare il peso dell'indicatore nell'obiettivo");
            }
        }
        for (const auto& [objective, cells] : weights_) {
            std::vector<double> values;
            int decimals = 0;
            for (const auto& c : cells) {
                values.push_back(c.value);
                decimals = std::max(decimals, c.decimals);
            }
            const WeightSumCheck check = check_weight_sum(values, decimals);
            if (check.verdict == WeightSum::exact) continue;
            const bool wrong = check.verdict == WeightSum::wrong;
            add(wrong ? "PESI_SOMMA" : "PESI_ARROTONDAMENTO", cells.front().row, "weight",
                describe_weights(values, check.sum),
                wrong ? "la somma dei pesi dell'obiettivo non è 100 (scarto ammesso per "
                        "l'arrotondamento: " +
                            points(check.tolerance) + ")"
                      : "la somma dei pesi dell'obiettivo differisce da 100 entro "
                        "l'arrotondamento dei pesi pubblicati (" +
                            points(check.tolerance) + ")",
                wrong ? "correggere i pesi perché la somma sia 100" : std::string());
            out_.findings.back().indicator.clear();
        }
    }

    // Objective weights inside each strategic objective, when every objective has one.
    void objective_weights() {
        if (!t_.column("objective_weight") || !t_.column("strategic_objective")) return;
        std::map<std::string, std::map<std::string, std::pair<std::string, std::size_t>>> groups;
        for (std::size_t r = 0; r < t_.rows.size(); ++r) {
            groups[text(r, "strategic_objective")].emplace(
                objective_key_[r], std::pair{text(r, "objective_weight"), r});
        }
        for (const auto& [strategic, objectives] : groups) {
            std::vector<double> values;
            int decimals = 0;
            for (const auto& [code, w] : objectives) {
                auto q = parse_quantity(w.first);
                if (!q) {
                    values.clear();
                    break;
                }
                values.push_back(q->number.value);
                decimals = std::max(decimals, q->number.significant_decimals());
            }
            if (values.size() != objectives.size() || values.empty()) continue;
            const WeightSumCheck check = check_weight_sum(values, decimals);
            if (check.verdict != WeightSum::wrong) continue;
            add("PESI_OBIETTIVI", objectives.begin()->second.second, "objective_weight",
                describe_weights(values, check.sum),
                "la somma dei pesi degli obiettivi di «" + strategic + "» non è 100",
                "correggere i pesi degli obiettivi");
            out_.findings.back().indicator.clear();
        }
    }

    const ValidationInput& in_;
    const CanonicalTable& t_;
    const ValidationPolicy& policy_;
    std::vector<int> years_;
    std::vector<RowNames> names_;
    std::vector<std::string> objective_key_;  // per row: canonical code, or as written
    std::map<std::string, std::size_t> indicator_codes_, names_in_objective_;
    std::map<std::string, std::vector<WeightCell>> weights_;
    std::map<std::string, std::vector<std::size_t>> missing_weight_;
    std::set<std::string> repaired_;  // objective codes already reported as variants
    std::set<std::string> missions_;  // mission/programme pairs already checked
    ValidationResult out_;
};

}  // namespace

std::string_view validation_mode_name(ValidationMode m) {
    switch (m) {
        case ValidationMode::consuntivo:
            return "consuntivo";
        case ValidationMode::proposta:
            return "proposta";
        case ValidationMode::plan:
            break;
    }
    return "piano";
}

std::optional<ValidationMode> parse_validation_mode(std::string_view text) {
    const std::string f = fold(text);
    if (f == "piano") return ValidationMode::plan;
    if (f == "consuntivo") return ValidationMode::consuntivo;
    if (f == "proposta") return ValidationMode::proposta;
    return std::nullopt;
}

ValidationMode detect_mode(const CanonicalTable& table) {
    auto c = table.column("actual");
    if (!c) return ValidationMode::plan;
    for (const auto& row : table.rows) {
        if (!trim(row.fields[*c].text).empty()) return ValidationMode::consuntivo;
    }
    return ValidationMode::plan;
}

ValidationResult validate_table(const ValidationInput& input, const ValidationPolicy& policy) {
    return Validator(input, policy).run();
}

}  // namespace pira
