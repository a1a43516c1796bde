// A zip package (xlsx, ods) read through libzip, with every part inflated as a stream and
// counted against the limits while it is read: the sizes a file declares are never trusted,
// so a zip bomb or an entry that lies about its size is refused after a bounded amount of work.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "readers/limits.hpp"

struct zip;

namespace pira {

class ZipPackage {
  public:
    // nullopt, with a diagnostic, when the file is not a zip archive or has too many entries.
    static std::optional<ZipPackage> open(const std::string& path, const ReaderLimits& limits,
                                          Diagnostics& diags);
    ZipPackage(ZipPackage&&) noexcept;
    ZipPackage& operator=(ZipPackage&&) noexcept;
    ~ZipPackage();

    // The entry's name as stored, found exactly or, as OPC part names are case-insensitive,
    // ignoring ASCII case; nullopt when absent.
    std::optional<std::string> find(std::string_view name) const;

    // Inflates the entry in chunks into `sink`, which returns false to stop early. False, with
    // a diagnostic, when the entry is damaged or passes a limit; true when read (or stopped).
    bool read(const std::string& name, const std::function<bool(std::string_view)>& sink,
              Diagnostics& diags);

    const std::string& path() const { return path_; }
    const ReaderLimits& limits() const { return limits_; }

  private:
    ZipPackage(std::string path, zip* archive, const ReaderLimits& limits);
    bool lied(const std::string& name, std::uint64_t declared, std::uint64_t inflated,
              Diagnostics& diags) const;
    std::string path_;
    zip* archive_ = nullptr;
    ReaderLimits limits_;
    std::uint64_t inflated_total_ = 0;
};

}  // namespace pira
