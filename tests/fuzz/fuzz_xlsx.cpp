// Excel workbooks (.xlsx, .xlsm): pira's own zip + XML reader (readers/xlsx_*, zip_package).
#include "fuzz_workbook.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return pira::fuzz::fuzz_workbook(data, size, ".xlsx");
}
