// An indicator row with its values typed. Every typed value keeps the text it came from and
// the place of its cell, so errors and outputs can always point back to the source.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "model/canonical_table.hpp"
#include "normalise/target.hpp"
#include "normalise/value.hpp"

namespace pira {

// A cell's text and where it is (file:line:column, file#Sheet!C12, or the row's source_ref for
// values from the dataset).
struct SourceCell {
    std::string text;
    Place place;
};

struct Indicator {
    Place place;
    std::string source_ref;
    std::string ente, document, area, strategic_objective;
    std::optional<int> year;
    std::string objective_code, objective_name;
    std::optional<double> objective_weight;
    std::string indicator_code, indicator_name, type, unit;

    // Absent when the cell was empty or could not be parsed (an error says which).
    std::optional<Target> target;
    std::optional<Value> actual;
    std::optional<double> weight;
    int weight_decimals = 0;  // significant decimals as written, for the rounding check

    SourceCell target_cell, actual_cell, weight_cell;
};

struct IndicatorSelection {
    std::optional<int> year;  // --year: rows of other years are left out; target_<year> is used
};

// Types the rows for scoring. Errors (unparsable target, actual or weight, missing objective
// code or weight) are collected for every row, not just the first.
std::vector<Indicator> build_indicators(const CanonicalTable& table,
                                        const IndicatorSelection& selection, Diagnostics& diags);
struct IndicatorColumns;

// The same one row at a time, for streamed tables: the table's columns are looked up once.
class IndicatorReader {
  public:
    // `table` gives the columns and the file (its rows are not read) and must outlive this.
    IndicatorReader(const CanonicalTable& table, IndicatorSelection selection);
    ~IndicatorReader();
    IndicatorReader(const IndicatorReader&) = delete;
    IndicatorReader& operator=(const IndicatorReader&) = delete;

    // One row into `ind` (reused from row to row: every member is set); false when the row is
    // of another year than the selection's (`ind` is then partly filled, not to be used).
    bool fill(const TableRow& row, Diagnostics& diags, Indicator& ind) const;

  private:
    const CanonicalTable& table_;
    std::unique_ptr<IndicatorColumns> cols_;
    IndicatorSelection selection_;
};

// The checks every indicator passes before scoring, however its values were typed (from a
// table's text here, from the dataset's typed columns in store/): a target unless the actual
// is N/D, a weight that is in percent points and not negative (its decimals kept).
void report_missing_target(const Indicator& ind, Diagnostics& diags);
void report_missing_weight(const Indicator& ind, Diagnostics& diags);
std::optional<double> checked_weight(const Quantity& q, Indicator& ind, Diagnostics& diags);

// Required columns for scoring: objective_code, indicator_name, target (or target_<year>),
// actual and weight. Missing ones are errors naming the file.
bool check_scoring_columns(const CanonicalTable& table, const IndicatorSelection& selection,
                           Diagnostics& diags);
// The same for the columns a set of values has (the dataset's fields); `file` for the places.
bool check_scoring_columns(const std::vector<std::string>& columns, const std::string& file,
                           const IndicatorSelection& selection, Diagnostics& diags);

}  // namespace pira
