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

// Text as a person sees it: SpreadsheetML writes characters XML cannot hold as "_xHHHH_"
// (ECMA-376 part 1, 22.9.2.19: "_x000D_" is CR, "_x005F_" a literal underscore).
std::string ooxml_unescaped(std::string_view text);

std::optional<XlsxStyles> read_xlsx_styles(ZipPackage& package, const std::string& part,
                                           Diagnostics& diags);

// The shared strings in one buffer: a workbook may hold millions of short strings, and one
// std::string each would cost several times their text.
class SharedStrings {
  public:
    void add(std::string_view text) {
        pool_.append(text);
        ends_.push_back(pool_.size());
    }
    std::size_t size() const { return ends_.size(); }
    std::string_view at(std::size_t i) const {
        const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
        return std::string_view(pool_).substr(begin, ends_[i] - begin);
    }

  private:
    std::string pool_;
    std::vector<std::size_t> ends_;
};

// Each <si>'s text: its <t> or the concatenation of its rich-text runs, phonetic runs
// (<rPh>) left out; an empty <si> is an empty string.
std::optional<SharedStrings> read_shared_strings(ZipPackage& package, const std::string& part,
                                                 const ReaderLimits& limits, Diagnostics& diags);

}  // namespace pira
