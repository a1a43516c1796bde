#include "writers/performance_formula.hpp"

#include <cmath>
#include <cstdio>

namespace pira {
namespace {

// The policy's tolerance for equal figures (scoring/indicator_score.cpp).
constexpr const char* kEqual = "0.000000001";

std::string capped(const std::string& expr, const Policy& p) {
    return "MIN(" + formula_number(p.cap / 100.0) + ",MAX(" + formula_number(p.floor / 100.0) +
           "," + expr + "))";
}

std::string quantity_rule(Op op, double t, const Policy& p, const std::string& a) {
    const std::string tv = formula_number(t);
    if (op == Op::none) op = p.bare_numeric;
    switch (op) {
        case Op::ge:
        case Op::gt:
            if (t <= 0) return "IF(" + a + ">=" + tv + "-" + kEqual + ",1,0)";
            return a + "/" + tv;
        case Op::le:
        case Op::lt: {
            std::string missed = "0";
            if (t != 0 && p.at_most == AtMost::ratio)
                missed = "IF(" + a + ">0," + tv + "/" + a + ",0)";
            if (t != 0 && p.at_most == AtMost::linear) {
                missed = "1-(" + a + "-" + tv + ")/" + formula_number(std::fabs(t));
            }
            return "IF(" + a + "<=" + tv + "+" + kEqual + ",1," + missed + ")";
        }
        case Op::eq:
        case Op::none:
            break;
    }
    return "IF(ABS(" + a + "-" + tv + ")<=" + kEqual + ",1,0)";
}

std::string date_rule(Op op, const Date& d, const std::string& a) {
    const char* cmp = "<=";
    switch (op == Op::none ? Op::le : op) {
        case Op::ge:
            cmp = ">=";
            break;
        case Op::gt:
            cmp = ">";
            break;
        case Op::lt:
            cmp = "<";
            break;
        case Op::eq:
            cmp = "=";
            break;
        default:
            break;
    }
    return "IF(" + a + cmp + "DATE(" + std::to_string(d.year) + "," + std::to_string(d.month) +
           "," + std::to_string(d.day) + "),1,0)";
}

}  // namespace

std::string formula_number(double value) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15G", value);
    return buf;
}

std::optional<std::string> performance_formula(const Target& target, const Policy& p,
                                               const std::string& a, bool percent_cells) {
    std::string when_typed;  // the figure once the cell holds a value of the target's kind
    std::string typed;       // the test that it does
    if (const auto* q = std::get_if<Quantity>(&target.value)) {
        // In a percentage row a bare target ("80") is in percent points too.
        const double t = percent_cells && (q->is_percent() || q->unit == nullptr)
                             ? q->number.value / 100.0
                             : q->number.value;
        typed = "ISNUMBER(" + a + ")";
        when_typed = quantity_rule(target.op, t, p, a);
    } else if (const auto* d = std::get_if<Date>(&target.value)) {
        typed = "ISNUMBER(" + a + ")";
        when_typed = date_rule(target.op, *d, a);
    } else if (const auto* b = std::get_if<bool>(&target.value)) {
        const std::string v = "LOWER(TRIM(" + a + "))";
        typed = "OR(" + v + "=\"si\"," + v + "=\"sì\"," + v + "=\"no\")";
        when_typed =
            std::string("IF(") + v + "=\"no\"," + (*b ? "0" : "1") + "," + (*b ? "1" : "0") + ")";
    } else {
        return std::nullopt;
    }
    // N/D: left out (empty, the objective uses the remaining weights), or 0 by the policy.
    const std::string not_available =
        p.not_available == NotAvailable::zero ? capped("0", p) : std::string("\"\"");
    return "IF(" + typed + "," + capped(when_typed, p) + ",IF(UPPER(TRIM(" + a + "))=\"N/D\"," +
           not_available + ",\"\"))";
}

}  // namespace pira
