// A finding about the input: what (code), how bad, where, the original text, and a hint.
// Readers and the scorer collect them instead of stopping at the first one, like DuckDB's
// CSV reader collects rejected rows.
#pragma once

#include <string>
#include <vector>

#include "common/errc.hpp"
#include "common/place.hpp"

namespace pira {

struct Diagnostic {
    Severity severity = Severity::error;
    Errc code = Errc::ok;
    Place place;
    std::string value;   // the original text, as read
    std::string detail;  // what exactly was wrong, beyond message(code)
    std::string hint;    // a possible fix

    // "file:12:5: errore: <message>: «value» (detail). Suggerimento: hint"
    std::string to_string() const;
};

class Diagnostics {
  public:
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    void error(Errc code, Place place, std::string value, std::string detail = {},
               std::string hint = {});
    void warning(Errc code, Place place, std::string value, std::string detail = {},
                 std::string hint = {});

    bool has_errors() const;
    std::size_t error_count() const;
    const std::vector<Diagnostic>& items() const { return items_; }
    void append(const Diagnostics& other);
    // File order (file, line, column), so a user reads them top to bottom; stable.
    void sort_by_place();

  private:
    std::vector<Diagnostic> items_;
};

}  // namespace pira
