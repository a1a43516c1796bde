// What each cell of an indicator's row in a department workbook shows, chosen from the
// dataset's values: the texts as written for context, typed values where a formula needs them,
// and the figures the formulas give for the values already there (their cached results).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/department_layout.hpp"
#include "normalise/target.hpp"
#include "normalise/value.hpp"
#include "scoring/policy.hpp"
#include "store/exports.hpp"

namespace pira {

struct DepartmentWorkbook;

struct RowPlan {
    const StoredIndicator* ind = nullptr;
    std::optional<Target> target;  // the target of the export's year, when it parses
    ValueKind kind = ValueKind::none;
    std::string unit;              // as shown in UdM
    std::optional<Value> actual;   // the dataset's actual, when it has one
    std::optional<double> weight;  // percent points
    int weight_decimals = 0;
};

RowPlan plan_row(const StoredIndicator& ind, int year);

// A context or target cell's text as written in the workbook.
std::string context_text(const RowPlan& p, const DeptColumnSpec& spec,
                         const DepartmentWorkbook& in);
// A locked field as compared on return (locked_text_of_number for the weight).
std::string locked_text(const RowPlan& p, const DeptColumnSpec& spec, const DepartmentWorkbook& in);

// The performance of the row's current actual in percent points (nullopt: none, N/D or not
// scorable), and the objective's figure from those, rounded as the policy rounds.
std::optional<double> cached_performance(const RowPlan& p, const Policy& policy);
std::optional<double> cached_objective(const std::vector<RowPlan>& rows,
                                       const std::string& objective_code, const Policy& policy);

}  // namespace pira
