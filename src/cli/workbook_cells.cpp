// `pira extract --lines` on a workbook: every cell as the reader saw it, streamed, so that a
// profile author and a test can compare it with another reader (docs/cli.md, "--lines").
#include <charconv>
#include <cstdio>
#include <vector>

#include "cli/commands.hpp"
#include "readers/cell_ref.hpp"
#include "readers/workbook_stream.hpp"

namespace pira {
namespace {

// Lines are built in one buffer written in large blocks: a workbook of a million cells is a
// million lines, and stream insertion per field would cost more than reading the file.
class Output {
  public:
    explicit Output(std::FILE* file) : file_(file) { buffer_.reserve(kBlock + 4096); }
    ~Output() { flush(); }

    Output& raw(std::string_view s) {
        buffer_.append(s);
        return *this;
    }
    Output& raw(char c) {
        buffer_ += c;
        return *this;
    }
    Output& escaped(std::string_view text) {
        if (text.find_first_of("\\\t\n\r") == std::string_view::npos) return raw(text);
        for (char c : text) {
            switch (c) {
                case '\\':
                    buffer_ += "\\\\";
                    break;
                case '\t':
                    buffer_ += "\\t";
                    break;
                case '\n':
                    buffer_ += "\\n";
                    break;
                case '\r':
                    buffer_ += "\\r";
                    break;
                default:
                    buffer_ += c;
            }
        }
        return *this;
    }
    Output& number(double v) {
        char buf[32];
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
        if (ec == std::errc()) buffer_.append(buf, end);
        return *this;
    }
    Output& ref(std::size_t row, std::size_t column) {
        append_cell_ref(buffer_, row, column);
        return *this;
    }
    void end_line() {
        buffer_ += '\n';
        if (buffer_.size() >= kBlock) flush();
    }
    void flush() {
        if (!buffer_.empty()) std::fwrite(buffer_.data(), 1, buffer_.size(), file_);
        buffer_.clear();
        std::fflush(file_);
    }

  private:
    static constexpr std::size_t kBlock = 1u << 20;
    std::FILE* file_;
    std::string buffer_;
};

class CellPrinter : public WorkbookVisitor {
  public:
    explicit CellPrinter(Output& out) : out_(out) {}

    void begin_sheet(const SheetInfo& sheet) override {
        sheet_ = sheet.name;
        merges_.clear();
        out_.raw("#sheet\t").escaped(sheet.name).raw('\t');
        out_.raw(sheet.state == SheetState::visible  ? "visible"
                 : sheet.state == SheetState::hidden ? "hidden"
                                                     : "veryHidden");
        out_.end_line();
    }

    void cell(const StreamCell& c) override {
        using Kind = WorkbookCell::Kind;
        const WorkbookCell& v = c.value;
        out_.ref(c.row, c.column).raw('\t');
        switch (v.kind) {
            case Kind::text:
                out_.raw("s\t").escaped(v.text);
                break;
            case Kind::number:
                out_.raw("n\t").number(v.number);
                break;
            case Kind::boolean:
                out_.raw(v.number != 0 ? "b\tTRUE" : "b\tFALSE");
                break;
            case Kind::date:
                out_.raw("d\t").raw(v.text);
                break;
            case Kind::error:
                out_.raw("e\t").escaped(v.text);
                break;
            case Kind::empty:
                out_.raw("f\t");
                break;
        }
        out_.raw('\t').escaped(c.format).raw('\t').escaped(c.formula).raw('\t');
        if (v.bold) out_.raw("bold");
        out_.end_line();
    }

    void merge(const MergeRange& m) override { merges_.push_back(m); }

    void end_sheet() override {
        for (const auto& m : merges_) {
            out_.raw("#merge\t").escaped(sheet_).raw('!').ref(m.first_row, m.first_column);
            out_.raw(':').ref(m.last_row, m.last_column).end_line();
        }
    }

  private:
    Output& out_;
    std::string sheet_;
    std::vector<MergeRange> merges_;
};

}  // namespace

bool print_workbook_cells(const std::string& file, const ReaderLimits& limits, Diagnostics& diags) {
    Output out(stdout);
    CellPrinter printer(out);
    const bool read = stream_workbook(file, limits, printer, diags);
    out.flush();
    return read;
}

}  // namespace pira
