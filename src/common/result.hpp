// The outcome of a small parser, in the manner of fast_float: a value, or an error that says
// what was expected and the byte position where parsing stopped. No exceptions.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

#include "common/errc.hpp"

namespace pira {

struct ParseError {
    Errc code = Errc::ok;
    std::size_t position = 0;  // byte offset into the text where parsing stopped
    std::string detail;        // e.g. the two readings of an ambiguous number

    // "<message> (<detail>) alla posizione N" with N in characters, 1-based.
    std::string describe(std::string_view text) const;
};

template <class T>
class Result {
  public:
    Result(T value) : v_(std::move(value)) {}           // NOLINT: implicit by design
    Result(ParseError error) : v_(std::move(error)) {}  // NOLINT

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(v_); }
    T& value() { return std::get<0>(v_); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const ParseError& error() const { return std::get<1>(v_); }

  private:
    std::variant<T, ParseError> v_;
};

inline ParseError fail(Errc code, std::size_t position, std::string detail = {}) {
    return ParseError{code, position, std::move(detail)};
}

}  // namespace pira
