#include "normalise/value.hpp"

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
    ParseError e = q.error();
    if (e.code == Errc::number_expected && e.position == 0) e.code = Errc::value_unrecognised;
    e.position += offset;
    return e;
}

}  // namespace pira
