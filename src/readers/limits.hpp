#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pira {

// Ceilings that keep a hostile or broken file from exhausting the machine. Exceeding one is
// "the command could not run" (exit 2), named in the message with the option that raises it
// (`--limit NAME=VALUE`, limit_refusal below). Every field has a row in limits.cpp's table,
// which gives its name and what it bounds (docs/cli.md lists them).
struct ReaderLimits {
    std::uint64_t max_file_bytes = 256u << 20;  // 256 MiB
    std::uint64_t max_rows = 1'048'576;         // Excel's last row
    std::uint64_t max_cell_bytes = 1u << 20;    // 1 MiB of text in one cell
    // One line of a CSV or JSON lines file: the reader holds a line whole, so a file of one
    // 100 MB line is refused as it is split, before it is parsed.
    std::uint64_t max_line_bytes = 16u << 20;
    std::uint64_t max_pdf_pages = 5000;
    // Words Poppler gives for a whole PDF: each is kept with its box until the layout is built.
    std::uint64_t max_pdf_words = 2'000'000;
    // Workbooks are zip packages: a small file may inflate to gigabytes (a "zip bomb"), so what
    // is inflated is counted while it is read, never taken from the sizes the file declares.
    std::uint64_t max_zip_entries = 10'000;
    std::uint64_t max_entry_bytes = 1ull << 30;  // inflated, one part: 1 GiB
    std::uint64_t max_total_bytes = 2ull << 30;  // inflated, all parts read: 2 GiB
    // Sheet XML compresses 10-50 times; beyond this ratio, once a part is past the threshold,
    // it is not a spreadsheet.
    std::uint64_t max_ratio = 200;
    std::uint64_t ratio_threshold_bytes = 16u << 20;
    // Elements nested in one XML part: spreadsheet parts nest a dozen deep; thousands are
    // there to make the parser's stack grow.
    std::uint64_t max_xml_depth = 256;
    std::uint64_t max_sheets = 1000;
    std::uint64_t max_cells = 5'000'000;  // non-empty cells in a workbook (.xlsx, .ods, .xls)
    std::uint64_t max_shared_strings = 2'000'000;
    // A grid as dense as rows x columns: what a sheet may span once read whole.
    std::uint64_t max_grid_cells = 20'000'000;
    // libfreexl allocates 16 bytes for every cell the sheets of an .xls declare (their
    // DIMENSIONS records) as it opens the file, before any is read; 5 million is 80 MB there,
    // more than a .xls sheet of 65,536 rows x 76 columns.
    std::uint64_t max_xls_declared_cells = 5'000'000;
};

struct LimitInfo {
    std::string_view name;
    std::uint64_t ReaderLimits::*field;
    std::string_view bounds;  // what it bounds, in Italian, for --help and the docs
};

// Every limit, in the order of the struct.
const std::vector<LimitInfo>& limit_table();

// "max_cells, max_rows, ..." for messages that list the known names.
std::string limit_names();

// "5000000", "16M", "2G" (K, M, G: powers of 1024): nullopt when not a positive whole number.
std::optional<std::uint64_t> parse_limit_value(std::string_view text);

// Applies one `--limit NAME=VALUE`; on a bad spec returns the Italian reason (naming the known
// limits when the name is unknown) and leaves `limits` as it was.
std::optional<std::string> apply_limit(ReaderLimits& limits, std::string_view spec);

// The value of the named limit (which must be in the table).
std::uint64_t limit_value(const ReaderLimits& limits, std::string_view name);

// The end of every refusal's detail: "supera il limite max_cells = 5000000; per alzarlo:
// --limit max_cells=N".
std::string limit_refusal(const ReaderLimits& limits, std::string_view name);

}  // namespace pira
