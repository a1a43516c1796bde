// .ods (OpenDocument spreadsheet) read from content.xml as it is inflated. Rows and cells may
// carry repeat counts (LibreOffice ends every sheet with a million repeated empty rows), so
// empty repeats only move the position and a repeated value is emitted once per copy, counted
// against the cell limit.
#include <charconv>
#include <cmath>
#include <map>
#include <set>

#include "readers/workbook_stream.hpp"
#include "readers/xml_stream.hpp"

namespace pira {
namespace {

constexpr std::string_view kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr std::string_view kNumber = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
constexpr std::string_view kCalcExt =
    "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

std::size_t count_of(std::string_view s) {
    std::size_t v = 1;
    if (!s.empty()) std::from_chars(s.data(), s.data() + s.size(), v);
    return v == 0 ? 1 : v;
}

// "PT10H30M00S" as a fraction of a day.
double day_fraction(std::string_view duration) {
    double total = 0, part = 0;
    bool in_time = false;
    std::string number;
    for (char c : duration) {
        if (c == 'T') in_time = true;
        if ((c >= '0' && c <= '9') || c == '.') {
            number += c;
            continue;
        }
        std::from_chars(number.data(), number.data() + number.size(), part);
        if (c == 'D') total += part * 86400;
        if (in_time && c == 'H') total += part * 3600;
        if (in_time && c == 'M') total += part * 60;
        if (in_time && c == 'S') total += part;
        number.clear();
        part = 0;
    }
    return total / 86400;
}

struct CellStyle {
    bool bold = false;
    std::string data_style;
};

class ContentHandler : public XmlHandler {
  public:
    ContentHandler(const ReaderLimits& limits, WorkbookVisitor& visitor)
        : limits_(limits), visitor_(visitor) {}

    void start(std::string_view ns, std::string_view local, const XmlAttributes& a) override {
        if (ns == kStyle && local == "style") {
            style_name_ = std::string(a.get("name", kStyle));
            styles_[style_name_].data_style = std::string(a.get("data-style-name", kStyle));
        } else if (ns == kStyle && local == "text-properties" && !style_name_.empty()) {
            if (a.get("font-weight") == "bold") styles_[style_name_].bold = true;
        } else if (ns == kStyle && local == "table-properties" && !style_name_.empty()) {
            if (a.get("display", kTable) == "false") hidden_tables_[style_name_] = true;
        } else if (ns == kNumber && local == "boolean-style") {
            // LibreOffice stores TRUE as the number 1 under a boolean number style.
            boolean_styles_.insert(std::string(a.get("name", kStyle)));
        } else if (ns == kTable && local == "table") {
            begin_table(a);
        } else if (ns == kTable && local == "table-row") {
            row_repeat_ = count_of(a.get("number-rows-repeated", kTable));
            column_ = 0;
            row_cells_.clear();
        } else if (ns == kTable && (local == "table-cell" || local == "covered-table-cell")) {
            begin_cell(local == "covered-table-cell", a);
        } else if (ns == kOffice && local == "annotation") {
            ++annotation_;
        } else if (in_cell_ && annotation_ == 0 && ns == kText) {
            text_element(local, a);
        }
    }

    void end(std::string_view ns, std::string_view local) override {
        if (ns == kStyle && local == "style") {
            style_name_.clear();
        } else if (ns == kTable && local == "table") {
            visitor_.end_sheet();
        } else if (ns == kTable && local == "table-row") {
            end_row();
        } else if (ns == kTable && (local == "table-cell" || local == "covered-table-cell")) {
            end_cell();
        } else if (ns == kOffice && local == "annotation") {
            --annotation_;
        } else if (ns == kText && local == "p" && in_cell_ && annotation_ == 0) {
            in_paragraph_ = false;
        }
    }

    void text(std::string_view chars) override {
        if (!in_paragraph_ || annotation_ > 0) return;
        append(chars);
    }

  private:
    struct PendingCell {
        std::size_t column, repeat;
        WorkbookCell value;
        std::string format, formula;
    };

    void begin_table(const XmlAttributes& a) {
        if (++sheets_ > limits_.max_sheets) {
            fail(Errc::limit_exceeded, std::to_string(sheets_) + " fogli",
                 "la cartella " + limit_refusal(limits_, "max_sheets"));
            return;
        }
        SheetInfo info;
        info.name = std::string(a.get("name", kTable));
        if (hidden_tables_.count(std::string(a.get("style-name", kTable))))
            info.state = SheetState::hidden;
        visitor_.begin_sheet(info);
        row_ = 0;
    }

    void begin_cell(bool covered, const XmlAttributes& a) {
        in_cell_ = true;
        text_.clear();
        paragraphs_ = 0;
        cell_repeat_ = count_of(a.get("number-columns-repeated", kTable));
        const std::size_t across = count_of(a.get("number-columns-spanned", kTable));
        const std::size_t down = count_of(a.get("number-rows-spanned", kTable));
        if (!covered && (across > 1 || down > 1))
            visitor_.merge({row_, column_, row_ + down - 1, column_ + across - 1});
        value_type_ = covered ? std::string() : std::string(a.get("value-type", kOffice));
        calc_type_ = std::string(a.get("value-type", kCalcExt));
        value_ = std::string(a.get("value", kOffice));
        date_ = std::string(a.get("date-value", kOffice));
        time_ = std::string(a.get("time-value", kOffice));
        boolean_ = std::string(a.get("boolean-value", kOffice));
        string_value_ = std::string(a.get("string-value", kOffice));
        formula_ = std::string(a.get("formula", kTable));
        const auto style = styles_.find(std::string(a.get("style-name", kTable)));
        bold_ = style != styles_.end() && style->second.bold;
        boolean_style_ =
            style != styles_.end() && boolean_styles_.count(style->second.data_style) != 0;
    }

    void text_element(std::string_view local, const XmlAttributes& a) {
        if (local == "p") {
            if (paragraphs_++ > 0) append("\n");
            in_paragraph_ = true;
        } else if (local == "s") {
            append(std::string(std::min<std::size_t>(count_of(a.get("c", kText)), 1000), ' '));
        } else if (local == "tab") {
            append("\t");
        } else if (local == "line-break") {
            append("\n");
        }
    }

    void append(std::string_view chars) {
        if (text_.size() + chars.size() > limits_.max_cell_bytes) {
            fail(Errc::limit_exceeded, {},
                 "il testo di una cella " + limit_refusal(limits_, "max_cell_bytes"));
            return;
        }
        text_.append(chars);
    }

    void end_cell() {
        in_cell_ = false;
        in_paragraph_ = false;
        PendingCell p{column_, cell_repeat_, value(), value_type_, formula_};
        p.value.bold = bold_;
        column_ += cell_repeat_;
        if (p.value.kind != WorkbookCell::Kind::empty || !p.formula.empty())
            row_cells_.push_back(std::move(p));
    }

    WorkbookCell value() const {
        using Kind = WorkbookCell::Kind;
        WorkbookCell c;
        double number = 0;
        const bool numeric =
            std::from_chars(value_.data(), value_.data() + value_.size(), number).ec == std::errc();
        if (calc_type_ == "error") {
            c.kind = Kind::error;
            c.text = text_;
        } else if (value_type_ == "float" || value_type_ == "currency" ||
                   value_type_ == "percentage") {
            if (!numeric) return c;
            if (boolean_style_ && value_type_ == "float") {
                c.kind = Kind::boolean;
                c.number = number != 0 ? 1 : 0;
                return c;
            }
            c.kind = Kind::number;
            c.number = number;
            c.percent = value_type_ == "percentage";
        } else if (value_type_ == "date") {
            c.kind = Kind::date;
            c.text = date_.size() >= 19 && date_.substr(11, 8) != "00:00:00" ? date_.substr(0, 19)
                                                                             : date_.substr(0, 10);
        } else if (value_type_ == "time") {
            c.kind = Kind::number;
            c.number = day_fraction(time_);
        } else if (value_type_ == "boolean") {
            c.kind = Kind::boolean;
            c.number = boolean_ == "true" ? 1 : 0;
        } else if (value_type_ == "string" || !text_.empty()) {
            c.kind = Kind::text;
            c.text = !string_value_.empty() ? string_value_ : text_;
        }
        return c;
    }

    void end_row() {
        // A repeated row of empty cells only moves the position; with values, each copy counts.
        const std::size_t copies = row_cells_.empty() ? 0 : row_repeat_;
        for (std::size_t copy = 0; copy < copies && !failed; ++copy) {
            for (const auto& p : row_cells_) {
                for (std::size_t k = 0; k < p.repeat && !failed; ++k) emit(p, row_ + copy, k);
            }
        }
        row_ += row_repeat_;
        if (row_ > limits_.max_rows && !row_cells_.empty()) {
            fail(Errc::limit_exceeded, std::to_string(row_),
                 "troppe righe: " + limit_refusal(limits_, "max_rows"));
        }
    }

    void emit(const PendingCell& p, std::size_t row, std::size_t k) {
        if (++cells_ > limits_.max_cells) {
            fail(Errc::limit_exceeded, {},
                 "troppe celle non vuote: " + limit_refusal(limits_, "max_cells"));
            return;
        }
        StreamCell out;
        out.row = row;
        out.column = p.column + k;
        out.value = p.value;
        out.format = p.format;
        std::string_view formula = p.formula;
        if (formula.substr(0, 4) == "of:=") formula.remove_prefix(4);
        out.formula = formula;
        visitor_.cell(out);
    }

    const ReaderLimits& limits_;
    std::uint64_t sheets_ = 0;
    WorkbookVisitor& visitor_;
    std::map<std::string, CellStyle> styles_;
    std::map<std::string, bool> hidden_tables_;
    std::set<std::string> boolean_styles_;
    std::string style_name_;

    std::size_t row_ = 0, column_ = 0, row_repeat_ = 1, cell_repeat_ = 1, cells_ = 0;
    std::vector<PendingCell> row_cells_;
    bool in_cell_ = false, in_paragraph_ = false, bold_ = false, boolean_style_ = false;
    int annotation_ = 0;
    std::size_t paragraphs_ = 0;
    std::string text_, value_type_, calc_type_, value_, date_, time_, boolean_, string_value_,
        formula_;
};

}  // namespace

bool stream_ods(ZipPackage& package, const ReaderLimits& limits, WorkbookVisitor& visitor,
                Diagnostics& diags) {
    const auto content = package.find("content.xml");
    if (!content) {
        diags.error(
            Errc::file_unreadable, Place{package.path()}, {},
            "l'archivio non contiene un foglio di calcolo OpenDocument (manca content.xml)");
        return false;
    }
    ContentHandler handler(limits, visitor);
    return parse_xml_part(package, *content, handler, diags);
}

}  // namespace pira
