// What a legacy .xls declares about the size of its sheets, read before libfreexl opens it.
// libfreexl allocates every cell a sheet's DIMENSIONS record declares when the file is opened
// (16 bytes each, for all sheets at once), before a single cell is read: a 41 KB file declaring
// 65,536 x 256 cells costs 268 MB there. So pira reads those records first, from the OLE
// compound file (MS-CFB) and its Workbook stream (BIFF5/BIFF8), and refuses what is too large.
// The same pass checks the lengths libfreexl 1.0.6 trusts without checking them (names and
// strings), so that a damaged file is refused before libfreexl reads past its buffers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace pira {

struct XlsExtent {
    std::uint64_t declared_cells = 0;  // the sum over every DIMENSIONS record of rows x columns
    std::uint64_t largest_rows = 0, largest_columns = 0;  // of the largest of those records
    bool encrypted = false;  // a FILEPASS record: the scan stopped there
    // Where a declared length runs past the bytes there are (a directory entry's name, a
    // string of the BIFF records: readers/xls_strings.hpp), in Italian; empty when none does.
    std::string damaged;
};

// nullopt when the file is not a compound file holding a Workbook (or Book) stream that can be
// followed to its end: libfreexl would not read it either.
std::optional<XlsExtent> read_xls_extent(const std::string& path);

}  // namespace pira
