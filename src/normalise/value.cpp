#include "normalise/value.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "common/text.hpp"

namespace pira {

std::string machine(const Value& v) {
    struct Visitor {
        std::string operator()(const Missing&) const { return {}; }
        std::string operator()(const Quantity& q) const { return q.machine(); }
        std::string operator()(const Date& d) const { return d.iso(); }
        std::string operator()(bool b) const { return b ? "si" : "no"; }
        std::string operator()(const Text& t) const { return t.text; }
    };
    return std::visit(Visitor{}, v);
}

std::string_view kind_name(const Value& v) {
    switch (v.index()) {
        case 0:
            return "N/D";
        case 1:
            return "numero";
        case 2:
            return "data";
        case 3:
            return "si/no";
        default:
            return "testo";
    }
}

namespace {

// A value followed by a footnote marker ("16% ¹") or by a note in brackets ("76,07% (194/255)",
// "0,024 (n. 1 contenzioso su n. 41 dipendenti)"): the value without them. The cell's text,
// kept as the original, still has them.
std::string_view without_notes(std::string_view t) {
    for (bool cut = true; cut;) {
        cut = false;
        if (const std::size_t n = superscript_suffix(t); n != 0 && n < t.size()) {
            t = trim(t.substr(0, t.size() - n));
            cut = true;
        }
        if (!t.empty() && t.back() == ')') {
            const auto open = t.rfind(" (");
            if (open != std::string_view::npos && !trim(t.substr(0, open)).empty()) {
                t = trim(t.substr(0, open));
                cut = true;
            }
        }
    }
    return t;
}

// "8 su 8", "4 su 8" (Prato's schede: so many done out of so many planned): the share done,
// 1 and 0,5, so that a target of 1 (all done) scores it. nullopt when the text is not one.
std::optional<Quantity> fraction(std::string_view t) {
    auto n = scan_number(t);
    if (!n) return std::nullopt;
    std::string_view rest = t.substr(n->end);
    if (rest.substr(0, 4) != " su ") return std::nullopt;
    auto d = parse_number(rest.substr(4));
    if (!d || d->value <= 0 || n->number.value < 0) return std::nullopt;
    Quantity q;
    q.number.value = n->number.value / d->value;
    q.number.machine = machine_form(q.number.value);
    q.number.decimals = q.number.significant_decimals();
    return q;
}

// A judgement in words ("buono"): letters, spaces and apostrophes, no digit or sign.
bool is_words(std::string_view t) {
    return std::all_of(t.begin(), t.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return std::isalpha(u) != 0 || c == ' ' || c == '\'' || u >= 0x80;
    });
}

}  // namespace

Result<Value> parse_value(std::string_view text, const Vocabulary& vocab) {
    std::string_view t = without_notes(trim(text));
    const std::size_t offset = static_cast<std::size_t>(t.data() - text.data());
    if (t.empty()) return fail(Errc::empty_value, 0);
    if (vocab.is_missing(t)) return Value{Missing{}};
    if (auto b = vocab.boolean(t)) return Value{*b};
    if (looks_like_date(t)) {
        auto d = parse_date(t);
        if (!d) {
            ParseError e = d.error();
            e.position += offset;
            return e;
        }
        return Value{d.value()};
    }
    auto q = parse_quantity(t, vocab);
    if (q) return Value{q.value()};
    if (auto f = fraction(t)) return Value{*f};
    ParseError e = q.error();
    if (e.code == Errc::number_expected && e.position == 0) e.code = Errc::value_unrecognised;
    e.position += offset;
    return e;
}

Result<Value> parse_actual(std::string_view text, bool target_in_words, const Vocabulary& vocab) {
    auto v = parse_value(text, vocab);
    const std::string_view t = without_notes(trim(text));
    if (!v && target_in_words && is_words(t)) return Value{Text{std::string(t)}};
    return v;
}

}  // namespace pira
