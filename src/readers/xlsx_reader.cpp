// .xlsx and .xlsm (SpreadsheetML, ECMA-376) read from the package: the workbook is found
// through the package relationships, its sheets, shared strings and styles through the
// workbook's, and each sheet is parsed as it is inflated.
#include <charconv>
#include <cmath>

#include "readers/cell_ref.hpp"
#include "readers/opc_parts.hpp"
#include "readers/workbook_stream.hpp"
#include "readers/xlsx_parts.hpp"
#include "readers/xml_stream.hpp"

namespace pira {
namespace {

struct SheetEntry {
    SheetInfo info;
    std::string relationship;
};

class WorkbookPartHandler : public XmlHandler {
  public:
    void start(std::string_view, std::string_view local, const XmlAttributes& a) override {
        if (local == "workbookPr") {
            const std::string_view v = a.get("date1904");
            date1904 = v == "1" || v == "true";
        } else if (local == "sheet") {
            SheetEntry e;
            e.info.name = std::string(a.get("name"));
            const std::string_view state = a.get("state");
            e.info.state = state == "hidden"       ? SheetState::hidden
                           : state == "veryHidden" ? SheetState::very_hidden
                                                   : SheetState::visible;
            e.relationship = std::string(a.get("id"));
            sheets.push_back(std::move(e));
        }
    }
    void end(std::string_view, std::string_view) override {}

    bool date1904 = false;
    std::vector<SheetEntry> sheets;
};

std::optional<double> parse_double(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t'))
        s.remove_suffix(1);
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

void trim_in_place(std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        s.clear();
        return;
    }
    s.erase(s.find_last_not_of(" \t\r\n") + 1);
    s.erase(0, first);
}

// "2025-04-09T00:00:00Z" (a t="d" cell) as the reader's ISO form: the date, and the time
// only when it is not midnight.
std::string iso_cell(std::string_view v) {
    std::string date(v.substr(0, 10));
    if (v.size() >= 19 && v[10] == 'T' && v.substr(11, 8) != "00:00:00")
        date += "T" + std::string(v.substr(11, 8));
    return date;
}

class SheetHandler : public XmlHandler {
  public:
    SheetHandler(const XlsxStyles& styles, const SharedStrings& strings, bool date1904,
                 const ReaderLimits& limits, std::size_t& cells, WorkbookVisitor& visitor)
        : styles_(styles),
          strings_(strings),
          date1904_(date1904),
          limits_(limits),
          cells_(cells),
          visitor_(visitor) {}

    void start(std::string_view, std::string_view local, const XmlAttributes& a) override {
        if (local == "row") {
            begin_row(a);
        } else if (local == "c") {
            begin_cell(a);
        } else if (in_cell_) {
            if (local == "v") target_ = &value_;
            if (local == "f") target_ = &formula_;
            if (local == "rPh") ++phonetic_;
            if (local == "t" && phonetic_ == 0) target_ = &inline_;
        } else if (local == "mergeCell") {
            add_merge(a.get("ref"));
        }
    }

    void end(std::string_view, std::string_view local) override {
        if (local == "c") {
            end_cell();
        } else if (local == "v" || local == "f" || local == "t") {
            target_ = nullptr;
        } else if (local == "rPh") {
            --phonetic_;
        }
    }

    void text(std::string_view chars) override {
        if (target_ == nullptr) return;
        if (target_->size() + chars.size() > limits_.max_cell_bytes) {
            fail(Errc::limit_exceeded, cell_ref(row_, column_),
                 "il testo di una cella " + limit_refusal(limits_, "max_cell_bytes"));
            return;
        }
        target_->append(chars);
    }

  private:
    void begin_row(const XmlAttributes& a) {
        const std::string_view r = a.get("r");
        std::size_t number = 0;
        if (!r.empty() &&
            std::from_chars(r.data(), r.data() + r.size(), number).ec == std::errc() && number > 0)
            row_ = number - 1;
        else
            row_ = started_ ? row_ + 1 : 0;
        started_ = true;
        if (row_ >= limits_.max_rows) {
            fail(Errc::limit_exceeded, std::to_string(row_ + 1),
                 "troppe righe: " + limit_refusal(limits_, "max_rows"));
        }
        next_column_ = 0;
    }

    void begin_cell(const XmlAttributes& a) {
        in_cell_ = true;
        value_.clear();
        formula_.clear();
        inline_.clear();
        phonetic_ = 0;
        column_ = next_column_;
        type_.clear();
        style_ = 0;
        a.each([&](std::string_view name, std::string_view value) {
            if (name == "r") {
                if (const auto ref = parse_cell_ref(value)) {
                    column_ = ref->column;
                    if (!started_ || ref->row != row_) {
                        row_ = ref->row;
                        started_ = true;
                    }
                }
            } else if (name == "t") {
                type_.assign(value);
            } else if (name == "s") {
                std::from_chars(value.data(), value.data() + value.size(), style_);
            }
        });
    }

    void end_cell() {
        in_cell_ = false;
        target_ = nullptr;
        next_column_ = column_ + 1;
        const XlsxStyle& style = styles_.at(style_);
        StreamCell out;
        out.row = row_;
        out.column = column_;
        out.format = style.format;
        out.formula = formula_;
        out.value.bold = style.bold;
        if (!fill_value(style, out.value)) return;
        if (out.value.kind == WorkbookCell::Kind::empty && formula_.empty()) return;
        if (++cells_ > limits_.max_cells) {
            fail(Errc::limit_exceeded, cell_ref(row_, column_),
                 "troppe celle non vuote: " + limit_refusal(limits_, "max_cells"));
            return;
        }
        visitor_.cell(out);
    }

    // The cell's value from its type (`t`) and style; false after fail() on damaged values.
    bool fill_value(const XlsxStyle& style, WorkbookCell& cell) {
        using Kind = WorkbookCell::Kind;
        if (type_ != "str" && type_ != "inlineStr") trim_in_place(value_);  // pretty-printed
        if (type_ == "inlineStr") {
            cell.kind = Kind::text;
            cell.text = ooxml_unescaped(inline_);
        } else if (type_ == "s") {
            if (value_.empty()) return true;
            const auto index = parse_double(value_);
            if (!index || *index < 0 || *index >= static_cast<double>(strings_.size())) {
                fail(Errc::file_unreadable, cell_ref(row_, column_),
                     "indice di stringa condivisa inesistente: «" + value_ + "»");
                return false;
            }
            cell.kind = Kind::text;
            cell.text = std::string(strings_.at(static_cast<std::size_t>(*index)));
        } else if (type_ == "str") {
            if (value_.empty() && formula_.empty()) return true;
            cell.kind = value_.empty() && !formula_.empty() ? Kind::empty : Kind::text;
            cell.text = ooxml_unescaped(value_);
        } else if (type_ == "b") {
            if (value_.empty()) return true;
            cell.kind = Kind::boolean;
            cell.number = value_ == "1" || value_ == "true" ? 1 : 0;
        } else if (type_ == "e") {
            cell.kind = Kind::error;
            cell.text = value_;
        } else if (type_ == "d") {
            if (value_.empty()) return true;
            cell.kind = Kind::date;
            cell.text = iso_cell(value_);
        } else {
            if (value_.empty()) return true;
            const auto v = parse_double(value_);
            if (!v) {
                fail(Errc::file_unreadable, cell_ref(row_, column_),
                     "numero non valido nella cella: «" + value_ + "»");
                return false;
            }
            cell.number = *v;
            const std::string iso = style.date ? iso_from_serial(*v, date1904_) : std::string();
            if (!iso.empty()) {
                cell.kind = Kind::date;
                cell.text = iso;
            } else {
                cell.kind = Kind::number;
                cell.percent = style.percent;
            }
        }
        return true;
    }

    void add_merge(std::string_view ref) {
        const auto colon = ref.find(':');
        if (colon == std::string_view::npos) return;
        const auto a = parse_cell_ref(ref.substr(0, colon));
        const auto b = parse_cell_ref(ref.substr(colon + 1));
        if (!a || !b) return;
        visitor_.merge({std::min(a->row, b->row), std::min(a->column, b->column),
                        std::max(a->row, b->row), std::max(a->column, b->column)});
    }

    const XlsxStyles& styles_;
    const SharedStrings& strings_;
    bool date1904_;
    const ReaderLimits& limits_;
    std::size_t& cells_;
    WorkbookVisitor& visitor_;

    bool started_ = false, in_cell_ = false;
    std::size_t row_ = 0, column_ = 0, next_column_ = 0, style_ = 0;
    int phonetic_ = 0;
    std::string type_, value_, formula_, inline_;
    std::string* target_ = nullptr;
};

// The workbook part: the package's officeDocument relationship, or where Excel puts it.
std::optional<std::string> workbook_part(ZipPackage& package, Diagnostics& diags) {
    const auto package_rels = read_relationships(package, "", diags);
    if (!package_rels) return std::nullopt;
    for (const auto& r : *package_rels) {
        if (relationship_is(r, "officeDocument") && !r.external) {
            if (auto entry = package.find(r.target)) return entry;
        }
    }
    if (auto entry = package.find("xl/workbook.xml")) return entry;
    diags.error(Errc::file_unreadable, Place{package.path()}, {},
                "l'archivio non contiene una cartella di lavoro (manca xl/workbook.xml)",
                "verificare che il file sia un .xlsx e non un altro documento compresso");
    return std::nullopt;
}

const Relationship* find_relationship(const std::vector<Relationship>& rels, std::string_view id) {
    for (const auto& r : rels) {
        if (r.id == id) return &r;
    }
    return nullptr;
}

const Relationship* find_of_kind(const std::vector<Relationship>& rels, std::string_view kind) {
    for (const auto& r : rels) {
        if (relationship_is(r, kind) && !r.external) return &r;
    }
    return nullptr;
}

}  // namespace

bool stream_xlsx(ZipPackage& zip, const ReaderLimits& limits, WorkbookVisitor& visitor,
                 Diagnostics& diags) {
    ZipPackage* package = &zip;
    const std::string& path = zip.path();
    const auto workbook = workbook_part(zip, diags);
    if (!workbook) return false;
    WorkbookPartHandler book;
    if (!parse_xml_part(*package, *workbook, book, diags)) return false;
    const auto rels = read_relationships(*package, *workbook, diags);
    if (!rels) return false;

    XlsxStyles styles;
    if (const auto* r = find_of_kind(*rels, "styles")) {
        if (const auto entry = package->find(r->target)) {
            auto read = read_xlsx_styles(*package, *entry, diags);
            if (!read) return false;
            styles = std::move(*read);
        }
    }
    SharedStrings strings;
    if (const auto* r = find_of_kind(*rels, "sharedStrings")) {
        if (const auto entry = package->find(r->target)) {
            auto read = read_shared_strings(*package, *entry, limits, diags);
            if (!read) return false;
            strings = std::move(*read);
        }
    }
    if (book.sheets.size() > limits.max_sheets) {
        diags.error(Errc::limit_exceeded, Place{path},
                    std::to_string(book.sheets.size()) + " fogli",
                    "la cartella " + limit_refusal(limits, "max_sheets"));
        return false;
    }
    std::size_t cells = 0;
    for (const auto& sheet : book.sheets) {
        const Relationship* r = find_relationship(*rels, sheet.relationship);
        if (r == nullptr || !relationship_is(*r, "worksheet")) continue;  // chartsheets
        const auto entry = package->find(r->target);
        if (!entry) {
            diags.error(Errc::file_unreadable, Place{path}, sheet.info.name,
                        "il foglio manca nell'archivio (" + r->target + ")");
            return false;
        }
        visitor.begin_sheet(sheet.info);
        SheetHandler handler(styles, strings, book.date1904, limits, cells, visitor);
        if (!parse_xml_part(*package, *entry, handler, diags, XmlNames::prefixed)) return false;
        visitor.end_sheet();
    }
    return true;
}

}  // namespace pira
