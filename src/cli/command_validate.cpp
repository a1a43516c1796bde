#include <boost/program_options.hpp>

#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/document_lines.hpp"
#include "cli/limit_options.hpp"
#include "cli/option_errors.hpp"
#include "cli/score_run.hpp"
#include "common/text.hpp"
#include "extraction/registry.hpp"
#include "extraction/sections.hpp"
#include "readers/department_return.hpp"
#include "readers/file_bytes.hpp"
#include "readers/table_reader.hpp"
#include "validation/weights.hpp"
#include "writers/validation_report.hpp"

namespace po = boost::program_options;

namespace pira {
namespace {

struct Options {
    std::vector<std::string> inputs;
    std::string output, format = "text", policy_file, mode;
    std::optional<int> year;
    std::vector<std::string> limit_specs;
    ReaderLimits limits;  // the defaults with --limit applied
};

// A document read through its profile (PDF plans, workbooks in a document's layout).
std::optional<CanonicalTable> document_table(const std::string& file, const ReaderLimits& limits,
                                             Diagnostics& diags) {
    auto lines = read_document_lines(file, limits, diags);
    if (!lines) return std::nullopt;
    // The user's own profiles (PIRA_PROFILE_DIR) are detected as pira extract detects them.
    const auto available = available_profiles(profile_dirs({}));
    // A submission is one plan; a bound volume of several (seed 003) is validated by parts,
    // never by its first family alone.
    if (const auto sections = split_sections(*lines, available); sections.size() > 1) {
        std::string which;
        for (const auto& s : sections)
            which +=
                (which.empty() ? "" : ", ") + ("pagine " + std::to_string(s.first_page) + "-" +
                                               std::to_string(s.last_page) + ": " + s.profile->id);
        diags.error(Errc::document_sections, Place{file}, {}, which,
                    "estrarre le sezioni con «pira extract " + file +
                        " -o sezioni.csv» e validare il CSV con «pira validate sezioni.csv»");
        return std::nullopt;
    }
    const auto chosen = choose_profile(std::nullopt, file, *lines, available);
    if (!chosen) return std::nullopt;
    Extraction x = extract(file, *lines, chosen->profile, diags);
    if (x.table.rows.empty()) {
        diags.error(Errc::table_not_found, Place{file}, {}, "profilo " + chosen->profile.id);
        return std::nullopt;
    }
    return std::move(x.table);
}

// The year of every row, when they share one.
std::optional<int> single_year(const CanonicalTable& t) {
    auto c = t.column("year");
    if (!c || t.rows.empty()) return std::nullopt;
    std::optional<int> year;
    for (const auto& row : t.rows) {
        const std::string y(trim(row.fields[*c].text));
        if (y.size() != 4 || y.find_first_not_of("0123456789") != std::string::npos) {
            return std::nullopt;
        }
        if (year && *year != std::stoi(y)) return std::nullopt;
        year = std::stoi(y);
    }
    return year;
}

// One input as a table with its mode and year; nullopt when it cannot be read.
std::optional<ValidatedInput> read_input(const std::string& file, const Options& o,
                                         Diagnostics& diags) {
    ValidatedInput in;
    in.file = file;
    bool document = false;
    if (lower_extension(file) == ".pdf") {
        auto t = document_table(file, o.limits, diags);
        if (!t) return std::nullopt;
        in.table = std::move(*t);
        document = true;
    } else if (is_workbook_file(file)) {
        auto wb = read_workbook(file, o.limits, diags);
        if (!wb) return std::nullopt;
        if (is_department_workbook(*wb)) {
            std::optional<ExportMode> mode;
            in.table = department_table(read_department_return(*wb), mode, in.year);
            in.mode = *mode == ExportMode::consuntivo ? ValidationMode::consuntivo
                                                      : ValidationMode::proposta;
        } else {
            Diagnostics canonical;
            auto t = canonical_table_from(*wb, canonical);
            if (t) {
                diags.append(canonical);
                in.table = std::move(*t);
            } else {
                // Not a canonical table: a workbook kept in a document's layout.
                auto d = document_table(file, o.limits, diags);
                if (!d) {
                    diags.append(canonical);
                    return std::nullopt;
                }
                in.table = std::move(*d);
                document = true;
            }
        }
        in.workbook = std::move(*wb);
    } else {
        auto t = read_table_file(file, o.limits, diags);
        if (!t) return std::nullopt;
        in.table = std::move(*t);
    }
    if (!in.year && o.year) in.year = o.year;
    if (!in.year) in.year = single_year(in.table);
    const bool department = in.workbook && in.table.sheets.size() == 1 &&
                            in.table.sheets.front() == "Indicatori" &&
                            in.table.column("previous_actual");
    if (!department) in.mode = detect_mode(in.table);
    if (!o.mode.empty()) in.mode = *parse_validation_mode(o.mode);
    if (document) in.workbook.reset();  // its cells are not the table's
    in.document = document;
    return in;
}

// The higher levels' weights the policy itself sets sum to 100 (docs/validate.md, PESI_POLITICA).
void policy_weights(const Policy& policy, const std::string& file, ValidatedInput& out) {
    auto check = [&](const std::map<std::string, double>& weights, const std::string& what) {
        if (weights.empty()) return;
        std::vector<double> values;
        for (const auto& [name, w] : weights) values.push_back(w);
        const WeightSumCheck c = check_weight_sum(values, 2);
        if (c.verdict != WeightSum::wrong) return;
        const RuleSeverity s = policy.validation.severity_of("PESI_POLITICA");
        if (s == RuleSeverity::off) return;
        out.result.findings.push_back({"PESI_POLITICA",
                                       s,
                                       Place{file},
                                       describe_weights(values, c.sum),
                                       {},
                                       {},
                                       "la somma dei pesi " + what + " della politica non è 100",
                                       "correggere " + file,
                                       std::nullopt,
                                       {}});
    };
    check(policy.area_weights, "delle aree");
    if (policy.ente_from == EnteFrom::strategic_objectives) {
        check(policy.strategic_weights, "degli obiettivi strategici");
    }
}

}  // namespace

int run_validate(const Args& args) {
    Options o;
    int year = 0;
    po::options_description desc(
        "pira validate INPUT... [--format text|json|xlsx] [-o OUT] [--policy FILE] [--year ANNO] "
        "[--mode piano|consuntivo|proposta]\n"
        "Controlla tabelle, cartelle dei dirigenti e documenti prima dell'approvazione: tutti i "
        "problemi, ciascuno con il suo posto e una correzione");
    desc.add_options()("help,h", "questo aiuto")("format", po::value(&o.format),
                                                 "text (default), json o xlsx")(
        "output,o", po::value(&o.output),
        "file da scrivere (default: lo schermo; xlsx: obbligatorio)")(
        "policy", po::value(&o.policy_file), "politica (TOML) con la sezione [validation]")(
        "year", po::value(&year), "l'anno, per le tabelle senza colonna year")(
        "mode", po::value(&o.mode), "piano, consuntivo o proposta (default: dal contenuto)");
    add_limit_option(desc, o.limit_specs);
    po::options_description hidden;
    hidden.add_options()("input", po::value(&o.inputs));
    po::variables_map vm;
    if (auto rc = parse_command_line(args, "validate", desc, "input", -1, vm, &hidden)) return *rc;
    const auto limits = limits_from(o.limit_specs, "validate");
    if (!limits) return kExitCannotRun;
    o.limits = *limits;
    if (vm.count("year") != 0) o.year = year;
    if (o.inputs.empty()) {
        std::cerr << "pira validate: indicare almeno un file\n\n" << desc << '\n';
        return kExitCannotRun;
    }
    if (o.format != "text" && o.format != "json" && o.format != "xlsx") {
        std::cerr << "pira validate: formato «" << o.format
                  << "» non valido per «--format»: text, json oppure xlsx\n";
        return kExitCannotRun;
    }
    if (o.format == "xlsx" && o.output.empty()) {
        std::cerr << "pira validate: con --format xlsx indicare il file con -o FILE.xlsx\n";
        return kExitCannotRun;
    }
    if (!o.mode.empty() && !parse_validation_mode(o.mode)) {
        std::cerr << "pira validate: modalità «" << o.mode
                  << "» non valida per «--mode»: piano, consuntivo oppure proposta\n";
        return kExitCannotRun;
    }
    const auto policy = load_policy(o.policy_file);
    if (!policy) return kExitCannotRun;

    std::vector<ValidatedInput> inputs;
    bool unreadable = false;
    for (const auto& file : o.inputs) {
        Diagnostics diags;
        auto in = read_input(file, o, diags);
        // What reading found (an unknown column, an unreadable file) is said as pira import
        // says it; the rules' findings follow.
        diags.sort_by_place();
        print_diagnostics(diags);
        if (!in) {
            unreadable = true;
            continue;
        }
        const ValidationInput v{&in->table, in->mode, in->year, in->document};
        in->result = validate_table(v, policy->validation);
        inputs.push_back(std::move(*in));
    }
    if (!o.policy_file.empty()) {
        ValidatedInput p;
        p.file = o.policy_file;
        policy_weights(*policy, o.policy_file, p);
        if (!p.result.findings.empty()) inputs.insert(inputs.begin(), std::move(p));
    }
    if (o.format == "xlsx") {
        Diagnostics diags;
        if (!write_validation_xlsx(o.output, inputs, diags)) {
            print_diagnostics(diags);
            return kExitCannotRun;
        }
        write_validation_text(std::cout, inputs);
    } else if (o.output.empty()) {
        (o.format == "json" ? write_validation_json : write_validation_text)(std::cout, inputs);
    } else {
        std::ofstream out(o.output);
        (o.format == "json" ? write_validation_json : write_validation_text)(out, inputs);
        if (!out) {
            std::cerr << "pira validate: impossibile scrivere " << o.output << '\n';
            return kExitCannotRun;
        }
    }
    if (unreadable) return kExitCannotRun;
    return totals_of(inputs).errors != 0 ? kExitInvalid : kExitOk;
}

}  // namespace pira
