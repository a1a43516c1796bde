// A1 references: "AB12" is row 11, column 27 (0-based); ranges "A1:C3".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pira {

struct CellRef {
    std::size_t row = 0, column = 0;  // 0-based
};

// nullopt when `ref` is not letters then digits ("$" allowed), or is past XFD1048576.
std::optional<CellRef> parse_cell_ref(std::string_view ref);
// The letters of a 0-based column: 0 -> "A", 27 -> "AB".
std::string column_letters(std::size_t column);
std::string cell_ref(std::size_t row, std::size_t column);
// Appends the reference to `out` without a string of its own (a listing of a million cells).
void append_cell_ref(std::string& out, std::size_t row, std::size_t column);

}  // namespace pira
