// What the harnesses share: the input as text, split into cells, or written to a temporary file
// for the readers that take a path (libzip, libfreexl and Poppler open files by name).
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <utility>

#include "common/diagnostic.hpp"

namespace pira::fuzz {

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Every diagnostic rendered as pira prints it: the messages quote the input, so their
// formatting (places, quoted values, details) is fuzzed too.
inline std::size_t render(Diagnostics& diags) {
    diags.sort_by_place();
    std::size_t bytes = 0;
    for (const auto& d : diags.items()) bytes += d.to_string().size();
    return bytes;
}

// Two cells from one input: what comes before the first newline, and the rest.
inline std::pair<std::string_view, std::string_view> two_cells(std::string_view text) {
    const std::size_t nl = text.find('\n');
    if (nl == std::string_view::npos) return {text, {}};
    return {text.substr(0, nl), text.substr(nl + 1)};
}

// The input as a file with the given extension, removed when done. One name per process, so
// that parallel fuzzing jobs (-jobs=N) do not overwrite each other's input.
class TempFile {
  public:
    TempFile(const std::uint8_t* data, std::size_t size, std::string_view extension) {
        const char* dir = std::getenv("TMPDIR");
        path_ = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/pira-fuzz-" +
                std::to_string(::getpid()) + std::string(extension);
        std::ofstream out(path_, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    ~TempFile() { std::remove(path_.c_str()); }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const std::string& path() const { return path_; }

  private:
    std::string path_;
};

}  // namespace pira::fuzz
