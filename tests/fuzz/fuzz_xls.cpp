// Legacy .xls: pira's compound-file check (readers/xls_extent), then libfreexl, which opens
// files by name (so the input goes through a temporary file).
#include "fuzz_workbook.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return pira::fuzz::fuzz_workbook(data, size, ".xls");
}
