#include "extraction/row_emission.hpp"

#include "extraction/row_fields.hpp"

namespace pira {

Place extraction_place(const std::string& file, int page, const std::string& ref) {
    return ref.empty() ? Place{file, 0, 0, static_cast<std::size_t>(page)}
                       : Place{file, 0, 0, 0, ref};
}

bool emit_row(Row& row, const RowContext& ctx, CanonicalTable& out, Diagnostics& diags) {
    if (row.cells[ctx.name_column].empty()) {
        const std::string cells = cells_text(row);
        if (!cells.empty())
            diags.warning(Errc::row_without_indicator,
                          extraction_place(ctx.file, row.page, row.ref), cells);
        return false;
    }
    // A PDF row's cells name its page and its row in the extracted table (the CSV's row).
    const std::size_t page = row.ref.empty() ? static_cast<std::size_t>(row.page) : 0;
    const std::size_t number = page == 0 ? 0 : out.rows.size() + 1;
    TableRow r{number, std::vector<Field>(out.columns.size(), Field{{}, number, 0, 0, page}), 0,
               page};
    auto set = [&](const std::string& col, const std::string& text) {
        if (auto i = out.column(col)) r.fields[*i].text = text;
    };
    const auto block = ctx.block.values();
    for (const auto& [col, text] : block) set(col, text);
    for (const auto& [col, value] : ctx.sections) set(col, value);
    const Profile& p = ctx.profile;
    if (!ctx.block.has("objective_code") && !p.code_template.empty()) {
        set("objective_code",
            generated_code(p.code_template, ctx.block.block(), first_target_year(out), block));
    }
    set("ente", p.ente);
    apply_header_comparators(row, ctx.columns);
    carry_comparators(row);
    for (const auto& [col, text] : row.cells) {
        if (!col.empty()) set(col, text);
    }
    set("source_ref",
        ctx.file + "#" + (row.ref.empty() ? "page=" + std::to_string(row.page) : row.ref));
    if (row.name_unsplit) {
        Place at = extraction_place(ctx.file, row.page, row.ref);
        at.line = number;
        diags.warning(Errc::name_description_unsplit, at, row.cells[ctx.name_column], {},
                      "separare a mano nome e descrizione nel file estratto; nel documento, un "
                      "nome in grassetto o in corsivo li distingue");
    }
    out.rows.push_back(std::move(r));
    return true;
}

void pad_rows(CanonicalTable& table) {
    for (auto& r : table.rows) {
        r.fields.resize(table.columns.size(), Field{{}, r.line, 0, 0, r.page});
    }
}

std::string first_target_year(const CanonicalTable& table) {
    std::string year;
    for (const auto& c : table.columns) {
        if (is_target_year_column(c) && (year.empty() || c.substr(7) < year)) year = c.substr(7);
    }
    return year;
}

void set_year_from_targets(CanonicalTable& table) {
    const std::string year = first_target_year(table);
    const auto col = table.column("year");
    if (year.empty() || !col) return;
    for (auto& row : table.rows) {
        if (row.fields[*col].text.empty()) row.fields[*col].text = year;
    }
}

}  // namespace pira
