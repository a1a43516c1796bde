#include "writers/xlsx_style.hpp"

namespace pira {

lxw_format* add_header_format(lxw_workbook* wb) {
    lxw_format* f = workbook_add_format(wb);
    format_set_bold(f);
    format_set_bg_color(f, 0xD9E1F2);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
}

}  // namespace pira
