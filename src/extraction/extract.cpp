#include "extraction/extract.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include "common/text.hpp"
#include "extraction/block_fields.hpp"
#include "extraction/fields.hpp"
#include "extraction/header_model.hpp"
#include "extraction/row_builder.hpp"
#include "extraction/row_fields.hpp"
#include "extraction/table_columns.hpp"
#include "model/canonical_table.hpp"

namespace pira {
namespace {

bool ends_table(const Line& l, const ProfileTable& table) {
    const std::string text = l.text();
    return std::any_of(table.end_at.begin(), table.end_at.end(),
                       [&](const std::string& end) { return text.rfind(end, 0) == 0; });
}

// The fixed sequence over a document's lines: block fields, then for each table its header
// (header_model), its columns (table_columns), its rows (row_builder) and their fields
// (row_fields). This class only routes lines between those stages and keeps the output.
class Extractor {
  public:
    Extractor(const std::string& file, const std::vector<Line>& lines, const Profile& profile,
              Diagnostics& diags)
        : file_(file),
          lines_(lines),
          p_(profile),
          diags_(diags),
          headers_(lines, profile, profile.tolerances),
          cols_(profile.tolerances),
          rows_(lines, cols_, profile.tolerances, [this](Row&& r) { emit(std::move(r)); }) {
        out_.table.file = file;
        for (auto c : canonical_columns()) out_.table.columns.emplace_back(c);
    }

    Extraction run() {
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (auto f = wrapped_heading(p_, lines_, i, p_.tolerances.heading_lines)) {
                set_fields(f->first);
                fields_.stop_wrap();
                i = f->second;
                continue;
            }
            if (auto f = wrapped_label(p_, lines_, i); f && !field_of(p_, lines_[i])) {
                set_fields(f->first);
                fields_.start_wrap(f->first, lines_[f->second]);
                i = f->second;
                continue;
            }
            step(i);
        }
        close_table();
        pad_rows();
        set_year();
        return std::move(out_);
    }

  private:
    void step(std::size_t i) {
        const Line& line = lines_[i];
        if (auto f = field_of(p_, line)) {
            set_fields(*f);
            fields_.start_wrap(*f, line);
            return;
        }
        const bool header = headers_.is_header(i);
        if (!header && fields_.take_wrapped(line)) return;  // a long value wrapped in its cell
        if (fields_.take_pending(line)) return;             // "Risorse economiche:", value below
        if (header) {
            open_table(i);
            return;
        }
        for (const auto& table : p_.tables) {
            if (!cols_.empty() || !table.row_pattern) continue;
            if (auto g = geometry_line(i, table)) open_headerless(*g, table);
        }
        if (!cols_.empty() && !in_band(i) && !headers_.opens_band(i)) add_to_table(line);
    }

    void set_fields(const FieldHit& f) {
        close_table();
        fields_.set(f);
    }

    bool in_band(std::size_t i) const { return i >= band_.first && i <= band_.second; }

    void open_table(std::size_t i) {
        const ProfileTable* table = headers_.table_at(i);
        // A header repeated on a new page, or the next section's header ("Proventi" after
        // "Equilibrio economico"): the same table goes on.
        const bool continued = !cols_.empty() && table == cols_.table_ptr();
        if (!continued) close_table();
        band_ = headers_.band(i);
        TableReport report{lines_[i].page, lines_[i].ref, 0, {}};
        auto cols = headers_.columns(band_, *table, report);
        std::map<std::string, std::string> sections;
        for (const auto& c : cols) {
            if (table->is_section(c.header)) sections[c.name] = c.header;
            add_output_column(c.name);
        }
        if (table == last_table_ && !last_columns_.empty())
            inherit_empty_headers(last_columns_, cols, report);
        if (sections != sections_) rows_.flush();  // the last row was the section's before
        sections_ = std::move(sections);
        remember_columns();
        cols_.set(*table, std::move(cols), true);
        if (!continued) {
            report.columns = column_names();
            out_.tables.push_back(report);
        } else {
            auto& inherited = out_.tables.back().inherited_headers;
            inherited.insert(inherited.end(), report.inherited_headers.begin(),
                             report.inherited_headers.end());
        }
    }

    void add_output_column(const std::string& name) {
        if (!name.empty() && !out_.table.column(name)) out_.table.columns.push_back(name);
    }

    std::vector<std::string> column_names() const {
        std::vector<std::string> names;
        for (const auto& c : cols_.columns()) {
            if (!c.name.empty()) names.push_back(c.name);
        }
        return names;
    }

    void remember_columns() {
        if (cols_.empty() || !cols_.headed()) return;
        last_columns_ = cols_.columns();
        last_table_ = cols_.table_ptr();
    }

    // A table without headers starts at the first line of its block that the profile's row
    // pattern recognises (within the block: before the next field or the table's end).
    std::optional<std::size_t> geometry_line(std::size_t i, const ProfileTable& table) const {
        const std::size_t n = table.columns.size();
        const auto last = i + static_cast<std::size_t>(p_.tolerances.headerless_scan);
        for (std::size_t j = i; j < lines_.size() && j < last; ++j) {
            const Line& l = lines_[j];
            if (field_of(p_, l) || ends_table(l, table)) return std::nullopt;
            if ((l.spans.size() == n || l.spans.size() + 1 == n) &&
                RE2::FullMatch(l.spans.front().text, *table.row_pattern)) {
                return j;
            }
        }
        return std::nullopt;
    }

    // The columns' places from that line's cells, in the profile's order. The indicator's cell
    // may be missing from it (a name on lines above and below the row's other cells): then it
    // spans the gap between its neighbours.
    void open_headerless(std::size_t j, const ProfileTable& table) {
        const auto& spans = lines_[j].spans;
        const bool without_name = spans.size() < table.columns.size();
        std::vector<Column> cols;
        std::size_t next = 0;
        for (const auto& pc : table.columns) {
            Column c{pc.column, pc.rest_to, 0, 0, {}, {}};
            if (without_name && pc.column == "indicator_name") {
                c.x0 = next == 0 ? 0 : spans[next - 1].x1 + 1;
                c.x1 = next < spans.size() ? spans[next].x0 - 1 : c.x0 + 1;
            } else {
                c.x0 = spans[next].x0;
                c.x1 = spans[next].x1;
                ++next;
            }
            add_output_column(c.name);
            cols.push_back(std::move(c));
        }
        cols_.set(table, std::move(cols), false);
        band_ = kNoBand;
        TableReport report{lines_[j].page, lines_[j].ref, 0, {}};
        report.columns = column_names();
        out_.tables.push_back(report);
    }

    void add_to_table(const Line& line) {
        if (ends_table(line, cols_.table())) {  // "Stakeholder ...": the table is over
            close_table();
            return;
        }
        out_.tables.back().last_page = std::max(out_.tables.back().last_page, line.page);
        rows_.add(line, out_.tables.back());
    }

    // A built row becomes a canonical row, with its block's fields and its source.
    void emit(Row&& row) {
        split_parts(row, cols_.table());
        join_parts(row);
        const std::string& name_column = cols_.empty() ? "" : cols_.name_of(cols_.name_column());
        if (row.cells[name_column].empty()) {
            // Cells without an indicator name (a note row, a blank separator): said, not kept.
            std::string cells;
            for (const auto& [col, text] : row.cells) {
                if (!text.empty()) cells += (cells.empty() ? "" : " | ") + text;
            }
            if (!cells.empty())
                diags_.warning(Errc::row_without_indicator, where(row.page, row.ref), cells);
            return;
        }
        // A PDF row's cells name its page and its row in the extracted table (the CSV's row).
        const std::size_t page = row.ref.empty() ? static_cast<std::size_t>(row.page) : 0;
        const std::size_t number = page == 0 ? 0 : out_.table.rows.size() + 1;
        TableRow r{number,
                   std::vector<Field>(out_.table.columns.size(), Field{{}, number, 0, 0, page}), 0,
                   page};
        auto set = [&](const std::string& col, const std::string& text) {
            if (auto i = out_.table.column(col)) r.fields[*i].text = text;
        };
        const auto block = fields_.values();
        for (const auto& [col, text] : block) set(col, text);
        for (const auto& [col, value] : sections_) set(col, value);
        if (!fields_.has("objective_code") && !p_.code_template.empty()) {
            set("objective_code",
                generated_code(p_.code_template, fields_.block(), first_target_year(), block));
        }
        set("ente", p_.ente);
        apply_header_comparators(row, cols_.columns());
        carry_comparators(row);
        for (const auto& [col, text] : row.cells) {
            if (!col.empty()) set(col, text);
        }
        set("source_ref",
            file_ + "#" + (row.ref.empty() ? "page=" + std::to_string(row.page) : row.ref));
        out_.table.rows.push_back(std::move(r));
        if (!out_.tables.empty()) ++out_.tables.back().rows;
    }

    void close_table() {
        if (auto orphans = rows_.close()) {
            diags_.warning(Errc::row_without_indicator, where(orphans->page, {}), orphans->text);
        }
        if (!cols_.empty()) fields_.table_closed();
        remember_columns();
        cols_.clear();
        sections_.clear();
        band_ = kNoBand;
    }

    // A later table's header may name columns the earlier rows lacked: every row gets a cell,
    // empty, in each (with its row's place).
    void pad_rows() {
        for (auto& r : out_.table.rows) {
            r.fields.resize(out_.table.columns.size(), Field{{}, r.line, 0, 0, r.page});
        }
    }

    // The reference year of an extracted plan, when no field gives it: its first target year.
    void set_year() {
        const std::string year = first_target_year();
        const auto col = out_.table.column("year");
        if (year.empty() || !col) return;
        for (auto& row : out_.table.rows) {
            if (row.fields[*col].text.empty()) row.fields[*col].text = year;
        }
    }

    std::string first_target_year() const {
        std::string year;
        for (const auto& c : out_.table.columns) {
            if (is_target_year_column(c) && (year.empty() || c.substr(7) < year))
                year = c.substr(7);
        }
        return year;
    }

    Place where(int page, const std::string& ref) const {
        return ref.empty() ? Place{file_, 0, 0, static_cast<std::size_t>(page)}
                           : Place{file_, 0, 0, 0, ref};
    }

    const std::string& file_;
    const std::vector<Line>& lines_;
    const Profile& p_;
    Diagnostics& diags_;
    HeaderModel headers_;
    TableColumns cols_;
    RowBuilder rows_;
    BlockFields fields_;
    Extraction out_;
    // The last header's columns, and its table: what a repeated header's empty cell stood for.
    std::vector<Column> last_columns_;
    const ProfileTable* last_table_ = nullptr;
    std::map<std::string, std::string> sections_;  // the header's section: column -> name
    Band band_ = kNoBand;
};

}  // namespace

Extraction extract(const std::string& file, const std::vector<Line>& lines, const Profile& profile,
                   Diagnostics& diags) {
    return Extractor(file, lines, profile, diags).run();
}

}  // namespace pira
