#include <boost/program_options.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/limit_options.hpp"
#include "cli/option_errors.hpp"
#include "cli/score_run.hpp"
#include "common/toml_check.hpp"
#include "model/indicator.hpp"
#include "readers/file_bytes.hpp"
#include "readers/table_reader.hpp"
#include "scoring/policy.hpp"
#include "scoring/scorecard.hpp"
#include "store/dataset.hpp"
#include "writers/score_writers.hpp"

namespace po = boost::program_options;

namespace pira {
namespace {

struct ScoreOptions {
    std::string input, db, policy_file, format = "text", output;
    std::optional<int> year;
    std::vector<std::string> limit_specs;
};

// The options shown in --help; INPUT is positional and added apart (see run_score).
po::options_description score_options(ScoreOptions& o, int& year) {
    po::options_description desc(
        "pira score [INPUT] [--db DB] [--year Y] [--policy FILE] [--format text|json|csv] [-o "
        "OUT]\n"
        "Calcola la performance di indicatori, obiettivi, obiettivi strategici, aree ed ente");
    desc.add_options()("help,h", "questo aiuto")("db", po::value(&o.db),
                                                 "dataset SQLite (default pira.db o PIRA_DB)")(
        "year", po::value(&year),
        "anno di riferimento: righe di altri anni escluse, usa target_<anno>")(
        "policy", po::value(&o.policy_file), "politica di calcolo (TOML); default: Relazione 2025")(
        "format", po::value(&o.format), "text, json o csv")(
        "output,o", po::value(&o.output), "file di uscita (default: standard output)");
    add_limit_option(desc, o.limit_specs);
    return desc;
}

// Where a table file's indicators go as they are scored, by format: the JSON's and the CSV's
// text (they come last, after the figures that need every row), nowhere for the text report
// (it shows none). The dataset's indicators are scored together, in the card.
struct IndicatorOutput {
    std::optional<ScoreJsonIndicators> json;
    std::optional<ScoreCsvIndicators> csv;
    std::optional<DroppedIndicators> dropped;
    IndicatorOutput(const std::string& format, bool from_file, const Policy& p) {
        if (!from_file) return;
        if (format == "json") {
            json.emplace();
        } else if (format == "csv") {
            csv.emplace(p);
        } else {
            dropped.emplace();
        }
    }
    ScoredIndicatorSink* sink() {
        if (json) return &*json;
        if (csv) return &*csv;
        return dropped ? &*dropped : nullptr;
    }
};

void write(const std::string& format, std::ostream& out, const Scorecard& card, const Policy& p,
           IndicatorOutput& indicators) {
    if (format == "json") {
        write_score_json(out, card, p, indicators.json ? &*indicators.json : nullptr);
    } else if (format == "csv") {
        write_score_csv(out, card, p, indicators.csv ? &*indicators.csv : nullptr);
    } else {
        write_score_text(out, card, p);
    }
}

}  // namespace

int run_score(const Args& args) {
    ScoreOptions o;
    int year = 0;
    auto desc = score_options(o, year);
    po::options_description hidden;
    hidden.add_options()("input", po::value(&o.input));
    po::variables_map vm;
    if (auto rc = parse_command_line(args, "score", desc, "input", 1, vm, &hidden)) return *rc;
    const auto limits = limits_from(o.limit_specs, "score");
    if (!limits) return kExitCannotRun;
    if (vm.count("year")) o.year = year;
    if (o.format != "text" && o.format != "json" && o.format != "csv") {
        std::cerr << "pira score: formato «" << o.format << "» non valido (text, json, csv)\n";
        return kExitCannotRun;
    }
    const auto policy = load_policy(o.policy_file);
    if (!policy) return kExitCannotRun;

    Diagnostics diags;
    Scorecard card;
    // A table file's indicators are written as they are scored, not kept.
    IndicatorOutput indicators(o.format, !o.input.empty(), *policy);
    ScoredIndicatorSink* const sink = indicators.sink();
    if (o.input.empty()) {
        auto dataset = open_dataset(o.db, "score");
        if (!dataset) return kExitCannotRun;
        const int rc = score_dataset(*dataset, o.year, *policy, "score", card, diags);
        if (rc != kExitOk) return rc;
    } else {
        const int rc = score_file(o.input, *limits, o.year, *policy, "score", card, diags, sink);
        if (rc != kExitOk) return rc;
    }
    if (o.output.empty()) {
        write(o.format, std::cout, card, *policy, indicators);
        return kExitOk;
    }
    std::ofstream out(o.output, std::ios::binary);
    if (!out) {
        std::cerr << "pira score: impossibile scrivere «" << o.output << "»\n";
        return kExitCannotRun;
    }
    write(o.format, out, card, *policy, indicators);
    return out ? kExitOk : kExitCannotRun;
}

}  // namespace pira
