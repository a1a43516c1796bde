#include "model/department_layout.hpp"

#include <charconv>
#include <cstdio>

#include "common/sha256.hpp"
#include "common/text.hpp"
#include "normalise/quantity.hpp"
#include "normalise/vocabulary.hpp"

namespace pira {

ValueKind value_kind(std::string_view unit, const std::optional<Target>& target) {
    if (const Unit* u = Vocabulary::standard().unit(unit)) {
        switch (u->kind) {
            case UnitKind::percent:
                return ValueKind::percent;
            case UnitKind::date:
                return ValueKind::date;
            case UnitKind::boolean:
                return ValueKind::boolean;
            default:
                break;
        }
    }
    if (!target) return unit.empty() ? ValueKind::none : ValueKind::number;
    if (const auto* q = std::get_if<Quantity>(&target->value)) {
        if (q->is_percent()) return ValueKind::percent;
        // A count with a whole target: whole numbers expected, decimals only with a warning
        // (averages like "7,20 N." against ">= 7 N." exist).
        if (unit == "n." && q->number.decimals == 0) return ValueKind::whole;
        return ValueKind::number;
    }
    if (std::holds_alternative<Date>(target->value)) return ValueKind::date;
    if (std::holds_alternative<bool>(target->value)) return ValueKind::boolean;
    return ValueKind::none;
}

std::string_view mode_name(ExportMode mode) {
    return mode == ExportMode::consuntivo ? "consuntivo" : "proposta";
}

std::optional<ExportMode> parse_mode(std::string_view text) {
    const std::string f = fold(text);
    if (f == "consuntivo") return ExportMode::consuntivo;
    if (f == "proposta") return ExportMode::proposta;
    return std::nullopt;
}

std::vector<DeptColumnSpec> department_columns(ExportMode mode, int year,
                                               const std::vector<int>& plan_years) {
    const bool proposta = mode == ExportMode::proposta;
    using C = DeptColumn;
    // Context is locked in both modes; in a proposta the band of new rows opens the fields a
    // new indicator needs.
    std::vector<DeptColumnSpec> cols{
        {C::id, "ID riga", 0, false, false, false, true, 10},
        {C::objective_code, "Codice obiettivo", 0, false, true, proposta, false, 14},
        {C::objective_name, "Obiettivo", 0, false, true, false, false, 30},
        {C::strategic_objective, "Obiettivo strategico", 0, false, true, false, false, 24},
        {C::indicator_code, "Codice indicatore", 0, false, true, false, false, 14},
        {C::indicator_name, "Indicatore", 0, false, true, proposta, false, 36},
        {C::formula, "Formula", 0, false, true, proposta, false, 30},
        {C::unit, "UdM", 0, false, true, proposta, false, 8},
        {C::baseline, "Baseline", 0, false, true, false, false, 12},
        {C::previous_actual, "Consuntivo " + std::to_string(year - 1), year - 1, false, true, false,
         false, 12},
    };
    if (proposta) {
        for (int y : plan_years) {
            cols.push_back(
                {C::target, "Target " + std::to_string(y), y, true, false, true, false, 14});
        }
        cols.push_back({C::weight, "Peso", 0, true, false, true, false, 9});
        cols.push_back({C::weight_sum, "Somma pesi obiettivo", 0, false, false, false, false, 11});
        cols.push_back({C::note, "Note", 0, true, false, true, false, 30});
        return cols;
    }
    cols.push_back({C::target, "Target", year, false, true, false, false, 14});
    cols.push_back({C::weight, "Peso", 0, false, true, false, false, 9});
    cols.push_back({C::actual, "Consuntivo", year, true, false, false, false, 14});
    cols.push_back({C::note, "Note", 0, true, false, false, false, 30});
    cols.push_back({C::performance, "Performance", 0, false, false, false, false, 12});
    cols.push_back(
        {C::objective_performance, "Performance obiettivo", 0, false, false, false, false, 12});
    cols.push_back({C::weighted_helper, "_perf_x_peso", 0, false, false, false, true, 6});
    cols.push_back({C::measured_helper, "_peso_misurato", 0, false, false, false, true, 6});
    return cols;
}

std::string canonical_field(const DeptColumnSpec& spec, ExportMode mode) {
    switch (spec.kind) {
        case DeptColumn::objective_code:
            return "objective_code";
        case DeptColumn::objective_name:
            return "objective_name";
        case DeptColumn::strategic_objective:
            return "strategic_objective";
        case DeptColumn::indicator_code:
            return "indicator_code";
        case DeptColumn::indicator_name:
            return "indicator_name";
        case DeptColumn::formula:
            return "formula";
        case DeptColumn::unit:
            return "unit";
        case DeptColumn::baseline:
            return "baseline";
        case DeptColumn::previous_actual:
            return "previous_actual";
        case DeptColumn::target:
            return mode == ExportMode::consuntivo ? "target"
                                                  : "target_" + std::to_string(spec.year);
        case DeptColumn::weight:
            return "weight";
        case DeptColumn::actual:
            return "actual";
        case DeptColumn::note:
            return "note";
        default:
            return {};
    }
}

std::vector<int> plan_years_of(const std::vector<std::string>& headers) {
    std::vector<int> years;
    for (const auto& h : headers) {
        const std::string_view t = trim(h);
        if (t.size() != 11 || t.substr(0, 7) != "Target ") continue;
        int y = 0;
        auto [p, ec] = std::from_chars(t.data() + 7, t.data() + 11, y);
        if (ec == std::errc() && p == t.data() + 11) years.push_back(y);
    }
    return years;
}

std::string locked_text_of_number(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", value);
    return buf;
}

std::string row_hash(const std::vector<std::pair<std::string, std::string>>& locked) {
    std::string all;
    for (const auto& [header, text] : locked) {
        all += header;
        all += '\x1f';
        all += text;
        all += '\x1e';
    }
    return sha256_hex(all);
}

std::string metadata_signature(const std::vector<std::pair<std::string, std::string>>& values,
                               const std::vector<MetadataRow>& rows) {
    std::string all;
    for (const auto& [key, value] : values) all += key + '=' + value + '\n';
    for (const auto& r : rows) {
        all += std::to_string(r.sheet_row) + '\t' + r.id + '\t' + r.hash + '\n';
    }
    return sha256_hex(all);
}

std::string department_file_name(int year, ExportMode mode, std::string_view department) {
    std::string slug;
    for (char c : fold(department)) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum) {
            slug += c;
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    if (slug.empty()) slug = "area";
    return std::to_string(year) + '-' + std::string(mode_name(mode)) + '-' + slug + ".xlsx";
}

}  // namespace pira
