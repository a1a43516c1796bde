// The vocabularies of mappings/ (units, tipologie, missing and yes/no markers, comparators),
// loaded strictly from TOML. Lookups take raw text and fold it first.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "normalise/comparator_op.hpp"

namespace pira {

enum class UnitKind { number, percent, money, date, boolean };

struct Unit {
    std::string id;     // canonical: "%", "n.", "gg", "h", "fte", "€", "si/no", "data"
    std::string label;  // Italian label
    UnitKind kind = UnitKind::number;
};

struct ComparatorForm {
    std::string form;  // as written in comparators.toml
    Op op = Op::ge;
    bool ocr = false;  // an OCR misreading: only taken when a number follows
};

class Vocabulary {
  public:
    // The vocabularies compiled into pira (mappings/*.toml at build time).
    static const Vocabulary& standard();
    // Loads from the four TOML texts; throws DataFileError naming file, line and key.
    static Vocabulary load(std::string_view units, std::string_view types, std::string_view markers,
                           std::string_view comparators);

    const Unit* unit(std::string_view text) const;
    const std::vector<Unit>& units() const { return units_; }
    std::optional<std::string> type(std::string_view text) const;
    bool is_missing(std::string_view text) const;
    std::optional<bool> boolean(std::string_view text) const;
    // Comparator forms, longest first.
    const std::vector<ComparatorForm>& comparators() const { return comparators_; }

  private:
    std::vector<Unit> units_;
    std::unordered_map<std::string, std::size_t> unit_by_form_;
    std::unordered_map<std::string, std::string> type_by_form_;
    std::unordered_map<std::string, bool> boolean_by_form_;
    std::vector<std::string> missing_;
    // The first bytes of the folded forms above: a text whose first character is ASCII and not
    // among them is none of them, and is not folded to find it out.
    std::string missing_starts_, boolean_starts_;
    std::vector<ComparatorForm> comparators_;
};

}  // namespace pira
