#include "extraction/extract.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "common/text.hpp"
#include "extraction/fields.hpp"
#include "layout/superscripts.hpp"

namespace pira {
namespace {

struct Column {
    std::string name;  // canonical column, "" for a header the profile does not know
    std::string rest_to;
    double x0 = 0, x1 = 0;
    std::string header;
    // The header's wrapped parts joined without spaces: a narrow cell may cut a word or a
    // date ("30/09/20" over "20"), and the profile's header names the whole of it.
    std::string glued;
};

struct Row {
    // The text each table column gave to each canonical column: a description (the rest of the
    // name's cell) and an algorithm column may both fill "formula".
    std::map<std::string, std::map<std::size_t, std::string>> parts;
    std::map<std::string, std::string> cells;  // the parts joined, when the row is complete
    int page = 0;
    std::string ref;                     // "Sheet!A12" for a spreadsheet row
    bool has_regular_name_text = false;  // the first cell already has description words
    bool plain_name = false;             // the name began in regular type (no bold names)
};

bool all_bold(const Line& l) {
    return std::all_of(l.spans.begin(), l.spans.end(), [](const Span& s) { return s.bold; });
}

class Extractor {
  public:
    Extractor(const std::string& file, const std::vector<Line>& lines, const Profile& profile,
              Diagnostics& diags)
        : file_(file), lines_(lines), p_(profile), diags_(diags) {
        out_.table.file = file;
        for (auto c : canonical_columns()) out_.table.columns.emplace_back(c);
    }

    Extraction run() {
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (auto f = wrapped_heading(i)) {  // a heading on several lines
                set_fields(f->first);
                wrap_.stop();
                i = f->second;
                continue;
            }
            if (auto f = wrapped_label(p_, lines_, i); f && !field_of(p_, lines_[i])) {
                set_fields(f->first);
                wrap_.start(f->first, lines_[f->second]);
                i = f->second;
                continue;
            }
            step(i);
        }
        close_table();
        set_year();
        return std::move(out_);
    }

  private:
    using Cells = std::vector<std::pair<std::size_t, const Span*>>;

    // A bold heading that wraps ("OS_02.03 - long name" then "... (Peso: 16,70%)") matches a
    // field pattern only when its lines are joined: up to four bold lines of one page. Returns
    // the field and the heading's last line.
    std::optional<std::pair<FieldHit, std::size_t>> wrapped_heading(std::size_t i) const {
        if (!all_bold(lines_[i]) || field_of(p_, lines_[i])) return std::nullopt;
        std::string text = lines_[i].text();
        for (std::size_t j = i + 1; j < lines_.size() && j < i + 4; ++j) {
            if (!all_bold(lines_[j]) || lines_[j].page != lines_[i].page) break;
            append(text, lines_[j].text());
            for (const auto& f : p_.fields) {
                if (!f.pattern) continue;
                auto values = named_matches(*f.pattern, text);
                if (!values.empty())
                    return std::make_pair(FieldHit{values, f.level, f.next_line}, j);
            }
        }
        return std::nullopt;
    }

    void step(std::size_t i) {
        const Line& line = lines_[i];
        if (auto f = field_of(p_, line)) {
            set_fields(*f);
            wrap_.start(*f, line);
            return;
        }
        if (const auto* columns = is_header(i) ? nullptr : wrap_.continued_by(line)) {
            // a long value wrapped in its cell
            for (const auto& column : *columns) append(fields_[column].text, line.text());
            return;
        }
        if (!pending_field_.empty()) {  // "Risorse economiche:" with its value below
            const std::string column = std::exchange(pending_field_, {});
            const std::string text = line.text();
            // Another label ("Unità organizzative coinvolte:") says the value is missing.
            if (!text.empty() && text.back() != ':') {
                fields_[column] = {text, pending_level_};
                // A long value (a programme's name) wraps under itself.
                wrap_.start(FieldHit{{{column, text}}, pending_level_, {}, line.spans.front().x0},
                            line);
                return;
            }
        }
        if (is_header(i)) {
            open_table(i);
            return;
        }
        for (const auto& table : p_.tables) {
            if (!columns_.empty() || !table.row_pattern) continue;
            if (auto g = geometry_line(i, table)) open_headerless(*g, table);
        }
        if (!columns_.empty() && !in_header_band(i) && !opens_header_band(i)) add_to_table(line);
    }

    // The upper lines of a header repeated on a new page ("Target" above "Indicatore") come
    // before the line that names it a header: they are the header's, not the last row's.
    bool opens_header_band(std::size_t i) const {
        if (!all_bold(lines_[i])) return false;
        for (std::size_t j = i + 1; j < lines_.size() && j <= i + 3; ++j) {
            if (lines_[j].page != lines_[i].page) return false;
            if (is_header(j)) return header_band(j).first <= i;
        }
        return false;
    }

    // A field after a table opens the next block; a field clears the values of deeper levels
    // (a new MISSIONE forgets the PROGRAMMA), and after a table those of its own level too.
    void set_fields(const FieldHit& f) {
        close_table();
        const bool new_block = after_table_;
        if (after_table_) {
            after_table_ = false;
            ++block_;
        }
        std::erase_if(fields_, [&](const auto& kv) {
            return kv.second.level > f.level || (new_block && kv.second.level == f.level);
        });
        for (const auto& [column, value] : f.values) fields_[column] = {value, f.level};
        pending_field_ = f.pending;
        pending_level_ = f.level;
    }

    bool is_header(std::size_t i) const { return header_table(i) != nullptr; }

    // The profile's table whose first header line i holds, or nullptr.
    const ProfileTable* header_table(std::size_t i) const {
        const Line& l = lines_[i];
        // In PDFs headers are bold; in spreadsheets formatting is the user's choice.
        if (!all_bold(l) && !l.record) return nullptr;
        for (const auto& table : p_.tables) {
            const std::string& h = table.first_header;
            if (h.empty()) continue;
            if (std::any_of(l.spans.begin(), l.spans.end(), [&](const Span& s) {
                    return trim(s.text) == h || (!l.record && wraps_first_header(i, s, h));
                })) {
                return &table;
            }
        }
        return nullptr;
    }

    // A first header wrapped in a narrow cell ("VALENZA" over "INDICATORE"): the span begins it
    // and the bold spans right under it, in the same column, end it. The header row's other
    // cells may sit between its parts ("Consuntivo", then "Indicatore Formula ...", then
    // "30.09.2020": centred in a taller row).
    bool wraps_first_header(std::size_t i, const Span& s, const std::string& h) const {
        std::string joined(trim(s.text));
        if (h.rfind(joined + " ", 0) != 0) return false;
        for (std::size_t j = i + 1; j < lines_.size() && j <= i + 3; ++j) {
            const Line& next = lines_[j];
            if (next.page != lines_[i].page || !all_bold(next) ||
                next.y0 - lines_[j - 1].y0 > 1.6 * (lines_[i].y1 - lines_[i].y0))
                return false;
            auto under = std::find_if(next.spans.begin(), next.spans.end(),
                                      [&](const Span& t) { return t.x0 < s.x1 && s.x0 < t.x1; });
            if (under == next.spans.end()) continue;
            append(joined, std::string(trim(under->text)));
            if (joined == h) return true;
            if (h.rfind(joined + " ", 0) != 0) return false;
        }
        return false;
    }

    // Lines of a wrapped header: bold lines touching the header line above and below it.
    std::pair<std::size_t, std::size_t> header_band(std::size_t i) const {
        if (lines_[i].record) return {i, i};  // a spreadsheet cell holds its whole header
        // Headers centred in cells of different heights ("Target" over its years, beside
        // "Indicatore" spanning two header rows) sit up to about a line and a half apart.
        const double h = 1.5 * (lines_[i].y1 - lines_[i].y0);
        std::size_t first = i, last = i;
        while (first > 0 && lines_[first - 1].page == lines_[i].page &&
               all_bold(lines_[first - 1]) && lines_[first].y0 - lines_[first - 1].y0 < h) {
            --first;
        }
        // A header row cut by a page break goes on with the bold lines that open the next page.
        while (last + 1 < lines_.size() && all_bold(lines_[last + 1])) {
            const Line& next = lines_[last + 1];
            const bool touching = next.page == lines_[last].page && next.y0 - lines_[last].y0 < h;
            // ... but not with a bold name under the first header: that is the first row.
            const bool next_page_top = next.page == lines_[last].page + 1 &&
                                       lines_[last].page == lines_[i].page &&
                                       !under_first_header(i, next);
            if (!touching && !next_page_top) break;
            ++last;
        }
        return {first, last};
    }

    // Whether a line has a span in the column of the first header of header line i.
    bool under_first_header(std::size_t i, const Line& l) const {
        const std::string& first = header_table(i)->first_header;
        for (const Span& h : lines_[i].spans) {
            if (h.text.rfind(first.substr(0, first.find(' ')), 0) != 0) continue;
            return std::any_of(l.spans.begin(), l.spans.end(),
                               [&](const Span& s) { return s.x0 < h.x1 && h.x0 < s.x1; });
        }
        return false;
    }

    bool in_header_band(std::size_t i) const { return i >= band_.first && i <= band_.second; }

    void open_table(std::size_t i) {
        const ProfileTable* table = header_table(i);
        // A header repeated on a new page, or the next section's header ("Proventi" after
        // "Equilibrio economico"): the same table goes on.
        const bool continued = !columns_.empty() && table == t_;
        if (!continued) close_table();
        t_ = table;
        band_ = header_band(i);
        // Header spans that overlap horizontally are one header cut by wrapping.
        std::vector<Column> cols;
        for (std::size_t j = band_.first; j <= band_.second; ++j) {
            for (const Span& s : lines_[j].spans) {
                auto it = std::find_if(cols.begin(), cols.end(),
                                       [&](const Column& c) { return s.x0 < c.x1 && c.x0 < s.x1; });
                if (it == cols.end()) {
                    cols.push_back({{}, {}, s.x0, s.x1, s.text, s.text});
                } else {
                    append(it->header, s.text);
                    it->glued += s.text;
                    it->x0 = std::min(it->x0, s.x0);
                    it->x1 = std::max(it->x1, s.x1);
                }
            }
        }
        std::sort(cols.begin(), cols.end(),
                  [](const Column& a, const Column& b) { return a.x0 < b.x0; });
        name_years_under_group(cols);
        TableReport report{lines_[i].page, lines_[i].ref, 0, {}};
        std::string first_year;  // of this table's targets
        std::map<std::string, std::string> sections;
        for (auto& c : cols) {
            c.name = t_->column_for(c.header);
            if (c.name.empty()) c.name = t_->column_for(c.glued);
            if (t_->is_section(c.header)) sections[c.name] = c.header;
            if (is_target_year_column(c.name) &&
                (first_year.empty() || c.name.substr(7) < first_year))
                first_year = c.name.substr(7);
        }
        for (auto& c : cols) {
            if (auto later = t_->later_column_for(c.header, first_year); !later.empty()) {
                c.name = later;
            }
            for (const auto& pc : t_->columns) {
                if (pc.column == c.name) c.rest_to = pc.rest_to;
            }
            if (c.name.empty()) report.unknown_headers.push_back(c.header);
            if (!c.name.empty() && !out_.table.column(c.name)) out_.table.columns.push_back(c.name);
        }
        inherit_empty_headers(table, cols, report);
        if (sections != sections_) flush_row();  // the last row was the section's before
        sections_ = std::move(sections);
        remember_columns();
        columns_ = std::move(cols);
        headed_ = true;
        name_column_ = 0;
        for (std::size_t k = 0; k < columns_.size(); ++k) {
            if (columns_[k].name == "indicator_name") name_column_ = k;
        }
        if (!continued) {
            out_.tables.push_back(report);
        } else {
            auto& inherited = out_.tables.back().inherited_headers;
            inherited.insert(inherited.end(), report.inherited_headers.begin(),
                             report.inherited_headers.end());
        }
    }

    // A header row repeated with a cell left empty (Peso, over its weights) keeps the column
    // the table's previous header had there, when the columns on both sides are the same.
    void inherit_empty_headers(const ProfileTable* table, std::vector<Column>& cols,
                               TableReport& report) const {
        if (table != last_table_ || last_columns_.empty()) return;
        auto overlaps = [](const Column& a, const Column& b) { return a.x0 < b.x1 && b.x0 < a.x1; };
        for (std::size_t k = 1; k + 1 < last_columns_.size(); ++k) {
            const Column& before = last_columns_[k];
            if (before.name.empty() || std::any_of(cols.begin(), cols.end(), [&](const Column& c) {
                    return overlaps(c, before);
                }))
                continue;
            auto right = std::find_if(cols.begin(), cols.end(),
                                      [&](const Column& c) { return c.x0 >= before.x1; });
            if (right == cols.begin() || right == cols.end() ||
                right->name != last_columns_[k + 1].name ||
                std::prev(right)->name != last_columns_[k - 1].name)
                continue;
            report.inherited_headers.push_back(before.header);
            cols.insert(right, before);
        }
    }

    void remember_columns() {
        if (columns_.empty() || !headed_) return;
        last_columns_ = columns_;
        last_table_ = t_;
    }

    // A table without headers starts at the first line of its block that the profile's row
    // pattern recognises (within the block: before the next field or the table's end).
    std::optional<std::size_t> geometry_line(std::size_t i, const ProfileTable& table) const {
        const std::size_t n = table.columns.size();
        for (std::size_t j = i; j < lines_.size() && j < i + 60; ++j) {
            const Line& l = lines_[j];
            if (field_of(p_, l) || ends_table(l, table)) return std::nullopt;
            if ((l.spans.size() == n || l.spans.size() + 1 == n) &&
                RE2::FullMatch(l.spans.front().text, *table.row_pattern)) {
                return j;
            }
        }
        return std::nullopt;
    }

    // The columns' places from that line's cells, in the profile's order. The indicator's
    // cell may be missing from it (a name on lines above and below the row's other cells):
    // then it spans the gap between its neighbours.
    void open_headerless(std::size_t j, const ProfileTable& table) {
        t_ = &table;
        const auto& spans = lines_[j].spans;
        const bool without_name = spans.size() < table.columns.size();
        std::vector<Column> cols;
        std::size_t next = 0;
        for (const auto& pc : table.columns) {
            Column c{pc.column, pc.rest_to, 0, 0, {}};
            if (without_name && pc.column == "indicator_name") {
                c.x0 = next == 0 ? 0 : spans[next - 1].x1 + 1;
                c.x1 = next < spans.size() ? spans[next].x0 - 1 : c.x0 + 1;
            } else {
                c.x0 = spans[next].x0;
                c.x1 = spans[next].x1;
                ++next;
            }
            if (!out_.table.column(c.name)) out_.table.columns.push_back(c.name);
            cols.push_back(std::move(c));
        }
        columns_ = std::move(cols);
        headed_ = false;
        name_column_ = 0;
        for (std::size_t k = 0; k < columns_.size(); ++k) {
            if (columns_[k].name == "indicator_name") name_column_ = k;
        }
        band_ = {1, 0};
        out_.tables.push_back(TableReport{lines_[j].page, lines_[j].ref, 0, {}});
    }

    static bool ends_table(const Line& l, const ProfileTable& table) {
        const std::string text = l.text();
        return std::any_of(table.end_at.begin(), table.end_at.end(),
                           [&](const std::string& end) { return text.rfind(end, 0) == 0; });
    }

    // A header spanning sub-columns ("Target" over "2024 2025 2026") joins only the sub-header
    // right under it ("Target 2025"); the other years take the same group word when that makes
    // them target years of the profile. Other years are headers of their own ("2018" beside
    // "Valore ottenuto 2019": the 2018 value, not a baseline).
    void name_years_under_group(std::vector<Column>& cols) const {
        auto is_year = [](std::string_view h) {
            return h.size() == 4 && std::all_of(h.begin(), h.end(), [](char c) {
                       return std::isdigit(static_cast<unsigned char>(c)) != 0;
                   });
        };
        for (auto& c : cols) {
            if (!is_year(c.header)) continue;
            const Column* group = nullptr;
            for (const auto& g : cols) {
                const std::string_view h = g.header;
                if (h.size() > 5 && h[h.size() - 5] == ' ' && is_year(h.substr(h.size() - 4)) &&
                    (group == nullptr || std::abs(g.x0 - c.x0) < std::abs(group->x0 - c.x0))) {
                    group = &g;
                }
            }
            if (group == nullptr) continue;
            std::string named = group->header.substr(0, group->header.size() - 4) + c.header;
            if (is_target_year_column(t_->column_for(named))) c.header = std::move(named);
        }
    }

    // The column whose span of the page holds the span's centre: columns reach halfway to
    // their neighbours, since cells are narrower than the header above them or wider.
    std::size_t column_at(double x0, double x1) const {
        const double centre = (x0 + x1) / 2;
        for (std::size_t k = 0; k + 1 < columns_.size(); ++k) {
            if (centre < (columns_[k].x1 + columns_[k + 1].x0) / 2) return k;
        }
        return columns_.size() - 1;
    }

    // A comparator in a cell of its own (its column may have no header) belongs to the value
    // in the next column: ">=" then "1" is the target ">= 1".
    static bool is_comparator(const std::string& text) {
        static const std::set<std::string, std::less<>> kOps{">=", "<=", "=", ">", "<",
                                                             "=>", "=<", "≥", "≤"};
        return kOps.count(std::string(trim(text))) != 0;
    }

    std::size_t column_after(const Span& s) const {
        for (std::size_t k = 0; k < columns_.size(); ++k) {
            if (columns_[k].x0 >= s.x1) return k;
        }
        return column_at(s.x0, s.x1);
    }

    // The table column of a cell (not a comparator), or nullopt for a cell under no header.
    // When the profile says some header cells are empty (the note "PIRA" left of INDICATORE),
    // a PDF cell with no header text above it is in such a column, unless it starts where the
    // lines of a column's cells start ("stanziate", the last line of a formula left-aligned
    // under a centred ALGORITMO).
    std::optional<std::size_t> column_of(const Span& s, const Line& line) const {
        if (!headed_ || line.record || !t_->unheaded_columns ||
            std::any_of(columns_.begin(), columns_.end(),
                        [&](const Column& c) { return s.x0 < c.x1 && c.x0 < s.x1; }))
            return column_at(s.x0, s.x1);
        for (std::size_t k = 0; k < columns_.size(); ++k) {
            auto starts = cell_starts_.find(columns_[k].name);
            if (starts != cell_starts_.end() &&
                std::any_of(starts->second.begin(), starts->second.end(),
                            [&](double x0) { return std::abs(x0 - s.x0) < 1.5; }))
                return k;
        }
        return std::nullopt;
    }

    // Where the lines of a column's cells start: see column_of.
    void remember_cell_starts(const Cells& cells) {
        for (const auto& [k, span] : cells) {
            auto& starts = cell_starts_[columns_[k].name];
            if (std::none_of(starts.begin(), starts.end(),
                             [&](double x0) { return std::abs(x0 - span->x0) < 0.5; }))
                starts.push_back(span->x0);
        }
    }

    // The line's cells and the table column each belongs to.
    std::vector<std::pair<std::size_t, const Span*>> cells_of(const Line& line) const {
        std::vector<std::pair<std::size_t, const Span*>> cells;
        const auto& spans = line.spans;
        for (std::size_t j = 0; j < spans.size(); ++j) {
            if (is_comparator(spans[j].text) && j + 1 < spans.size() &&
                !is_comparator(spans[j + 1].text)) {
                // The comparator and its value are one cell, whichever cell's place a
                // header names (header over the comparator, over the value, or over both).
                const std::size_t k = column_at(spans[j].x0, spans[j + 1].x1);
                cells.emplace_back(k, &spans[j]);
                cells.emplace_back(k, &spans[++j]);
                continue;
            }
            if (is_comparator(spans[j].text)) {
                cells.emplace_back(column_after(spans[j]), &spans[j]);
            } else if (auto k = column_of(spans[j], line)) {
                cells.emplace_back(*k, &spans[j]);
            }
        }
        // The indicator's cell first: it may open the row the other cells of the line belong to.
        std::stable_partition(cells.begin(), cells.end(),
                              [&](const auto& c) { return c.first == name_column_; });
        return cells;
    }

    // A line after the gap that closes a row (cell padding, more than half a line) begins the
    // next visual row.
    bool after_row_gap(const Line& line) const {
        return last_line_ != nullptr && last_line_->page == line.page &&
               line.y0 - last_line_->y1 > 0.5 * (line.y1 - line.y0);
    }

    void add_to_table(const Line& line) {
        if (ends_table(line, *t_)) {  // "Stakeholder ...": the table is over
            close_table();
            return;
        }
        if (is_footnote(line)) return;
        if (line.record) {  // a spreadsheet row is a table row of its own
            flush_row();
            row_ = Row{{}, {}, line.page, line.ref, false};
        }
        const auto cells = cells_of(line);
        if (t_->unheaded_columns) {
            for (const Span& s : line.spans) {
                if (!is_comparator(s.text) && !column_of(s, line))
                    out_.tables.back().unheaded.push_back(s.text);
            }
            remember_cell_starts(cells);
        }
        // A line of such cells only (a note centred above its row's name) says nothing of rows.
        if (cells.empty() && !line.spans.empty()) return;
        const bool has_name = !cells.empty() && cells.front().first == name_column_;
        const bool gap = after_row_gap(line) || starts_next_page_row(line, cells);
        // Cells centred vertically and taller than the row's name begin above it: after a row
        // gap (or before the first row), cells without a name wait for the name below them.
        if (!line.record && !has_name && (!row_ || gap || !early_.empty())) {
            for (const auto& [k, span] : cells) append(early_[columns_[k].name][k], span->text);
            early_page_ = line.page;
            last_line_ = &line;
            return;
        }
        last_line_ = &line;
        for (const auto& [k, span] : cells) {
            if (k == name_column_) {
                add_first_cell(*span, line, gap);
            } else {
                append(row_->parts[columns_[k].name][k], span->text);
            }
        }
    }

    // A note under the table ("¹ Lo scostamento è dovuto ...", its marker in a cell above) and
    // its wrapped lines (single regular spans right below it, starting under its marker or its
    // first word) are not rows: the table goes on after it. The note goes to the table's report.
    bool is_footnote(const Line& line) {
        const bool starts =
            !line.record && !line.spans.empty() && superscript_prefix(line.spans.front().text) != 0;
        const bool goes_on = in_footnote_ && line.spans.size() == 1 && !line.spans[0].bold &&
                             line.spans[0].x0 > note_x0_ - 2 && line.spans[0].x0 < note_x1_ + 2 &&
                             last_line_ != nullptr && line.page == last_line_->page &&
                             !after_row_gap(line);
        if (starts) {
            const auto& words = line.spans.front().words;
            note_x0_ = line.spans.front().x0;
            note_x1_ = words.size() > 1 ? words[1].x0 : note_x0_;
        }
        in_footnote_ = starts || goes_on;
        if (!in_footnote_) return false;
        flush_row();
        auto& notes = out_.tables.back().notes;
        if (starts || notes.empty()) {
            notes.push_back(line.text());
        } else {
            append(notes.back(), line.text());
        }
        last_line_ = &line;
        return true;
    }

    // A table going on over a page break, without its header: a row cut by the break goes on
    // at the top of the page (its long texts), unless a name or refilled values say the next
    // row begins there.
    bool starts_next_page_row(const Line& line, const Cells& cells) const {
        if (!row_ || last_line_ == nullptr || last_line_->page == line.page) return false;
        // A name going on in lower case ("obblighi normativi") is the cut row's, whatever its
        // other cells: a descriptive value wraps too ("valore non ancora" / "disponibile").
        if (!cells.empty() && cells.front().first == name_column_ &&
            std::islower(static_cast<unsigned char>(cells.front().second->text[0])) != 0)
            return false;
        if (refills_values(cells)) return true;
        if (!cells.empty() && cells.front().first == name_column_) return name_begins_row(cells);
        // Cells centred vertically begin above their name ("Realizzazione" over the name's
        // line): the first line below with a name, in the same row (no row gap before it),
        // says whether they are a new row's.
        const auto i = static_cast<std::size_t>(&line - lines_.data());
        for (std::size_t j = i + 1; j < lines_.size() && j <= i + 4; ++j) {
            const Line& l = lines_[j];
            if (l.page != line.page || l.y0 - lines_[j - 1].y1 > 0.5 * (l.y1 - l.y0)) break;
            const Cells below = cells_of(lines_[j]);
            if (!below.empty() && below.front().first == name_column_) {
                return name_begins_row(below);
            }
        }
        return false;
    }

    // A name at the top of a page (cells: its line's) begins a new row: a bold one (or a
    // regular one, in a table of regular names) when the last row's name ended above the foot
    // of the page before.
    bool name_begins_row(const Cells& cells) const {
        const Span& name = *cells.front().second;
        if (name.words.empty() || (!name.words.front().bold && !row_->plain_name)) return false;
        if (name_line_ != last_line_) return true;
        // Regular names give no type to tell a cut name from the next one; but a name and
        // another cell both beginning with a capital begin a row anew ("Costi di ..." beside
        // "Costi di ..."), where a cut row goes on mid-sentence.
        auto capital = [](const Span* s) {
            return !s->text.empty() && std::isupper(static_cast<unsigned char>(s->text[0])) != 0;
        };
        return row_->plain_name && capital(&name) &&
               std::any_of(cells.begin() + 1, cells.end(),
                           [&](const auto& c) { return capital(c.second); });
    }

    // A line bringing cells again to two or more columns the row has already filled, one of
    // them a value's: a cut row's texts (its tipologia, its formula) go on, but a value does
    // not wrap (unless it is words going on in lower case).
    bool refills_values(const Cells& cells) const {
        std::size_t refilled = 0, values = 0;
        for (const auto& [k, span] : cells) {
            auto col = row_->parts.find(columns_[k].name);
            if (k == name_column_ || col == row_->parts.end() || col->second.count(k) == 0 ||
                col->second.at(k).empty())
                continue;
            ++refilled;
            // A descriptive value in lower case ("accorpamento", under "mancata implementazione
            // in attesa") is wrapped text going on, not a value of the next row.
            if (is_value_column(columns_[k].name) &&
                std::islower(static_cast<unsigned char>(span->text[0])) == 0)
                ++values;
        }
        return refilled >= 2 && values >= 1;
    }

    // Columns of values (a number, a date, si/no), which do not wrap, unlike names and texts.
    static bool is_value_column(const std::string& c) {
        return is_target_year_column(c) || c == "target" || c == "baseline" || c == "actual" ||
               c == "weight" || c == "performance";
    }

    // Early cells no name came for (a row whose name cell is empty): said, not dropped
    // silently, as one row in the table's order.
    void drop_early_cells() {
        std::map<std::size_t, std::string> by_place;
        for (const auto& [col, by_column] : early_) {
            for (const auto& [k, text] : by_column) append(by_place[k], text);
        }
        std::string cells;
        for (const auto& [k, text] : by_place) cells += (cells.empty() ? "" : " | ") + text;
        if (!cells.empty()) {
            diags_.warning(Errc::row_without_indicator,
                           Place{file_, 0, 0, static_cast<std::size_t>(early_page_)}, cells);
        }
        early_.clear();
    }

    // Bold words open an indicator (its name); a bold start after description words, or after
    // a row gap (or at the top of a page, see starts_next_page_row), is the next indicator. Regular
    // words go to the column the profile names for them (the formula). In a table whose names
    // are regular type (Prato's schede), only the row gap tells the next indicator.
    void add_first_cell(const Span& s, const Line& line, bool after_gap) {
        const bool starts_bold = !s.words.empty() && s.words.front().bold;
        if (!row_ || !early_.empty() ||
            (starts_bold && (row_->has_regular_name_text || after_gap)) ||
            (!starts_bold && after_gap && row_->plain_name)) {
            flush_row();
            row_ = Row{std::exchange(early_, {}), {}, line.page, line.ref, false};
        }
        name_line_ = &line;
        const Column& c = columns_[name_column_];
        const bool any_bold =
            std::any_of(s.words.begin(), s.words.end(), [](const SpanWord& w) { return w.bold; });
        std::string& name = row_->parts[c.name][name_column_];
        if (!any_bold && name.empty()) {
            // No bold name to tell it from a description (a plain spreadsheet cell): all name.
            row_->plain_name = true;
            append(name, s.text);
            return;
        }
        for (const SpanWord& w : s.words) {
            if (w.bold && !row_->has_regular_name_text) {
                append(name, w.text);
            } else {
                row_->has_regular_name_text = true;
                append(row_->parts[c.rest_to.empty() ? c.name : c.rest_to][name_column_], w.text);
            }
        }
    }

    void flush_row() {
        if (!row_) return;
        split_parts(*row_);
        join_parts(*row_);
        if (row_->cells[columns_.empty() ? "" : columns_[name_column_].name].empty()) {
            // Cells without an indicator name (a note row, a blank separator): said, not kept.
            std::string cells;
            for (const auto& [col, text] : row_->cells) {
                if (!text.empty()) cells += (cells.empty() ? "" : " | ") + text;
            }
            if (!cells.empty()) diags_.warning(Errc::row_without_indicator, where(*row_), cells);
            row_.reset();
            return;
        }
        TableRow r{0, std::vector<Field>(out_.table.columns.size()), 0};
        auto set = [&](const std::string& col, const std::string& text) {
            if (auto i = out_.table.column(col)) r.fields[*i].text = text;
        };
        for (const auto& [col, value] : fields_) set(col, value.text);
        for (const auto& [col, value] : sections_) set(col, value);
        if (fields_.count("objective_code") == 0 && !p_.code_template.empty()) {
            set("objective_code", generated_code());
        }
        set("ente", p_.ente);
        carry_comparators(*row_);
        for (const auto& [col, text] : row_->cells) {
            if (!col.empty()) set(col, text);
        }
        set("source_ref",
            file_ + "#" + (row_->ref.empty() ? "page=" + std::to_string(row_->page) : row_->ref));
        out_.table.rows.push_back(std::move(r));
        if (!out_.tables.empty()) ++out_.tables.back().rows;
        row_.reset();
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

    Place where(const Row& r) const {
        return r.ref.empty() ? Place{file_, 0, 0, static_cast<std::size_t>(r.page)}
                             : Place{file_, 0, 0, 0, r.ref};
    }

    // Legacy programmes have no codes: the profile's template makes one from the table's first
    // target year, the block's number and the block's fields: "PO{year}_{block}" ->
    // "PO2020_01", "PT{year}_{mission}_{programme}" -> "PT2020_011_005".
    std::string generated_code() const {
        char block[8];
        std::snprintf(block, sizeof block, "%02d", block_);
        std::string code;
        const std::string& t = p_.code_template;
        for (std::size_t i = 0; i < t.size(); ++i) {
            const auto close = t.find('}', i);
            if (t[i] != '{' || close == std::string::npos) {
                code += t[i];
                continue;
            }
            const std::string key = t.substr(i + 1, close - i - 1);
            if (key == "year") {
                code += first_target_year();
            } else if (key == "block") {
                code += block;
            } else if (auto f = fields_.find(key); f != fields_.end()) {
                code += f->second.text;
            }
            i = close;
        }
        return code;
    }

    // Texts for one canonical column from several table columns, in the table's order.
    static void join_parts(Row& row) {
        for (const auto& [col, by_column] : row.parts) {
            std::string& cell = row.cells[col];
            for (const auto& [k, text] : by_column) {
                if (text.empty()) continue;
                if (!cell.empty()) cell += "; ";
                cell += text;
            }
        }
    }

    // Cells holding several columns, taken apart by the profile's patterns, each table column's
    // text on its own (before descriptions and algorithms are joined): "code - name" into its
    // code and name; a part the pattern does not give back to the cell ("(Peso: 25,00%)" at the
    // end of a description) is cut out of it.
    void split_parts(Row& row) const {
        for (const auto& split : t_->splits) {
            auto source = row.parts.find(split.column);
            if (source == row.parts.end()) continue;
            for (auto& [k, text] : source->second) {
                std::string_view whole;
                auto values = named_matches(*split.pattern, text, &whole);
                if (values.empty()) continue;
                const auto at = static_cast<std::size_t>(whole.data() - text.data());
                std::string rest = text.substr(0, at) + text.substr(at + whole.size());
                text = std::string(trim(rest));  // kept unless the pattern gives the cell anew
                for (auto& [col, value] : values) row.parts[col][k] = std::move(value);
            }
        }
    }

    static bool starts_number(std::string_view t) {
        if (!t.empty() && t[0] == '-') t.remove_prefix(1);  // "-6%" after ">= -7%"
        return !t.empty() && std::isdigit(static_cast<unsigned char>(t[0])) != 0;
    }

    // The comparator written with the first target year applies to the following years too.
    static void carry_comparators(Row& row) {
        std::string op;
        for (auto& [col, text] : row.cells) {
            if (!is_target_year_column(col)) continue;
            const std::string_view t = trim(text);
            const auto end = t.find_first_not_of("<>=≥≤");
            if (end != 0 && end != std::string_view::npos) {
                op = std::string(t.substr(0, end));
            } else if (!op.empty() && starts_number(t)) {
                text = op + " " + std::string(t);
            }
        }
    }

    void close_table() {
        flush_row();
        drop_early_cells();
        last_line_ = nullptr;
        if (!columns_.empty()) after_table_ = true;
        remember_columns();
        columns_.clear();
        sections_.clear();
        band_ = {1, 0};
    }

    const std::string& file_;
    const std::vector<Line>& lines_;
    const Profile& p_;
    Diagnostics& diags_;
    Extraction out_;
    struct FieldValue {
        std::string text;
        int level = kBlockLevel;
    };
    std::map<std::string, FieldValue> fields_;
    std::string pending_field_;
    int pending_level_ = kBlockLevel;
    FieldWrap wrap_;
    const ProfileTable* t_ = nullptr;  // the profile's table being read
    std::vector<Column> columns_;
    bool headed_ = false;  // columns_ come from a header row (not from a headerless row)
    std::map<std::string, std::vector<double>> cell_starts_;  // canonical column -> x0s
    // The last header's columns, and its table: what a repeated header's empty cell stood for.
    std::vector<Column> last_columns_;
    const ProfileTable* last_table_ = nullptr;
    std::map<std::string, std::string> sections_;  // the header's section: column -> name
    std::pair<std::size_t, std::size_t> band_{1, 0};
    std::optional<Row> row_;
    // Cells of the next row read before its name (see add_to_table), and the last table line.
    std::map<std::string, std::map<std::size_t, std::string>> early_;
    int early_page_ = 0;
    const Line* last_line_ = nullptr;
    std::size_t name_column_ = 0;  // the column of indicator_name: where rows begin
    int block_ = 1;                // the objective block being read, from 1
    bool after_table_ = false;
    bool in_footnote_ = false;          // the last table line was a note's
    double note_x0_ = 0, note_x1_ = 0;  // where the note's marker and its first word begin
    const Line* name_line_ = nullptr;   // the last line that gave words to a row's name
};

}  // namespace

std::string document_text(const std::vector<Line>& lines) {
    std::string all;
    for (const auto& l : lines) all += l.text() + '\n';
    return all;
}

double detection_confidence(const Profile& profile, std::string_view document) {
    if (profile.detect.empty()) return 0;
    std::size_t found = 0;
    for (const auto& phrase : profile.detect) {
        if (document.find(phrase) != std::string_view::npos) ++found;
    }
    return static_cast<double>(found) / static_cast<double>(profile.detect.size());
}

double detection_confidence(const Profile& profile, const std::vector<Line>& lines) {
    return detection_confidence(profile, document_text(lines));
}

Extraction extract(const std::string& file, const std::vector<Line>& lines, const Profile& profile,
                   Diagnostics& diags) {
    return Extractor(file, lines, profile, diags).run();
}

}  // namespace pira
