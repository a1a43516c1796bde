#include "normalise/target.hpp"

#include <cctype>

#include "common/text.hpp"
#include "normalise/markup.hpp"

namespace pira {
namespace {

bool is_letter(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

struct Leading {
    Op op = Op::none;
    std::size_t length = 0;
    bool ocr = false;
};

// The longest comparator form at the start of `s`. A form ending in a letter ("entro", "\ge")
// must not run into a word; an OCR form ("5=") counts only when a number follows.
Leading leading_comparator(std::string_view s, const Vocabulary& vocab) {
    for (const auto& c : vocab.comparators()) {
        if (!starts_with_icase(s, c.form)) continue;
        const std::string_view after = s.substr(c.form.size());
        if (!after.empty() && is_letter(c.form.back()) && is_letter(after.front())) continue;
        if (c.ocr) {
            std::string_view rest = trim(after);
            if (rest.empty() || !std::isdigit(static_cast<unsigned char>(rest.front()))) continue;
        }
        return {c.op, c.form.size(), c.ocr};
    }
    return {};
}

ParseError shifted(ParseError e, std::size_t by) {
    e.position += by;
    return e;
}

// Three words or more from `at` on: a phrase, not a unit or a slip.
bool phrase_after(std::string_view rest, std::size_t at) {
    if (at >= rest.size()) return false;
    std::size_t words = 0;
    bool in_word = false;
    for (char c : rest.substr(at)) {
        const bool blank = c == ' ' || c == '\t';
        if (!blank && !in_word) ++words;
        in_word = !blank;
    }
    return words >= 3;
}

}  // namespace

std::string Target::machine() const {
    std::string v = pira::machine(value);
    if (op == Op::none) return v;
    return std::string(to_string(op)) + " " + v;
}

Result<Target> parse_target(std::string_view text, const Vocabulary& vocab) {
    const std::string clean = strip_markup(text);
    std::string_view s = trim(clean);
    const std::size_t offset = static_cast<std::size_t>(s.data() - clean.data());
    if (s.empty()) return fail(Errc::empty_value, 0);

    Target t;
    if (vocab.is_missing(s)) {
        t.value = Missing{};
        return t;
    }
    const Leading lead = leading_comparator(s, vocab);
    t.op = lead.op;
    if (lead.ocr) {
        t.repair = "OCR: «" + std::string(s.substr(0, lead.length)) + "» letto come «" +
                   std::string(to_string(lead.op)) + "»";
    }
    std::string_view rest = trim(s.substr(lead.length));
    const std::size_t rest_at = offset + static_cast<std::size_t>(rest.data() - s.data());
    if (rest.empty()) return fail(Errc::comparator_without_value, offset + lead.length);
    if (vocab.is_missing(rest)) {  // ">= n.d.": no target for the year; the comparator says nothing
        t = Target{};
        t.value = Missing{};
        return t;
    }

    if (looks_like_date(rest)) {
        auto d = parse_date(rest);
        if (!d) return shifted(d.error(), rest_at);
        t.value = d.value();
        if (t.op == Op::none) t.op = Op::le;  // a bare date is a deadline
        return t;
    }
    if (auto b = vocab.boolean(rest)) {
        t.value = *b;
        if (t.op == Op::none) t.op = Op::eq;
        return t;
    }
    auto q = parse_quantity(rest, vocab);
    if (q) {
        t.value = q.value();
        if (!q->repair.empty()) t.repair += (t.repair.empty() ? "" : "; ") + q->repair;
        return t;
    }
    // Text that starts like a number but does not finish like one is an error worth showing;
    // text that does not start with a number is a descriptive target when no comparator
    // promised a value.
    const ParseError& e = q.error();
    if (phrase_after(rest, e.position)) {
        // "100% iniziative trasmesse da ICE", "entro termini previsti per accorpamento" (the
        // Piano 2020's cascade): a phrase after the value or the comparator describes the
        // target. One or two words there ("12 pezzi", ">= molti") are a slip: an error.
        t = Target{};
        t.value = Text{std::string(s)};
        return t;
    }
    if (lead.op != Op::none || e.position != 0) {
        if (e.code == Errc::number_expected && e.position == 0) {
            return fail(Errc::target_malformed, rest_at);
        }
        return shifted(e, rest_at);
    }
    t.value = Text{std::string(s)};
    return t;
}

Result<Target> parse_target(std::string_view comparator_cell, std::string_view value_cell,
                            const Vocabulary& vocab) {
    std::string_view c = trim(comparator_cell);
    if (c.empty()) return parse_target(value_cell, vocab);
    const std::string clean = strip_markup(c);
    const Leading lead = leading_comparator(trim(clean), vocab);
    if (lead.op == Op::none || lead.length != trim(clean).size()) {
        return fail(Errc::target_malformed, 0,
                    "la cella del comparatore contiene «" + std::string(c) + "»");
    }
    std::string joined(c);
    joined += ' ';
    joined += value_cell;
    return parse_target(joined, vocab);
}

bool target_in_words(std::string_view text) {
    auto t = parse_target(text);
    return t && std::holds_alternative<Text>(t->value);
}

}  // namespace pira
