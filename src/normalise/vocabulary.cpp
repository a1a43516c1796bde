#include "normalise/vocabulary.hpp"

#include <algorithm>

#include "common/embedded.hpp"
#include "common/text.hpp"
#include "common/toml_check.hpp"

namespace pira {
namespace {

UnitKind unit_kind(const std::string& s, const toml::table& t, const std::string& file) {
    if (s == "number") return UnitKind::number;
    if (s == "percent") return UnitKind::percent;
    if (s == "money") return UnitKind::money;
    if (s == "date") return UnitKind::date;
    if (s == "boolean") return UnitKind::boolean;
    throw DataFileError(where_is(t, file) + ": kind «" + s +
                        "» non valido (number, percent, money, date, boolean)");
}

const toml::array& require_tables(const toml::table& root, std::string_view key,
                                  const std::string& file) {
    const toml::array* arr = root.get_as<toml::array>(key);
    if (arr == nullptr || !arr->is_array_of_tables()) {
        throw DataFileError(file + ": manca l'elenco [[" + std::string(key) + "]]");
    }
    return *arr;
}

// Units and tipologie are looked up folded and without spaces: a narrow cell breaks a long word
// over two lines ("Percentual" / "e", "Indicator" / "e di qualità erogata"), which the joined
// cell reads with a space inside the word.
std::string key(std::string_view text) {
    std::string k = fold(text);
    std::erase(k, ' ');
    return k;
}

}  // namespace

Vocabulary Vocabulary::load(std::string_view units, std::string_view types,
                            std::string_view markers, std::string_view comparators) {
    Vocabulary v;
    const std::string uf = "mappings/units.toml";
    toml::table ut = parse_toml(units, uf);
    check_keys(ut, {"unit"}, uf, "units.toml");
    for (const auto& node : require_tables(ut, "unit", uf)) {
        const auto& t = *node.as_table();
        check_keys(t, {"id", "label", "kind", "forms"}, uf, "[[unit]]");
        Unit u{require_string(t, "id", uf), require_string(t, "label", uf),
               unit_kind(require_string(t, "kind", uf), t, uf)};
        v.units_.push_back(u);
        for (const auto& form : require_strings(t, "forms", uf)) {
            v.unit_by_form_[key(form)] = v.units_.size() - 1;
        }
        v.unit_by_form_[key(u.id)] = v.units_.size() - 1;
    }

    const std::string tf = "mappings/types.toml";
    toml::table tt = parse_toml(types, tf);
    check_keys(tt, {"type"}, tf, "types.toml");
    for (const auto& node : require_tables(tt, "type", tf)) {
        const auto& t = *node.as_table();
        check_keys(t, {"id", "forms"}, tf, "[[type]]");
        std::string id = require_string(t, "id", tf);
        v.type_by_form_[key(id)] = id;
        for (const auto& form : require_strings(t, "forms", tf)) v.type_by_form_[key(form)] = id;
    }

    const std::string mf = "mappings/markers.toml";
    toml::table mt = parse_toml(markers, mf);
    check_keys(mt, {"missing", "yes", "no"}, mf, "markers.toml");
    for (const auto& m : require_strings(mt, "missing", mf)) v.missing_.push_back(fold(m));
    for (const auto& m : require_strings(mt, "yes", mf)) v.boolean_by_form_[fold(m)] = true;
    for (const auto& m : require_strings(mt, "no", mf)) v.boolean_by_form_[fold(m)] = false;
    for (const auto& m : v.missing_) v.missing_starts_ += m.substr(0, 1);
    for (const auto& [form, yes] : v.boolean_by_form_) v.boolean_starts_ += form.substr(0, 1);

    const std::string cf = "mappings/comparators.toml";
    toml::table ct = parse_toml(comparators, cf);
    check_keys(ct, {"comparator", "ocr"}, cf, "comparators.toml");
    for (std::string_view section : {"comparator", "ocr"}) {
        for (const auto& node : require_tables(ct, section, cf)) {
            const auto& t = *node.as_table();
            check_keys(t, {"op", "forms"}, cf, section);
            std::string op_text = require_string(t, "op", cf);
            auto op = op_from_string(op_text);
            if (!op) {
                throw DataFileError(where_is(t, cf) + ": op «" + op_text +
                                    "» non valido (>=, <=, >, <, =)");
            }
            for (const auto& form : require_strings(t, "forms", cf)) {
                v.comparators_.push_back({form, *op, section == "ocr"});
            }
        }
    }
    std::stable_sort(v.comparators_.begin(), v.comparators_.end(),
                     [](const ComparatorForm& a, const ComparatorForm& b) {
                         return a.form.size() > b.form.size();
                     });
    return v;
}

const Vocabulary& Vocabulary::standard() {
    static const Vocabulary v =
        load(embedded_file("mappings/units.toml"), embedded_file("mappings/types.toml"),
             embedded_file("mappings/markers.toml"), embedded_file("mappings/comparators.toml"));
    return v;
}

const Unit* Vocabulary::unit(std::string_view text) const {
    auto it = unit_by_form_.find(key(text));
    return it == unit_by_form_.end() ? nullptr : &units_[it->second];
}

std::optional<std::string> Vocabulary::type(std::string_view text) const {
    auto it = type_by_form_.find(key(text));
    if (it == type_by_form_.end()) return std::nullopt;
    return it->second;
}

namespace {

// False when fold(text) cannot start with any byte of `starts`: its first character that is
// not blank is ASCII (fold() keeps it, lower-cased, as its first) and not among them.
bool may_start_with(std::string_view text, std::string_view starts) {
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (ascii_space(u)) continue;
        return u >= 0x80 || starts.find(ascii_lower(c)) != std::string_view::npos;
    }
    return true;  // blank: fold() says
}

}  // namespace

bool Vocabulary::is_missing(std::string_view text) const {
    if (!may_start_with(text, missing_starts_)) return false;
    std::string f = fold(text);
    return std::find(missing_.begin(), missing_.end(), f) != missing_.end();
}

std::optional<bool> Vocabulary::boolean(std::string_view text) const {
    if (!may_start_with(text, boolean_starts_)) return std::nullopt;
    auto it = boolean_by_form_.find(fold(text));
    if (it == boolean_by_form_.end()) return std::nullopt;
    return it->second;
}

}  // namespace pira
