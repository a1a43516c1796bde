// `pira extract --lines` on a workbook: every cell as the reader saw it, streamed, so that a
// profile author and a test can compare it with another reader (docs/cli.md, "--lines").
#include <charconv>
#include <iostream>
#include <vector>

#include "cli/commands.hpp"
#include "readers/cell_ref.hpp"
#include "readers/workbook_stream.hpp"

namespace pira {
namespace {

std::string escaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string shortest(double v) {
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? std::string(buf, end) : std::string();
}

class CellPrinter : public WorkbookVisitor {
  public:
    explicit CellPrinter(std::ostream& out) : out_(out) {}

    void begin_sheet(const SheetInfo& sheet) override {
        sheet_ = sheet.name;
        merges_.clear();
        out_ << "#sheet\t" << escaped(sheet.name) << '\t'
             << (sheet.state == SheetState::visible  ? "visible"
                 : sheet.state == SheetState::hidden ? "hidden"
                                                     : "veryHidden")
             << '\n';
    }

    void cell(const StreamCell& c) override {
        using Kind = WorkbookCell::Kind;
        const WorkbookCell& v = c.value;
        const char* type = "f";
        std::string value;
        switch (v.kind) {
            case Kind::text:
                type = "s";
                value = escaped(v.text);
                break;
            case Kind::number:
                type = "n";
                value = shortest(v.number);
                break;
            case Kind::boolean:
                type = "b";
                value = v.number != 0 ? "TRUE" : "FALSE";
                break;
            case Kind::date:
                type = "d";
                value = v.text;
                break;
            case Kind::error:
                type = "e";
                value = escaped(v.text);
                break;
            case Kind::empty:
                break;
        }
        out_ << cell_ref(c.row, c.column) << '\t' << type << '\t' << value << '\t'
             << escaped(c.format) << '\t' << escaped(c.formula) << '\t' << (v.bold ? "bold" : "")
             << '\n';
    }

    void merge(const MergeRange& m) override { merges_.push_back(m); }

    void end_sheet() override {
        for (const auto& m : merges_) {
            out_ << "#merge\t" << escaped(sheet_) << '!' << cell_ref(m.first_row, m.first_column)
                 << ':' << cell_ref(m.last_row, m.last_column) << '\n';
        }
    }

  private:
    std::ostream& out_;
    std::string sheet_;
    std::vector<MergeRange> merges_;
};

}  // namespace

bool print_workbook_cells(const std::string& file, Diagnostics& diags) {
    CellPrinter printer(std::cout);
    return stream_workbook(file, ReaderLimits{}, printer, diags);
}

}  // namespace pira
