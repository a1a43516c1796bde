#include <boost/program_options.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>
#include <variant>

#include "cli/commands.hpp"
#include "cli/document_lines.hpp"
#include "cli/extract_report.hpp"
#include "cli/jobs_option.hpp"
#include "cli/limit_options.hpp"
#include "cli/option_errors.hpp"
#include "common/sha256.hpp"
#include "common/workers.hpp"
#include "extraction/extract.hpp"
#include "extraction/registry.hpp"
#include "extraction/sections.hpp"
#include "layout/running_lines.hpp"
#include "readers/file_bytes.hpp"
#include "readers/workbook.hpp"
#include "store/dataset.hpp"
#include "validation/row_check.hpp"
#include "writers/canonical_writers.hpp"
#include "writers/canonical_xlsx.hpp"

namespace po = boost::program_options;

namespace pira {
namespace {

struct Options {
    std::vector<std::string> inputs;
    std::string output, db, profile, report;
    std::vector<std::string> profile_dirs;
    std::vector<Profile> available;  // built-in and --profile-dir's, resolved once
    std::optional<Profile> forced;   // --profile, resolved once for every input
    bool show_lines = false;         // --lines: what profiles see, for whoever writes one
    bool verbose = false;            // -v: the report of each table and every warning
    std::vector<std::string> limit_specs;
    ReaderLimits limits;  // the defaults with --limit applied
    int jobs = 0;         // --jobs: threads reading a PDF's pages; 0: automatic
};

// The rows a document must have before its rows are checked on more than one thread.
constexpr std::size_t kRowsPerExtraWorker = 256;

// "1 tabella", "16 tabelle".
std::string count(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

// One line per reconstructed line: page, top, then each span's left edge and text, with its
// bold words between asterisks ("*Nome* descrizione"): what the profiles' rules look at.
void print_lines(const std::vector<Line>& lines) {
    for (const auto& l : lines) {
        std::cout << (l.ref.empty() ? "p" + std::to_string(l.page) : l.ref)
                  << " y=" << static_cast<int>(l.y0);
        for (const auto& s : l.spans) {
            std::cout << " | x=" << static_cast<int>(s.x0) << ' ';
            bool in_bold = false;
            for (std::size_t w = 0; w < s.words.size(); ++w) {
                const bool opens = s.words[w].bold && !in_bold;
                const bool closes = !s.words[w].bold && in_bold;
                if (closes) std::cout << '*';
                if (w > 0) std::cout << ' ';
                if (opens) std::cout << '*';
                std::cout << s.words[w].text;
                in_bold = s.words[w].bold;
            }
            if (in_bold) std::cout << '*';
        }
        std::cout << '\n';
    }
}

// What a file's run says: its errors always, its warnings with -v, each once (a file's
// sections, and a row's extraction and its check, can find the same thing).
class FileMessages {
  public:
    explicit FileMessages(bool verbose) : verbose_(verbose) {}

    void add(const Diagnostics& d) {
        for (const auto& item : d.items()) {
            if (!seen_.insert(item.to_string()).second) continue;
            pending_.add(item);
            all_.push_back(item);
        }
    }
    // Every diagnostic of the file, once each: for --report.
    const std::vector<Diagnostic>& all() const { return all_; }
    // Prints what is pending, in file order, and counts it for the summary line.
    void flush() {
        pending_.sort_by_place();
        Diagnostics shown;
        for (const auto& item : pending_.items()) {
            if (verbose_ || item.severity == Severity::error) shown.add(item);
        }
        print_diagnostics(shown);
        errors_ += pending_.error_count();
        warnings_ += pending_.items().size() - pending_.error_count();
        pending_ = Diagnostics();
    }
    std::size_t warnings() const { return warnings_; }
    std::size_t errors() const { return errors_; }
    bool verbose() const { return verbose_; }

  private:
    bool verbose_;
    Diagnostics pending_;
    std::vector<Diagnostic> all_;
    std::set<std::string> seen_;
    std::size_t warnings_ = 0, errors_ = 0;
};

// "file: profilo X (confidenza 83%), 10 tabelle, 59 indicatori, 2 avvisi (-v per vederli)", then
// what became of the file (`outcome`).
void print_summary(const std::string& file, const Chosen& chosen, const DocumentReport& doc,
                   const FileMessages& m, const std::string& outcome) {
    std::cerr << file << ": profilo " << chosen.profile.id << " (" << chosen.how << "), "
              << count(doc.tables.size(), "tabella", "tabelle") << ", "
              << count(doc.rows, "indicatore", "indicatori");
    if (m.errors() != 0) std::cerr << ", " << count(m.errors(), "errore", "errori");
    std::cerr << ", " << count(m.warnings(), "avviso", "avvisi");
    if (!m.verbose() && m.warnings() != 0) std::cerr << " (-v per vederli)";
    std::cerr << outcome << '\n';
}

// What a document or one of its sections is called in messages: "piano.pdf (pagine 1-4)".
std::string part_label(const std::string& file, const Section* section) {
    if (section == nullptr) return file;
    return file + " (pagine " + std::to_string(section->first_page) + "-" +
           std::to_string(section->last_page) + ")";
}

// One document or section, checked and normalised (and loaded with --db); or the exit code when
// it cannot be used. Prints its errors (with -v also its warnings and the report of each
// table), then one summary line. The lines are released once extracted, and the extracted rows
// once checked (the dataset loads the checked rows): each of the three is several megabytes on
// a long plan, and the peak was all of them at once.
std::variant<CheckedTable, int> extract_part(const Options& o, const std::string& file,
                                             std::vector<Line> lines, const Chosen& chosen,
                                             const Section* section, FileMessages& messages,
                                             DocumentReport& doc) {
    const std::string label = part_label(file, section);
    Diagnostics found;
    Extraction x = extract(file, lines, chosen.profile, found);
    doc.profile = chosen.profile.id;
    doc.how = chosen.how;
    doc.tables = x.tables;
    doc.rows = x.table.rows.size();
    if (o.verbose) print_table_reports(file, x);
    if (x.table.rows.empty()) {
        // Which of the profile's cues the document has: why it matched and found nothing.
        doc.cues = profile_cues(chosen.profile, lines);
        found.error(Errc::table_not_found, Place{file}, {},
                    "profilo " + chosen.profile.id + "; " + cues_text(doc.cues),
                    "controllare il profilo con --profile o il documento");
        messages.add(found);
        messages.flush();
        doc.outcome = "nessuna tabella";
        doc.diagnostics = messages.all();
        return kExitCannotRun;
    }
    std::vector<Line>().swap(lines);
    auto checked = check_rows(
        x.table, found, false,
        workers_for(static_cast<unsigned>(o.jobs), x.table.rows.size(), kRowsPerExtraWorker));
    messages.add(found);
    const bool to_dataset = !o.db.empty() || std::getenv("PIRA_DB") != nullptr;
    CanonicalTable().rows.swap(x.table.rows);
    if (!checked) {
        messages.flush();
        print_summary(label, chosen, doc, messages, ": rifiutato, nulla è stato scritto");
        doc.outcome = "rifiutato";
        doc.diagnostics = messages.all();
        return kExitInvalid;
    }
    std::string outcome;
    if (to_dataset) {
        Diagnostics read;
        auto bytes = read_file_bytes(file, o.limits, read);
        messages.add(read);
        if (!bytes) {
            messages.flush();
            return kExitCannotRun;
        }
        // A section is a document of its own in the dataset: the file's hash and its pages.
        std::string key = sha256_hex(*bytes);
        if (section != nullptr)
            key += "#pagine=" + std::to_string(section->first_page) + "-" +
                   std::to_string(section->last_page);
        // The rows checked above are loaded as they are, not checked a second time.
        Dataset dataset(dataset_path(o.db));
        outcome = "; dataset: " + load_text(dataset.load(*checked, file, key, "pdf"), false);
    }
    messages.flush();
    print_summary(label, chosen, doc, messages, outcome);
    doc.outcome = "estratto";
    doc.diagnostics = messages.all();
    return std::move(*checked);
}

// "confidenza 83%".
std::string confidence_text(double confidence) {
    return "confidenza " + std::to_string(static_cast<int>(confidence * 100)) + "%";
}

// One input file: its tables go to `tables`, one report per document or section to `reports`;
// returns the worst exit code.
int extract_file(const Options& o, const std::string& file, std::vector<CheckedTable>& tables,
                 std::vector<DocumentReport>& reports) {
    DocumentReport& first = reports.emplace_back();
    first.file = file;
    Diagnostics diags;
    if (o.show_lines && is_workbook_file(file)) {  // cells streamed as read, not as lines
        const bool read = print_workbook_cells(file, o.limits, diags);
        print_diagnostics(diags);
        return read ? kExitOk : kExitCannotRun;
    }
    FileMessages messages(o.verbose || o.show_lines);
    // Running lines are a section's own (Pistoia's footer is on its four pages of eighteen), so
    // they are dropped once the sections are known.
    auto lines =
        read_document_lines(file, o.limits, diags, static_cast<unsigned>(o.jobs), o.show_lines);
    messages.add(diags);
    if (!lines || o.show_lines) messages.flush();
    if (!lines) {
        first.outcome = "illeggibile";
        first.diagnostics = messages.all();
        return kExitCannotRun;
    }
    if (o.show_lines) {
        print_lines(*lines);
        return kExitOk;
    }
    const auto sections = o.forced ? std::vector<Section>{} : split_sections(*lines, o.available);
    const bool pdf = !is_workbook_file(file);  // a sheet has no running lines
    if (sections.size() < 2) {
        if (pdf) drop_running_lines(*lines);
        const auto chosen = choose_profile(o.forced, file, *lines, o.available);
        if (!chosen) {
            messages.flush();
            first.outcome = "nessun profilo";
            first.diagnostics = messages.all();
            return kExitCannotRun;
        }
        auto r = extract_part(o, file, std::move(*lines), *chosen, nullptr, messages, first);
        if (auto* code = std::get_if<int>(&r)) return *code;
        tables.push_back(std::move(std::get<CheckedTable>(r)));
        return kExitOk;
    }
    messages.flush();    // what reading the file said, before the sections speak
    reports.pop_back();  // one report per section instead
    int exit = kExitOk;
    for (const auto& s : sections) {
        DocumentReport& doc = reports.emplace_back();
        doc.file = file;
        doc.pages = std::to_string(s.first_page) + "-" + std::to_string(s.last_page);
        std::vector<Line> part(lines->begin() + static_cast<std::ptrdiff_t>(s.begin),
                               lines->begin() + static_cast<std::ptrdiff_t>(s.end));
        if (pdf) drop_running_lines(part);
        const Chosen chosen{*s.profile, confidence_text(s.confidence) + " sulle sue pagine"};
        FileMessages own(o.verbose);
        auto r = extract_part(o, file, std::move(part), chosen, &s, own, doc);
        if (auto* code = std::get_if<int>(&r)) {
            exit = std::max(exit, *code);
        } else {
            tables.push_back(std::move(std::get<CheckedTable>(r)));
        }
    }
    return exit;
}

// Columns with a value in some row, in the canonical order (target years after "target").
std::vector<std::string> columns_of(const std::vector<CheckedTable>& tables) {
    std::set<std::string> used{"ente", "year", "objective_code", "source_ref"};
    for (const auto& t : tables) {
        for (const auto& r : t.rows) {
            for (const auto& f : r.facts) used.insert(f.field);
        }
    }
    std::vector<std::string> out;
    for (auto c : canonical_columns()) {
        if (used.count(std::string(c)) != 0) out.emplace_back(c);
        if (c == "target") {
            for (const auto& u : used) {
                if (is_target_year_column(u)) out.push_back(u);
            }
        }
    }
    return out;
}

}  // namespace

int run_extract(const Args& args) {
    Options o;
    po::options_description desc(
        "pira extract INPUT... [-o OUT] [--db DB] [--profile NAME] [--profile-dir DIR] "
        "[--report FILE.json] [--lines] [--limit NOME=VALORE] [--jobs N] [-v]\n"
        "Estrae le tabelle degli indicatori dai PDF dei piani e dalle cartelle di lavoro nella "
        "tabella canonica");
    desc.add_options()("help,h", "questo aiuto")(
        "output,o", po::value(&o.output), "file di uscita: .csv, .jsonl o .xlsx (default: CSV)")(
        "db", po::value(&o.db), "carica anche nel dataset SQLite")(
        "profile", po::value(&o.profile), "profilo (id o file .toml); default: riconosciuto")(
        "profile-dir", po::value(&o.profile_dirs),
        "cartella di profili propri (.toml), cercati col riconoscimento accanto a quelli "
        "inclusi; anche PIRA_PROFILE_DIR (cartelle separate da «:»)")(
        "report", po::value(&o.report),
        "scrive il resoconto di ogni tabella e ogni messaggio, con codice, pagina e riga, in "
        "JSON")("lines", po::bool_switch(&o.show_lines),
                "mostra ciò che il lettore ha visto, per scrivere un profilo: per i PDF le righe "
                "ricostruite (pagina, posizione, celle; *parole* in grassetto), per le cartelle di "
                "lavoro ogni cella (foglio, riferimento, tipo, valore, formato, formula)")(
        "verbose,v", po::bool_switch(&o.verbose),
        "il resoconto di ogni tabella e ogni avviso (di norma: una riga per file e gli errori)");
    add_limit_option(desc, o.limit_specs);
    add_jobs_option(desc, o.jobs);
    po::options_description hidden;
    hidden.add_options()("input", po::value(&o.inputs));
    po::variables_map vm;
    if (auto rc = parse_command_line(args, "extract", desc, "input", -1, vm, &hidden)) return *rc;
    const auto limits = limits_from(o.limit_specs, "extract");
    if (!limits) return kExitCannotRun;
    o.limits = *limits;
    if (auto rc = check_jobs(vm, o.jobs, "extract")) return *rc;
    if (o.inputs.empty()) {
        std::cerr << "pira extract: indicare almeno un PDF\n\n" << desc << '\n';
        return kExitCannotRun;
    }
    const std::string ext = o.output.empty() ? ".csv" : lower_extension(o.output);
    if (ext != ".csv" && ext != ".jsonl" && ext != ".xlsx") {
        std::cerr << "pira extract: uscita «" << o.output
                  << "» non supportata (.csv, .jsonl, .xlsx)\n";
        return kExitCannotRun;
    }
    o.available = available_profiles(profile_dirs(o.profile_dirs));
    if (!o.profile.empty()) o.forced = find_profile(o.profile, o.available);
    if (!o.profile.empty() && !o.forced) {
        std::cerr << "pira extract: profilo «" << o.profile << "» sconosciuto (disponibili:";
        for (const auto& p : o.available) std::cerr << ' ' << p.id;
        std::cerr << "; oppure il percorso di un file .toml)\n";
        return kExitCannotRun;
    }
    std::vector<CheckedTable> tables;
    std::vector<DocumentReport> reports;
    int exit = kExitOk;
    for (const auto& file : o.inputs) {
        exit = std::max(exit, extract_file(o, file, tables, reports));
    }
    if (std::string error; !o.report.empty() && !write_report_json(o.report, reports, error)) {
        std::cerr << "pira extract: " << error << '\n';
        return kExitCannotRun;
    }
    if (tables.empty()) return exit;
    const auto columns = columns_of(tables);
    CheckedTable all;
    for (auto& t : tables) {
        for (auto& r : t.rows) all.rows.push_back(std::move(r));
    }
    if (ext == ".xlsx") {
        std::string error;
        if (!write_canonical_xlsx(o.output, columns, all, error)) {
            std::cerr << "pira extract: impossibile scrivere «" << o.output << "»: " << error
                      << '\n';
            return kExitCannotRun;
        }
        return exit;
    }
    std::ofstream file;
    if (!o.output.empty()) {
        file.open(o.output, std::ios::binary);
        if (!file) {
            std::cerr << "pira extract: impossibile scrivere «" << o.output << "»\n";
            return kExitCannotRun;
        }
    }
    std::ostream& out = o.output.empty() ? std::cout : file;
    if (ext == ".jsonl") {
        write_canonical_jsonl(out, columns, all);
    } else {
        write_canonical_csv(out, columns, all);
    }
    return exit;
}

}  // namespace pira
