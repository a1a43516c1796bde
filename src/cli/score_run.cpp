#include "cli/score_run.hpp"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "cli/commands.hpp"
#include "common/toml_check.hpp"
#include "model/indicator.hpp"
#include "readers/csv_reader.hpp"
#include "readers/file_bytes.hpp"
#include "readers/table_reader.hpp"
#include "scoring/row_pipeline.hpp"
#include "store/dataset.hpp"

namespace pira {

std::optional<Policy> load_policy(const std::string& file) {
    if (file.empty()) return Policy::standard();
    Diagnostics diags;
    auto bytes = read_file_bytes(file, ReaderLimits{}, diags);
    if (!bytes) {
        print_diagnostics(diags);
        return std::nullopt;
    }
    try {
        return Policy::load(*bytes, file);
    } catch (const DataFileError& e) {
        std::cerr << e.what() << '\n';
        return std::nullopt;
    }
}

std::optional<Dataset> open_dataset(const std::string& db, const std::string& command) {
    const std::string path = dataset_path(db);
    if (!std::filesystem::exists(path)) {
        std::cerr << "pira " << command << ": dataset «" << path
                  << "» non trovato; caricare le tabelle con «pira import»\n";
        return std::nullopt;
    }
    return std::optional<Dataset>(std::in_place, path);
}

namespace {

// What is said when nothing could be scored; `file` names the table or the dataset.
void report_empty(const std::string& file, std::optional<int> year, bool from_dataset,
                  Diagnostics& diags) {
    const Errc why =
        year ? Errc::year_not_found : (from_dataset ? Errc::dataset_empty : Errc::csv_malformed);
    diags.error(why, Place{file}, year ? std::to_string(*year) : std::string(),
                from_dataset ? std::string() : "nessun indicatore",
                from_dataset ? "caricare le tabelle con «pira import»" : std::string());
}

// The diagnostics of a scoring in file order, and whether its figures can be presented.
int conclude(const std::string& command, Diagnostics& diags) {
    diags.sort_by_place();
    print_diagnostics(diags);
    if (diags.has_errors()) {
        std::cerr << "pira " << command << ": " << diags.error_count()
                  << (diags.error_count() == 1 ? " errore" : " errori")
                  << ": nessuna performance prodotta, i valori sarebbero incompleti\n";
        return kExitInvalid;
    }
    return kExitOk;
}

// The scoring of typed indicators, the same wherever they came from; `file` names the table or
// the dataset in the messages that have no row.
int score_indicators(const std::vector<Indicator>& indicators, const std::string& file,
                     std::optional<int> year, bool from_dataset, const Policy& policy,
                     const std::string& command, Scorecard& card, Diagnostics& diags) {
    if (indicators.empty()) report_empty(file, year, from_dataset, diags);
    card = score(indicators, policy, diags);
    return conclude(command, diags);
}

bool is_csv_file(const std::string& path) {
    const std::string ext = lower_extension(path);
    return ext == ".csv" || ext == ".tsv" || ext == ".txt";
}

// The file's size when it can be had (to reserve by, and to choose a second thread), else 0.
std::size_t file_size_hint(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    return ec ? 0 : static_cast<std::size_t>(size);
}

// Files above this size have their rows typed on a second thread (TypedRowPipeline): below
// it the thread would cost more than it saves.
constexpr std::size_t kPipelineBytes = 4u << 20;

// A CSV table scored as it is read: each row typed into one reused Indicator and scored, so
// neither the text table nor the indicators are kept (a 200,000-row table is scored in about
// the memory of its file). The findings are those of read_csv_table + score_and_report, in the
// same order. A large file's rows are typed on a second thread, with the same results.
int score_csv_stream(const std::string& path, const ReaderLimits& limits, std::optional<int> year,
                     const Policy& policy, const std::string& command, Scorecard& card,
                     Diagnostics& diags, ScoredIndicatorSink* scored) {
    // Read a chunk at a time (a mapping died of SIGBUS when the file was truncated meanwhile).
    if (!check_file_size(path, limits, diags)) {
        print_diagnostics(diags);
        return kExitCannotRun;
    }
    const IndicatorSelection selection{year};
    const std::size_t size = file_size_hint(path);
    Diagnostics columns, scoring;
    bool columns_ok = true;
    std::size_t count = 0;
    std::optional<ScoreBuilder> builder;
    const auto start = [&] {
        builder.emplace(policy, scoring, scored);
        // A line of 128 bytes or less is not taken for an indicator: blank lines reserve nothing.
        builder->reserve(size / 128);
    };
    start();
    Indicator ind;
    CanonicalTable header;  // the reader's columns, kept while the pipeline may type rows
    std::optional<IndicatorReader> reader;
    std::optional<TypedRowPipeline> pipeline;
    const auto score_one = [&](const Indicator& i) {
        builder->add(i);
        ++count;
    };
    const auto start_pipeline = [&] {
        try {
            pipeline.emplace(*reader, policy, scoring,
                             [&](const Indicator& i, const ScoredIndicator& si) {
                                 builder->add(i, si);
                                 ++count;
                             });
        } catch (const std::system_error&) {
            // No thread to be had (a process limit): the rows are typed in turn.
        }
    };
    const CsvRowSink sink{[&](const CanonicalTable& t) {
                              columns_ok = check_scoring_columns(t, selection, columns);
                              header = t;
                              reader.emplace(header, selection);
                              if (columns_ok && size > kPipelineBytes) start_pipeline();
                          },
                          [&](const CanonicalTable&, TableRow& row) {
                              if (!columns_ok) return;
                              if (pipeline) {
                                  pipeline->add(row);
                              } else if (reader->fill(row, scoring, ind)) {
                                  score_one(ind);
                              }
                          },
                          [&] {  // the file is read again, converted: nothing of it is kept
                              pipeline.reset();
                              columns = scoring = Diagnostics();
                              columns_ok = true;
                              count = 0;
                              reader.reset();
                              if (scored != nullptr) scored->clear();
                              start();
                          }};
    const bool read = stream_csv_file(path, limits, diags, sink);
    if (read && pipeline) pipeline->finish();
    pipeline.reset();
    if (!read) {
        print_diagnostics(diags);
        return kExitCannotRun;
    }
    if (!columns_ok) {
        diags.append(columns);
        print_diagnostics(diags);
        return kExitInvalid;
    }
    diags.append(scoring);
    if (count == 0) report_empty(path, year, false, diags);
    card = builder->finish();
    return conclude(command, diags);
}

}  // namespace

int score_and_report(const CanonicalTable& table, std::optional<int> year, const Policy& policy,
                     const std::string& command, Scorecard& card, Diagnostics& diags) {
    const IndicatorSelection selection{year};
    if (!check_scoring_columns(table, selection, diags)) {
        print_diagnostics(diags);
        return kExitInvalid;
    }
    const auto indicators = build_indicators(table, selection, diags);
    return score_indicators(indicators, table.file, year, false, policy, command, card, diags);
}

int score_file(const std::string& path, const ReaderLimits& limits, std::optional<int> year,
               const Policy& policy, const std::string& command, Scorecard& card,
               Diagnostics& diags, ScoredIndicatorSink* sink) {
    if (is_csv_file(path)) {
        return score_csv_stream(path, limits, year, policy, command, card, diags, sink);
    }
    const auto table = read_table_file(path, limits, diags);
    if (!table) {
        print_diagnostics(diags);
        return kExitCannotRun;
    }
    const int rc = score_and_report(*table, year, policy, command, card, diags);
    if (sink != nullptr) {  // workbooks and JSON lines are read whole: handed over at the end
        for (const auto& i : card.indicators) sink->add(i);
        card.indicators.clear();
    }
    return rc;
}

int score_dataset(Dataset& dataset, std::optional<int> year, const Policy& policy,
                  const std::string& command, Scorecard& card, Diagnostics& diags,
                  std::vector<Indicator>* scored) {
    const IndicatorSelection selection{year};
    Diagnostics columns;
    if (!check_scoring_columns(dataset.fields(year), dataset.path(), selection, columns)) {
        // The dataset has the columns its documents gave values to: say so rather than point
        // at a header line it does not have.
        for (Diagnostic d : columns.items()) {
            d.place = Place{dataset.path()};
            d.detail = "nessun documento caricato" +
                       (year ? " per il " + std::to_string(*year) : std::string()) +
                       " ha valori in questa colonna";
            d.hint = "caricare con «pira import» le tabelle che la contengono";
            diags.add(std::move(d));
        }
        print_diagnostics(diags);
        return kExitInvalid;
    }
    auto indicators = dataset.indicators(selection, diags);
    const int rc =
        score_indicators(indicators, dataset.path(), year, true, policy, command, card, diags);
    if (scored != nullptr) *scored = std::move(indicators);
    return rc;
}

}  // namespace pira
