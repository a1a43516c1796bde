#pragma once

#include <cstddef>

namespace pira {

// Ceilings that keep a hostile or broken file from exhausting the machine. Exceeding one is
// "the command could not run" (exit 2), named in the message.
struct ReaderLimits {
    std::size_t max_file_bytes = 256u << 20;  // 256 MiB
    std::size_t max_rows = 1'000'000;
    std::size_t max_cell_bytes = 1u << 20;  // 1 MiB of text in one cell
    std::size_t max_pdf_pages = 5000;
};

}  // namespace pira
