#include "model/typed_value.hpp"

#include <charconv>

#include "normalise/number.hpp"

namespace pira {
namespace {

// "2025-04-30", as Date::iso() writes it.
std::optional<Date> iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    Date d;
    auto part = [&](std::size_t at, std::size_t n, int& out) {
        auto [p, ec] = std::from_chars(s.data() + at, s.data() + at + n, out);
        return ec == std::errc() && p == s.data() + at + n;
    };
    if (!part(0, 4, d.year) || !part(5, 2, d.month) || !part(8, 2, d.day)) return std::nullopt;
    return d;
}

const Unit* unit_by_id(std::string_view id) {
    for (const Unit& u : Vocabulary::standard().units()) {
        if (u.id == id) return &u;
    }
    return nullptr;
}

}  // namespace

TypedValue typed(const Value& v) {
    TypedValue t;
    t.kind = std::string(kind_name(v));
    if (const auto* q = std::get_if<Quantity>(&v)) {
        t.number = q->number.value;
        t.decimals = q->number.decimals;
        if (q->unit != nullptr) t.unit = q->unit->id;
    } else if (const bool* b = std::get_if<bool>(&v)) {
        t.number = *b ? 1.0 : 0.0;
    }
    return t;
}

TypedValue typed(const Target& target) {
    TypedValue t = typed(target.value);
    t.op = std::string(to_string(target.op));
    return t;
}

std::optional<Value> value_of(const TypedValue& t, std::string_view machine) {
    if (t.kind == "N/D") return Missing{};
    if (t.kind == "testo") return Text{std::string(machine)};
    if (t.kind == "data") {
        if (auto d = iso_date(machine)) return *d;
        return std::nullopt;
    }
    if (!t.number) return std::nullopt;
    if (t.kind == "si/no") return *t.number != 0.0;
    if (t.kind != "numero") return std::nullopt;
    Quantity q;
    q.number.value = *t.number;
    q.number.decimals = t.decimals;
    q.number.machine = machine_form(*t.number, t.decimals);
    if (!t.unit.empty()) {
        q.unit = unit_by_id(t.unit);
        if (q.unit == nullptr) return std::nullopt;
    }
    return q;
}

std::optional<Target> target_of(const TypedValue& t, std::string_view machine) {
    Target target;
    if (!t.op.empty()) {
        auto op = op_from_string(t.op);
        if (!op) return std::nullopt;
        target.op = *op;
        // facts.value holds the whole target ("<= 2025-04-30"): the value follows the op.
        if (machine.size() > t.op.size() + 1) machine.remove_prefix(t.op.size() + 1);
    }
    auto v = value_of(t, machine);
    if (!v) return std::nullopt;
    target.value = std::move(*v);
    return target;
}

}  // namespace pira
