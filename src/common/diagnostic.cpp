#include "common/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace pira {

std::string Diagnostic::to_string() const {
    std::string out = place.to_string();
    out += severity == Severity::error ? ": errore: " : ": avviso: ";
    out += message(code);
    if (!value.empty()) out += ": «" + value + "»";
    if (!detail.empty()) out += " (" + detail + ")";
    if (!hint.empty()) out += ". Suggerimento: " + hint;
    return out;
}

void Diagnostics::error(Errc code, Place place, std::string value, std::string detail,
                        std::string hint) {
    items_.push_back({Severity::error, code, std::move(place), std::move(value), std::move(detail),
                      std::move(hint)});
}

void Diagnostics::warning(Errc code, Place place, std::string value, std::string detail,
                          std::string hint) {
    items_.push_back({Severity::warning, code, std::move(place), std::move(value),
                      std::move(detail), std::move(hint)});
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(
        std::count_if(items_.begin(), items_.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

bool Diagnostics::has_errors() const {
    return error_count() > 0;
}

void Diagnostics::sort_by_place() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.place.file, a.place.line, a.place.column) <
               std::tie(b.place.file, b.place.line, b.place.column);
    });
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

}  // namespace pira
