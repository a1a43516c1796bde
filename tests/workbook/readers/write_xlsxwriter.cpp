// A workbook written by libxlsxwriter (Debian's libxlsxwriter-dev), not by pira, for the reader
// conformance test (check_readers.py). Usage: workbook_xlsxwriter_writer OUT.xlsx MODE where MODE
// is "normal" (shared strings) or "constant_memory" (inline strings, rows written in order).
// Every row is written in ascending order so that both modes hold the same cells.
#include <xlsxwriter.h>

#include <cstdio>
#include <cstring>

namespace {

lxw_datetime datetime(int year, int month, int day, int hour = 0, int min = 0, double sec = 0) {
    lxw_datetime d{};
    d.year = year;
    d.month = month;
    d.day = day;
    d.hour = hour;
    d.min = min;
    d.sec = sec;
    return d;
}

int check(lxw_error e, const char* what) {
    if (e != LXW_NO_ERROR) {
        std::fprintf(stderr, "%s: %s\n", what, lxw_strerror(e));
        return 1;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 ||
        (std::strcmp(argv[2], "normal") != 0 && std::strcmp(argv[2], "constant_memory") != 0)) {
        std::fprintf(stderr, "usage: %s OUT.xlsx normal|constant_memory\n", argv[0]);
        return 2;
    }
    const bool constant = std::strcmp(argv[2], "constant_memory") == 0;
    lxw_workbook_options options{};
    options.constant_memory = constant ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* wb = workbook_new_opt(argv[1], &options);
    if (wb == nullptr) return 1;

    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* pct0 = workbook_add_format(wb);
    format_set_num_format(pct0, "0%");
    lxw_format* pct2 = workbook_add_format(wb);
    format_set_num_format(pct2, "0.00%");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format* iso = workbook_add_format(wb);
    format_set_num_format(iso, "yyyy-mm-dd");
    lxw_format* stamp = workbook_add_format(wb);
    format_set_num_format(stamp, "dd/mm/yyyy hh:mm:ss");
    lxw_format* thousands = workbook_add_format(wb);
    format_set_num_format(thousands, "#,##0.00");
    lxw_format* euro = workbook_add_format(wb);
    format_set_num_format(euro, "#,##0.00\\ \"€\"");
    lxw_format* bold_pct = workbook_add_format(wb);
    format_set_bold(bold_pct);
    format_set_num_format(bold_pct, "0.0%");
    lxw_format* italic = workbook_add_format(wb);
    format_set_italic(italic);
    lxw_format* merged = workbook_add_format(wb);
    format_set_bold(merged);
    format_set_align(merged, LXW_ALIGN_CENTER);

    int errors = 0;
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Dati xlsxwriter");
    const char* headers[] = {"Testo", "Numero", "Percentuale", "Data", "Booleano", "Formula"};
    for (lxw_col_t c = 0; c < 6; ++c)
        errors += check(worksheet_write_string(ws, 0, c, headers[c], bold), "header");

    // Row 2: cached numeric formula result.
    errors += check(
        worksheet_write_string(ws, 1, 0, "Camera di Commercio di Pistoia-Prato", nullptr), "r2");
    errors += check(worksheet_write_number(ws, 1, 1, 3, nullptr), "r2");
    errors += check(worksheet_write_number(ws, 1, 2, 0.6119, pct2), "r2");
    lxw_datetime d1 = datetime(2025, 4, 30);
    errors += check(worksheet_write_datetime(ws, 1, 3, &d1, date), "r2");
    errors += check(worksheet_write_boolean(ws, 1, 4, 1, nullptr), "r2");
    errors += check(worksheet_write_formula_num(ws, 1, 5, "=B2*2", nullptr, 6), "r2");
    // Row 3: a formula written without a result: libxlsxwriter stores 0 as its cached value.
    errors += check(worksheet_write_string(ws, 2, 0, "àèéìòù ÀÈÉ € «virgolette»", nullptr), "r3");
    errors += check(worksheet_write_number(ws, 2, 1, -12.5, nullptr), "r3");
    errors += check(worksheet_write_number(ws, 2, 2, 0.95, pct0), "r3");
    lxw_datetime d2 = datetime(2025, 4, 30, 14, 30, 15);
    errors += check(worksheet_write_datetime(ws, 2, 3, &d2, stamp), "r3");
    errors += check(worksheet_write_boolean(ws, 2, 4, 0, nullptr), "r3");
    errors += check(worksheet_write_formula(ws, 2, 5, "=B3+1", nullptr), "r3");
    // Row 4: a cached string result.
    errors += check(worksheet_write_string(ws, 3, 0, "emoji 😀 🇮🇹 ∑", nullptr), "r4");
    errors += check(worksheet_write_number(ws, 3, 1, 1e16, nullptr), "r4");
    errors += check(worksheet_write_number(ws, 3, 2, 1, pct0), "r4");
    lxw_datetime d3 = datetime(1999, 12, 31);
    errors += check(worksheet_write_datetime(ws, 3, 3, &d3, iso), "r4");
    errors +=
        check(worksheet_write_formula_str(ws, 3, 5, "=A4&\"!\"", nullptr, "emoji 😀 🇮🇹 ∑!"), "r4");
    // Rows 5-12: text that looks like something else, numbers of every size.
    errors += check(worksheet_write_string(ws, 4, 0, "   ", nullptr), "r5");
    errors += check(worksheet_write_number(ws, 4, 1, 1e-7, nullptr), "r5");
    errors += check(worksheet_write_number(ws, 4, 2, 0.333, bold_pct), "r5");
    errors += check(worksheet_write_string(ws, 5, 0, ">= 95%", nullptr), "r6");
    errors += check(worksheet_write_number(ws, 5, 1, 123456789.125, thousands), "r6");
    errors += check(worksheet_write_string(ws, 6, 0, "1.003 N.", nullptr), "r7");
    errors += check(worksheet_write_number(ws, 6, 1, 0.1 + 0.2, nullptr), "r7");
    errors += check(worksheet_write_string(ws, 7, 0, "entro il 30/04/2025", nullptr), "r8");
    errors += check(worksheet_write_number(ws, 7, 1, 9007199254740992.0, nullptr), "r8");
    errors += check(worksheet_write_string(ws, 8, 0, "riga\ncon a capo", nullptr), "r9");
    errors += check(worksheet_write_number(ws, 8, 1, -0.0001, euro), "r9");
    errors += check(worksheet_write_string(ws, 9, 0, "tab\tinterno e \\ barra", nullptr), "r10");
    errors += check(worksheet_write_number(ws, 9, 1, 1234.5, euro), "r10");
    // An empty string: libxlsxwriter writes a blank cell (with a format) or nothing (without).
    errors += check(worksheet_write_string(ws, 10, 0, "", nullptr), "r11");
    errors += check(worksheet_write_string(ws, 10, 1, "", bold), "r11");
    errors += check(worksheet_write_blank(ws, 10, 2, pct0), "r11");
    errors += check(worksheet_write_number(ws, 10, 3, 0, nullptr), "r11");
    // A rich string (bold run then a plain one) and a bold number.
    lxw_rich_string_tuple f1{bold, const_cast<char*>("Grassetto")};
    lxw_rich_string_tuple f2{nullptr, const_cast<char*>(" e normale")};
    lxw_rich_string_tuple f3{italic, const_cast<char*>(" e corsivo")};
    lxw_rich_string_tuple* rich[] = {&f1, &f2, &f3, nullptr};
    errors += check(worksheet_write_rich_string(ws, 11, 0, rich, nullptr), "r12");
    errors += check(worksheet_write_number(ws, 11, 1, 42, bold), "r12");
    errors +=
        check(worksheet_write_array_formula_num(ws, 11, 5, 11, 5, "{=SUM(B2:B3*2)}", nullptr, -19),
              "r12");
    // A merged range on one row (merged ranges across rows do not work in constant_memory mode).
    errors += check(worksheet_merge_range(ws, 12, 0, 12, 2, "Celle unite", merged), "r13");
    errors += check(worksheet_write_number(ws, 12, 4, 2.5e-300, nullptr), "r13");
    if (!constant) {
        errors +=
            check(worksheet_merge_range(ws, 14, 0, 15, 1, "Unite su due righe", merged), "r15");
    }
    errors += check(worksheet_write_string(ws, 16, 0, "fine", nullptr), "r17");

    lxw_worksheet* hidden = workbook_add_worksheet(wb, "Nascosto");
    errors += check(worksheet_write_string(hidden, 0, 0, "segreto", nullptr), "hidden");
    errors += check(worksheet_write_number(hidden, 0, 1, 7, nullptr), "hidden");
    worksheet_hide(hidden);

    lxw_worksheet* numbers = workbook_add_worksheet(wb, "Numeri è €");
    const double values[] = {0,       1,
                             -1,      1e308,
                             5e-324,  2.2250738585072014e-308,
                             1e15,    123456789012345678.0,
                             0.1,     1.0 / 3,
                             2.0 / 3, 100.34,
                             61.19,   1e21,
                             -1e-21};
    lxw_row_t row = 0;
    for (double v : values) {
        errors += check(worksheet_write_number(numbers, row, 0, v, nullptr), "numbers");
        errors += check(worksheet_write_number(numbers, row, 2, v, pct2), "numbers");
        ++row;
    }
    workbook_add_worksheet(wb, "Vuoto");

    errors += check(workbook_close(wb), "close");
    return errors == 0 ? 0 : 1;
}
