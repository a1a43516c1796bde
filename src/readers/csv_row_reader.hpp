// The rows of a CSV source (csv_sources.hpp) as canonical rows, with places, into a sink; the
// limits on rows, lines and cells checked; syntax errors reported with their line and column.
// Internal to src/readers/.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "common/formula_guard.hpp"
#include "common/text.hpp"
#include "readers/csv_reader.hpp"
#include "readers/csv_sources.hpp"
#include "readers/csv_tokenizer.hpp"
#include "readers/file_bytes.hpp"
#include "readers/limits.hpp"

namespace pira::csv {

inline bool blank(const std::vector<CsvCell>& cells) {
    return std::all_of(cells.begin(), cells.end(),
                       [](const CsvCell& c) { return trim(c.text).empty(); });
}

// Every canonical column is written through csv_cell(), so in each of them a leading "'"
// before a formula character is pira's guard (common/formula_guard.hpp): taken off, the place
// moved onto the value. Columns the table does not know are not read at all.
inline void unguard(Field& f) {
    if (has_formula_guard(f.text)) {
        f.text.erase(0, 1);
        ++f.column;
    }
}

class CellTooLong {};

// The rows of `Source` with places, blank lines dropped, into `sink`; throws CsvSyntaxError,
// CellTooLong, or stops with false at the row limit.
template <class Source>
class RowReader {
  public:
    RowReader(Source& source, const std::string& file, const ReaderLimits& limits,
              Diagnostics& diags)
        : tokens_(source), limits_(limits), diags_(diags) {
        table_.file = file;
    }

    // False when the text has more rows than the limit, or none.
    bool run(const CsvRowSink& sink) {
        std::size_t raw_rows = 0;
        bool header_seen = false;
        while (tokens_.next_row(cells_)) {
            if (++raw_rows > limits_.max_rows + 1) {
                diags_.error(Errc::limit_exceeded, Place{table_.file}, {},
                             "più di " + std::to_string(limits_.max_rows) +
                                 " righe: " + limit_refusal(limits_, "max_rows"));
                return false;
            }
            if (blank(cells_)) continue;
            if (!header_seen) {
                header_seen = true;
                read_header();
                if (sink.header) sink.header(table_);
                continue;
            }
            read_row();
            sink.row(table_, row_);
        }
        if (!header_seen) {
            diags_.error(Errc::csv_malformed, Place{table_.file}, {}, "il file è vuoto");
            return false;
        }
        return true;
    }

  private:
    void to_field(const CsvCell& c, Field& f) {
        if (c.text.size() > limits_.max_cell_bytes) throw CellTooLong{};
        f.text.assign(c.text);
        f.sheet = f.page = 0;
        tokens_.place(c.offset, f.line, f.column);
    }

    void read_header() {
        std::vector<Field> header(cells_.size());
        for (std::size_t c = 0; c < cells_.size(); ++c) to_field(cells_[c], header[c]);
        map_ = map_header(header, table_, diags_);
    }

    void read_row() {
        std::size_t column = 0;
        tokens_.place(cells_.front().offset, row_.line, column);
        // Cells the row does not have are empty, placed at the row.
        row_.fields.resize(table_.columns.size());
        for (Field& f : row_.fields) {
            f.text.clear();
            f.line = row_.line;
            f.column = f.sheet = f.page = 0;
        }
        for (std::size_t c = 0; c < cells_.size(); ++c) {
            if (c < map_.size()) {
                if (map_[c] >= 0) {
                    Field& f = row_.fields[static_cast<std::size_t>(map_[c])];
                    to_field(cells_[c], f);
                    unguard(f);
                }
            } else if (!trim(cells_[c].text).empty()) {
                Field extra;
                to_field(cells_[c], extra);
                diags_.error(Errc::row_too_long, table_.place(extra), extra.text);
            }
        }
    }

    Source& tokens_;
    const ReaderLimits& limits_;
    Diagnostics& diags_;
    CanonicalTable table_;
    std::vector<int> map_;
    std::vector<CsvCell> cells_;
    TableRow row_;
};

// The first lines only, the way DuckDB's sniffer samples a file.
inline std::string_view sniff_sample(std::string_view text) {
    std::size_t cut = 0;
    for (int lines = 0; cut < text.size() && lines < 50; ++cut) {
        if (text[cut] == '\n') ++lines;
    }
    return text.substr(0, cut);
}

// The rows of the source `make(delimiter)` builds into `sink`, its limits checked: `head` is
// the text's first lines, measured and sniffed for the delimiter first.
template <class Make>
bool stream_source(std::string_view head, const std::string& file, const ReaderLimits& limits,
                   Diagnostics& diags, const CsvRowSink& sink, Make make) {
    // The reader's own findings (header, extra cells) stand only if the whole text is CSV.
    Diagnostics found;
    try {
        // The sample's lines are measured before the sniffer splits them into cells.
        CsvTokenizer(head, ',', limits.max_line_bytes).check_lines_to(sniff_sample(head).size());
        auto source = make(sniff_delimiter(head));
        RowReader reader(source, file, limits, found);
        try {
            const bool ok = reader.run(sink);
            if (ok) diags.append(found);
            if (!ok) diags.add(found.items().back());  // the limit or the empty file
            return ok;
        } catch (const CsvSyntaxError& e) {
            Field at;
            source.place_error(e.offset, at.line, at.column);
            diags.error(Errc::csv_malformed, Place{file, at.line, at.column}, {}, e.what(),
                        "un campo che contiene il separatore o le virgolette va scritto tra "
                        "virgolette, raddoppiando quelle interne (\"\")");
        }
    } catch (const CsvLineTooLong& e) {
        report_long_line(file, e.line, e.bytes, limits, diags);
    } catch (const CellTooLong&) {
        diags.error(Errc::limit_exceeded, Place{file}, {},
                    "una cella " + limit_refusal(limits, "max_cell_bytes"));
    }
    return false;
}

}  // namespace pira::csv
