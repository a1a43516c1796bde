#include "scoring/policy.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "common/embedded.hpp"
#include "common/toml_check.hpp"

namespace pira {
namespace {

struct Loader {
    const std::string& file;

    template <class E>
    E choice(const toml::table& t, std::string_view key,
             std::initializer_list<std::pair<std::string_view, E>> options, E fallback) const {
        const toml::node* n = t.get(key);
        if (n == nullptr) return fallback;
        auto s = n->value<std::string>();
        if (s) {
            for (const auto& [name, value] : options) {
                if (*s == name) return value;
            }
        }
        std::string list;
        for (const auto& [name, value] : options)
            list += (list.empty() ? "" : ", ") + std::string(name);
        throw DataFileError(where_is(*n, file) + ": valore non valido per «" + std::string(key) +
                            "» (ammessi: " + list + ")");
    }

    double number(const toml::table& t, std::string_view key, double fallback) const {
        const toml::node* n = t.get(key);
        if (n == nullptr) return fallback;
        if (auto v = n->value<double>()) return *v;
        throw DataFileError(where_is(*n, file) + ": «" + std::string(key) +
                            "» deve essere un numero");
    }

    int integer(const toml::table& t, std::string_view key, int fallback) const {
        const toml::node* n = t.get(key);
        if (n == nullptr) return fallback;
        if (auto v = n->value<int64_t>(); v && *v >= 0 && *v <= 10) return static_cast<int>(*v);
        throw DataFileError(where_is(*n, file) + ": «" + std::string(key) +
                            "» deve essere un intero da 0 a 10");
    }

    const toml::table* section(const toml::table& root, std::string_view key) const {
        const toml::node* n = root.get(key);
        if (n == nullptr) return nullptr;
        if (!n->is_table())
            throw DataFileError(where_is(*n, file) + ": [" + std::string(key) +
                                "] deve essere una sezione");
        return n->as_table();
    }

    LevelRule level(const toml::table& root, std::string_view key, LevelRule rule,
                    std::initializer_list<std::string_view> extra = {}) const {
        const toml::table* t = section(root, key);
        if (t == nullptr) return rule;
        std::vector<std::string_view> allowed{"aggregate", "decimals", "rounding"};
        allowed.insert(allowed.end(), extra.begin(), extra.end());
        for (const auto& [k, node] : *t) {
            if (std::find(allowed.begin(), allowed.end(), k.str()) == allowed.end()) {
                std::string list;
                for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
                throw DataFileError(where_is(node, file) + ": chiave sconosciuta «" +
                                    std::string(k.str()) + "» in [" + std::string(key) +
                                    "] (ammesse: " + list + ")");
            }
        }
        rule.aggregate = choice<Aggregate>(*t, "aggregate",
                                           {{"mean", Aggregate::mean},
                                            {"weighted", Aggregate::weighted},
                                            {"auto", Aggregate::automatic}},
                                           rule.aggregate);
        rule.decimals = integer(*t, "decimals", rule.decimals);
        rule.rounding = choice<Rounding>(*t, "rounding",
                                         {{"half_up", Rounding::half_up},
                                          {"half_even", Rounding::half_even},
                                          {"none", Rounding::none}},
                                         rule.rounding);
        return rule;
    }

    ValidationPolicy validation(const toml::table& v) const {
        check_keys(v, {"deadline_margin_years", "severity"}, file, "[validation]");
        ValidationPolicy out;
        out.deadline_margin_years = integer(v, "deadline_margin_years", out.deadline_margin_years);
        const toml::table* s = section(v, "severity");
        if (s == nullptr) return out;
        for (const auto& [k, node] : *s) {
            if (!is_rule_code(k.str())) {
                std::string list;
                for (const auto& r : validation_rules()) {
                    list += (list.empty() ? "" : ", ") + std::string(r.code);
                }
                throw DataFileError(where_is(node, file) + ": regola sconosciuta «" +
                                    std::string(k.str()) +
                                    "» in [validation.severity] (regole: " + list + ")");
            }
            out.severity[std::string(k.str())] =
                choice<RuleSeverity>(*s, k.str(),
                                     {{"errore", RuleSeverity::error},
                                      {"avviso", RuleSeverity::warning},
                                      {"off", RuleSeverity::off}},
                                     RuleSeverity::error);
        }
        return out;
    }

    std::map<std::string, double> weights(const toml::table& t, std::string_view key) const {
        std::map<std::string, double> out;
        const toml::table* w = section(t, key);
        if (w == nullptr) return out;
        for (const auto& [k, node] : *w) {
            auto v = node.value<double>();
            if (!v || *v < 0)
                throw DataFileError(where_is(node, file) + ": il peso di «" + std::string(k.str()) +
                                    "» deve essere un numero non negativo");
            out[std::string(k.str())] = *v;
        }
        return out;
    }
};

}  // namespace

Policy Policy::load(std::string_view toml_text, const std::string& file) {
    const toml::table root = parse_toml(toml_text, file);
    check_keys(root,
               {"name", "indicator", "objective", "strategic_objective", "area", "ente",
                "thresholds", "weights", "validation"},
               file, "la politica");
    const Loader l{file};
    Policy p;
    p.name = root.get("name") ? require_string(root, "name", file) : file;
    if (const toml::table* ind = l.section(root, "indicator")) {
        check_keys(
            *ind, {"bare_numeric", "at_most", "exact", "deadline", "floor", "cap", "not_available"},
            file, "[indicator]");
        p.bare_numeric = l.choice<Op>(
            *ind, "bare_numeric", {{">=", Op::ge}, {"=", Op::eq}, {"<=", Op::le}}, p.bare_numeric);
        p.at_most = l.choice<AtMost>(
            *ind, "at_most", {{"linear", AtMost::linear}, {"ratio", AtMost::ratio}}, p.at_most);
        l.choice<int>(*ind, "exact", {{"exact", 0}}, 0);
        l.choice<int>(*ind, "deadline", {{"binary", 0}}, 0);
        p.floor = l.number(*ind, "floor", p.floor);
        p.cap = l.number(*ind, "cap", p.cap);
        if (p.floor > p.cap)
            throw DataFileError(where_is(*ind, file) + ": floor è maggiore di cap");
        p.not_available = l.choice<NotAvailable>(
            *ind, "not_available",
            {{"exclude", NotAvailable::exclude}, {"zero", NotAvailable::zero}}, p.not_available);
    }
    p.objective = l.level(root, "objective", p.objective, {"weights_check"});
    if (const toml::table* obj = l.section(root, "objective")) {
        p.weights_check = l.choice<Check>(
            *obj, "weights_check",
            {{"error", Check::error}, {"warning", Check::warning}, {"off", Check::off}},
            p.weights_check);
    }
    p.strategic_objective = l.level(root, "strategic_objective", p.strategic_objective);
    p.area = l.level(root, "area", p.area);
    p.ente = l.level(root, "ente", p.ente, {"from"});
    if (const toml::table* ente = l.section(root, "ente")) {
        p.ente_from = l.choice<EnteFrom>(
            *ente, "from",
            {{"strategic_objectives", EnteFrom::strategic_objectives}, {"areas", EnteFrom::areas}},
            p.ente_from);
    }
    if (const toml::table* th = l.section(root, "thresholds")) {
        check_keys(*th, {"raggiunto", "parzialmente"}, file, "[thresholds]");
        p.raggiunto = l.number(*th, "raggiunto", p.raggiunto);
        p.parzialmente = l.number(*th, "parzialmente", p.parzialmente);
        if (p.parzialmente > p.raggiunto)
            throw DataFileError(where_is(*th, file) + ": parzialmente è maggiore di raggiunto");
    }
    if (const toml::table* w = l.section(root, "weights")) {
        check_keys(*w, {"areas", "strategic_objectives"}, file, "[weights]");
        p.area_weights = l.weights(*w, "areas");
        p.strategic_weights = l.weights(*w, "strategic_objectives");
    }
    if (const toml::table* v = l.section(root, "validation")) p.validation = l.validation(*v);
    p.validation.bare_numeric = p.bare_numeric;
    return p;
}

const Policy& Policy::standard() {
    static const Policy p = load(embedded_file("policies/default.toml"), "policies/default.toml");
    return p;
}

std::string_view status_of(double performance, const Policy& policy) {
    // Compare the figure as published (rounded), so 79.995 -> 80.00 reads "raggiunto".
    if (performance + 1e-9 >= policy.raggiunto) return "raggiunto";
    if (performance + 1e-9 >= policy.parzialmente) return "parzialmente raggiunto";
    return "non raggiunto";
}

namespace {

// 10^n: exact doubles up to 10^22, as std::pow gives them (it cost a third of round_to, which
// runs for every indicator's figure and every objective).
double power_of_ten(int n) {
    static constexpr std::array<double, 23> kPowers = {
        1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    return n >= 0 && n < static_cast<int>(kPowers.size()) ? kPowers[static_cast<std::size_t>(n)]
                                                          : std::pow(10.0, n);
}

}  // namespace

double round_to(double value, int decimals, Rounding rounding) {
    if (rounding == Rounding::none) return value;
    const double scale = power_of_ten(decimals);
    const double scaled = value * scale;
    constexpr double kTolerance = 1e-9;
    double floor_part = std::floor(scaled);
    double frac = scaled - floor_part;
    double result = floor_part;
    if (frac > 0.5 + kTolerance) {
        result = floor_part + 1;
    } else if (std::fabs(frac - 0.5) <= kTolerance) {
        if (rounding == Rounding::half_up) {
            // Half up means away from zero, as the Relazione rounds negative figures too.
            result = value >= 0 ? floor_part + 1 : floor_part;
        } else {
            result = std::fmod(floor_part, 2.0) == 0.0 ? floor_part : floor_part + 1;
        }
    } else if (frac >= 1.0 - kTolerance) {
        result = floor_part + 1;
    }
    return result / scale;
}

}  // namespace pira
