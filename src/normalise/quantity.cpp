#include "normalise/quantity.hpp"

#include "common/text.hpp"

namespace pira {
namespace {

// "€ 1.107.200,00" and "EUR 12": a currency written before the number.
std::size_t currency_prefix(std::string_view t, const Vocabulary& vocab, const Unit*& unit) {
    for (std::string_view p : {"\xE2\x82\xAC", "EUR ", "Euro ", "euro "}) {
        if (t.substr(0, p.size()) == p) {
            unit = vocab.unit("€");
            return p.size();
        }
    }
    return 0;
}

// OCR reads "1 N." as "IN." or "lN.": a lone I or l where a digit belongs, followed by a unit.
bool ocr_one(std::string_view t, std::size_t& unit_start) {
    if (t.empty() || (t[0] != 'I' && t[0] != 'l')) return false;
    std::size_t i = 1;
    while (i < t.size() && t[i] == ' ') ++i;
    if (i >= t.size() || (t[i] != 'N' && t[i] != 'n')) return false;
    unit_start = i;
    return true;
}

}  // namespace

std::string Quantity::machine() const {
    return is_percent() ? number.machine + "%" : number.machine;
}

Result<Quantity> parse_quantity(std::string_view text, const Vocabulary& vocab) {
    std::string_view t = trim(text);
    const std::size_t offset = static_cast<std::size_t>(t.data() - text.data());
    if (t.empty()) return fail(Errc::empty_value, 0);

    Quantity q;
    const Unit* prefix_unit = nullptr;
    std::size_t pos = currency_prefix(t, vocab, prefix_unit);
    std::size_t end = 0;
    auto scan = scan_number(t, pos);
    if (scan) {
        q.number = scan->number;
        end = scan->end;
    } else if (std::size_t unit_start = 0; pos == 0 && ocr_one(t, unit_start)) {
        q.number.value = 1.0;
        q.number.machine = "1";
        q.repair = "OCR: «" + std::string(t.substr(0, 1)) + "» letto come 1";
        end = unit_start;
    } else {
        ParseError e = scan.error();
        e.position += offset;
        return e;
    }

    std::string_view rest = trim(t.substr(end));
    if (rest.empty()) {
        q.unit = prefix_unit;
        return q;
    }
    const std::size_t rest_at = offset + static_cast<std::size_t>(rest.data() - t.data());
    if (prefix_unit != nullptr) return fail(Errc::number_expected, rest_at);
    q.unit = vocab.unit(rest);
    if (q.unit == nullptr) return fail(Errc::unit_unknown, rest_at, std::string(rest));
    return q;
}

}  // namespace pira
