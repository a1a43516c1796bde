#include "validation/findings.hpp"

#include <algorithm>

namespace pira {

const std::vector<Rule>& validation_rules() {
    using S = RuleSeverity;
    static const std::vector<Rule> rules{
        {"PESI_SOMMA", S::error},
        {"PESI_ARROTONDAMENTO", S::warning},
        {"PESO_ZERO", S::warning},
        {"PESO_MANCANTE", S::error},
        {"PESI_OBIETTIVI", S::error},
        {"TARGET_MANCANTE", S::error},
        {"TARGET_ND", S::warning},
        {"TARGET_ND_PRIMO_ANNO", S::error},
        {"TARGET_MALFORMATO", S::error},
        {"SCADENZA_FUORI_PERIODO", S::error},
        {"UDM_SCADENZA", S::error},
        {"UDM_SINO", S::error},
        {"UDM_PERCENTUALE", S::warning},
        {"CODICE_OBIETTIVO", S::error},
        {"CODICE_NON_CANONICO", S::warning},
        {"CODICE_DUPLICATO", S::error},
        {"NOME_RIPETUTO", S::warning},
        {"MISSIONE_PROGRAMMA", S::warning},
        {"CONSUNTIVO_MANCANTE", S::error},
        {"CONSUNTIVO_TIPO", S::error},
        {"TARGET_CONTRO_STORICO", S::warning},
    };
    return rules;
}

bool is_rule_code(std::string_view code) {
    const auto& r = validation_rules();
    return std::any_of(r.begin(), r.end(), [&](const Rule& x) { return x.code == code; });
}

RuleSeverity ValidationPolicy::severity_of(std::string_view code) const {
    if (auto it = severity.find(code); it != severity.end()) return it->second;
    for (const auto& r : validation_rules()) {
        if (r.code == code) return r.severity;
    }
    return RuleSeverity::error;
}

std::string_view severity_name(RuleSeverity s) {
    return s == RuleSeverity::warning ? "avviso" : "errore";
}

}  // namespace pira
