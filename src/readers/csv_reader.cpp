#include "readers/csv_reader.hpp"

#include <orcus/csv_parser.hpp>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "common/formula_guard.hpp"
#include "common/text.hpp"

namespace pira {
namespace {

struct RawCell {
    std::string text;
    std::size_t offset = 0;  // byte offset of the cell in the text (approximate for quoted
                             // cells with doubled quotes, whose text liborcus copies)
};

class TooManyRows : public std::runtime_error {
  public:
    TooManyRows() : std::runtime_error("too many rows") {}
};

// liborcus calls these as it parses; we keep the cells and where they started.
class Collector {
  public:
    Collector(std::string_view text, std::size_t max_rows) : text_(text), max_rows_(max_rows) {}

    void begin_parse() {}
    void end_parse() {}
    void begin_row() {
        if (rows.size() >= max_rows_) throw TooManyRows();
        rows.emplace_back();
    }
    void end_row() {}
    void cell(const char* p, std::size_t n, bool transient) {
        std::size_t offset = cursor_;
        const bool inside =
            p != nullptr && !transient && p >= text_.data() && p <= text_.data() + text_.size();
        if (inside) {
            offset = static_cast<std::size_t>(p - text_.data());
            // liborcus 0.17 takes a quote that is never closed as running to the end of the
            // file, and then counts one byte past the end. That would swallow every later row
            // into one cell, so it is an error here; the length is clamped to the text.
            if (offset > 0 && text_[offset - 1] == '"' && offset + n >= text_.size()) {
                unclosed_quote = true;
                n = text_.size() - offset;
            }
            cursor_ = offset + n;
        }
        rows.back().push_back({n != 0 ? std::string(p, n) : std::string(), offset});
    }

    std::vector<std::vector<RawCell>> rows;
    bool unclosed_quote = false;
    std::size_t last_offset() const {
        return rows.empty() || rows.back().empty() ? 0 : rows.back().back().offset;
    }

  private:
    std::string_view text_;
    std::size_t max_rows_;
    std::size_t cursor_ = 0;
};

orcus::csv::parser_config config_for(char delimiter) {
    orcus::csv::parser_config config;
    config.delimiters = std::string(1, delimiter);
    config.text_qualifier = '"';
    config.trim_cell_value = false;
    return config;
}

// Bad quoting, with the offset of the last cell read before it, and an Italian message.
class CsvSyntaxError : public std::runtime_error {
  public:
    CsvSyntaxError(const std::string& what, std::size_t at)
        : std::runtime_error(what), offset(at) {}
    std::size_t offset;
};

// liborcus's messages are English; these are the ones bad quoting produces.
std::string italian_csv_error(std::string_view orcus_message) {
    if (orcus_message.find("expected a delimiter") != std::string_view::npos) {
        return "dopo un campo tra virgolette serve il separatore";
    }
    if (orcus_message.find("ended prematurely") != std::string_view::npos) {
        return "virgolette aperte e mai chiuse";
    }
    return std::string(orcus_message);
}

// Parses `text`; rows of only empty cells (blank lines) are dropped.
std::vector<std::vector<RawCell>> parse_rows(std::string_view text, char delimiter,
                                             std::size_t max_rows) {
    Collector collector(text, max_rows);
    auto config = config_for(delimiter);
    orcus::csv_parser<Collector> parser(text.data(), text.size(), collector, config);
    try {
        parser.parse();
    } catch (const orcus::csv::parse_error& e) {
        throw CsvSyntaxError(italian_csv_error(e.what()), collector.last_offset());
    }
    if (collector.unclosed_quote) {
        throw CsvSyntaxError("virgolette aperte e mai chiuse", collector.last_offset());
    }
    auto& rows = collector.rows;
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const std::vector<RawCell>& r) {
                                  return std::all_of(r.begin(), r.end(), [](const RawCell& c) {
                                      return trim(c.text).empty();
                                  });
                              }),
               rows.end());
    return std::move(rows);
}

// Byte offsets to line:column. Cells come in order, so the column is counted from the previous
// cell on the same line rather than from the line start (which made wide rows quadratic).
class LineIndex {
  public:
    explicit LineIndex(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n') starts_.push_back(i + 1);
        }
    }
    Field field(std::string text, std::size_t offset) {
        auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
        const std::size_t line = static_cast<std::size_t>(it - starts_.begin());
        if (line != last_line_ || offset < last_offset_) {
            last_line_ = line;
            last_offset_ = starts_[line - 1];
            last_column_ = 1;
        }
        last_column_ += char_count(text_.substr(last_offset_), offset - last_offset_);
        last_offset_ = offset;
        return Field{std::move(text), line, last_column_};
    }

  private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
    std::size_t last_line_ = 0, last_offset_ = 0, last_column_ = 1;
};

// Every canonical column is written through csv_cell(), so in each of them a leading "'"
// before a formula character is pira's guard (common/formula_guard.hpp): taken off, the place
// moved onto the value. Columns the table does not know are not read at all.
Field unguarded(Field f) {
    if (has_formula_guard(f.text)) {
        f.text.erase(0, 1);
        ++f.column;
    }
    return f;
}

}  // namespace

char sniff_delimiter(std::string_view text) {
    // Look at the first lines only, the way DuckDB's sniffer samples a file.
    std::size_t cut = 0;
    for (int lines = 0; cut < text.size() && lines < 50; ++cut) {
        if (text[cut] == '\n') ++lines;
    }
    const std::string_view sample = text.substr(0, cut);
    char best = ',';
    std::size_t best_columns = 1, best_consistent = 0;
    for (char d : {';', ',', '\t'}) {
        std::size_t columns = 0, consistent = 0;
        try {
            const auto rows = parse_rows(sample, d, 1000);
            if (rows.empty()) continue;
            columns = rows.front().size();
            consistent = static_cast<std::size_t>(std::count_if(
                rows.begin(), rows.end(), [&](const auto& r) { return r.size() == columns; }));
        } catch (const std::exception&) {
            // Bad quoting (or a quoted cell cut by the sample): judge by the header line, so
            // the real parse reports the quoting error instead of one giant column.
            const std::string_view header = sample.substr(0, sample.find('\n'));
            columns = static_cast<std::size_t>(std::count(header.begin(), header.end(), d)) + 1;
            consistent = 1;
        }
        if (columns > 1 && (consistent > best_consistent ||
                            (consistent == best_consistent && columns > best_columns))) {
            best = d;
            best_columns = columns;
            best_consistent = consistent;
        }
    }
    return best;
}

std::optional<CanonicalTable> read_csv_table(std::string_view text, const std::string& file,
                                             const ReaderLimits& limits, Diagnostics& diags) {
    const char delimiter = sniff_delimiter(text);
    std::vector<std::vector<RawCell>> rows;
    try {
        rows = parse_rows(text, delimiter, limits.max_rows + 1);
    } catch (const TooManyRows&) {
        diags.error(Errc::limit_exceeded, Place{file}, {},
                    "più di " + std::to_string(limits.max_rows) +
                        " righe: " + limit_refusal(limits, "max_rows"));
        return std::nullopt;
    } catch (const CsvSyntaxError& e) {
        LineIndex lines(text);
        const Field at = lines.field({}, e.offset);
        diags.error(Errc::csv_malformed, Place{file, at.line, at.column}, {}, e.what(),
                    "un campo che contiene il separatore o le virgolette va scritto tra "
                    "virgolette, raddoppiando quelle interne (\"\")");
        return std::nullopt;
    }
    if (rows.empty()) {
        diags.error(Errc::csv_malformed, Place{file}, {}, "il file è vuoto");
        return std::nullopt;
    }
    LineIndex lines(text);
    // Cells are moved out of the parsed rows: the table is the only copy of the text.
    auto to_field = [&](RawCell& c) {
        if (c.text.size() > limits.max_cell_bytes) {
            throw std::length_error("cella troppo lunga");
        }
        return lines.field(std::move(c.text), c.offset);
    };

    CanonicalTable table;
    table.file = file;
    try {
        std::vector<Field> header;
        for (auto& c : rows.front()) header.push_back(to_field(c));
        const std::vector<int> map = map_header(header, table, diags);
        for (std::size_t r = 1; r < rows.size(); ++r) {
            TableRow row;
            row.line = lines.field({}, rows[r].front().offset).line;
            // Cells the row does not have are empty, placed at the row.
            row.fields.assign(table.columns.size(), Field{{}, row.line, 0});
            for (std::size_t c = 0; c < rows[r].size(); ++c) {
                if (c < map.size()) {
                    if (map[c] >= 0) {
                        row.fields[static_cast<std::size_t>(map[c])] =
                            unguarded(to_field(rows[r][c]));
                    }
                } else if (!trim(rows[r][c].text).empty()) {
                    const std::string extra = rows[r][c].text;
                    diags.error(Errc::row_too_long, table.place(to_field(rows[r][c])), extra);
                }
            }
            table.rows.push_back(std::move(row));
        }
    } catch (const std::length_error&) {
        diags.error(Errc::limit_exceeded, Place{file}, {},
                    "una cella " + limit_refusal(limits, "max_cell_bytes"));
        return std::nullopt;
    }
    return table;
}

}  // namespace pira
