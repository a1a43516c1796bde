#include "cli/score_run.hpp"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "common/toml_check.hpp"
#include "model/indicator.hpp"
#include "readers/csv_reader.hpp"
#include "readers/file_bytes.hpp"
#include "readers/mapped_file.hpp"
#include "readers/table_reader.hpp"
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

// The LFs in `text`, found with memchr (a byte loop cost 5 % of a large table's scoring).
std::size_t line_count(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t at = 0; at < text.size(); ++at, ++n) {
        const void* lf = std::memchr(text.data() + at, '\n', text.size() - at);
        if (lf == nullptr) break;
        at = static_cast<std::size_t>(static_cast<const char*>(lf) - text.data());
    }
    return n;
}

// A CSV table scored as it is read: each row typed into one reused Indicator and scored, so
// neither the text table nor the indicators are kept (a 200,000-row table is scored in about
// the memory of its file). The findings are those of read_csv_table + score_and_report, in the
// same order.
int score_csv_stream(const std::string& path, const ReaderLimits& limits, std::optional<int> year,
                     const Policy& policy, const std::string& command, Scorecard& card,
                     Diagnostics& diags, ScoredIndicatorSink* scored) {
    // Mapped when it can be (its pages given back as the rows are read), else read whole.
    const bool size_ok = check_file_size(path, limits, diags);
    std::optional<MappedFile> mapped = size_ok ? MappedFile::open(path) : std::nullopt;
    std::optional<std::string> bytes;
    if (!mapped && size_ok) bytes = read_file_bytes(path, limits, diags);
    if (!mapped && !bytes) {
        print_diagnostics(diags);
        return kExitCannotRun;
    }
    const std::string_view text = mapped ? mapped->bytes() : std::string_view(*bytes);
    const IndicatorSelection selection{year};
    Diagnostics columns, scoring;
    bool columns_ok = true;
    std::size_t count = 0;
    ScoreBuilder builder(policy, scoring, scored);
    // One indicator a line at most (quoted cells may span lines); a line of 128 bytes or less
    // is not taken for one, so blank lines reserve nothing.
    // With a sink only the objectives are reserved for: the lines need not be counted.
    const std::size_t lines = scored != nullptr ? text.size() : line_count(text);
    builder.reserve(std::min(lines, text.size() / 128));
    Indicator ind;
    std::optional<IndicatorReader> reader;
    const CsvRowSink sink{[&](const CanonicalTable& t) {
                              columns_ok = check_scoring_columns(t, selection, columns);
                              reader.emplace(t, selection);
                          },
                          [&](const CanonicalTable&, const TableRow& row) {
                              if (!columns_ok || !reader->fill(row, scoring, ind)) return;
                              builder.add(ind);
                              ++count;
                          },
                          [&](std::size_t read) {
                              if (mapped) mapped->release_to(read);
                          }};
    const bool streamed = bytes ? stream_csv_bytes(std::move(*bytes), path, limits, diags, sink)
                                : stream_csv_view(text, path, limits, diags, sink);
    if (!streamed) {
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
    card = builder.finish();
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
