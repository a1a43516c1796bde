#include "extraction/tolerances.hpp"

#include <string>

#include "common/toml_check.hpp"

namespace pira {
namespace {

void set_double(const toml::table& t, std::string_view key, double& to, const std::string& file) {
    const toml::node* n = t.get(key);
    if (n == nullptr) return;
    const auto v = n->value<double>();
    if (!v || *v < 0 || *v > 100) {
        throw DataFileError(where_is(*n, file) + ": «" + std::string(key) +
                            "» è un numero da 0 a 100");
    }
    to = *v;
}

void set_int(const toml::table& t, std::string_view key, int& to, const std::string& file) {
    const toml::node* n = t.get(key);
    if (n == nullptr) return;
    const auto v = n->value<std::int64_t>();
    if (!v || *v < 1 || *v > 1000) {
        throw DataFileError(where_is(*n, file) + ": «" + std::string(key) +
                            "» è un intero da 1 a 1000");
    }
    to = static_cast<int>(*v);
}

}  // namespace

Tolerances load_tolerances(const toml::table& t, const std::string& file) {
    check_keys(t,
               {"header_band_gap", "subheader_gap", "wrapped_header_gap", "header_lookahead",
                "heading_lines", "row_gap", "row_gap_over_cell", "row_pitch_gap",
                "interleaved_overlap", "cell_start", "cell_start_same", "footnote_margin",
                "headerless_scan", "next_page_lookahead", "name_font_lookahead", "page_foot_room"},
               file, "[tolerances]");
    Tolerances tol;
    set_double(t, "header_band_gap", tol.header_band_gap, file);
    set_double(t, "subheader_gap", tol.subheader_gap, file);
    set_double(t, "wrapped_header_gap", tol.wrapped_header_gap, file);
    set_int(t, "header_lookahead", tol.header_lookahead, file);
    set_int(t, "heading_lines", tol.heading_lines, file);
    set_double(t, "row_gap", tol.row_gap, file);
    set_double(t, "row_gap_over_cell", tol.row_gap_over_cell, file);
    set_double(t, "row_pitch_gap", tol.row_pitch_gap, file);
    set_double(t, "interleaved_overlap", tol.interleaved_overlap, file);
    set_double(t, "cell_start", tol.cell_start, file);
    set_double(t, "cell_start_same", tol.cell_start_same, file);
    set_double(t, "footnote_margin", tol.footnote_margin, file);
    set_int(t, "headerless_scan", tol.headerless_scan, file);
    set_int(t, "next_page_lookahead", tol.next_page_lookahead, file);
    set_int(t, "name_font_lookahead", tol.name_font_lookahead, file);
    set_double(t, "page_foot_room", tol.page_foot_room, file);
    return tol;
}

}  // namespace pira
