// The look every workbook pira writes shares (the consolidated report, department workbooks,
// validation copies): one header style, so they read as one product.
#pragma once

#include <xlsxwriter.h>

namespace pira {

// Bold on light blue, thin border, wrapped and centred vertically.
lxw_format* add_header_format(lxw_workbook* wb);

}  // namespace pira
