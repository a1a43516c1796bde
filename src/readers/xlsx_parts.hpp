// The parts of an xlsx workbook other than its sheets: styles (what each cell style's number
// format and font are) and the shared strings. Used by xlsx_reader.cpp only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "readers/limits.hpp"
#include "readers/zip_package.hpp"

namespace pira {

struct XlsxStyle {
    std::string format = "General";
    bool date = false, percent = false, bold = false;
};

struct XlsxStyles {
    std::vector<XlsxStyle> cell_styles;  // by the `s` index of a cell
    const XlsxStyle& at(std::size_t index) const {
        static const XlsxStyle kGeneral;
        return index < cell_styles.size() ? cell_styles[index] : kGeneral;
    }
};

std::optional<XlsxStyles> read_xlsx_styles(ZipPackage& package, const std::string& part,
                                           Diagnostics& diags);

// Each <si>'s text: its <t> or the concatenation of its rich-text runs, phonetic runs
// (<rPh>) left out; an empty <si> is an empty string.
std::optional<std::vector<std::string>> read_shared_strings(ZipPackage& package,
                                                            const std::string& part,
                                                            const ReaderLimits& limits,
                                                            Diagnostics& diags);

}  // namespace pira
