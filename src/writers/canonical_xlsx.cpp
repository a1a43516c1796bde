#include "writers/canonical_xlsx.hpp"

#include "writers/canonical_writers.hpp"

#include <xlsxwriter.h>

#include <charconv>
#include <optional>
#include <set>

namespace pira {
namespace {

// Columns whose machine form is a plain number in every row that has one.
bool numeric_column(const std::string& c) {
    static const std::set<std::string> kNumeric{"year", "weight", "objective_weight",
                                                "resources_eur"};
    return kNumeric.count(c) != 0;
}

std::optional<double> as_number(const std::string& s) {
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

}  // namespace

bool write_canonical_xlsx(const std::string& path, const std::vector<std::string>& columns,
                          const CheckedTable& table, std::string& error) {
    lxw_workbook* wb = workbook_new(path.c_str());
    if (wb == nullptr) {
        error = "impossibile creare la cartella di lavoro";
        return false;
    }
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Indicatori");
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), columns[c].c_str(), header);
    }
    worksheet_freeze_panes(ws, 1, 0);
    lxw_row_t r = 1;
    for (const auto& row : table.rows) {
        const auto v = canonical_values(row);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            auto it = v.find(columns[c]);
            if (it == v.end() || it->second.empty()) continue;
            const auto col = static_cast<lxw_col_t>(c);
            const auto number = numeric_column(columns[c]) ? as_number(it->second) : std::nullopt;
            if (number) {
                worksheet_write_number(ws, r, col, *number, nullptr);
            } else {
                worksheet_write_string(ws, r, col, it->second.c_str(), nullptr);
            }
        }
        ++r;
    }
    worksheet_autofilter(ws, 0, 0, r - 1, static_cast<lxw_col_t>(columns.size() - 1));
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        error = lxw_strerror(rc);
        return false;
    }
    return true;
}

}  // namespace pira
