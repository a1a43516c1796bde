// Where a legacy objective (Pistoia by code, Prato by programme name, Pistoia's PIRA by mission
// and programme) sits in the Pistoia-Prato
// tree, from mappings/legacy.toml.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pira {

struct TreePlace {
    std::string area;                 // the Pistoia-Prato area name
    std::string strategic_objective;  // the Pistoia-Prato strategic objective
    std::string rule;                 // which entry of mappings/legacy.toml placed it
};

// `family` is the code family of parse_objective_code ("Pistoia (legacy)", "Prato (legacy)",
// "Pistoia PIRA (legacy)").
// nullopt when the objective is not legacy; a TreePlace with empty names when it is legacy but
// no entry covers it (the caller reports it).
std::optional<TreePlace> legacy_place(std::string_view family, std::string_view code,
                                      std::string_view objective_name);

}  // namespace pira
