// The scoring policy loader (scoring/policy, policies/*.toml, --policy). A bad policy is a
// DataFileError (exit 2 in pira); anything else thrown is a bug. A policy that loads scores
// a small table.
#include "common/toml_check.hpp"
#include "fuzz_table.hpp"
#include "readers/table_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::optional<pira::CanonicalTable> table = [] {
        pira::Diagnostics diags;
        return pira::read_table_bytes(
            "fuzz.csv",
            "area;strategic_objective;objective_code;indicator_name;target;actual;weight\n"
            "Imprese;Competitività;A.3.4;Imprese assistite;>= 150 N.;120 N.;40\n"
            "Imprese;Competitività;A.3.4;Contributi;entro il 31/12/2020;15/12/2020;60\n"
            "Ente;Efficienza;E1;Tempo medio;<= 30 gg;36 gg;100\n",
            {}, diags);
    }();
    try {
        const pira::Policy policy =
            pira::Policy::load(pira::fuzz::text_of(data, size), "fuzz.toml");
        (void)pira::status_of(75.0, policy);
        pira::Diagnostics diags;
        const auto indicators = pira::build_indicators(*table, {}, diags);
        (void)pira::score(indicators, policy, diags);
        pira::ValidationInput input;
        input.table = &*table;
        input.mode = pira::ValidationMode::consuntivo;
        (void)pira::validate_table(input, policy.validation);
        (void)pira::fuzz::render(diags);
    } catch (const pira::DataFileError&) {
        // Refused with its file, line and key: what pira does with it.
    }
    return 0;
}
