#include "readers/zip_package.hpp"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

namespace pira {
namespace {

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

ZipPackage::ZipPackage(std::string path, zip* archive, const ReaderLimits& limits)
    : path_(std::move(path)), archive_(archive), limits_(limits) {}

ZipPackage::ZipPackage(ZipPackage&& other) noexcept
    : path_(std::move(other.path_)),
      archive_(std::exchange(other.archive_, nullptr)),
      limits_(other.limits_),
      inflated_total_(other.inflated_total_) {}

ZipPackage& ZipPackage::operator=(ZipPackage&& other) noexcept {
    if (this != &other) {
        if (archive_ != nullptr) zip_discard(archive_);
        path_ = std::move(other.path_);
        archive_ = std::exchange(other.archive_, nullptr);
        limits_ = other.limits_;
        inflated_total_ = other.inflated_total_;
    }
    return *this;
}

ZipPackage::~ZipPackage() {
    if (archive_ != nullptr) zip_discard(archive_);
}

std::optional<ZipPackage> ZipPackage::open(const std::string& path, const ReaderLimits& limits,
                                           Diagnostics& diags) {
    int error = 0;
    zip* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (archive == nullptr) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        const bool damaged = error == ZIP_ER_NOZIP || error == ZIP_ER_INCONS;
        diags.error(Errc::file_unreadable, Place{path}, {},
                    damaged ? std::string("archivio zip danneggiato o troncato")
                            : std::string("archivio zip non leggibile (libzip: ") +
                                  zip_error_strerror(&ze) + ")",
                    "verificare che il file sia completo e non protetto da password");
        zip_error_fini(&ze);
        return std::nullopt;
    }
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    if (entries < 0 || static_cast<std::uint64_t>(entries) > limits.max_zip_entries) {
        diags.error(Errc::limit_exceeded, Place{path}, std::to_string(entries),
                    "l'archivio ha troppe parti: " + limit_refusal(limits, "max_zip_entries"));
        zip_discard(archive);
        return std::nullopt;
    }
    return ZipPackage(path, archive, limits);
}

std::optional<std::string> ZipPackage::find(std::string_view name) const {
    const std::string wanted(name);
    if (zip_name_locate(archive_, wanted.c_str(), 0) >= 0) return wanted;
    if (zip_name_locate(archive_, wanted.c_str(), ZIP_FL_NOCASE) >= 0) {
        const zip_int64_t n = zip_get_num_entries(archive_, 0);
        for (zip_int64_t i = 0; i < n; ++i) {
            const char* entry = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0);
            if (entry != nullptr && same_ignoring_case(entry, name)) return std::string(entry);
        }
    }
    return std::nullopt;
}

bool ZipPackage::read(const std::string& name, const std::function<bool(std::string_view)>& sink,
                      Diagnostics& diags) {
    const Place place{path_};
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archive_, name.c_str(), 0, &st) != 0) {
        diags.error(Errc::file_unreadable, place, name, "parte mancante nell'archivio");
        return false;
    }
    // The compressed size bounds what libzip reads from the file; the ratio is measured
    // against it as the bytes come out.
    const std::uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    const bool declared = (st.valid & ZIP_STAT_SIZE) != 0;
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen(archive_, name.c_str(), 0),
                                                           zip_fclose);
    if (!file) {
        diags.error(Errc::file_unreadable, place, name,
                    std::string("parte non leggibile (") + zip_strerror(archive_) + ")");
        return false;
    }
    std::vector<char> buffer(1u << 16);
    std::uint64_t inflated = 0;
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), buffer.data(), buffer.size());
        if (got < 0) {
            diags.error(Errc::file_unreadable, place, name,
                        std::string("parte danneggiata (") + zip_file_strerror(file.get()) + ")");
            return false;
        }
        if (got == 0) {
            if (declared && inflated != st.size) return lied(name, st.size, inflated, diags);
            return true;
        }
        inflated += static_cast<std::uint64_t>(got);
        if (declared && inflated > st.size) return lied(name, st.size, inflated, diags);
        inflated_total_ += static_cast<std::uint64_t>(got);
        if (inflated > limits_.max_entry_bytes) {
            diags.error(Errc::limit_exceeded, place, name,
                        "la parte decompressa " + limit_refusal(limits_, "max_entry_bytes"));
            return false;
        }
        if (inflated_total_ > limits_.max_total_bytes) {
            diags.error(Errc::limit_exceeded, place, name,
                        "l'archivio decompresso " + limit_refusal(limits_, "max_total_bytes"));
            return false;
        }
        if (inflated > limits_.ratio_threshold_bytes && inflated > packed * limits_.max_ratio) {
            diags.error(Errc::limit_exceeded, place, name,
                        "probabile «zip bomb»: il rapporto di compressione " +
                            limit_refusal(limits_, "max_ratio"));
            return false;
        }
        if (!sink(std::string_view(buffer.data(), static_cast<std::size_t>(got)))) return true;
    }
}

// A part that inflates to more or less than the archive says is damaged or forged: its data
// cannot be trusted, and reading on would let a small declared size hide a bomb.
bool ZipPackage::lied(const std::string& name, std::uint64_t declared, std::uint64_t inflated,
                      Diagnostics& diags) const {
    diags.error(Errc::file_unreadable, Place{path_}, name,
                "la parte decompressa non ha la dimensione dichiarata nell'archivio (" +
                    std::to_string(declared) + " byte dichiarati, " +
                    (inflated > declared ? "oltre " : "") + std::to_string(inflated) +
                    " letti): file danneggiato o contraffatto",
                "chiedere una nuova copia del file");
    return false;
}

}  // namespace pira
