// The scoring policy: how indicator, objective and higher figures are computed. The default is
// the method of the Relazione sulla performance 2025 (policies/default.toml, docs/policy.md);
// another chamber passes its own TOML file with --policy.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "normalise/comparator_op.hpp"
#include "validation/findings.hpp"

namespace pira {

enum class Aggregate { mean, weighted, automatic };
enum class Rounding { half_up, half_even, none };
enum class AtMost { linear, ratio };
enum class NotAvailable { exclude, zero };
enum class Check { error, warning, off };
enum class EnteFrom { strategic_objectives, areas };

struct LevelRule {
    Aggregate aggregate = Aggregate::automatic;
    int decimals = 2;
    Rounding rounding = Rounding::half_up;
};

struct Policy {
    std::string name;
    // indicator
    Op bare_numeric = Op::ge;
    AtMost at_most = AtMost::linear;
    double floor = 0.0;
    double cap = 100.0;
    NotAvailable not_available = NotAvailable::exclude;
    // levels
    LevelRule objective{Aggregate::weighted, 2, Rounding::half_up};
    Check weights_check = Check::error;
    LevelRule strategic_objective;
    LevelRule area;
    LevelRule ente;
    EnteFrom ente_from = EnteFrom::strategic_objectives;
    double raggiunto = 80.0;
    double parzialmente = 60.0;
    std::map<std::string, double> area_weights;
    std::map<std::string, double> strategic_weights;
    // [validation]: what pira validate reports and how severely (docs/validate.md).
    ValidationPolicy validation;

    // The compiled-in policies/default.toml.
    static const Policy& standard();
    // Throws DataFileError naming file, line and key for anything unknown or ill-typed.
    static Policy load(std::string_view toml_text, const std::string& file);
};

// "raggiunto", "parzialmente raggiunto" or "non raggiunto".
std::string_view status_of(double performance, const Policy& policy);

// Rounds to `decimals` decimals. Inputs are decimal figures held in binary floating point, so a
// value within 1e-9 of a half is taken as the half: 586.23 / 6 is 97.70499999... in binary but
// 97.705 in the Relazione's arithmetic, and rounds half up to 97.71.
double round_to(double value, int decimals, Rounding rounding);

}  // namespace pira
