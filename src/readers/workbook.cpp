#include "readers/workbook.hpp"

#include <fstream>

#include "normalise/number.hpp"
#include "readers/cell_ref.hpp"
#include "readers/file_bytes.hpp"
#include "readers/workbook_internal.hpp"
#include "readers/zip_package.hpp"

namespace pira {
namespace {

enum class Container { zip, ole, other };

Container container_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    in.read(magic, sizeof magic);
    if (in.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4)
        return Container::zip;
    if (in.gcount() == 4 && static_cast<unsigned char>(magic[0]) == 0xD0 &&
        static_cast<unsigned char>(magic[1]) == 0xCF && magic[2] == 0x11 &&
        static_cast<unsigned char>(magic[3]) == 0xE0)
        return Container::ole;
    return Container::other;
}

// An xlsx and an ods are both zip packages: an ods has content.xml and no SpreadsheetML
// workbook, whatever the file is called.
bool is_ods_package(const ZipPackage& package) {
    return package.find("content.xml") && !package.find("xl/workbook.xml") &&
           !package.find("[Content_Types].xml");
}

bool stream_zip(const std::string& path, const ReaderLimits& limits, WorkbookVisitor& visitor,
                Diagnostics& diags) {
    auto package = ZipPackage::open(path, limits, diags);
    if (!package) return false;
    return is_ods_package(*package) ? stream_ods(*package, limits, visitor, diags)
                                    : stream_xlsx(*package, limits, visitor, diags);
}

// Builds the grids: cells are kept per sheet as they come, then placed once the sheet's extent
// is known; merged ranges are filled from their top-left cell at the end of the sheet.
class GridBuilder : public WorkbookVisitor {
  public:
    GridBuilder(Workbook& wb, const ReaderLimits& limits) : wb_(wb), limits_(limits) {}

    void begin_sheet(const SheetInfo& sheet) override {
        WorkbookSheet s;
        s.name = sheet.name;
        s.state = sheet.state;
        wb_.sheets.push_back(std::move(s));
        cells_.clear();
        merges_.clear();
    }
    void cell(const StreamCell& cell) override {
        if (cell.value.kind == WorkbookCell::Kind::empty) return;
        cells_.push_back({cell.row, cell.column, cell.value});
    }
    void merge(const MergeRange& range) override { merges_.push_back(range); }
    void end_sheet() override {
        WorkbookSheet& s = wb_.sheets.back();
        for (const auto& c : cells_) {
            s.rows = std::max(s.rows, c.row + 1);
            s.columns = std::max(s.columns, c.column + 1);
        }
        if (s.rows * s.columns > limits_.max_grid_cells) {
            too_large = s.name + " (" + cell_ref(s.rows - 1, s.columns - 1) + ")";
            s.rows = s.columns = 0;
            return;
        }
        s.cells.resize(s.rows * s.columns);
        for (auto& c : cells_) s.cells[c.row * s.columns + c.column] = std::move(c.value);
        cells_.clear();
        for (const auto& m : merges_) fill(s, m);
    }

    std::string too_large;

  private:
    struct Placed {
        std::size_t row, column;
        WorkbookCell value;
    };

    // A person reads a merged cell as belonging to every cell it covers (an objective code
    // merged over its indicators' rows belongs to each of them).
    static void fill(WorkbookSheet& s, const MergeRange& m) {
        if (m.first_row >= s.rows || m.first_column >= s.columns) return;
        const WorkbookCell top_left = s.at(m.first_row, m.first_column);
        for (std::size_t r = m.first_row; r <= m.last_row && r < s.rows; ++r) {
            for (std::size_t c = m.first_column; c <= m.last_column && c < s.columns; ++c)
                s.cells[r * s.columns + c] = top_left;
        }
    }

    Workbook& wb_;
    const ReaderLimits& limits_;
    std::vector<Placed> cells_;
    std::vector<MergeRange> merges_;
};

}  // namespace

bool is_workbook_file(const std::string& path) {
    const std::string ext = lower_extension(path);
    return ext == ".xlsx" || ext == ".xlsm" || ext == ".ods" || ext == ".xls";
}

bool stream_workbook(const std::string& path, const ReaderLimits& limits, WorkbookVisitor& visitor,
                     Diagnostics& diags) {
    if (!check_file_size(path, limits, diags)) return false;
    switch (container_of(path)) {
        case Container::zip:
            return stream_zip(path, limits, visitor, diags);
        case Container::ole:
            return stream_xls(path, limits, visitor, diags);
        case Container::other:
            break;
    }
    diags.error(Errc::file_unreadable, Place{path}, {},
                "file danneggiato o non è una cartella di lavoro (.xlsx, .xlsm, .ods, .xls)",
                "aprirlo con Excel o LibreOffice e salvarlo di nuovo");
    return false;
}

std::optional<Workbook> read_workbook(const std::string& path, const ReaderLimits& limits,
                                      Diagnostics& diags) {
    Workbook wb;
    wb.file = path;
    GridBuilder grid(wb, limits);
    if (!stream_workbook(path, limits, grid, diags)) return std::nullopt;
    if (!grid.too_large.empty()) {
        diags.error(Errc::limit_exceeded, Place{path}, grid.too_large,
                    "l'estensione del foglio " + limit_refusal(limits, "max_grid_cells"),
                    "eliminare le celle lontane dalla tabella");
        return std::nullopt;
    }
    return wb;
}

std::string cell_text(const WorkbookCell& cell) {
    switch (cell.kind) {
        case WorkbookCell::Kind::empty:
            return {};
        case WorkbookCell::Kind::text:
        case WorkbookCell::Kind::date:
        case WorkbookCell::Kind::error:
            return cell.text;
        case WorkbookCell::Kind::boolean:
            return cell.number != 0 ? "si" : "no";
        case WorkbookCell::Kind::number:
            return cell.percent ? machine_form(cell.number * 100.0, 8) + "%"
                                : machine_form(cell.number, 10);
    }
    return {};
}

}  // namespace pira
