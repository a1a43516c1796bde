// The OLE compound file (MS-CFB) is followed only as far as the Workbook stream, sector by
// sector, and the stream's BIFF records are scanned as they come: what is held is one sector
// and the allocation table, never the stream.
#include "readers/xls_extent.hpp"

#include "readers/xls_strings.hpp"

#include <array>
#include <fstream>
#include <vector>

namespace pira {
namespace {

constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::uint16_t kDimensions = 0x0200, kBof = 0x0809, kEof = 0x000A;
constexpr std::uint16_t kFilePass = 0x002F;  // encrypted from here on: libfreexl refuses it

std::uint32_t u16(const unsigned char* p) {
    return p[0] | (p[1] << 8);
}
std::uint32_t u32(const unsigned char* p) {
    return u16(p) | (static_cast<std::uint32_t>(u16(p + 2)) << 16);
}

// The BIFF records of a stream given in pieces: headers and the bodies kept (DIMENSIONS and
// the string records, readers/xls_strings.hpp) may straddle sectors.
class BiffScanner {
  public:
    void feed(const unsigned char* p, std::size_t n) {
        for (std::size_t i = 0; i < n && !stopped_;) {
            if (header_.size() < 4) {
                header_.push_back(p[i++]);
                if (header_.size() == 4) start_record();
                continue;
            }
            const std::size_t take = std::min(n - i, remaining_);
            if (keep_) body_.insert(body_.end(), p + i, p + i + take);
            i += take;
            remaining_ -= take;
            if (remaining_ == 0) end_record();
        }
    }
    // After the stream's last byte.
    void end() {
        strings_.end();
        extent.damaged = damaged_.empty() ? strings_.overrun() : damaged_;
    }
    XlsExtent extent;

  private:
    void start_record() {
        type_ = u16(header_.data());
        remaining_ = u16(header_.data() + 2);
        size_ = remaining_;
        // Encrypted from here on: libfreexl would still parse the records (their lengths are
        // clear, their strings are not) before refusing the file.
        stopped_ = extent.encrypted = type_ == kFilePass;
        keep_ = type_ == kDimensions || biff_string_record(static_cast<std::uint16_t>(type_));
        body_.clear();
        if (remaining_ == 0) end_record();
    }
    void end_record() {
        if (biff_ == 0) {
            // The version of the first BOF, as libfreexl takes it (it reads nothing more when
            // there is none).
            const std::uint32_t v = type_ == kBof && body_.size() >= 2 ? u16(body_.data()) : 0;
            biff_ = v == 0x0600 ? 8 : v == 0x0500 ? 5 : -1;
        }
        // A sheet's substream: from a BOF after an EOF (or the first) to its EOF.
        if (type_ == kBof && expect_bof_) dimensions_ = 0;
        if (type_ == kBof || type_ == kEof) expect_bof_ = type_ == kEof;
        if (type_ == kDimensions && biff_ > 0) dimensions();
        strings_.record(static_cast<std::uint16_t>(type_), keep_ ? body_.data() : nullptr, size_);
        header_.clear();
    }

    // BIFF8 writes rows as 32 bits (length 14), BIFF5 as 16 bits (length 10); the last row and
    // column are one past the end. libfreexl reads its version's fields from any DIMENSIONS
    // record, however short, and allocates the cells again for each one, leaking those before.
    void dimensions() {
        const bool biff8 = biff_ == 8;
        if (body_.size() < (biff8 ? 12u : 8u)) {
            return damage("record DIMENSIONS: " + std::to_string(body_.size()) +
                          " byte, meno dei campi che contiene");
        }
        if (++dimensions_ > 1) {
            return damage("record DIMENSIONS: un foglio dichiara più volte le sue dimensioni");
        }
        // libfreexl allocates from row and column 0, whatever the first ones.
        const std::uint64_t rows = biff8 ? u32(&body_[4]) : u16(&body_[2]);
        const std::uint64_t columns = u16(&body_[biff8 ? 10 : 6]);
        extent.declared_cells += rows * columns;
        if (rows * columns >= extent.largest_rows * extent.largest_columns) {
            extent.largest_rows = rows;
            extent.largest_columns = columns;
        }
    }
    void damage(std::string what) {
        if (damaged_.empty()) damaged_ = std::move(what);
    }

    std::vector<unsigned char> header_, body_;
    std::uint32_t type_ = 0;
    int biff_ = 0;  // 8, 5, or -1 when the stream does not open with a BIFF5/8 BOF
    bool expect_bof_ = true;
    int dimensions_ = 0;  // in the current sheet's substream
    std::string damaged_;
    std::size_t remaining_ = 0, size_ = 0;
    bool stopped_ = false, keep_ = false;
    BiffStringCheck strings_;
};

class CompoundFile {
  public:
    bool open(const std::string& path) {
        in_.open(path, std::ios::binary);
        in_.seekg(0, std::ios::end);
        const auto size = static_cast<std::uint64_t>(in_.tellg());
        if (!read_at(0, header_.data(), header_.size()) || u32(&header_[0]) != 0xE011CFD0) {
            return false;
        }
        shift_ = u16(&header_[0x1E]);
        if ((shift_ != 9 && shift_ != 12) || u16(&header_[0x20]) != 6) return false;
        sector_count_ = (size + sector_size() - 1) / sector_size() - 1;
        return load_fat();
    }

    // The sectors (or mini sectors) of a chain, or false when it leaves its table or loops.
    static bool chain(std::uint32_t first, const std::vector<std::uint32_t>& table,
                      std::vector<std::uint32_t>& out) {
        out.clear();
        for (std::uint32_t s = first; s != kEndOfChain; s = table[s]) {
            if (s >= table.size() || out.size() >= table.size()) return false;
            out.push_back(s);
        }
        return true;
    }
    bool sector(std::uint32_t n, std::vector<unsigned char>& out) {
        out.assign(sector_size(), 0);
        return n < sector_count_ && read_at((std::uint64_t{n} + 1) << shift_, out.data(), 0);
    }
    std::size_t sector_size() const { return std::size_t{1} << shift_; }
    std::uint32_t field(std::size_t offset) const { return u32(&header_[offset]); }
    const std::vector<std::uint32_t>& fat() const { return fat_; }

  private:
    // Reads `n` bytes at `offset` (a whole sector when n is 0; the file's last sector may be
    // short).
    bool read_at(std::uint64_t offset, unsigned char* p, std::size_t n) {
        in_.clear();
        in_.seekg(static_cast<std::streamoff>(offset));
        const std::size_t want = n == 0 ? sector_size() : n;
        in_.read(reinterpret_cast<char*>(p), static_cast<std::streamsize>(want));
        return in_.gcount() > 0 && (n == 0 || static_cast<std::size_t>(in_.gcount()) == n);
    }

    // The FAT's sectors are listed by the header (109 of them) and then by a chain of DIFAT
    // sectors, each ending with the next one's number.
    bool load_fat() {
        const std::uint32_t count = field(0x2C);
        if (count > sector_count_) return false;
        std::vector<std::uint32_t> fat_sectors;
        for (std::size_t i = 0; i < 109 && fat_sectors.size() < count; ++i) {
            fat_sectors.push_back(field(0x4C + 4 * i));
        }
        std::vector<unsigned char> buf;
        const std::size_t per = sector_size() / 4;
        for (std::uint32_t d = field(0x44), seen = 0; fat_sectors.size() < count; ++seen) {
            if (seen > sector_count_ || !sector(d, buf)) return false;
            for (std::size_t i = 0; i + 1 < per && fat_sectors.size() < count; ++i) {
                fat_sectors.push_back(u32(&buf[4 * i]));
            }
            d = u32(&buf[4 * (per - 1)]);
        }
        for (const std::uint32_t s : fat_sectors) {
            if (!sector(s, buf)) return false;
            for (std::size_t i = 0; i < per; ++i) fat_.push_back(u32(&buf[4 * i]));
        }
        return true;
    }

    std::ifstream in_;
    std::array<unsigned char, 512> header_{};
    unsigned shift_ = 9;
    std::uint64_t sector_count_ = 0;
    std::vector<std::uint32_t> fat_;
};

struct DirectoryEntry {
    std::uint32_t start = 0;
    std::uint64_t size = 0;
};

// "Workbook" (BIFF8) or "Book" (BIFF5), ASCII in UTF-16LE, any case.
bool is_workbook_name(const unsigned char* e) {
    std::string name;
    for (std::size_t i = 0; i + 1 < std::min<std::size_t>(u16(e + 0x40), 64); i += 2) {
        if (e[i + 1] != 0) return false;
        if (e[i] != 0) name += static_cast<char>(e[i] | 0x20);
    }
    return name == "workbook" || name == "book";
}

// A name takes 64 bytes at most (MS-CFB 2.6.1); libfreexl converts as many as the entry
// declares, up to 65,535, from its 512-byte copy of the directory sector.
std::string long_name(const unsigned char* e) {
    const std::uint32_t declared = u16(e + 0x40);
    if (declared <= 64) return {};
    return "voce di directory: il nome dichiara " + std::to_string(declared) +
           " byte, più dei 64 ammessi";
}

// The root entry (which holds the mini stream) and the workbook stream; `damaged` says which
// entry's name is too long, if one is.
bool find_entries(CompoundFile& cf, DirectoryEntry& root, DirectoryEntry& book,
                  std::string& damaged) {
    std::vector<std::uint32_t> sectors;
    std::vector<unsigned char> buf;
    if (!cf.chain(cf.field(0x30), cf.fat(), sectors)) return false;
    bool found = false;
    for (std::size_t k = 0; k < sectors.size(); ++k) {
        if (!cf.sector(sectors[k], buf)) return false;
        for (std::size_t off = 0; off + 128 <= buf.size(); off += 128) {
            const unsigned char* e = &buf[off];
            const DirectoryEntry entry{u32(e + 0x74), u32(e + 0x78)};
            if (damaged.empty()) damaged = long_name(e);
            if (k == 0 && off == 0) root = entry;
            if (!found && e[0x42] == 2 && is_workbook_name(e)) {
                book = entry;
                found = true;
            }
        }
    }
    return found;
}

bool scan_regular(CompoundFile& cf, const DirectoryEntry& book, BiffScanner& scan) {
    std::vector<std::uint32_t> sectors;
    std::vector<unsigned char> buf;
    if (!cf.chain(book.start, cf.fat(), sectors)) return false;
    std::uint64_t left = book.size;
    for (const std::uint32_t s : sectors) {
        if (left == 0) break;
        if (!cf.sector(s, buf)) return false;
        const std::size_t n = std::min<std::uint64_t>(left, buf.size());
        scan.feed(buf.data(), n);
        left -= n;
    }
    return left == 0;
}

// A stream under the cutoff (4096 bytes) lives in 64-byte mini sectors inside the root
// entry's stream, chained by the mini FAT.
bool scan_mini(CompoundFile& cf, const DirectoryEntry& root, const DirectoryEntry& book,
               BiffScanner& scan) {
    std::vector<std::uint32_t> mini_fat_sectors, root_sectors, minis;
    std::vector<unsigned char> buf;
    if (!cf.chain(cf.field(0x3C), cf.fat(), mini_fat_sectors) ||
        !cf.chain(root.start, cf.fat(), root_sectors)) {
        return false;
    }
    std::vector<std::uint32_t> mini_fat;
    for (const std::uint32_t s : mini_fat_sectors) {
        if (!cf.sector(s, buf)) return false;
        for (std::size_t i = 0; i + 4 <= buf.size(); i += 4) mini_fat.push_back(u32(&buf[i]));
    }
    if (!cf.chain(book.start, mini_fat, minis)) return false;
    const std::size_t per = cf.sector_size() / 64;
    std::uint64_t left = book.size;
    for (const std::uint32_t m : minis) {
        if (left == 0) break;
        if (m / per >= root_sectors.size() || !cf.sector(root_sectors[m / per], buf)) return false;
        const std::size_t n = std::min<std::uint64_t>(left, 64);
        scan.feed(&buf[(m % per) * 64], n);
        left -= n;
    }
    return left == 0;
}

}  // namespace

std::optional<XlsExtent> read_xls_extent(const std::string& path) {
    CompoundFile cf;
    DirectoryEntry root, book;
    std::string damaged;
    if (!cf.open(path) || !find_entries(cf, root, book, damaged)) return std::nullopt;
    BiffScanner scan;
    const bool mini = book.size < cf.field(0x38);
    if (!(mini ? scan_mini(cf, root, book, scan) : scan_regular(cf, book, scan))) {
        return std::nullopt;
    }
    scan.end();
    if (!damaged.empty()) scan.extent.damaged = damaged;
    return scan.extent;
}

}  // namespace pira
