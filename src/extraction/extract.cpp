#include "extraction/extract.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include "common/text.hpp"
#include "extraction/bare_headings.hpp"
#include "extraction/block_fields.hpp"
#include "extraction/carried_cells.hpp"
#include "extraction/fields.hpp"
#include "extraction/header_model.hpp"
#include "extraction/headerless_table.hpp"
#include "extraction/lent_columns.hpp"
#include "extraction/row_builder.hpp"
#include "extraction/row_cell_fields.hpp"
#include "extraction/row_emission.hpp"
#include "extraction/row_fields.hpp"
#include "extraction/row_gaps.hpp"
#include "extraction/table_columns.hpp"
#include "extraction/wrapped_pitch.hpp"
#include "model/canonical_table.hpp"

namespace pira {
namespace {

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
        for (const Line& l : lines) {  // where each page's lines end: a full row's end
            if (!l.spans.empty())
                right_edges_[l.page] = std::max(right_edges_[l.page], l.spans.back().x1);
        }
        for (auto c : canonical_columns()) out_.table.columns.emplace_back(c);
    }

    Extraction run() {
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (figure_.take(lines_[i])) continue;  // a heading's published figure below it
            if (auto h = heading_at(i)) {
                set_fields(h->first);
                fields_.stop_wrap();
                figure_.expect(h->first, lines_[h->second]);
                i = h->second;
                continue;
            }
            if (auto f = field_over_lines(i)) {
                set_fields(f->first);
                fields_.start_wrap(f->first, lines_[f->second]);
                i = f->second;
                continue;
            }
            step(i);
        }
        close_table();
        pad_rows(out_.table);
        set_year_from_targets(out_.table);
        lend_columns(out_.table, row_tables_);
        return std::move(out_);
    }

  private:
    std::string_view held() const { return fields_.held_column(); }

    // A heading wrapped over bold lines, or a bare one (no key, no pattern: by its order).
    std::optional<std::pair<FieldHit, std::size_t>> heading_at(std::size_t i) const {
        auto h = wrapped_heading(p_, lines_, i, p_.tolerances.heading_lines);
        if (!h && !fields_.pending()) h = bare_heading(p_, lines_, i, right_edges_);
        return h;
    }

    // A field over lines: a key row cut by a page break; a tree row's label wrapped in its cell
    // (its first line no field, no header); a label wrapped, unless its first line is a field
    // with a value (a shorter key alone, "Risorse economiche" over "assegnate", is its part).
    std::optional<std::pair<FieldHit, std::size_t>> field_over_lines(std::size_t i) const {
        if (auto f = cut_key_value(p_, lines_, i)) return f;
        const auto whole = field_of(p_, lines_[i], held());
        if (!whole && !headers_.is_header(i)) {
            if (auto f = wrapped_heading_cells(p_, lines_, i, p_.tolerances.heading_lines, held()))
                return f;
        }
        if (whole && (!whole->values.empty() || whole->pending.empty())) return std::nullopt;
        return wrapped_label(p_, lines_, i);
    }

    void step(std::size_t i) {
        const Line& line = lines_[i];
        if (auto f = field_of(p_, line, held()); f && !in_row_cell(lines_, i, cols_, rows_) &&
                                                 !key_in_row_cell(line, *f, cols_, rows_)) {
            set_fields(*f);
            fields_.start_wrap(*f, line);
            figure_.expect(*f, line);
            return;
        }
        if (take_section_line(line)) return;
        const bool header = headers_.is_header(i);
        // A long value wrapped in its cell.
        if (!header && fields_.take_wrapped(line, right_edges_[line.page])) return;
        // "Risorse economiche:", value below; below a header repeated at a page top, when the
        // label ended the page before.
        const bool header_part = header || in_band(i) || headers_.opens_band(i);
        if (!header_part && fields_.take_pending(line)) return;
        if (header) {
            open_table(i);
            return;
        }
        // (Not an upper line of a header band: the next table's header, not a row.)
        if (cols_.empty() && resumable_ && !header_part &&
            row_ahead(lines_, i, last_columns_, p_, headers_))
            resume_table(line);
        if (cols_.empty() && !resumable_) {
            if (auto g = first_headerless(lines_, i, p_, headers_))
                open_headerless(g->first, *g->second);
        }
        if (!cols_.empty() && !in_band(i) && !headers_.opens_band(i)) add_to_table(line);
    }

    void set_fields(const FieldHit& f) {
        if (!cols_.empty()) resumable_ = cols_.headed();
        close_table();
        pending_sections_.clear();
        fields_.set(f);
    }

    // A section named on a line of its own (above its header, or across the table): the rows
    // after it are the section's, in this table or in the next one opened (its header then
    // names no section).
    bool take_section_line(const Line& line) {
        for (const auto& table : p_.tables) {
            const std::string col = section_column(line, table);
            if (col.empty()) continue;
            rows_.flush();  // the last row was the section's before
            pending_sections_ = {{col, std::string(trim(line.spans[0].text))}};
            if (!cols_.empty() && cols_.table_ptr() == &table) sections_ = pending_sections_;
            return true;
        }
        return false;
    }

    // One table for the whole document, cut by its group rows (the fields of the next block):
    // rows under the same columns go on after them, without the header repeated.
    void resume_table(const Line& line) {
        cols_.set(*last_table_, last_columns_, true);
        TableReport report{line.page, line.ref, 0, {}};
        report.columns = column_names();
        out_.tables.push_back(report);
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
        if (sections.empty()) {
            for (const auto& [col, name] : pending_sections_) {
                if (table->is_section(name)) sections[col] = name;
            }
        }
        if (table == last_table_ && !last_columns_.empty())
            inherit_empty_headers(last_columns_, cols, report);
        if (sections != sections_) rows_.flush();  // the last row was the section's before
        sections_ = std::move(sections);
        remember_columns();
        cols_.set(*table, std::move(cols), true);
        const auto past = [&](std::size_t j) {
            return field_of(p_, lines_[j]) || table->ends_at(lines_[j].text()) ||
                   (headers_.is_header(j) && headers_.table_at(j) != table);
        };
        // Past group rows too: a table for the whole document goes on below them (resume_table).
        cols_.learn_right_edges(lines_, band_.second + 1, [&](std::size_t j) {
            return table->ends_at(lines_[j].text()) || headers_.is_header(j);
        });
        const auto scan = static_cast<std::size_t>(p_.tolerances.headerless_scan);
        rows_.set_wrapped_pitch(wrapped_pitch(lines_, band_.second + 1, past, scan));
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

    void open_headerless(std::size_t j, const ProfileTable& table) {
        auto cols = headerless_columns(lines_[j], table);
        for (const auto& c : cols) add_output_column(c.name);
        cols_.set(table, std::move(cols), false);
        band_ = kNoBand;
        TableReport report{lines_[j].page, lines_[j].ref, 0, {}};
        report.columns = column_names();
        out_.tables.push_back(report);
    }

    void add_to_table(const Line& line) {
        if (cols_.table().ends_at(line.text())) {  // "Stakeholder ...": the table is over
            close_table();
            resumable_ = false;
            return;
        }
        out_.tables.back().last_page = std::max(out_.tables.back().last_page, line.page);
        rows_.add(line, out_.tables.back());
    }

    // A built row becomes a canonical row, with its block's fields and its source.
    void emit(Row&& row) {
        if (!cols_.empty()) carried_.apply(row, cols_.table());
        split_parts(row, cols_.table());
        join_parts(row);
        const std::string& name_column = cols_.empty() ? "" : cols_.name_of(cols_.name_column());
        const RowContext ctx{p_, file_, fields_, sections_, cols_.columns(), name_column};
        if (!emit_row(row, ctx, out_.table, diags_)) return;
        row_tables_.push_back(cols_.table_ptr());
        if (!out_.tables.empty()) ++out_.tables.back().rows;
    }

    void close_table() {
        if (auto orphans = rows_.close()) {
            diags_.warning(Errc::row_without_indicator, extraction_place(file_, orphans->page, {}),
                           orphans->text);
        }
        // A header with no rows under it yet (repeated at a page top inside the next block's
        // fields) does not end the block.
        if (!cols_.empty() && !out_.tables.empty() && out_.tables.back().rows > 0)
            fields_.table_closed();
        remember_columns();
        cols_.clear();
        carried_.clear();
        sections_.clear();
        band_ = kNoBand;
    }

    const std::string& file_;
    const std::vector<Line>& lines_;
    const Profile& p_;
    Diagnostics& diags_;
    HeaderModel headers_;
    TableColumns cols_;
    RowBuilder rows_;
    BlockFields fields_;
    CarriedCells carried_;
    HeadingFigure figure_;
    Extraction out_;
    std::vector<const ProfileTable*> row_tables_;  // each output row's table
    // The last header's columns, and its table: what a repeated header's empty cell stood for.
    std::vector<Column> last_columns_;
    const ProfileTable* last_table_ = nullptr;
    bool resumable_ = false;  // a headed table was cut by block fields, not ended
    std::map<std::string, std::string> sections_;          // the header's section: column -> name
    std::map<std::string, std::string> pending_sections_;  // named on a line of their own
    Band band_ = kNoBand;
    std::map<int, double> right_edges_;  // page -> where its widest line ends
};

}  // namespace

Extraction extract(const std::string& file, const std::vector<Line>& lines, const Profile& profile,
                   Diagnostics& diags) {
    return Extractor(file, lines, profile, diags).run();
}

}  // namespace pira
