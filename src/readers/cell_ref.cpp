#include "readers/cell_ref.hpp"

#include <charconv>

namespace pira {

namespace {
constexpr std::size_t kMaxColumns = 16384;  // XFD, Excel's last column
constexpr std::size_t kMaxRows = 1048576;
}  // namespace

std::optional<CellRef> parse_cell_ref(std::string_view ref) {
    std::size_t i = 0, column = 0, row = 0;
    if (i < ref.size() && ref[i] == '$') ++i;
    const std::size_t letters = i;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
        column = column * 26 + static_cast<std::size_t>(ref[i] - 'A' + 1);
        if (column > kMaxColumns) return std::nullopt;
    }
    if (i == letters) return std::nullopt;
    if (i < ref.size() && ref[i] == '$') ++i;
    const std::size_t digits = i;
    for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9'; ++i) {
        row = row * 10 + static_cast<std::size_t>(ref[i] - '0');
        if (row > kMaxRows) return std::nullopt;
    }
    if (i == digits || i != ref.size() || row == 0) return std::nullopt;
    return CellRef{row - 1, column - 1};
}

void append_cell_ref(std::string& out, std::size_t row, std::size_t column) {
    char letters[4];  // XFD is the last column
    std::size_t n = 0;
    for (std::size_t c = column + 1; c > 0 && n < sizeof letters; c = (c - 1) / 26)
        letters[n++] = static_cast<char>('A' + (c - 1) % 26);
    while (n > 0) out += letters[--n];
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, row + 1);
    if (ec == std::errc()) out.append(digits, end);
}

std::string column_letters(std::size_t column) {
    std::string out;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

std::string cell_ref(std::size_t row, std::size_t column) {
    std::string out;
    append_cell_ref(out, row, column);
    return out;
}

}  // namespace pira
