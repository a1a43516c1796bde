#include "scoring/indicator_score.hpp"

#include <algorithm>
#include <cmath>

#include "common/text.hpp"

namespace pira {
namespace {

IndicatorScore scored(double percent, const Policy& p) {
    return {std::clamp(percent, p.floor, p.cap), false, Errc::ok, {}};
}

IndicatorScore error(Errc code, std::string detail = {}) {
    return {std::nullopt, false, code, std::move(detail)};
}

template <class T>
bool compare(Op op, const T& a, const T& t) {
    switch (op) {
        case Op::ge:
            return a >= t;
        case Op::gt:
            return a > t;
        case Op::le:
            return a <= t;
        case Op::lt:
            return a < t;
        case Op::eq:
        case Op::none:
            return a == t;
    }
    return false;
}

constexpr double kEqual = 1e-9;

// ">=": the share of the target reached. A target of zero or below has no share to reach: met
// is 100, missed is 0.
double at_least(double a, double t) {
    if (t <= 0) return a >= t - kEqual ? 100.0 : 0.0;
    return a / t * 100.0;
}

// "<=": met is 100; missed is 1 - (a - t)/|t| (linear) or t/a (ratio).
double at_most(double a, double t, AtMost rule) {
    if (a <= t + kEqual) return 100.0;
    if (t == 0) return 0.0;
    if (rule == AtMost::ratio) return a > 0 ? t / a * 100.0 : 0.0;
    return (1.0 - (a - t) / std::fabs(t)) * 100.0;
}

IndicatorScore score_quantity(Op op, const Quantity& t, const Quantity& a, const Policy& p) {
    if (t.unit != nullptr && a.unit != nullptr && t.unit != a.unit) {
        return error(Errc::unit_mismatch,
                     "target in «" + t.unit->id + "», consuntivo in «" + a.unit->id + "»");
    }
    const double tv = t.number.value;
    const double av = a.number.value;
    if (op == Op::none) op = p.bare_numeric;
    // ">" and "<" follow ">=" and "<=": the Relazione has no separate rule for them, and the
    // proportional figures meet at the boundary anyway.
    switch (op) {
        case Op::ge:
        case Op::gt:
            return scored(at_least(av, tv), p);
        case Op::le:
        case Op::lt:
            return scored(at_most(av, tv, p.at_most), p);
        case Op::eq:
        case Op::none:
            break;
    }
    return scored(std::fabs(av - tv) <= kEqual ? 100.0 : 0.0, p);
}

}  // namespace

IndicatorScore score_indicator(const Target& target, const Value& actual, const Policy& policy) {
    if (std::holds_alternative<Missing>(actual)) {
        if (policy.not_available == NotAvailable::zero) return scored(0.0, policy);
        return {std::nullopt, true, Errc::ok, {}};
    }
    const Value& tv = target.value;
    if (std::holds_alternative<Missing>(tv)) return error(Errc::target_missing);
    if (const auto* t = std::get_if<Text>(&tv)) {
        // A target in words ("buono") is met by the same words; other words need a person.
        const auto* a = std::get_if<Text>(&actual);
        if (a != nullptr && fold(a->text) == fold(t->text)) return scored(100.0, policy);
        return error(Errc::target_not_scorable);
    }
    if (tv.index() != actual.index()) {
        return error(Errc::kind_mismatch, std::string("target: ") + std::string(kind_name(tv)) +
                                              ", consuntivo: " + std::string(kind_name(actual)));
    }
    if (const auto* t = std::get_if<Quantity>(&tv)) {
        return score_quantity(target.op, *t, std::get<Quantity>(actual), policy);
    }
    if (const auto* d = std::get_if<Date>(&tv)) {
        // A deadline: on or before the date (or as the comparator says) is 100, else 0.
        const Op op = target.op == Op::none ? Op::le : target.op;
        return scored(compare(op, std::get<Date>(actual), *d) ? 100.0 : 0.0, policy);
    }
    const bool tb = std::get<bool>(tv);
    return scored(std::get<bool>(actual) == tb ? 100.0 : 0.0, policy);
}

}  // namespace pira
