#pragma once

#include <cstddef>
#include <cstdint>

namespace pira {

// Ceilings that keep a hostile or broken file from exhausting the machine. Exceeding one is
// "the command could not run" (exit 2), named in the message.
struct ReaderLimits {
    std::size_t max_file_bytes = 256u << 20;  // 256 MiB
    std::size_t max_rows = 1'048'576;         // Excel's last row
    std::size_t max_cell_bytes = 1u << 20;    // 1 MiB of text in one cell
    std::size_t max_pdf_pages = 5000;
    // Workbooks are zip packages: a small file may inflate to gigabytes (a "zip bomb"), so what
    // is inflated is counted while it is read, never taken from the sizes the file declares.
    std::size_t max_zip_entries = 10'000;
    std::uint64_t max_entry_bytes = 1ull << 30;  // inflated, one part: 1 GiB
    std::uint64_t max_total_bytes = 2ull << 30;  // inflated, all parts read: 2 GiB
    // Sheet XML compresses 10-50 times; beyond this ratio, once a part is past the threshold,
    // it is not a spreadsheet.
    std::uint64_t max_ratio = 200;
    std::uint64_t ratio_threshold_bytes = 16u << 20;
    std::size_t max_cells = 5'000'000;  // non-empty cells in a workbook
    std::size_t max_shared_strings = 2'000'000;
    // A grid as dense as rows x columns: what a sheet may span once read whole.
    std::size_t max_grid_cells = 20'000'000;
    // libfreexl allocates 16 bytes for every cell the sheets of an .xls declare (their
    // DIMENSIONS records) as it opens the file, before any is read; 5 million is 80 MB there,
    // more than a .xls sheet of 65,536 rows x 76 columns.
    std::uint64_t max_xls_declared_cells = 5'000'000;
};

}  // namespace pira
